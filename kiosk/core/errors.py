"""Typed errors the app raises, each with a `code` and `params`; the words people read are made from them in one
place, when shown, in the language in use then (kiosk.shell.error_words.error_words).

Thread: any.
"""

from __future__ import annotations


class KioskError(Exception):
    """Base of every error the app expects and explains to people.

    An error carries a `code` (what went wrong, e.g. "title_too_long") and `params` (e.g. limit=120); the
    words people read are made from them in one place, in the language in use at that moment
    (kiosk.shell.error_words.error_words). The message argument is an English line for logs and the CLI.
    """

    kind = "unexpected"

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code or self.kind
        self.params: dict[str, object] = dict(params)
        super().__init__(message or self.code)


class StorageError(KioskError):
    """The local store could not read or write (disk full, file locked, corrupt)."""

    kind = "storage"


class ConfigError(KioskError):
    """The configuration is wrong; `problems` lists each bad key in plain words."""

    kind = "config"

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        where = f" in {source}" if source else ""
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"The kiosk configuration{where} has {len(self.problems)} problem(s):\n{lines}",
                         count=len(self.problems))


class GuardedRepeat(KioskError):
    """An answer came too soon after the previous one and was not stored."""

    kind = "repeat"


class StaleEdit(KioskError):
    """A staff edit was based on an older version of the content than the one now stored."""

    kind = "stale_edit"

    def __init__(self, content_id: object, expected: int, found: int | None) -> None:
        self.content_id, self.expected, self.found = content_id, expected, found
        now = "it no longer exists" if found is None else f"it is now at version {found}"
        super().__init__(f"someone else changed this item first (you edited version {expected}; {now}). "
                         "Reload it and make your change again.", code="stale_edit" if found is not None else
                         "stale_edit_gone", expected=expected, found=found)


class CentralError(KioskError):
    """Something about the central database that the person running the command can fix."""

    kind = "central"


class SyncError(KioskError):
    """Sync with the central database did not happen; the message is in plain words for staff."""

    kind = "sync"
