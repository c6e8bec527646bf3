"""A headless cage session with the real kiosk inside, for tests/packaging/test_cage_session.py.

cage runs as an unprivileged user (CI is root and cage refuses root: the `nobody` user, as the PostgreSQL fixture
runs its server as `postgres`) with WLR_BACKENDS=headless, WLR_LIBINPUT_NO_DEVICES=1, the pixman renderer (no
GPU) and an XDG_RUNTIME_DIR of its own. The kiosk runs `kiosk run` full screen with QT_QPA_PLATFORM=wayland on a
throwaway data folder and reports to a notify socket the test listens on, as systemd's would be.

Where the kiosk goes: as cage's own child, as the unprivileged user, when that user can run the kiosk from this
checkout — with this interpreter, or else with the system's python3 of the same version and this interpreter's
site-packages (the build machines keep their interpreter under /root, mode 0700): the shape of the real unit.
Otherwise as a root Wayland client of that cage (the same compositor, protocol and window; only the parent
process differs). `mode` says which was used.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import site
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from tests.helpers import REPO

USER = "nobody"


def _demote_target() -> pwd.struct_passwd | None:
    """Whom cage runs as: `nobody` when we are root, else ourselves (None)."""
    return pwd.getpwnam(USER) if os.geteuid() == 0 else None


def kiosk_python_for(user: pwd.struct_passwd | None) -> tuple[list[str], list[str]] | None:
    """An interpreter `user` can run the kiosk with from this checkout: (argv prefix, extra PYTHONPATH), or None.

    This interpreter first; then the system's python3 of the same version with this interpreter's site-packages
    on its path (the build machines keep their interpreter under /root, out of other users' reach)."""
    if user is None:
        return [sys.executable], []
    system = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    candidates: list[tuple[list[str], list[str]]] = [([sys.executable], [])]
    if system.exists():
        candidates.append(([str(system)], [p for p in site.getsitepackages() if Path(p).is_dir()]))
    for argv, paths in candidates:
        env = {"PYTHONPATH": os.pathsep.join([str(REPO), *paths]), "PATH": "/usr/bin:/bin"}
        try:
            probe = subprocess.run([*argv, "-c", "import kiosk.app, PySide6.QtQuick, sqlalchemy"], cwd="/",
                                   user=user.pw_uid, group=user.pw_gid, extra_groups=[], env=env,
                                   capture_output=True, timeout=120, check=False)
        except PermissionError:  # the interpreter itself is out of its reach
            continue
        if probe.returncode == 0:
            return argv, paths
    return None


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


class CageSession:
    """cage + the kiosk + a notify socket; a context manager that leaves no process or folder behind."""

    def __init__(self, *, watchdog_usec: int, extra_env: dict[str, str] | None = None) -> None:
        self.cage_bin = shutil.which("cage")
        if self.cage_bin is None:
            raise FileNotFoundError("cage")
        self.user = _demote_target()
        found = kiosk_python_for(self.user)
        self.mode = "child" if found is not None else "client"
        self.python, self.site_paths = found if found is not None else ([sys.executable], [])
        self.watchdog_usec = watchdog_usec
        self.extra_env = extra_env or {}
        self.runtime = Path(tempfile.mkdtemp(prefix="kiosk-cage-", dir="/tmp"))  # reachable by `nobody`
        self.client_runtime = Path(tempfile.mkdtemp(prefix="kiosk-client-", dir="/tmp"))
        self.data_dir = self.runtime / "data"  # a throwaway store, the kiosk's alone
        self.data_dir.mkdir(mode=0o700)
        if self.user is not None:
            os.chown(self.runtime, self.user.pw_uid, self.user.pw_gid)
            if self.mode == "child":
                os.chown(self.data_dir, self.user.pw_uid, self.user.pw_gid)
        self.runtime.chmod(0o700)
        self.notify_path = self.runtime / "notify.sock"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.notify_path))
        self.notify_path.chmod(0o666)  # the kiosk may run as `nobody`
        self.messages: list[tuple[float, str]] = []
        self.cage: subprocess.Popen[bytes] | None = None
        self.kiosk: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        self.grace_s = 10.0  # between SIGTERM and SIGKILL in close()
        self.log = self.runtime.parent / f"{self.runtime.name}.log"

    # -- start ---------------------------------------------------------------------------------------------------
    def _kiosk_env(self) -> dict[str, str]:
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": os.pathsep.join([str(REPO), *self.site_paths]),
               "QT_QPA_PLATFORM": "wayland", "HOME": str(self.data_dir), "XDG_CACHE_HOME": str(self.data_dir / "cache"),
               "KIOSK_DATA_DIR": str(self.data_dir), "NOTIFY_SOCKET": str(self.notify_path),
               "WATCHDOG_USEC": str(self.watchdog_usec), "PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8"}
        env.update(self.extra_env)
        return env

    def start(self) -> None:
        cage_env = {"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(self.runtime), "WLR_BACKENDS": "headless",
                    "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman", "LANG": "C.UTF-8"}
        kiosk_cmd = [*self.python, "-m", "kiosk", "run"]
        if self.mode == "child":
            cage_env.update(self._kiosk_env())
            app = kiosk_cmd
        else:
            app = ["sleep", "3600"]  # cage needs an application; the kiosk joins as a client below
        uid = self.user.pw_uid if self.user is not None else None
        gid = self.user.pw_gid if self.user is not None else None
        groups: list[int] | None = [] if self.user is not None else None
        log = open(self.log, "wb")  # noqa: SIM115  (closed in close())
        self._log_file = log
        self.started_at = time.monotonic()
        cage_cmd = [str(self.cage_bin), "--", *app]
        if self.mode == "child":  # as systemd does: WATCHDOG_PID names the unit's main process, cage (exec keeps $$)
            cage_cmd = ["/bin/sh", "-c", 'WATCHDOG_PID=$$ exec "$0" "$@"', *cage_cmd]
        self.cage = subprocess.Popen(cage_cmd, env=cage_env, cwd="/", stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True, user=uid, group=gid, extra_groups=groups)
        if self.mode == "client":
            display = self.runtime / "wayland-0"
            self._wait(lambda: display.exists(), 30, "cage made no Wayland socket")
            self.client_runtime.chmod(0o700)
            env = {**self._kiosk_env(), "WAYLAND_DISPLAY": str(display), "XDG_RUNTIME_DIR": str(self.client_runtime)}
            self.kiosk = subprocess.Popen(kiosk_cmd, env=env, cwd="/", stdout=log, stderr=subprocess.STDOUT,
                                          start_new_session=True)

    # -- listen --------------------------------------------------------------------------------------------------
    def _drain(self, timeout: float) -> None:
        self.sock.settimeout(timeout)
        with contextlib.suppress(TimeoutError):
            data = self.sock.recv(4096)
            self.messages.append((time.monotonic(), data.decode()))

    def wait_for(self, prefix: str, deadline_s: float, *, count: int = 1) -> float:
        """Listens until `count` messages starting with `prefix` came; returns when the last one did."""
        end = time.monotonic() + deadline_s
        while True:
            hits = [t for t, m in self.messages if m.startswith(prefix)]
            if len(hits) >= count:
                return hits[count - 1]
            self._check_alive(prefix)
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {prefix!r} (x{count}) within {deadline_s:g} s; heard "
                                     f"{[m for _, m in self.messages]}\n{self.output()}")
            self._drain(min(left, 0.5))

    def listen(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self._drain(min(left, 0.5))

    def _check_alive(self, waiting_for: str) -> None:
        for name, proc in (("cage", self.cage), ("kiosk", self.kiosk)):
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"{name} exited ({proc.returncode}) while waiting for {waiting_for!r}:\n"
                                     f"{self.output()}")

    def alive(self) -> bool:
        procs = [p for p in (self.cage, self.kiosk) if p is not None]
        return all(p.poll() is None for p in procs)

    def _wait(self, condition: object, deadline_s: float, message: str) -> None:
        end = time.monotonic() + deadline_s
        while not condition():  # type: ignore[operator]
            self._check_alive(message)
            if time.monotonic() > end:
                raise AssertionError(f"{message} within {deadline_s:g} s\n{self.output()}")
            time.sleep(0.05)

    def stop_kiosk(self, deadline_s: float) -> int:
        """SIGTERM to the kiosk alone, as systemd's stop sends it; returns its exit status (under cage: cage's,
        which exits with its application's status when the application ends)."""
        if self.mode == "child":
            assert self.cage is not None
            children = Path(f"/proc/{self.cage.pid}/task/{self.cage.pid}/children").read_text().split()
            assert len(children) == 1, f"cage's children: {children}"
            os.kill(int(children[0]), signal.SIGTERM)
            return self.cage.wait(timeout=deadline_s)
        assert self.kiosk is not None
        self.kiosk.send_signal(signal.SIGTERM)
        return self.kiosk.wait(timeout=deadline_s)

    def output(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    # -- stop ----------------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Ends the process groups this session started (cage's holds the kiosk when it is cage's child), by id:
        SIGTERM, then SIGKILL for whatever is left after `grace_s` (a hung kiosk never runs its SIGTERM handler)."""
        for proc in (self.kiosk, self.cage):
            if proc is None:
                continue
            for sig in (signal.SIGTERM, signal.SIGKILL):
                if not _group_alive(proc.pid):
                    break
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, sig)
                end = time.monotonic() + self.grace_s
                while _group_alive(proc.pid) and time.monotonic() < end:
                    if proc.poll() is None:
                        with contextlib.suppress(subprocess.TimeoutExpired):
                            proc.wait(timeout=0.1)
                    else:
                        time.sleep(0.05)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        if hasattr(self, "_log_file"):
            self._log_file.close()
        self.sock.close()
        shutil.rmtree(self.runtime, ignore_errors=True)
        shutil.rmtree(self.client_runtime, ignore_errors=True)
        self.log.unlink(missing_ok=True)

    def __enter__(self) -> CageSession:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
