"""The AT-SPI test rig: the real kiosk on a real X server, read through AT-SPI as a screen reader reads it.

`AtspiRig` (a context manager) starts, each owned by the test and stopped in reverse order:
  1. `dbus-run-session` holding a private session bus (it prints the bus address, then lives until its stdin
     closes), so nothing touches the machine's own session;
  2. Xvfb (`-displayfd`: no display number guessed);
  3. `/usr/libexec/at-spi-bus-launcher --launch-immediately` (the accessibility bus and registry), waited for
     until `org.a11y.Bus` has an owner on the session bus;
  4. the real kiosk, `python -m kiosk demo` on a throwaway data folder, with QT_QPA_PLATFORM=xcb and
     QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (Qt's AT-SPI bridge on without a desktop setting);
  5. tests/support/atspi_reader.py under the SYSTEM python3 (pyatspi imports only there), spoken to one JSON line
     at a time (`ScreenReader`).
Every wait polls a condition with a deadline (generous: a busy 2-core machine); nothing sleeps a fixed time.
`missing()` says what the machine lacks (packaging/system-deps.sh installs it). Thread: the test's (main).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "Kindness Kiosk"  # QGuiApplication.applicationName (kiosk.app)
START_TIMEOUT = 90.0  # the demo seeds three weeks of answers before its window opens
STEP_TIMEOUT = 30.0
# A visitor who reads slowly: nothing times out under the test's feet (the thank-you waits for the reader).
CONFIG = """
[screen]
idle_timeout_seconds = 600
thanks_seconds = 60
"""
Said = list[list[str]]


def missing() -> str:
    """What this machine lacks for the AT-SPI test, in words; empty when it has everything."""
    lacking = [name for name, ok in (
        ("dbus-run-session (dbus-bin)", shutil.which("dbus-run-session") is not None),
        ("dbus-send (dbus-bin)", shutil.which("dbus-send") is not None),
        ("Xvfb (xvfb)", shutil.which("Xvfb") is not None),
        (f"{BUS_LAUNCHER} (at-spi2-core)", os.access(BUS_LAUNCHER, os.X_OK)),
    ) if not ok]
    if not lacking and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                                      check=False).returncode != 0:
        lacking.append("pyatspi for /usr/bin/python3 (python3-pyatspi)")
    return ", ".join(lacking)


def poll(check: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


class ScreenReader:
    """Speaks to atspi_reader.py: each method sends one command and returns its JSON reply."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def _ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the reader stopped (exit {self.process.poll()})")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def read(self) -> Said:
        """What a screen reader's "say all" would say now: [role, name, description] per node, in order."""
        said: Said = self._ask(cmd="read")["said"]
        return said

    def wait_for(self, name: str, timeout: float = STEP_TIMEOUT) -> Said:
        """The reading once something showing is named `name`; fails with the reading so far if it never is."""
        reply = self._ask(cmd="wait", name=name, timeout=timeout)
        assert reply["ok"], f"never heard {name!r}; heard:\n{spoken(reply['said'])}"
        said: Said = reply["said"]
        return said

    def wait_for_many(self, role: str, at_least: int, timeout: float = STEP_TIMEOUT) -> Said:
        """The reading once at least `at_least` showing nodes have the role (e.g. a list's rows)."""
        reply = self._ask(cmd="count", role=role, at_least=at_least, timeout=timeout)
        assert reply["ok"], f"never heard {at_least} of {role!r}; heard:\n{spoken(reply['said'])}"
        said: Said = reply["said"]
        return said

    def press(self, name: str, timeout: float = STEP_TIMEOUT) -> None:
        """Presses the showing control named `name` with its first action (as Orca's "activate" does)."""
        reply = self._ask(cmd="press", name=name, timeout=timeout)
        assert reply["ok"], f"could not press {name!r}; heard:\n{spoken(reply['said'])}"

    def announcements(self, containing: str, timeout: float = STEP_TIMEOUT) -> tuple[bool, list[str]]:
        """(whether an announcement containing the words came before the deadline, every announcement so far)."""
        reply = self._ask(cmd="announced", text=containing, timeout=timeout)
        return bool(reply["ok"]), list(reply["announcements"])


