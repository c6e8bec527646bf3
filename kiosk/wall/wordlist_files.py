"""Reads the moderation word lists (assets/moderation/*.txt) into a `WordLists` for the pure filter.

`load_word_lists()` reads every `abuse.<lang>.txt` and `allow.<lang>.txt` in the folder (see its
README.md for the format) and raises one `WordListError` naming every file and line it cannot use:
a missing folder, an unreadable or non-UTF-8 file, a bad entry, a file name it does not understand.
Thread: any, but it reads files — the app calls it once at start-up, before the wall is shown
(it takes a few milliseconds), or on the background (kiosk-db) thread.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.core.paths import assets_dir
from kiosk.wall.rules.wordlists import Term, WordLists, WordListSyntaxError, parse_allow, parse_terms

PURPOSES = ("abuse", "allow")
_NAME = re.compile(r"(?P<purpose>[a-z]+)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.txt")


class WordListError(KioskError):
    """The moderation word lists cannot be used; `problems` names each file (and line) in plain words."""

    kind = "word_lists"

    def __init__(self, problems: list[str], folder: Path) -> None:
        self.problems = list(problems)
        self.folder = folder
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"The moderation word lists in {folder} have {len(self.problems)} problem(s):\n{lines}")


def default_folder() -> Path:
    return assets_dir() / "moderation"


def _read(path: Path) -> str:
    """The file's text; raises ValueError in plain words when it cannot be read as UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ValueError(f"{path.name}: cannot be read ({e.strerror or e})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise ValueError(f"{path.name}, line {line}: is not UTF-8 text (save it as UTF-8)") from None


def load_word_lists(folder: Path | None = None) -> WordLists:
    """Every list in `folder` (default: the bundled assets/moderation/)."""
    folder = default_folder() if folder is None else folder
    if not folder.is_dir():
        raise WordListError([f"the folder {folder} does not exist"], folder)
    abuse: dict[str, tuple[Term, ...]] = {}
    allow: dict[str, frozenset[str]] = {}
    problems: list[str] = []
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    except OSError as e:
        raise WordListError([f"the folder cannot be read ({e.strerror or e})"], folder) from None
    for path in paths:
        m = _NAME.fullmatch(path.name)
        if m is None or m["purpose"] not in PURPOSES:
            problems.append(f"{path.name}: not a list name this kiosk knows; use abuse.<lang>.txt or "
                            "allow.<lang>.txt (for example abuse.en.txt)")
            continue
        try:
            text = _read(path)
            if m["purpose"] == "abuse":
                abuse[m["lang"]] = parse_terms(text)
            else:
                allow[m["lang"]] = parse_allow(text)
        except WordListSyntaxError as e:
            problems.append(f"{path.name}, line {e.line}: {e.problem}")
        except ValueError as e:
            problems.append(str(e))
    if not problems and not any(abuse.values()):
        problems.append("there is no abuse.<lang>.txt list with any entries: the filter would catch nothing")
    if problems:
        raise WordListError(problems, folder)
    return WordLists(abuse=abuse, allow=allow)
