"""`kiosk wall check`: what `auto` would do with each message, and why, in words or JSON; bad input gets a clear
message and never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk import cli
from tests.helpers import child_env, run_kiosk


@pytest.fixture
def kiosk_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return tmp_path


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["wall", "check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_each_message_says_publish_or_hold_and_why(kiosk_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _check(capsys, "Thank you to the lady at desk 3 😊", "Y0U ST1NK l0$er",
                              "Mrs Agnes McLeod at 14 Kelvin Way")
    assert status == 0
    first, second, third = out.split("\n2. ")[0], out.split("\n2. ")[1].split("\n3. ")[0], out.split("\n3. ")[1]
    assert "would PUBLISH it at once" in first
    assert "would HOLD it for staff" in second and "reads as an insult" in second
    assert "a street address (14 Kelvin Way)" in third and "a full name next to a place" in third
    assert "1 of 3 would appear at once under auto" in err
    assert "wall.policy is 'pre'" in err  # this kiosk holds everything anyway: said, not hidden


def test_json(kiosk_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _check(capsys, "--json", "go back to your own country", "Dziękuję bardzo za pomoc!")
    assert status == 0
    data = json.loads(out)
    assert [d["decision"] for d in data] == ["hold", "publish"]
    assert data[0]["flags"] == ["hateful"] and "hate" in data[0]["reasons"][0]
    assert data[1]["kind"] >= 0.8 and data[1]["reasons"] == []


@pytest.mark.parametrize("suffix", [".txt", ".json"])
def test_a_file_of_messages(kiosk_env: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    path = kiosk_env / f"messages{suffix}"
    messages = ["Thank you Dick for the help", "you are useless and ugly", "Ring me on 07700 900123"]
    if suffix == ".txt":
        path.write_text("\n".join(messages) + "\n\n", encoding="utf-8")
    else:
        path.write_text(json.dumps([messages[0], {"text": messages[1]}, {"text": messages[2], "id": 3}]),
                        encoding="utf-8")
    status, out, _ = _check(capsys, "--file", str(path), "--json")
    assert status == 0
    assert [d["decision"] for d in json.loads(out)] == ["publish", "hold", "hold"]


def test_a_long_text_and_control_and_rtl_characters(kiosk_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _check(capsys, "a" * 5000, "thanks\x07\x1b[31m \u202eevil", "شكرا جزيلا لكم على مساعدتكم")
    assert status == 0
    assert "(5,000 characters)" in out and "would not send it" in out and "too long" in out
    assert "\x1b" not in out and "\u202e" not in out and "\\u001b" in out and "\\u202e" in out
    assert "hidden characters" in out
    assert "شكرا جزيلا" in out


@pytest.mark.parametrize(("setup", "words"), [
    (lambda d: None, "there is no such file"),
    (lambda d: (d / "m.json").write_text("[1,", encoding="utf-8"), "is not valid JSON: Expecting value at line 1"),
    (lambda d: (d / "m.json").write_text('{"text": "hi"}', encoding="utf-8"), "must hold a JSON list"),
    (lambda d: (d / "m.json").write_text("[1, 2]", encoding="utf-8"), "item 1 is not a message"),
    (lambda d: (d / "m.json").write_bytes(b'["\xff"]'), "is not UTF-8"),
    (lambda d: (d / "m.json").mkdir(), "is a folder"),
    (lambda d: (d / "m.json").write_text("[]", encoding="utf-8"), "holds no messages"),
])
def test_bad_files_get_a_clear_message(kiosk_env: Path, capsys: pytest.CaptureFixture[str], setup: object,
                                       words: str) -> None:
    setup(kiosk_env)  # type: ignore[operator]
    status, out, err = _check(capsys, "--file", str(kiosk_env / "m.json"))
    assert status == 2 and out == ""
    assert words in err and "Traceback" not in err


def test_nothing_to_check(kiosk_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _check(capsys)
    assert status == 2 and "give a message to check" in err


@pytest.mark.slow
def test_as_a_real_command(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    env = child_env(KIOSK_DATA_DIR=str(tmp_path / "data"))
    ok = run_kiosk(["wall", "check", "Y0U ST1NK l0$er"], cwd=tmp_path, env=env)
    assert ok.returncode == 0 and b"HOLD" in ok.stdout, ok.stderr
    bad = run_kiosk(["wall", "check", "--file", "bad.json"], cwd=tmp_path, env=env)
    assert bad.returncode == 2 and b"is not valid JSON" in bad.stderr and b"Traceback" not in bad.stderr
