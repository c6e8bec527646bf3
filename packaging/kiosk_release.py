#!/usr/bin/python3
"""kiosk-release: the kiosk's installed versions, the `current` one, and the way back to the previous one.

Installed as /usr/lib/kindness-kiosk/kiosk-release and run as root with the system's python3 (standard library
only: it must work when the kiosk's own virtual environment is the broken thing). Layout:

    /opt/kindness-kiosk/releases/<version>/      one virtual environment per version (made by `install`)
    /opt/kindness-kiosk/current -> releases/<v>   what the unit starts
    /var/opt/kindness-kiosk/release.json         {current, previous, pending, attempts, ready_at, rolled_back}

An update (`install`, run by the package's postinst) makes the new version's venv beside the old one and
switches `current` to it as *pending*. Every start of the unit runs `before-start` first (ExecStartPre=+):
a pending version gets MAX_ATTEMPTS starts to reach its first frame. The unit is Type=notify, so its
ExecStartPost=+ `started` runs only after the kiosk sent READY=1 (after its first frame); a start that never
gets there (a crash, an import error, a hang caught by TimeoutStartSec=) is restarted by systemd and counted.
A pending version that got to READY=1 but then died within PROBATION_SECONDS (the watchdog killed a hung GUI,
or it crashed) counts as a failed attempt too; one that ran longer is confirmed. After MAX_ATTEMPTS failed
attempts `current` goes back to the previous version, which is kept until the next update is confirmed.

Commands: install VERSION WHEEL [--constraints FILE] [--wheelhouse DIR] | stage VERSION | before-start |
started | confirm | rollback | status. `decide()` holds the rules (pure; tests/packaging/test_release.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ROOT = Path(os.environ.get("KIOSK_RELEASE_ROOT", "/opt/kindness-kiosk"))
STATE = Path(os.environ.get("KIOSK_RELEASE_STATE", "/var/opt/kindness-kiosk/release.json"))
DATA = Path(os.environ.get("KIOSK_RELEASE_DATA", "/var/lib/kindness-kiosk"))
STORE = "kiosk.sqlite3"  # the kiosk's local store in DATA (kiosk.core.config: Config.database_path)
MAX_ATTEMPTS = 3
PROBATION_SECONDS = 120.0
KEEP = 2  # versions kept on disk: current and previous
COMPLETE = ".complete"  # written last into a release's folder: a half-made venv is never started


@dataclass(frozen=True)
class State:
    current: str | None = None
    previous: str | None = None
    pending: str | None = None  # == current while the new version has not proved itself
    attempts: int = 0  # starts of the pending version so far
    ready_at: float | None = None  # when the pending version last sent READY=1
    rolled_back: str | None = None  # the last version given up on (said in `status`; not retried by `stage`)


def decide(state: State, event: str, now: float) -> tuple[State, str]:
    """The next state and what to do ("" = nothing, "switch" = point `current` at state.current).

    Events: "stage:<v>" (a new version installed; ignored for the version last rolled back), "before-start",
    "started" (READY=1 was heard), "confirm", "rollback"."""
    if event.startswith("stage:"):
        version = event.split(":", 1)[1]
        if version in (state.current, state.rolled_back):  # a version given up on is staged again only by hand
            return state, ""
        keep = state.current if state.pending is None else state.previous  # never keep an unproven one
        return State(current=version, previous=keep, pending=version, rolled_back=state.rolled_back), "switch"
    if state.pending is None:
        return state, ""
    if event == "before-start":
        if state.ready_at is not None and now - state.ready_at >= PROBATION_SECONDS:
            return _confirmed(state), ""  # it ran well past its first frame; this start is an ordinary one
        if state.attempts >= MAX_ATTEMPTS:
            return _rolled_back(state)
        return replace(state, attempts=state.attempts + 1, ready_at=None), ""
    if event == "started":
        return replace(state, ready_at=now), ""
    if event == "confirm":
        return _confirmed(state), ""
    if event == "rollback":
        return _rolled_back(state)
    raise ValueError(f"unknown event {event!r}")


def _confirmed(state: State) -> State:
    return replace(state, pending=None, attempts=0, ready_at=None)


def _rolled_back(state: State) -> tuple[State, str]:
    if state.previous is None:  # nothing to go back to: keep trying (systemd restarts it every RestartSec)
        return replace(state, attempts=state.attempts + 1), ""
    return State(current=state.previous, previous=None, pending=None, rolled_back=state.current), "switch"


def load(path: Path = STATE) -> State:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return State()
    except (OSError, ValueError) as e:
        print(f"kiosk-release: {path} unreadable ({e}); starting from the `current` link", file=sys.stderr)
        return State(current=_linked(ROOT))
    known = {k: data[k] for k in State.__dataclass_fields__ if k in data}
    return State(**known)


def save(state: State, path: Path = STATE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(state), indent=1) + "\n", encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    tmp.replace(path)


def _linked(root: Path) -> str | None:
    link = root / "current"
    return Path(os.readlink(link)).name if link.is_symlink() else None


def switch(root: Path, version: str) -> None:
    """Points root/current at releases/<version> atomically (a new link renamed over the old one)."""
    target = root / "releases" / version
    if not (target / COMPLETE).exists():
        raise SystemExit(f"kiosk-release: {target} is not a complete release")
    tmp = root / "current.new"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(Path("releases") / version)
    tmp.replace(root / "current")


def apply(event: str, *, root: Path = ROOT, state_path: Path = STATE, data: Path = DATA,
          now: float | None = None) -> State:
    """Loads the state, decides, switches the link when told to, saves; says what happened on stderr (journal)."""
    before = load(state_path)
    after, action = decide(before, event, time.time() if now is None else now)
    if after.pending and after.pending != before.pending:
        snapshot_store(data, after.pending)
    if action == "switch" and after.current is not None:
        switch(root, after.current)
    if after != before:
        save(after, state_path)
    if after.rolled_back and after.rolled_back != before.rolled_back:
        print(f"kiosk-release: version {after.rolled_back} did not reach its first frame in {MAX_ATTEMPTS} "
              f"starts, or died soon after; back to {after.current}", file=sys.stderr)
        aside = restore_store(data, after.rolled_back)
        if aside is not None:
            print(f"kiosk-release: the store {after.rolled_back} had migrated is kept as {aside}; the store from "
                  "before the update is back in use", file=sys.stderr)
    elif before.pending and not after.pending and after.current == before.current:
        print(f"kiosk-release: version {after.current} confirmed", file=sys.stderr)
        (data / f"{STORE}.before-{after.current}").unlink(missing_ok=True)
    return after


def _revision(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _same_owner(path: Path, like: Path) -> None:
    st = like.stat()
    os.chown(path, st.st_uid, st.st_gid)
    path.chmod(0o600)


def snapshot_store(data: Path, version: str) -> Path | None:
    """A consistent copy of the local store, taken before `version` first starts (None: there is no store yet)."""
    src = data / STORE
    if not src.exists():
        return None
    dest = data / f"{STORE}.before-{version}"
    dest.unlink(missing_ok=True)
    with closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as a, closing(sqlite3.connect(dest)) as b:
        a.backup(b)
    _same_owner(dest, src)
    return dest


def restore_store(data: Path, version: str) -> Path | None:
    """After a rollback from `version` (the kiosk is stopped): the copy from before it goes back in place if that
    version migrated the store; the migrated store is kept beside it. Returns where, or None (nothing to do)."""
    snap, live = data / f"{STORE}.before-{version}", data / STORE
    if not snap.exists() or not live.exists():
        return None
    if _revision(live) == _revision(snap):  # not migrated: the live store (with its newer answers) stays
        snap.unlink()
        return None
    aside = data / f"{STORE}.from-{version}"
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(live) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    snap.replace(live)
    return aside


def prune(root: Path, state: State) -> None:
    """Removes release folders other than current and previous (and half-made ones)."""
    keep = {v for v in (state.current, state.previous) if v}
    for folder in sorted((root / "releases").glob("*")):
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def glibc_too_old_for_qt() -> str | None:
    """PySide6 6.8.1+ publishes aarch64 wheels for glibc 2.39 and later only (Debian 13, Raspberry Pi OS trixie)."""
    if platform.machine() != "aarch64":
        return None
    name, version = platform.libc_ver()
    parts = tuple(int(p) for p in version.split(".")[:2] if p.isdigit())
    if name == "glibc" and parts and parts < (2, 39):
        return (f"this ARM machine has glibc {version}; the Qt (PySide6) wheels the kiosk needs require glibc 2.39 "
                "or newer: install Debian 13 or Raspberry Pi OS based on Debian 13 (trixie)")
    return None


def install(version: str, wheel: Path, constraints: Path | None, wheelhouse: Path | None, root: Path = ROOT) -> None:
    """Makes releases/<version> (a venv with the kiosk and its dependencies) unless it is complete already."""
    folder = root / "releases" / version
    if (folder / COMPLETE).exists():
        return
    if problem := glibc_too_old_for_qt():
        raise SystemExit(f"kiosk-release: {problem}")
    shutil.rmtree(folder, ignore_errors=True)  # a half-made one from an interrupted install
    folder.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    pip = [str(folder / "bin" / "python"), "-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check",
           "--quiet"]
    if constraints is not None:
        pip += ["--constraint", str(constraints)]
    if wheelhouse is not None:
        pip += ["--no-index", "--find-links", str(wheelhouse)]
    quiet = {**os.environ, "PIP_ROOT_USER_ACTION": "ignore"}  # root installs into its own venv: on purpose
    subprocess.run([*pip, f"{wheel}[postgres]"], check=True, env=quiet)
    subprocess.run([str(folder / "bin" / "python"), "-m", "compileall", "-q", str(folder / "lib")], check=False)
    (folder / COMPLETE).write_text(version + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="kiosk-release", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    inst = sub.add_parser("install", help="make the version's venv and stage it (the package's postinst)")
    inst.add_argument("version")
    inst.add_argument("wheel", type=Path)
    inst.add_argument("--constraints", type=Path)
    inst.add_argument("--wheelhouse", type=Path, help="install offline from the wheels in this folder")
    stage = sub.add_parser("stage", help="make an installed version current, on probation")
    stage.add_argument("version")
    stage.add_argument("--force", action="store_true", help="also a version that was rolled back")
    for name, text in (("before-start", "the unit's ExecStartPre: count a start, roll back after too many"),
                       ("started", "the unit's ExecStartPost (after READY=1)"),
                       ("confirm", "accept the pending version now"),
                       ("rollback", "go back to the previous version now"),
                       ("status", "show the versions")):
        sub.add_parser(name, help=text)
    args = p.parse_args(argv)
    if args.command == "install":
        install(args.version, args.wheel, args.constraints, args.wheelhouse)
        state = apply(f"stage:{args.version}")
        prune(ROOT, state)
    elif args.command == "stage":
        if args.force:
            save(replace(load(), rolled_back=None))
        apply(f"stage:{args.version}")
    elif args.command == "status":
        print(json.dumps(asdict(load()), indent=1))
    else:
        apply(args.command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
