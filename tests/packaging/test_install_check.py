"""What packaging/check_install.sh found on a fresh Debian 12, kept from coming back, fast: the notify relay that lets
systemd hear the kiosk from inside a logind session (real processes, a real datagram socket with the sender's
credentials, as systemd reads them), the unit's sandbox leaving cage its Wayland socket folder, and the headless
drop-in changing nothing but the screen, tty and input. The full install check itself needs root, a network and
minutes: `make install-check`, not the suite."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging import PACKAGING

RELAY = PACKAGING / "kiosk-notify-relay"
UNIT = PACKAGING / "systemd" / "kindness-kiosk.service"
HEADLESS = PACKAGING / "systemd" / "headless.conf"
# What the stand-in kiosk sends: systemd may hear the first three from it, never MAINPID= (it would hand the unit
# to another process).
SENDER = ("import os, socket, sys\n"
          "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)\n"
          "for m in ('READY=1', 'MAINPID=1', 'WATCHDOG=1', 'STATUS=up'):\n"
          "    s.sendto(m.encode(), os.environ['NOTIFY_SOCKET'])\n"
          "print(os.environ.get('WATCHDOG_PID', '-'), flush=True)\n"
          "sys.exit(int(sys.argv[1]))\n")


@pytest.fixture
def upstream(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """systemd's notify socket, stood in for: it reads each sender's pid from SCM_CREDENTIALS, as systemd does."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    path = str(tmp_path / "notify")
    sock.bind(path)
    yield sock, path
    sock.close()


def _receive(sock: socket.socket, deadline_s: float) -> list[tuple[int, str]]:
    """(sender pid, message) for each datagram until none came for a while or the deadline passed."""
    got: list[tuple[int, str]] = []
    end = time.monotonic() + deadline_s
    while (left := end - time.monotonic()) > 0:
        sock.settimeout(min(left, 2.0 if got else left))
        try:
            data, ancillary, _flags, _addr = sock.recvmsg(4096, socket.CMSG_SPACE(struct.calcsize("3i")))
        except TimeoutError:
            if got:
                break
            continue
        pid = next(struct.unpack("3i", d[:12])[0] for level, kind, d in ancillary
                   if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS)
        got.append((pid, data.decode()))
    return got


def test_the_relay_passes_the_kiosks_messages_on_as_the_main_process(upstream: tuple[socket.socket, str]) -> None:
    sock, path = upstream
    env = {**os.environ, "NOTIFY_SOCKET": path, "WATCHDOG_PID": "1"}
    relay = subprocess.Popen([str(RELAY), sys.executable, "-c", SENDER, "3"], env=env, stdout=subprocess.PIPE,
                             text=True)
    out, _ = relay.communicate(timeout=60)  # the relay passes on even what the kiosk sent just before it ended
    got = _receive(sock, 10)
    assert [m for _, m in got] == ["READY=1", "WATCHDOG=1", "STATUS=up"]  # MAINPID=1 dropped
    assert {pid for pid, _ in got} == {relay.pid}, "systemd must hear them from the unit's main process"
    assert out.strip() == "-", "WATCHDOG_PID names the relay: the kiosk must not be handed it"
    assert relay.returncode == 3, "the relay ends as its command did (systemd's Restart= sees the real status)"


