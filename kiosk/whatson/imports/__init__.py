"""Importing listings from open data: Open Referral HSDS 3 (JSON or a CSV package) and OpenActive RPDE feeds.

Each format has a pure parser (data in, `Parsed` out: listings, removals, skips with reasons) and a thin
reader that opens files (`kiosk.whatson.imports.command`). `merge` applies a `Parsed` to the listings already held
and returns the new mapping and an `ImportReport`; nothing is written here. Ids are uuid5 of the source ids,
so importing the same file again updates rather than duplicates. Malformed input raises
`ListingImportError` naming the file, row and field, before anything changes.
"""
