"""The data folder is 0700 and the local store 0600 (made so, or tightened at start with a log line); a password
file that the group or others may read or change is refused with the file's name and `chmod 600`."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.core import config as settings
from kiosk.core.private_files import too_open
from kiosk.data.services import Services


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_is_private(tmp_path: Path) -> None:
    data = tmp_path / "deep" / "data"
    config = settings.load(env={"KIOSK_DATA_DIR": str(data)})
    services = Services(config)
    try:
        with services.engine().begin() as conn:  # a write, so the -wal file exists too
            conn.execute(text("CREATE TABLE t (x)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        assert _mode(data) == 0o700
        assert _mode(config.database_path) == 0o600
        wal = Path(f"{config.database_path}-wal")
        assert wal.exists() and _mode(wal) == 0o600
    finally:
        services.close()


def test_an_existing_open_folder_and_store_are_tightened_with_a_log_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = tmp_path / "data"
    config = settings.load(env={"KIOSK_DATA_DIR": str(data)})
    first = Services(config)
    first.engine()
    first.close()
    data.chmod(0o755)
    config.database_path.chmod(0o644)
    caplog.set_level(logging.WARNING, logger="kiosk.core.private_files")
    again = Services(config)
    try:
        again.engine()
    finally:
        again.close()
    assert (_mode(data), _mode(config.database_path)) == (0o700, 0o600)
    said = [r.getMessage() for r in caplog.records]
    assert f"the data folder {data} was open to other users (mode 0755); made it 0700" in said
    assert f"the store file {config.database_path} was open to other users (mode 0644); made it 0600" in said


@pytest.mark.parametrize(("mode", "words"), [
    (0o644, "can be read by other users of this machine (mode 0644)"),
    (0o640, "can be read by the file's group (mode 0640)"),
    (0o602, "can be changed by other users of this machine (mode 0602)"),
    (0o660, "can be read or changed by the file's group (mode 0660)"),
])
def test_a_password_file_others_may_touch_is_named_with_the_fix(tmp_path: Path, mode: int, words: str) -> None:
    secret = tmp_path / "central-password"
    secret.write_text("pw\n")
    secret.chmod(mode)
    problem = too_open(secret)
    assert problem is not None and words in problem and problem.endswith(f"chmod 600 {secret}")
    secret.chmod(0o600)
    assert too_open(secret) is None
    secret.chmod(0o400)
    assert too_open(secret) is None
