"""The category mapping: which kiosk category an HSDS taxonomy term or an OpenActive activity goes under.

The mapping is a TOML file (config/categories.toml ships with the kiosk; `whatson.categories_file` points at
an edited copy): an `other` key (the category for anything not listed, "Other" by default) and one table per
source, `[hsds]` and `[openactive]`, of "term" = "category". Terms match ignoring case and spaces at the
ends; an OpenActive activity matches by its prefLabel, its id, or the part of the id after "#".
`CategoryMap.from_toml(data)` checks a decoded file and raises ListingImportError naming the key;
`pick(source, terms)` gives the category and the terms that were not listed (for the report).
Thread: any (pure; the file is read by kiosk.whatson.imports.command).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.whatson.imports.common import ListingImportError
from kiosk.whatson.rules.listings import OTHER_CATEGORY

OTHER = OTHER_CATEGORY  # the kiosk's category for anything the mapping does not list (translated on screen)
SOURCES = ("hsds", "openactive")


def _key(term: str) -> str:
    return " ".join(term.split()).casefold()


@dataclass(frozen=True, slots=True)
class CategoryMap:
    """term → category, per source; `other` for anything not listed."""

    terms: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    other: str = OTHER
    file: str = ""

    @classmethod
    def from_toml(cls, data: Mapping[str, Any], *, file: str = "") -> CategoryMap:
        other = data.get("other", OTHER)
        if not isinstance(other, str) or not other.strip() or len(other.strip()) > 60:
            raise ListingImportError("must be a category name of 1 to 60 characters", file=file, field="other")
        unknown = sorted(set(data) - {"other", *SOURCES})
        if unknown:
            raise ListingImportError("is not a known key (other, [hsds], [openactive])", file=file, field=unknown[0])
        terms: dict[str, dict[str, str]] = {}
        for source in SOURCES:
            table = data.get(source, {})
            if not isinstance(table, dict):
                raise ListingImportError('must be a table of "term" = "category"', file=file, field=source)
            out: dict[str, str] = {}
            for term, category in table.items():
                if not isinstance(category, str) or not category.strip() or len(category.strip()) > 60:
                    raise ListingImportError("must be a category name of 1 to 60 characters", file=file,
                                             field=f"{source}.{term}")
                out[_key(term)] = category.strip()
            terms[source] = out
        return cls(terms, other.strip(), file)

    def pick(self, source: str, terms: Iterable[str]) -> tuple[str, tuple[str, ...]]:
        """The category of the first listed term (or `other`), and the terms that were not listed."""
        table = self.terms.get(source, {})
        unlisted: list[str] = []
        for term in terms:
            if not term.strip():
                continue
            names = [term]
            if source == "openactive" and "#" in term:
                names.append(term.rsplit("#", 1)[1])
            found = next((table[_key(n)] for n in names if _key(n) in table), None)
            if found is not None:
                return found, tuple(unlisted)
            unlisted.append(term)
        return self.other, tuple(unlisted)


def activity_terms(value: object) -> list[str]:
    """An OpenActive `activity` (or `facilityType`) list as terms to look up: each concept's prefLabel, then
    its id (a concept may give only one of them)."""
    items = value if isinstance(value, list) else [value] if value else []
    out: list[str] = []
    for v in items:
        if isinstance(v, dict):
            out += [str(x) for x in (v.get("prefLabel"), v.get("@id") or v.get("id")) if isinstance(x, str) and x]
        elif isinstance(v, str) and v:
            out.append(v)
    return out