def spoken(said: Said) -> str:
    return "\n".join(f"  {role}: {name}" + (f" ({description})" if description else "")
                     for role, name, description in said)


class AtspiRig:
    def __init__(self, data_dir: Path, size: str = "540x960") -> None:
        self.data_dir = data_dir
        self.size = size
        self.env: dict[str, str] = {}
        self.log = data_dir / "kiosk.log"
        self.processes: list[subprocess.Popen[Any]] = []
        self.files: list[IO[Any]] = []
        self.reader: ScreenReader | None = None

    def _start(self, args: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
        process = subprocess.Popen(args, **kwargs)
        self.processes.append(process)
        return process

    def __enter__(self) -> AtspiRig:
        try:
            self._start_all()
        except BaseException:
            self.close()
            raise
        return self

    def _start_all(self) -> None:
        bus = self._start(["dbus-run-session", "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat'],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-run-session gave no bus address"
        read_fd, write_fd = os.pipe()
        self._start(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                    pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            display = f.readline().strip()
        assert display, "Xvfb did not report a display"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "AT_SPI", "DBUS_", "XDG_RUNTIME"))}
        env.update(DBUS_SESSION_BUS_ADDRESS=address, DISPLAY=f":{display}")
        self.env = env
        self._start([BUS_LAUNCHER, "--launch-immediately"], env=env, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
        poll(self._a11y_bus_up, START_TIMEOUT, "the accessibility bus (org.a11y.Bus)")
        config = self.data_dir / "kiosk.toml"
        config.write_text(CONFIG, encoding="utf-8")
        kiosk_env = {**env, "PYTHONPATH": str(ROOT), "KIOSK_DATA_DIR": str(self.data_dir / "data"),
                     "KIOSK_CONFIG": str(config), "QT_QPA_PLATFORM": "xcb",
                     "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QUICK_CONTROLS_STYLE": "Basic"}
        self.set_pin(kiosk_env)
        log = self.log.open("w", encoding="utf-8")
        self.files.append(log)
        self._start([sys.executable, "-m", "kiosk", "demo", "--size", self.size], cwd=ROOT, env=kiosk_env,
                    stdout=log, stderr=subprocess.STDOUT)
        reader = self._start([SYSTEM_PYTHON, str(READER), APP_NAME], env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.reader = ScreenReader(reader)

    def set_pin(self, env: dict[str, str]) -> None:
        """The staff PIN, set as staff set it (`kiosk staff set-pin`), so the PIN pad opens."""
        pin_file = self.data_dir / "pin.txt"
        pin_file.write_text("2468\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "kiosk", "staff", "set-pin", "--pin-file", str(pin_file)],
                              cwd=ROOT, env=env, check=False, capture_output=True, text=True, timeout=START_TIMEOUT)
        assert done.returncode == 0, done.stdout + done.stderr

    def _a11y_bus_up(self) -> bool:
        result = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
                                 "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"],
                                env=self.env, capture_output=True, text=True, check=False)
        return result.returncode == 0 and "boolean true" in result.stdout

    def kiosk_log(self) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(encoding="utf-8")
        return ""

    def close(self) -> None:
        if self.reader is not None and self.reader.process.stdin is not None:
            with contextlib.suppress(OSError, ValueError):
                self.reader.process.stdin.write('{"cmd": "quit"}\n')
        for process in reversed(self.processes):
            if process.stdin is not None:
                # The reader and dbus-run-session end when their stdin closes; dbus-run-session then stops its bus
                # daemon. Terminated instead, it would leave that daemon running: wait for it to end by itself.
                with contextlib.suppress(OSError):
                    process.stdin.close()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=STEP_TIMEOUT)
            if process.poll() is None:
                process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        for f in self.files:
            f.close()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


@contextlib.contextmanager
def atspi_kiosk(data_dir: Path, size: str = "540x960") -> Iterator[tuple[AtspiRig, ScreenReader]]:
    with AtspiRig(data_dir, size) as rig:
        assert rig.reader is not None
        yield rig, rig.reader
