"""The one typed configuration schema, its loader and its clear error messages.

Every key has a type, a default and a description (`SCHEMA`); `config/default.toml` documents the same
keys (a test keeps them equal). A user file (`--config` or `KIOSK_CONFIG`) overrides the defaults and
`KIOSK_DATA_DIR` moves the data. Every bad key or value is collected and reported together as a
`ConfigError`, never a traceback. Thread: called once, on the main thread, before Qt starts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.checkin.rules import Answer, parse_answers
from kiosk.core.errors import ConfigError

Check = Callable[[Any], str | None]  # returns a problem in plain words, or None


@dataclass(frozen=True)
class Key:
    name: str  # "section.key"
    type: type
    default: Any
    description: str
    check: Check | None = None
    allowed: str = ""  # shown in messages, e.g. "a number from 1 to 60"
    shown: Callable[[Any], Any] | None = None  # how a value appears in messages (hides secrets)


def _range(lo: float, hi: float) -> Check:
    return lambda v: None if lo <= v <= hi else f"must be from {lo:g} to {hi:g}"


def _timezone(v: str) -> str | None:
    try:
        ZoneInfo(v)
    except (ZoneInfoNotFoundError, ValueError):
        return "is not a known time zone (use an IANA name such as Europe/London)"
    return None


_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")


def _ident(v: str) -> str | None:
    return None if _ID.match(v) else "must be 1-63 letters, digits, '-', '_' or '.', starting with a letter or digit"


def _nonempty(v: str) -> str | None:
    return None if v.strip() and len(v) <= 120 else "must be 1-120 characters"


_LANG = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def _central_url(v: str) -> str | None:
    """Empty (sync off), a SQLite file path or URL, or a PostgreSQL URL without a password."""
    if not v.strip():
        return None
    if "://" not in v:
        return None  # a SQLite file path
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(v)
    except (ArgumentError, ValueError):
        return "is not a database URL like postgresql://kiosk@db.example.org/kindness or a SQLite file path"
    if url.get_backend_name() not in ("postgresql", "postgres", "sqlite"):
        return "must be a PostgreSQL URL (postgresql://...) or a SQLite file"
    if url.password is not None:
        return ("must not contain a password: put it in the file named by sync.password_file, "
                "or in KIOSK_CENTRAL_PASSWORD")
    return None


def _hide_password(v: Any) -> Any:
    """A URL with its password (if any) replaced by ***, for messages."""
    return re.sub(r"(://[^/:@]*:)[^@/]*@", r"\1***@", v) if isinstance(v, str) else v


def _languages(v: list[Any]) -> str | None:
    if not v:
        return "must list at least one language"
    bad = [x for x in v if not isinstance(x, str) or not _LANG.match(x)]
    return f"has codes that are not language codes like 'en' or 'gd': {bad}" if bad else None


def _policy(v: str) -> str | None:
    return None if v in ("pre", "auto") else "must be 'pre' or 'auto' (a wall without moderation is not offered)"


def _answers(v: list[Any]) -> str | None:
    if not all(isinstance(x, str) for x in v):
        return "must be a list of words"
    try:
        parse_answers(v)
    except ValueError as e:
        return str(e)
    return None


SCHEMA: tuple[Key, ...] = (
    Key("site.name", str, "Riverside Customer Service Centre",
        "The building's name, shown on the welcome screen and stored with every answer.", _nonempty,
        "1-120 characters"),
    Key("site.id", str, "riverside", "Short identifier of the site, used in exports and the central database.",
        _ident, "letters, digits, '-', '_', '.'"),
    Key("site.timezone", str, "Europe/London",
        "IANA time zone of the site: dates on screen and the reporting date of each answer use it.",
        _timezone, "an IANA time zone name"),
    Key("kiosk.id", str, "kiosk-1", "This kiosk's identifier, unique within the organisation.", _ident,
        "letters, digits, '-', '_', '.'"),
    Key("kiosk.languages", list, ["en"],
        "Languages offered on screen; the first is the default. Codes like 'en', 'gd', 'cy', 'ar'.",
        _languages, "a list of language codes"),
    Key("kiosk.data_dir", str, "",
        "Where the local database lives. Empty means the platform's data folder. KIOSK_DATA_DIR overrides it.",
        None, "a folder path"),
    Key("screen.idle_timeout_seconds", float, 45.0,
        "Seconds without a touch before an unfinished flow is dropped and the home screen returns.",
        _range(5, 600), "a number from 5 to 600"),
    Key("screen.thanks_seconds", float, 6.0, "Seconds the thank-you screen stays before returning home.",
        _range(2, 60), "a number from 2 to 60"),
    Key("checkin.repeat_guard_seconds", float, 4.0,
        "After an answer is stored, new answers within this many seconds are ignored and not stored.",
        _range(0, 60), "a number from 0 to 60"),
    Key("checkin.answers", list, ["yes", "not_sure", "no"],
        "The answers offered, in order: two or three of yes, not_sure, no.", _answers,
        "two or three of yes, not_sure, no"),
    Key("checkin.ask_followup", bool, True,
        "Ask 'Where did you notice kindness?' after Yes and Not sure (always skippable).", None, "true or false"),
    Key("sync.central_url", str, "",
        "The central database answers are sent to. Empty turns sync off. A PostgreSQL URL without the password "
        "(postgresql://kiosk_role@host/dbname), or a SQLite file path shared by kiosks on one machine.",
        _central_url, "empty, a postgresql:// URL without a password, or a SQLite file path", _hide_password),
    Key("sync.password_file", str, "",
        "A file holding the central database password (first line). KIOSK_CENTRAL_PASSWORD overrides it.",
        None, "a file path, or empty"),
    Key("sync.interval_seconds", float, 60.0,
        "Seconds between syncs; a visitor's answer also starts one at once.", _range(5, 86400),
        "a number from 5 to 86400"),
    Key("sync.batch_size", int, 5000,
        "Records sent per batch (one central transaction each). Larger batches mean fewer commits (fsyncs) on "
        "both sides; a failed batch is sent again whole.", _range(1, 10000), "a whole number from 1 to 10000"),
    Key("sync.backoff_max_seconds", float, 300.0,
        "The longest wait between retries while the central database cannot be reached.", _range(5, 86400),
        "a number from 5 to 86400"),
    Key("wall.policy", str, "pre",
        "Kindness wall moderation: 'pre' = every message waits for staff; 'auto' = messages that pass the "
        "offline filter appear at once, flagged ones wait. There is no 'off'.", _policy, "pre or auto"),
    Key("wall.max_length", int, 200, "The longest wall message, in characters as people see them.",
        _range(20, 1000), "a whole number from 20 to 1000"),
    Key("wall.repeat_max", int, 5, "Messages one kiosk accepts within wall.repeat_window_seconds.",
        _range(1, 100), "a whole number from 1 to 100"),
    Key("wall.repeat_window_seconds", float, 600.0, "The window for wall.repeat_max.", _range(10, 86400),
        "a number from 10 to 86400"),
    Key("staff.lockout_seconds", float, 300.0, "How long the PIN pad stays locked after 5 wrong PINs.",
        _range(30, 86400), "a number from 30 to 86400"),
)
_BY_NAME = {k.name: k for k in SCHEMA}


@dataclass(frozen=True)
class Config:
    site_name: str
    site_id: str
    timezone: str
    kiosk_id: str
    languages: tuple[str, ...]
    data_dir: Path
    idle_timeout_seconds: float
    thanks_seconds: float
    repeat_guard_seconds: float
    answers: tuple[Answer, ...]
    ask_followup: bool
    central_url: str = ""
    password_file: str = ""
    sync_interval_seconds: float = 60.0
    sync_batch_size: int = 5000
    sync_backoff_max_seconds: float = 300.0
    wall_policy: str = "pre"
    wall_max_length: int = 200
    wall_repeat_max: int = 5
    wall_repeat_window_seconds: float = 600.0
    staff_lockout_seconds: float = 300.0
    source: str = "defaults"

    @property
    def language(self) -> str:
        return self.languages[0]

    @property
    def database_path(self) -> Path:
        return self.data_dir / "kiosk.sqlite3"


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, name + "."))
        else:
            out[name] = v
    return out


def _type_ok(key: Key, value: Any) -> Any:
    """Returns the value coerced to the key's type, or raises TypeError."""
    if key.type is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if key.type is bool and isinstance(value, bool):
        return value
    if key.type is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if key.type in (str, list) and isinstance(value, key.type):
        return value
    raise TypeError


