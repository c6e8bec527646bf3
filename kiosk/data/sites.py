"""Checks on the central database's sites and ids, shared by the central admin (kiosk.sync.central) and the
features' central use cases (e.g. the wall's central moderation): one rule for ids everywhere (the config
schema's), and "that site exists". Thread: whatever thread the command runs on.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from kiosk.core.errors import CentralError
from kiosk.data.sync_models import SiteRecord


def check(key: str, what: str, value: str) -> str:
    """`value` checked by the config schema's rule for `key` (one rule for ids everywhere)."""
    from kiosk.core.config import validate

    if not isinstance(value, str):
        raise CentralError(f"bad {what} {value!r}")
    _, problems = validate({key: value})
    if problems:
        rule = problems[0].removeprefix(f"{key} = {value!r}: ")
        raise CentralError(f"bad {what} {value!r}: it {rule}")
    return value


def check_id(what: str, value: str) -> str:
    return check("kiosk.id", what, value)


def check_timezone(value: str) -> str:
    return check("site.timezone", "time zone", value)


def require_site(conn: Connection, site_id: str) -> None:
    if not conn.execute(select(SiteRecord.id).where(SiteRecord.id == site_id)).first():
        raise CentralError(f"unknown site {site_id!r}: add it first with `kiosk central add-site`")
