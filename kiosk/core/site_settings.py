"""Per-site kiosk settings managed centrally (the office's Kiosks page → each kiosk of the site): which keys the
centre may set, how they are stored, checked and laid over a kiosk's own file.

Where they live: one `site_content` row per site, of kind "settings", with a fixed id (`settings_id(site)`) and
the payload {"values": {key: value, …}} — only the keys set centrally; a key not there means "the kiosk's own
file decides". Chosen over a new table because site content already has everything this needs: row-level
security by site (staff write their own sites' content; managers get a policy for this kind only:
kiosk.sync.roles), a version for edits made meanwhile, the per-site change cursor that brings it to every kiosk
of the site with its next pull and to no other, and the triggers that refuse any write from a kiosk login.

Every value is checked by the one config schema (kiosk.core.config: the same `Setting` entries and the same
sentences a bad kiosk.toml gets). `CENTRAL_KEYS` are the keys a site may set: the welcome line, the wall's
policy, the languages offered, the idle timeout and the opening hours. A kiosk lays the good values over its
file's (`with_central`) and keeps its file's value for any bad one (a value written by an older or newer
version), which `read_payload` reports. The office turns what a person types into values with `from_form` and
shows them with `to_form`. No Qt, no SQL, no I/O. Thread: any.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.core.config import Config, validate

KIND = "settings"
CENTRAL_KEYS = ("site.welcome", "wall.policy", "kiosk.languages", "screen.idle_timeout_seconds", "site.hours")
_NAMESPACE = uuid.UUID("6f1f3a53-8c9e-4a57-9e57-0b7a3c1d5e21")  # fixed: every kiosk and office agree on the id


def settings_id(site: str) -> uuid.UUID:
    """The id of `site`'s settings row in `site_content` (the same everywhere)."""
    return uuid.uuid5(_NAMESPACE, f"settings:{site}")


@dataclass(frozen=True)
class Central:
    """What the centre says for one site: the good values, and the keys whose values this kiosk cannot use
    (`rejected`; "*" when the whole record is unreadable) with what is wrong with them (`problems`)."""

    values: Mapping[str, Any]
    rejected: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def check(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The schema's check of centrally set values: (good ones, problems in the schema's words). A key the centre
    may not set is a problem too."""
    wrong = [f"{k}: may not be set for a site (only {', '.join(CENTRAL_KEYS)})" for k in values
             if k not in CENTRAL_KEYS]
    good, problems = validate({k: v for k, v in values.items() if k in CENTRAL_KEYS})
    return good, wrong + problems


def payload(values: Mapping[str, Any]) -> dict[str, Any]:
    """The stored payload of a site's settings (checked values only, keys in a fixed order)."""
    return {"values": {k: values[k] for k in CENTRAL_KEYS if k in values}}


def read_payload(text: str | None) -> Central:
    """A stored payload as a kiosk reads it: the good values, and one problem per value it cannot use."""
    if not text:
        return Central({})
    try:
        data = json.loads(text)
        values = data["values"]
        if not isinstance(values, dict):
            raise TypeError
    except (ValueError, TypeError, KeyError):
        return Central({}, ("*",), ("the settings are not in a form this version understands",))
    good, problems = check(values)
    return Central(good, tuple(str(k) for k in values if k not in good), tuple(problems))


def with_central(config: Config, central: Mapping[str, Any]) -> Config:
    """`config` (the kiosk's own file) with the centre's good values over it, for the keys the centre sets."""
    if not central:
        return config
    return Config({**config.values, **{k: v for k, v in central.items() if k in CENTRAL_KEYS}}, config.source)


# -- the office's form: what a person types <-> values ------------------------------------------------------

_LIST_SEPARATOR = re.compile(r"[,\s]+")


def from_form(key: str, typed: str) -> Any:
    """What a person typed as the value the schema checks: languages as "en, gd", hours one line per day (or ';'
    between them), a number as digits (anything else is passed on as text, so the schema says what is wrong)."""
    if key == "kiosk.languages":
        return [code for code in _LIST_SEPARATOR.split(typed.strip()) if code]
    if key == "site.hours":
        return [line.strip() for line in re.split(r"[\n;]", typed) if line.strip()]
    if key == "screen.idle_timeout_seconds":
        try:
            return float(typed.strip())
        except ValueError:
            return typed
    return typed.strip() if key == "wall.policy" else typed


def to_form(key: str, value: Any) -> str:
    """A value as the office's form shows it for editing (the inverse of `from_form`)."""
    if key == "kiosk.languages":
        return ", ".join(value)
    if key == "site.hours":
        return "\n".join(value)
    if key == "screen.idle_timeout_seconds":
        return f"{float(value):g}"
    return str(value)


def load_form(typed: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """A whole form (key → typed text, for the keys set centrally) checked: (values, problems)."""
    return check({key: from_form(key, text) for key, text in typed.items()})
