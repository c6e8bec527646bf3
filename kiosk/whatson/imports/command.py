"""Reading import files, and the `import-listings` command around the pure parsers and `merge`.

The readers are the only code in kiosk.whatson.imports that touches files:
  hsds        a .json file; a folder holding services.csv and the other HSDS tables (datapackage.json is not
              needed); a .zip of such a folder; or services.csv itself (its folder is read)
  openactive  a .json file holding one RPDE page or a list of pages, or a folder of saved pages (*.json, read
              in name order, so later pages win)
Everything is read and parsed before anything is merged, so a malformed file changes nothing.
`import_listings(...)` returns the new mapping and the report; saving it is the caller's job (storage).
`python -m kiosk.whatson.imports` runs the same against a JSON file of listings (`--store`), for use before storage
exists and in tests. Thread: the CLI's main thread.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
import tomllib
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.clock import SystemClock, local_date
from kiosk.core.paths import default_config_file
from kiosk.whatson.imports.categories import CategoryMap
from kiosk.whatson.imports.common import ImportReport, ListingImportError, Parsed, merge
from kiosk.whatson.imports.hsds import KINDS, parse_hsds_json, parse_services
from kiosk.whatson.imports.hsds_tables import REQUIRED, TABLES, services_from_tables
from kiosk.whatson.imports.openactive import parse_rpde
from kiosk.whatson.rules.listing_json import listing_from_json, listing_to_json
from kiosk.whatson.rules.listings import Listing, ListingError

FORMATS = ("hsds", "openactive")


def _text(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ListingImportError("is not UTF-8 text", file=file) from None


def _json(data: bytes, file: str) -> Any:
    try:
        return json.loads(_text(data, file))
    except json.JSONDecodeError as e:
        raise ListingImportError(f"is not valid JSON ({e.msg})", file=file,
                                 row=f"line {e.lineno}, column {e.colno}") from None


def _csv(data: bytes, file: str, table: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(_text(data, file), newline=""))
    try:
        rows = list(reader)
    except csv.Error as e:
        raise ListingImportError(f"is not valid CSV ({e})", file=file, row=reader.line_num) from None
    columns = reader.fieldnames or []
    for col in REQUIRED[table] + (("id",) if table in ("services", "locations") else ()):
        if col not in columns:
            raise ListingImportError(f"the column '{col}' is missing", file=file, row=1, field=col)
    return rows


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ListingImportError("does not exist", file=str(path)) from None
    except OSError as e:
        raise ListingImportError(f"cannot be read ({e.strerror})", file=str(path)) from None


def shipped_categories() -> Path:
    """config/categories.toml, beside the shipped default config."""
    return default_config_file().parent / "categories.toml"


def load_categories(path: Path | str | None = None) -> CategoryMap:
    """The category mapping in `path` (empty or None: the shipped config/categories.toml)."""
    file = Path(path) if path else shipped_categories()
    try:
        data = tomllib.loads(_text(_read(file), str(file)))
    except tomllib.TOMLDecodeError as e:
        raise ListingImportError(f"is not valid TOML ({e})", file=str(file)) from None
    return CategoryMap.from_toml(data, file=str(file))


def read_hsds(path: Path, *, kind: str = "auto", categories: CategoryMap | None = None) -> Parsed:
    """An HSDS file or package (see the module docstring) → Parsed."""
    if path.suffix.lower() == ".json":
        return parse_hsds_json(_json(_read(path), str(path)), file=path.name, kind=kind, categories=categories)
    if path.suffix.lower() == ".csv":
        path = path.parent
    files: dict[str, tuple[str, bytes]] = {}
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(io.BytesIO(_read(path))) as z:
                for info in z.infolist():
                    table = Path(info.filename).stem
                    if Path(info.filename).suffix == ".csv" and table in TABLES and not info.is_dir():
                        files[table] = (f"{path.name} → {info.filename}", z.read(info))
        except zipfile.BadZipFile:
            raise ListingImportError("is not a zip file", file=str(path)) from None
    elif path.is_dir():
        files = {t: (f"{t}.csv", _read(path / f"{t}.csv")) for t in TABLES if (path / f"{t}.csv").is_file()}
    elif not path.exists():
        raise ListingImportError("does not exist", file=str(path))
    else:
        raise ListingImportError("is not an HSDS .json file, a folder of HSDS CSV files or a .zip of one",
                                 file=str(path))
    if "services" not in files:
        raise ListingImportError("has no services.csv: this is not an HSDS CSV package", file=str(path))
    names = {t: name for t, (name, _) in files.items()}
    tables = {t: _csv(data, name, t) for t, (name, data) in files.items()}
    services = services_from_tables(tables, file_of=lambda t: names.get(t, f"{t}.csv"))
    return parse_services(services, file=names["services"], kind=kind, categories=categories)


def read_openactive(path: Path, *, timezone: str, today: date | None, categories: CategoryMap | None = None) -> Parsed:
    """An RPDE page file, a file with a list of pages, or a folder of saved pages → Parsed."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
        if not files:
            raise ListingImportError("has no .json pages", file=str(path))
    else:
        files = [path]
    pages: list[tuple[str, Any]] = []
    for f in files:
        data = _json(_read(f), str(f))
        items = data if isinstance(data, list) else [data]
        if not items:
            raise ListingImportError("holds no RPDE pages", file=f.name)
        pages += [(f.name if len(items) == 1 else f"{f.name} page {i + 1}", p) for i, p in enumerate(items)]
    return parse_rpde(pages, timezone=timezone, today=today, categories=categories)


