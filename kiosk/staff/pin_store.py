"""Where the staff PIN's scrypt hash is kept: a small file in the data folder, readable only by the
kiosk's user (0600), written atomically. Never the PIN itself. Thread: database thread or CLI.
"""

from __future__ import annotations

import os
from pathlib import Path

PIN_FILE = "staff-pin.hash"


def read_hash(data_dir: Path) -> str | None:
    try:
        return (data_dir / PIN_FILE).read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def write_hash(data_dir: Path, pin_hash: str) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / PIN_FILE
    tmp = path.with_name(PIN_FILE + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(pin_hash + "\n")
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    return path