def test_without_a_notify_socket_the_relay_is_just_the_command(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NOTIFY_SOCKET"}
    proc = subprocess.Popen([str(RELAY), "sh", "-c", "echo $$"], env=env, stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=60)
    assert int(out) == proc.pid and proc.returncode == 0  # exec'd: no process in between


def test_a_stop_ends_the_relay_by_that_signal_which_systemd_counts_as_clean(upstream: tuple[socket.socket, str],
                                                                           tmp_path: Path) -> None:
    """cage exits 1 when its kiosk goes at a stop; systemd must still see a clean stop (killed by SIGTERM), not a
    failure (`apt remove` left the unit `failed`)."""
    _sock, path = upstream
    ready = tmp_path / "ready"
    cage = f"trap 'exit 1' TERM; touch {ready}; while :; do sleep 0.1; done"
    relay = subprocess.Popen([str(RELAY), "sh", "-c", cage],
                             env={**os.environ, "NOTIFY_SOCKET": path}, start_new_session=True)
    try:
        end = time.monotonic() + 60
        while not ready.exists():
            assert time.monotonic() < end, "the stand-in cage did not start"
            time.sleep(0.05)
        relay.send_signal(signal.SIGTERM)
        assert relay.wait(timeout=60) == -signal.SIGTERM
    finally:
        if relay.poll() is None:
            os.killpg(relay.pid, signal.SIGKILL)
            relay.wait(timeout=60)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_the_watchdogs_sigabrt_ends_a_stopped_kiosk(upstream: tuple[socket.socket, str], tmp_path: Path) -> None:
    """systemd's watchdog sends SIGABRT to the main process; cage and a hung kiosk live outside the unit's cgroup
    (in the logind session), so the relay must take them down itself."""
    _sock, path = upstream
    pidfile = tmp_path / "child.pid"
    relay = subprocess.Popen([str(RELAY), "sh", "-c", f'sleep 300 & echo $! > {pidfile}; wait'],
                             env={**os.environ, "NOTIFY_SOCKET": path}, start_new_session=True)  # as systemd: setsid
    try:
        end = time.monotonic() + 60
        while not (pidfile.exists() and pidfile.read_text().strip()):
            assert time.monotonic() < end, "the stand-in kiosk did not start"
            time.sleep(0.05)
        hung = int(pidfile.read_text())
        os.kill(hung, signal.SIGSTOP)  # a hung GUI
        os.kill(relay.pid, signal.SIGABRT)
        relay.wait(timeout=60)
        end = time.monotonic() + 60
        while _alive(hung):
            assert time.monotonic() < end, "the stopped process outlived the watchdog"
            time.sleep(0.05)
    finally:
        if relay.poll() is None:
            os.killpg(relay.pid, signal.SIGKILL)
            relay.wait(timeout=60)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def test_the_unit_leaves_cage_its_runtime_folder_and_cleans_up_the_session() -> None:
    lines = _lines(UNIT.read_text())
    # ProtectHome=yes (or read-only/tmpfs) hides /run/user, where cage makes its Wayland socket: it never started.
    assert not any(ln.startswith("ProtectHome=") and ln != "ProtectHome=no" for ln in lines)
    assert "InaccessiblePaths=-/home -/root" in lines
    assert "ExecStopPost=-+/bin/loginctl kill-user --signal=SIGKILL kindness-kiosk" in lines
    session = (PACKAGING / "kiosk-session").read_text()
    assert 'exec "$RELAY" cage "$@" -- "$0" inside' in session


def test_the_headless_drop_in_changes_only_screen_tty_and_input(tmp_path: Path) -> None:
    keys = [ln.split("=", 1)[0] for ln in _lines(HEADLESS.read_text()) if "=" in ln]
    assert set(keys) <= {"ConditionPathExists", "StandardInput", "TTYPath", "TTYReset", "TTYVHangup",
                         "TTYVTDisallocate", "Environment"}, keys
    envs = re.findall(r"(?m)^Environment=(.*)$", HEADLESS.read_text())
    assert [v.split("=")[0] for e in envs for v in e.split()] == ["WLR_BACKENDS", "WLR_LIBINPUT_NO_DEVICES",
                                                                   "WLR_RENDERER"]
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed (packaging/system-deps.sh installs systemd)")
    stand_in = tmp_path / "stand-in"
    stand_in.write_text("#!/bin/sh\nexit 0\n")
    stand_in.chmod(0o755)
    text = re.sub(r"/usr/lib/kindness-kiosk/[a-z-]+", str(stand_in), UNIT.read_text())
    (tmp_path / UNIT.name).write_text(text)
    (tmp_path / f"{UNIT.name}.d").mkdir()
    shutil.copy(HEADLESS, tmp_path / f"{UNIT.name}.d" / "headless.conf")
    done = subprocess.run([analyze, "verify", str(tmp_path / UNIT.name)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr


def test_the_install_check_script_parses() -> None:
    script = PACKAGING / "check_install.sh"
    assert subprocess.run(["sh", "-n", str(script)], check=False).returncode == 0
    done = subprocess.run(["sh", str(script), "--no-such-option"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 2 and "check_install:" in done.stderr  # words, not a shell trace