def read_listings(fmt: str, path: Path, *, timezone: str, today: date | None, kind: str = "auto",
                  categories: CategoryMap | None = None) -> Parsed:
    if fmt == "hsds":
        return read_hsds(path, kind=kind, categories=categories)
    if fmt == "openactive":
        return read_openactive(path, timezone=timezone, today=today, categories=categories)
    raise ValueError(f"format must be one of {FORMATS}")


def import_listings(fmt: str, path: Path, existing: Mapping[uuid.UUID, Listing], *, timezone: str,
                    today: date | None, kind: str = "auto",
                    categories: CategoryMap | None = None) -> tuple[dict[uuid.UUID, Listing], ImportReport]:
    """Reads and parses `path`, then merges into `existing` (not changed). Raises ListingImportError first if
    the file is malformed. Save `report.ids(ADDED, UPDATED)` and delete `report.ids(REMOVED)`."""
    return merge(existing, read_listings(fmt, path, timezone=timezone, today=today, kind=kind,
                                         categories=categories or load_categories()))


def write_report(report: ImportReport, path: Path) -> None:
    """The report as JSON (`--report FILE`); ListingImportError when the file cannot be written."""
    try:
        path.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as e:
        raise ListingImportError(f"cannot be written ({e.strerror or e})", file=str(path)) from None


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `kiosk import-listings` (the CLI adds --config; the store comes from it)."""
    p.add_argument("--format", choices=FORMATS, required=True,
                   help="hsds: Open Referral HSDS 3 JSON or CSV package (folder or .zip); "
                        "openactive: an RPDE page (.json) or a folder of saved pages")
    p.add_argument("path", type=Path, metavar="PATH", help="the file or folder to import")
    p.add_argument("--kind", choices=KINDS, default="auto",
                   help="HSDS only: read every service as an activity or a space (default: plain weekly hours on "
                        "3+ days are a space, anything else an activity)")


def _load_store(path: Path) -> dict[uuid.UUID, Listing]:
    if not path.exists():
        return {}
    data = _json(_read(path), str(path))
    if not isinstance(data, list):
        raise ListingImportError("must be a JSON list of listings", file=str(path))
    out = {}
    for i, item in enumerate(data):
        try:
            listing = listing_from_json(item)
        except ListingError as e:
            raise ListingImportError(e.problem, file=str(path), row=f"listing {i + 1}", field=e.field) from None
        out[listing.id] = listing
    return out


def _save_store(path: Path, listings: Mapping[uuid.UUID, Listing]) -> None:
    body = json.dumps([listing_to_json(x) for x in sorted(listings.values(), key=lambda x: (x.title, x.id))],
                      ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kiosk.whatson.imports",
                                description="Import listings from HSDS or OpenActive and print what would change.")
    add_arguments(p)
    p.add_argument("--timezone", default="Europe/London", help="the site's time zone (default Europe/London)")
    p.add_argument("--store", type=Path, metavar="FILE",
                   help="a JSON file of listings to merge into and write back (without it: a dry run)")
    args = p.parse_args(argv)
    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        p.error(f"--timezone {args.timezone!r} is not a known time zone (use an IANA name such as Europe/London)")
    try:
        existing = _load_store(args.store) if args.store else {}
        today = local_date(SystemClock().now(), args.timezone)
        listings, report = import_listings(args.format, args.path, existing, timezone=args.timezone, today=today,
                                           kind=args.kind)
        if args.store:
            _save_store(args.store, listings)
    except ListingImportError as e:
        print(f"kiosk import-listings: {e}\nNothing was changed.", file=sys.stderr)
        return 2
    print(report.text() + ("" if args.store else "\n(dry run: nothing saved)"))
    return 0
