"""The update-with-a-way-back rules (packaging/kiosk_release.py): pure decisions, then on a real folder tree."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.packaging import load_release_module

rel = load_release_module()
State = rel.State
T0 = 1_000_000.0


def run(state: Any, *events: str, now: float = T0) -> Any:
    for event in events:
        state, _ = rel.decide(state, event, now)
    return state


def test_staging_keeps_the_running_version_as_the_way_back() -> None:
    state, action = rel.decide(State(current="1.0"), "stage:1.1", T0)
    assert action == "switch"
    assert state == State(current="1.1", previous="1.0", pending="1.1")


def test_a_version_that_never_reaches_its_first_frame_is_rolled_back_after_three_starts() -> None:
    state = run(State(current="1.0"), "stage:1.1")
    for attempt in (1, 2, 3):
        state, action = rel.decide(state, "before-start", T0)
        assert (state.current, state.attempts, action) == ("1.1", attempt, "")
    state, action = rel.decide(state, "before-start", T0)  # the fourth start: give up on 1.1
    assert action == "switch"
    assert state == State(current="1.0", rolled_back="1.1")


def test_ready_then_a_long_run_confirms_the_new_version() -> None:
    state = run(State(current="1.0"), "stage:1.1", "before-start", "started")
    state, action = rel.decide(state, "before-start", T0 + rel.PROBATION_SECONDS + 1)  # e.g. the nightly restart
    assert action == "" and state == State(current="1.1", previous="1.0")
    assert run(state, *["before-start"] * 10) == state  # a confirmed version is never rolled back


def test_ready_then_killed_by_the_watchdog_within_probation_counts_as_a_failed_start() -> None:
    state, now = run(State(current="1.0"), "stage:1.1"), T0
    for _ in range(rel.MAX_ATTEMPTS):
        state, _ = rel.decide(state, "before-start", now)
        state, _ = rel.decide(state, "started", now + 5)  # READY=1 after 5 s …
        now += 35  # … then the watchdog kills the hung GUI 30 s later, and systemd starts it again
    state, action = rel.decide(state, "before-start", now)
    assert action == "switch" and state == State(current="1.0", rolled_back="1.1")


def test_a_rolled_back_version_is_not_staged_again_by_itself() -> None:
    state = State(current="1.0", rolled_back="1.1")
    assert rel.decide(state, "stage:1.1", T0) == (state, "")
    assert rel.decide(state, "stage:1.2", T0)[0].pending == "1.2"


def test_an_update_over_an_unproven_version_keeps_the_proven_one() -> None:
    state = run(State(current="1.0"), "stage:1.1", "stage:1.2")
    assert (state.current, state.previous, state.pending) == ("1.2", "1.0", "1.2")


def test_without_a_previous_version_it_keeps_trying() -> None:
    state = run(State(), "stage:1.0", *["before-start"] * 6)
    assert state.current == "1.0" and state.pending == "1.0" and state.attempts == 6


def test_starts_of_a_confirmed_version_change_nothing() -> None:
    state = State(current="1.0", previous="0.9")
    assert rel.decide(state, "before-start", T0) == (state, "")
    assert rel.decide(state, "started", T0) == (state, "")


def _release(root: Path, version: str) -> None:
    folder = root / "releases" / version
    (folder / "bin").mkdir(parents=True)
    (folder / rel.COMPLETE).write_text(version)


def test_rollback_on_disk(tmp_path: Path) -> None:
    """The same rules through `apply`: the `current` link moves and the state file survives each step."""
    root, state_file, data = tmp_path / "opt", tmp_path / "var" / "release.json", tmp_path / "data"
    data.mkdir()
    for version in ("1.0", "1.1"):
        _release(root, version)
    rel.apply("stage:1.0", root=root, state_path=state_file, data=data)
    rel.apply("confirm", root=root, state_path=state_file, data=data)
    rel.apply("stage:1.1", root=root, state_path=state_file, data=data)
    assert os.readlink(root / "current") == "releases/1.1"
    for _ in range(rel.MAX_ATTEMPTS):
        rel.apply("before-start", root=root, state_path=state_file, data=data)
        assert os.readlink(root / "current") == "releases/1.1"
    after = rel.apply("before-start", root=root, state_path=state_file, data=data)
    assert os.readlink(root / "current") == "releases/1.0"
    assert rel.load(state_file) == after == State(current="1.0", rolled_back="1.1")
    rel.prune(root, after)
    assert sorted(p.name for p in (root / "releases").iterdir()) == ["1.0"]


def _store(path: Path, revision: str, answers: list[str]) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE IF NOT EXISTS alembic_version (version_num TEXT)")
        con.execute("DELETE FROM alembic_version")
        con.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        con.execute("CREATE TABLE IF NOT EXISTS checkin (answer TEXT)")
        con.executemany("INSERT INTO checkin VALUES (?)", [(a,) for a in answers])
    con.close()


def _read(path: Path) -> tuple[str, list[str]]:
    with sqlite3.connect(path) as con:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        answers = [r[0] for r in con.execute("SELECT answer FROM checkin ORDER BY rowid")]
    con.close()
    return revision, answers


@pytest.mark.parametrize("migrated", [True, False])
def test_a_rollback_gives_the_old_version_a_store_it_can_open(tmp_path: Path, migrated: bool) -> None:
    """The new version migrated the store (or not) and took an answer, then failed: after the rollback the old
    version finds a store of its own revision; nothing is deleted."""
    root, state_file, data = tmp_path / "opt", tmp_path / "release.json", tmp_path / "data"
    data.mkdir()
    for version in ("1.0", "1.1"):
        _release(root, version)
    store = data / rel.STORE
    _store(store, "0006", ["yes"])
    rel.apply("stage:1.0", root=root, state_path=state_file, data=data)
    rel.apply("confirm", root=root, state_path=state_file, data=data)
    rel.apply("stage:1.1", root=root, state_path=state_file, data=data)
    assert _read(data / f"{rel.STORE}.before-1.1") == ("0006", ["yes"])
    _store(store, "0007" if migrated else "0006", ["no"])  # what 1.1 did before it died
    for _ in range(rel.MAX_ATTEMPTS + 1):
        state = rel.apply("before-start", root=root, state_path=state_file, data=data)
    assert state.current == "1.0"
    if migrated:
        assert _read(store) == ("0006", ["yes"])
        assert _read(data / f"{rel.STORE}.from-1.1") == ("0007", ["yes", "no"])  # kept for the fixed version
    else:
        assert _read(store) == ("0006", ["yes", "no"])  # nothing to undo: the answer stays in use
        assert not (data / f"{rel.STORE}.from-1.1").exists()
    assert not (data / f"{rel.STORE}.before-1.1").exists()


def test_a_confirmed_version_drops_its_copy(tmp_path: Path) -> None:
    root, state_file, data = tmp_path / "opt", tmp_path / "release.json", tmp_path / "data"
    data.mkdir()
    _release(root, "1.0")
    _store(data / rel.STORE, "0006", [])
    rel.apply("stage:1.0", root=root, state_path=state_file, data=data)
    assert (data / f"{rel.STORE}.before-1.0").exists()
    rel.apply("confirm", root=root, state_path=state_file, data=data)
    assert not (data / f"{rel.STORE}.before-1.0").exists()


def test_a_half_made_release_is_never_switched_to(tmp_path: Path) -> None:
    (tmp_path / "releases" / "2.0").mkdir(parents=True)  # no .complete: an interrupted install
    with pytest.raises(SystemExit, match="not a complete release"):
        rel.switch(tmp_path, "2.0")
    assert not (tmp_path / "current").exists()


def test_the_command_line_as_the_unit_runs_it(tmp_path: Path) -> None:
    """`kiosk-release before-start` and `status` as a child process with the system's python3 (as the unit)."""
    root, state_file = tmp_path / "opt", tmp_path / "release.json"
    _release(root, "1.0")
    env = {**os.environ, "KIOSK_RELEASE_ROOT": str(root), "KIOSK_RELEASE_STATE": str(state_file),
           "KIOSK_RELEASE_DATA": str(tmp_path / "data")}
    python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    script = str(rel.__file__)
    for args in (["stage", "1.0"], ["before-start"], ["started"], ["status"]):
        done = subprocess.run([python, script, *args], env=env, capture_output=True, text=True, timeout=60,
                              check=False)
        assert done.returncode == 0, done.stderr
    assert '"pending": "1.0"' in done.stdout and '"ready_at": ' in done.stdout
    assert os.readlink(root / "current") == "releases/1.0"
