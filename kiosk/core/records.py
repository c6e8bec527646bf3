"""What a pushed record *is*, independent of where it is stored: its canonical JSON and its digest.

The digest is how the central database tells "the same record sent twice" (same UUID, same digest:
stored once) from "a different record that reuses a UUID" (same UUID, other digest: kept aside as a
conflict). It must not depend on the database a record was read from, so values are written in one
canonical form: keys sorted, no spaces, UUIDs in their 36-character form, moments in UTC with
microseconds and a `Z`, dates as YYYY-MM-DD, enum members as their values. Bookkeeping fields
(`synced_at`, `digest`) are never part of it, and neither is a field added later while it holds the value
every older record implicitly has (`question` = the first wording): a record's digest never changes because a
column was added, so records written before it re-push as duplicates, not conflicts. Thread: any (pure functions).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from kiosk.core.answers import QUESTION_ID

BOOKKEEPING = frozenset({"synced_at", "digest"})
# Fields added after records were first sent → the value older records have without saying so.
LATER_FIELDS: dict[str, object] = {"question": QUESTION_ID,
                                   # a heartbeat's device health (migration 0009): None before it was kept
                                   "disk_free_mb": None, "memory_free_mb": None, "last_frame_at": None,
                                   "screen_on": None,
                                   # its sync: the oldest unsent answer, the last failure (0013_heartbeat_errors)
                                   "oldest_unsent_at": None, "last_error": None, "last_error_at": None}
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _moment(value: datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a record's moment must be timezone-aware")
    if offset:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")[:-6] + "Z"  # drop "+00:00"


def _canonical(value: Any) -> Any:
    if isinstance(value, str | int | float | None):  # str enums (StrEnum) included, as their value
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return _moment(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot put a {type(value).__name__} into a record's canonical form")


# The common types by exact type (a digest is computed for every record pushed, so this is a hot path).
_BY_TYPE: dict[type, Any] = {str: None, int: None, float: None, bool: None, type(None): None,
                             uuid.UUID: str, datetime: _moment, date: date.isoformat}


def canonical_json(fields: Mapping[str, Any]) -> str:
    """The record's content fields (bookkeeping left out) as one canonical JSON text."""
    content = {}
    for key, value in fields.items():
        if key in BOOKKEEPING or (key in LATER_FIELDS and LATER_FIELDS[key] == value):
            continue
        convert = _BY_TYPE.get(type(value), _canonical)
        content[key] = value if convert is None else convert(value)
    return _ENCODER.encode(content)


def record_digest(fields: Mapping[str, Any]) -> str:
    """sha256 (64 hex digits) of the record's canonical JSON."""
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()
