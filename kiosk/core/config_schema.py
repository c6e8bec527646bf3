"""The building blocks of the configuration schema: one declarative `Setting` per key.

A `Setting[T]` holds everything about one key: its TOML name ("screen.idle_timeout_seconds"), its default as it
is written in the TOML file, its description, its bounds or choices, how a value is shown (secrets hidden),
and how the TOML value becomes the typed attribute `T` of `kiosk.core.config.Config`. It is a descriptor:
declared once on the `Config` class (`idle_timeout_seconds = number(...)`), it gives mypy the attribute's
type. The words for what is allowed ("a number from 5 to 600") and the problems ("must be from 5 to 600") are
made here from the bounds and choices, so no bound is written twice. The kinds of key are the functions
`number`, `whole`, `flag`, `text`, `ident`, `one_of`, `some_of`, `codes`, `folder` and `file_path`.

Thread: any (pure data; called on the main thread while the configuration loads).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")
Check = Callable[[Any], str | None]  # a problem in plain words, or None

TYPE_WORDS = {str: "text in quotes", float: "a number", int: "a whole number", bool: "true or false",
              list: "a list in [ ]"}
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
LONGEST_SHOWN = 100  # characters of a value's repr shown in a message; longer ones are cut


class Setting(Generic[T]):
    """One configuration key. `name` is "section.key"; `attr` is the attribute on Config (set by the class)."""

    def __init__(self, name: str, default: Any, description: str, *, toml_type: type, allowed: str,
                 convert: Callable[[Any], T], check: Check | None = None,
                 shown: Callable[[Any], Any] | None = None, env: str = "") -> None:
        self.name = name
        self.default = default  # as written in the TOML file
        self.description = description
        self.toml_type = toml_type
        self.allowed = allowed  # e.g. "a number from 5 to 600"
        self.convert = convert  # the checked TOML value -> the attribute's value
        self.check = check
        self.shown = shown  # how a value appears in messages and `kiosk config` (hides secrets)
        self.env = env  # an environment variable that overrides the file (e.g. KIOSK_DATA_DIR)
        self.attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Setting[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> Setting[T] | T:
        if obj is None:
            return self
        value: T = vars(obj)[self.attr]  # Config.__post_init__ stores each converted value under its name
        return value

    def __repr__(self) -> str:
        return f"Setting({self.name!r})"

    def problem(self, value: Any) -> tuple[Any, str | None]:
        """(the value coerced to the key's TOML type, what is wrong with it in plain words or None)."""
        try:
            value = _coerce(self.toml_type, value)
        except TypeError:
            return value, f"must be {TYPE_WORDS[self.toml_type]} ({self.allowed})"
        return value, self.check(value) if self.check else None

    def show(self, value: Any) -> str:
        """A value as it appears in a message: its repr (secrets hidden), cut when very long."""
        return brief(repr(self.shown(value) if self.shown else value))

    def display(self, value: T) -> str:
        """An attribute's value as a person reads it in `kiosk config`: text as is, the rest as TOML."""
        if isinstance(value, str | Path):
            words = str(self.shown(str(value)) if self.shown else value)
            return words or '""'
        return toml_value(value)


def brief(text: str) -> str:
    return text if len(text) <= LONGEST_SHOWN else f"{text[:60]}… ({len(text)} characters)"


def _coerce(kind: type, value: Any) -> Any:
    """The value as the key's type (an int where a number is asked for becomes a float); else TypeError."""
    if isinstance(value, bool):
        if kind is bool:
            return value
        raise TypeError
    if kind is float and isinstance(value, int | float):
        try:
            return float(value)
        except OverflowError:  # an integer too big for a float: keep it, the range check refuses it
            return value
    if kind in (int, str, list) and isinstance(value, kind):
        return value
    raise TypeError


def toml_value(v: Any) -> str:
    """A value written as in a TOML file."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        escaped = v.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped) + '"'
    if isinstance(v, list | tuple):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return repr(v)


def count_words(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def or_words(words: Sequence[str]) -> str:
    """"a", "a or b", "a, b or c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


# -- the kinds of key -----------------------------------------------------------------------------------

def number(name: str, default: float, description: str, *, low: float, high: float) -> Setting[float]:
    """A number (a whole number in the file is fine) from `low` to `high`."""
    return Setting(name, float(default), description, toml_type=float, allowed=f"a number from {low:g} to {high:g}",
                   convert=float, check=_between(low, high))


def whole(name: str, default: int, description: str, *, low: int, high: int) -> Setting[int]:
    return Setting(name, default, description, toml_type=int, allowed=f"a whole number from {low} to {high}",
                   convert=int, check=_between(low, high))


def _between(low: float, high: float) -> Check:
    return lambda v: None if low <= v <= high else f"must be from {low:g} to {high:g}"


def flag(name: str, default: bool, description: str) -> Setting[bool]:
    return Setting(name, default, description, toml_type=bool, allowed="true or false", convert=bool)


def text(name: str, default: str, description: str, *, length: tuple[int, int] | None = None,
         check: Check | None = None, allowed: str = "", strip: bool = False,
         shown: Callable[[Any], Any] | None = None) -> Setting[str]:
    """Text; either `length` (one line of characters, not counting surrounding spaces for the least) or a
    `check` with its `allowed` words. `strip` drops surrounding spaces from the attribute's value."""
    if length is not None:
        least, most = length
        allowed = f"{least}-{most} characters"
        check = lambda v: one_line(v) or (None if least <= len(v.strip()) and len(v) <= most  # noqa: E731
                                          else f"must be {least}-{most} characters")
    if not allowed:
        raise ValueError(f"{name}: say what is allowed")
    return Setting(name, default, description, toml_type=str, allowed=allowed,
                   convert=str.strip if strip else str, check=check, shown=shown)


def ident(name: str, default: str, description: str, *, longest: int = 63) -> Setting[str]:
    """An identifier: letters, digits, '-', '_' and '.', starting with a letter or digit."""
    pattern = re.compile(rf"[A-Za-z0-9][A-Za-z0-9_.-]{{0,{longest - 1}}}")
    allowed = f"1-{longest} letters, digits, '-', '_' or '.', starting with a letter or digit"
    return Setting(name, default, description, toml_type=str, allowed=allowed, convert=str,
                   check=lambda v: None if pattern.fullmatch(v) else f"must be {allowed}")


def one_of(name: str, default: str, description: str, choices: Sequence[str], *, why: str = "") -> Setting[str]:
    """One word of `choices`; `why` explains a choice that is deliberately missing."""
    words = or_words([repr(c) for c in choices]) + (f" ({why})" if why else "")
    return Setting(name, default, description, toml_type=str, allowed=or_words(list(choices)), convert=str,
                   check=lambda v: None if v in choices else f"must be {words}")


def some_of(name: str, default: list[str], description: str, choices: Sequence[str], *, fewest: int,
            noun: str) -> Setting[tuple[str, ...]]:
    """`fewest` or more of `choices`, each at most once, in the order given."""
    most = len(choices)
    if fewest == most:
        amount = f"all {count_words(most)}"
    else:
        amount = f"{count_words(fewest)} {'or' if most - fewest == 1 else 'to'} {count_words(most)}"

    def check(v: list[Any]) -> str | None:
        if not all(isinstance(x, str) for x in v):
            return "must be a list of words"
        for i, x in enumerate(v):
            if x not in choices:
                article = "an" if noun[:1] in "aeiou" else "a"
                return f"{brief(repr(x))} is not {article} {noun}; allowed: {', '.join(choices)}"
            if x in v[:i]:
                return f"{x!r} is listed twice"
        if len(v) < fewest:
            return f"at least {count_words(fewest)} {noun}s are needed"
        return None

    return Setting(name, default, description, toml_type=list, allowed=f"{amount} of {', '.join(choices)}",
                   convert=tuple, check=check)


def codes(name: str, default: list[str], description: str, *, pattern: str, like: str,
          noun: str, known: Callable[[str], bool] | None = None) -> Setting[tuple[str, ...]]:
    """A list of at least one code, each matching `pattern` (`like` describes it, with examples) and, given
    `known`, one it accepts (e.g. a real language)."""
    compiled = re.compile(pattern)

    def check(v: list[Any]) -> str | None:
        if not v:
            return f"must list at least one {noun}"
        bad = [x for x in v if not isinstance(x, str) or not compiled.fullmatch(x) or (known and not known(x))]
        return f"has codes that are not {like}: {brief(repr(bad))}" if bad else None

    return Setting(name, default, description, toml_type=list, allowed=f"a list of {like}", convert=tuple,
                   check=check)


def folder(name: str, description: str, *, env: str, otherwise: Callable[[], Path]) -> Setting[Path]:
    """A folder path; empty means `otherwise()`. The environment variable `env` overrides the file."""
    return Setting(name, "", description, toml_type=str, allowed="a folder path", env=env, check=one_line,
                   convert=lambda v: Path(v).expanduser() if v else otherwise())


def file_path(name: str, description: str) -> Setting[str]:
    """A file path, or empty for none."""
    return Setting(name, "", description, toml_type=str, allowed="a file path, or empty", convert=str,
                   check=one_line)


def one_line(v: str) -> str | None:
    """Paths and URLs: a control character (a line break, a tab, NUL) is a mistake, and NUL breaks file calls."""
    return "must not contain control characters (a line break, a tab or similar)" if _CONTROL.search(v) else None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
