"""Files only the kiosk's own user may touch: password files are checked, the data folder is kept 0700 and the
local store 0600 (made so when created, tightened at start with a log line when found looser).

    too_open(path)           # "… can be read by other users of this machine (mode 0644). Run: chmod 600 …"
    private_folder(path)     # create 0700, or tighten an existing folder
    private_file(path)       # create empty 0600 (before SQLite opens it), or tighten an existing file

On systems without POSIX modes (Windows) nothing is checked or changed. Thread: any (file-system calls).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)
FOLDER_MODE, FILE_MODE = 0o700, 0o600
_POSIX = os.name == "posix"


def too_open(path: Path) -> str | None:
    """What is wrong when group or others may read or write the file (None when it is private or missing)."""
    if not _POSIX:
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None  # the caller's read reports a missing or unreadable file in its own words
    if not mode & 0o077:
        return None
    who = "other users of this machine" if mode & 0o007 else "the file's group"
    reads, writes = bool(mode & 0o044), bool(mode & 0o022)
    does = "read or changed" if reads and writes else "read" if reads else "changed"
    return (f"the password file {path} can be {does} by {who} (mode {mode:04o}), so it is not used. "
            f"Make it private: chmod 600 {path}")


def private_folder(path: Path) -> None:
    """The folder exists with mode 0700 (created so, or tightened with a log line)."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _tighten(path, FOLDER_MODE, "data folder")


def private_file(path: Path) -> None:
    """The file exists with mode 0600: created empty so (SQLite then opens it and gives its -wal and -shm
    files the same mode), or an existing one tightened with a log line — with its -wal and -shm files."""
    if _POSIX and not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        _tighten(each, FILE_MODE, "store file")


def _tighten(path: Path, mode: int, what: str) -> None:
    if not _POSIX:
        return
    try:
        was = stat.S_IMODE(path.stat().st_mode)
        if was & ~mode:
            os.chmod(path, was & mode)
            log.warning("the %s %s was open to other users (mode %04o); made it %04o", what, path, was, was & mode)
    except FileNotFoundError:
        return
    except OSError as e:  # a folder we do not own: say so, keep going (the kiosk must still start)
        log.error("could not make the %s %s private: %s", what, path, e.strerror or e)
