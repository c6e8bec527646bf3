"""`kiosk wall poster` and `kiosk export --what messages`, run as a real child process on a seeded store."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine

from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.wall.rules.messages import MessageStatus, WallMessage
from kiosk.wall.store import WallService
from tests.helpers import child_env, run_kiosk

pytestmark = pytest.mark.slow

COLUMNS = ["id", "site", "kiosk", "created_at", "text", "status", "moderated_at", "reason"]


@pytest.fixture
def seeded(engine: Engine, config: Config) -> Iterator[dict[str, WallMessage]]:
    """Messages on 24, 25 and 26 November 2026 (site-local): approved, waiting, approved; one hidden with a
    reason; one that starts like a spreadsheet formula and has a line break."""
    made: dict[str, WallMessage] = {}
    for key, day, hour, text, status in (
            ("a", 24, 10, "Thank you to the lady at desk 3 😊", MessageStatus.APPROVED),
            ("b", 25, 10, "Ring Jo on 07700 900123", MessageStatus.PENDING),
            ("c", 25, 11, "=HYPERLINK(\"http://evil\")\nand a second line", MessageStatus.APPROVED),
            ("d", 26, 10, "שלום and thanks, Sam", MessageStatus.APPROVED),
            ("e", 26, 11, "Taken down later", MessageStatus.HIDDEN)):
        clock = ManualClock(datetime(2026, 11, day, hour, 0, tzinfo=UTC))
        service = WallService(engine, config.site_id, config.kiosk_id, clock, timezone=config.timezone)
        message = service.add(WallMessage.new(text=text, site=config.site_id, kiosk=config.kiosk_id, language="en",
                                              status=MessageStatus.PENDING, clock=clock))
        clock.advance(600)
        if status is not MessageStatus.PENDING:
            service.decide(message.id, MessageStatus.APPROVED)
        if status is MessageStatus.HIDDEN:
            service.decide(message.id, MessageStatus.HIDDEN, reason="Personal details")
        made[key] = message
    yield made


def _env(config: Config) -> dict[str, str]:
    return child_env(KIOSK_DATA_DIR=str(config.data_dir))


def _ok(proc: subprocess.CompletedProcess[bytes]) -> str:
    assert proc.returncode == 0, proc.stderr.decode()
    return str(proc.stderr.decode())


def _failure(proc: subprocess.CompletedProcess[bytes]) -> str:
    assert proc.returncode == 2
    stderr = str(proc.stderr.decode())
    assert "Traceback" not in stderr
    return stderr


# -- the poster ------------------------------------------------------------------------------------

def test_poster_png_of_every_approved_message(tmp_path: Path, config: Config, seeded: dict[str, WallMessage]) -> None:
    proc = run_kiosk(["wall", "poster", "--out", "wall.png", "--dpi", "150"], cwd=tmp_path, env=_env(config))
    assert "a poster of 3 approved message(s), A4 at 150 dpi" in _ok(proc)
    assert proc.stdout.decode().splitlines() == ["wall.png"]  # the file(s) written, as given
    with Image.open(tmp_path / "wall.png") as image:
        assert image.size == (1240, 1754)


def test_poster_pdf_a3_for_a_date_range(tmp_path: Path, config: Config, seeded: dict[str, WallMessage]) -> None:
    proc = run_kiosk(["wall", "poster", "--out", "out/wall.pdf", "--size", "a3", "--from", "2026-11-25",
                      "--to", "2026-11-26"], cwd=tmp_path, env=_env(config))
    assert "a poster of 2 approved message(s), A3 at 300 dpi" in _ok(proc)
    data = (tmp_path / "out" / "wall.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data


def test_poster_for_dates_without_messages_says_so(tmp_path: Path, config: Config,
                                                  seeded: dict[str, WallMessage]) -> None:
    proc = run_kiosk(["wall", "poster", "--out", "x.pdf", "--from", "2026-12-01"], cwd=tmp_path, env=_env(config))
    assert _failure(proc) == ("kiosk: there are no approved wall messages for From 1 December 2026 — "
                              "nothing to print\n")
    assert not (tmp_path / "x.pdf").exists()


def test_poster_on_an_empty_wall_says_so(tmp_path: Path, config: Config) -> None:
    proc = run_kiosk(["wall", "poster", "--out", "x.png"], cwd=tmp_path, env=_env(config))
    assert _failure(proc) == "kiosk: there are no approved wall messages — nothing to print\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "x.jpg"], "kiosk: x.jpg: the poster is written as .png or .pdf\n"),
    (["--out", "x.pdf", "--from", "2026-12-01", "--to", "2026-11-01"],
     "kiosk: --from 2026-12-01 is after --to 2026-11-01\n"),
])
def test_poster_refuses_clearly(tmp_path: Path, config: Config, args: list[str], message: str) -> None:
    assert _failure(run_kiosk(["wall", "poster", *args], cwd=tmp_path, env=_env(config))) == message


def test_poster_bad_size_is_an_argparse_error(tmp_path: Path, config: Config) -> None:
    proc = run_kiosk(["wall", "poster", "--out", "x.pdf", "--size", "A5"], cwd=tmp_path, env=_env(config))
    assert "invalid choice: 'A5'" in _failure(proc)


def test_wall_help(tmp_path: Path) -> None:
    proc = run_kiosk(["wall", "poster", "--help"], cwd=tmp_path)
    assert proc.returncode == 0
    out = proc.stdout.decode()
    for option in ("--out", "--from", "--to", "--size", "--dpi"):
        assert option in out


# -- the export ------------------------------------------------------------------------------------

def _csv(data: bytes) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    return [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]]


def test_export_messages_csv(tmp_path: Path, config: Config, seeded: dict[str, WallMessage]) -> None:
    proc = run_kiosk(["export", "--what", "messages", "--out", "messages.csv"], cwd=tmp_path, env=_env(config))
    assert _ok(proc) == "exported 5 wall message(s)\n"
    data = (tmp_path / "messages.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = _csv(data)
    assert [r["id"] for r in rows] == [str(seeded[k].id) for k in "abcde"]
    assert [r["status"] for r in rows] == ["approved", "pending", "approved", "approved", "hidden"]
    assert rows[0]["created_at"] == "2026-11-24T10:00:00Z" and rows[0]["moderated_at"] == "2026-11-24T10:10:00Z"
    assert rows[1]["moderated_at"] == ""
    assert rows[0]["text"] == "Thank you to the lady at desk 3 😊"
    assert rows[2]["text"] == "'=HYPERLINK(\"http://evil\")\nand a second line"  # shown, never run
    assert rows[4]["reason"] == "Personal details"
    assert {r["site"] for r in rows} == {"riverside"} and {r["kiosk"] for r in rows} == {"kiosk-1"}


def test_export_messages_json_with_dates(tmp_path: Path, config: Config, seeded: dict[str, WallMessage]) -> None:
    proc = run_kiosk(["export", "--what", "messages", "--format", "json", "--out", "-", "--from", "2026-11-25",
                      "--to", "2026-11-25"], cwd=tmp_path, env=_env(config))
    assert _ok(proc) == "exported 2 wall message(s)\n"
    assert not proc.stdout.startswith(b"\xef\xbb\xbf")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert [d["id"] for d in data] == [str(seeded["b"].id), str(seeded["c"].id)]
    assert list(data[0]) == COLUMNS
    assert data[0]["moderated_at"] is None and data[0]["status"] == "pending"
    assert data[1]["text"] == "=HYPERLINK(\"http://evil\")\nand a second line"  # JSON keeps the text exactly


def test_export_messages_refuses_what_it_cannot_do(tmp_path: Path, config: Config) -> None:
    proc = run_kiosk(["export", "--what", "messages", "--source", "central", "--url", "x.sqlite3", "--out", "-"],
                     cwd=tmp_path, env=_env(config))
    assert "--source central, --url and --password-file are for check-ins" in _failure(proc)
    proc = run_kiosk(["export", "--format", "json", "--out", "-"], cwd=tmp_path, env=_env(config))
    assert _failure(proc) == "kiosk: check-ins are exported as CSV; --format json is for --what messages\n"