_TYPE_WORDS = {str: "text in quotes", float: "a number", int: "a whole number", bool: "true or false",
               list: "a list in [ ]"}


def _shown(key: Key, value: Any) -> Any:
    return key.shown(value) if key.shown is not None else value


def validate(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Checks flat `section.key` values against the schema; returns (good values, problems)."""
    good: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in values.items():
        key = _BY_NAME.get(name)
        if key is None:
            # The right key in the wrong section first, else a near spelling ("timezon" → "site.timezone").
            close = [k for k in _BY_NAME if k.split(".")[-1] == name.split(".")[-1]]
            import difflib  # only when a key is wrong

            close = close or difflib.get_close_matches(name, _BY_NAME, n=1, cutoff=0.8)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            problems.append(f"{name}: unknown key.{hint} Known keys: {', '.join(sorted(_BY_NAME))}")
            continue
        try:
            value = _type_ok(key, value)
        except TypeError:
            problems.append(f"{name} = {_shown(key, value)!r}: must be {_TYPE_WORDS[key.type]} ({key.allowed})")
            continue
        problem = key.check(value) if key.check else None
        if problem:
            problems.append(f"{name} = {_shown(key, value)!r}: {problem}")
        else:
            good[name] = value
    return good, problems


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("kindness-kiosk", appauthor=False))


def load(path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None,
         overrides: Mapping[str, Any] | None = None) -> Config:
    """Defaults ← user file (`path` or KIOSK_CONFIG) ← `overrides` ← KIOSK_DATA_DIR."""
    env = os.environ if env is None else env
    values = {k.name: k.default for k in SCHEMA}
    source = "defaults"
    problems: list[str] = []
    path = path or env.get("KIOSK_CONFIG") or None
    if path:
        source = str(path)
        import tomllib  # only when there is a file to read

        try:
            with open(path, "rb") as f:
                raw = tomllib.load(f)
        except FileNotFoundError:
            raise ConfigError([f"the file {path} does not exist"], source) from None
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError([f"the file {path} cannot be read: {e}"], source) from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError([f"the file is not valid TOML: {e}"], source) from None
        good, problems = validate(_flatten(raw))
        values.update(good)
    if overrides:
        good, more = validate(overrides)
        values.update(good)
        problems += more
    if problems:
        raise ConfigError(problems, source)
    data_dir = env.get("KIOSK_DATA_DIR") or values["kiosk.data_dir"]
    return Config(
        site_name=values["site.name"].strip(), site_id=values["site.id"], timezone=values["site.timezone"],
        kiosk_id=values["kiosk.id"], languages=tuple(values["kiosk.languages"]),
        data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir(),
        idle_timeout_seconds=values["screen.idle_timeout_seconds"],
        thanks_seconds=values["screen.thanks_seconds"],
        repeat_guard_seconds=values["checkin.repeat_guard_seconds"],
        answers=parse_answers(values["checkin.answers"]), ask_followup=values["checkin.ask_followup"],
        central_url=values["sync.central_url"].strip(), password_file=values["sync.password_file"],
        sync_interval_seconds=values["sync.interval_seconds"], sync_batch_size=values["sync.batch_size"],
        sync_backoff_max_seconds=values["sync.backoff_max_seconds"],
        wall_policy=values["wall.policy"], wall_max_length=values["wall.max_length"],
        wall_repeat_max=values["wall.repeat_max"], wall_repeat_window_seconds=values["wall.repeat_window_seconds"],
        staff_lockout_seconds=values["staff.lockout_seconds"],
        source=source,
    )


def render_default_toml() -> str:
    """The documented default file, generated from the schema (config/default.toml is this text)."""
    lines = ["# Kindness Kiosk configuration. Every key, its default and what it does.",
             "# Copy this file, change what you need, and start with --config FILE or KIOSK_CONFIG=FILE.", ""]
    section = ""
    for key in SCHEMA:
        sec, name = key.name.split(".", 1)
        if sec != section:
            lines += ([""] if section else []) + [f"[{sec}]"]
            section = sec
        lines.append(f"# {key.description} Allowed: {key.allowed}.")
        lines.append(f"{name} = {_toml_value(key.default)}")
    return "\n".join(lines) + "\n"


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return repr(v)


