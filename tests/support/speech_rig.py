"""A real speech engine for tests and benchmarks, on a machine with no sound card, run as root (CI).

`speech_rig(folder)` starts, from the project's own files (tests/support/speechd/):
1. PulseAudio with one null sink as its default output (`null-sink.pa`), listening on its own socket in
   `folder`. A null sink plays nothing but keeps real time: a sentence takes as long to "play" as it would on
   a headphone jack, so "speaking" lasts and a stop can be told from the end of a reading. (ALSA's "null"
   device was tried first: it swallows sound at once, so every reading ends within ~0.1 s.) PulseAudio warns
   that it is "not intended to be run as root" and runs; HOME and XDG_RUNTIME_DIR point into `folder`, so it
   touches nothing of the machine's.
2. speech-dispatcher in single-application mode on its own unix socket, with `speechd.conf` (espeak-ng as
   its only module, its sound to that PulseAudio via PULSE_SERVER) and no shutdown timeout.
It sets SPEECHD_ADDRESS for this process, which libspeechd (and so Qt's "speechd" engine) reads when it
connects; nothing is autospawned and no user or system speech-dispatcher is touched. Both daemons are this
rig's children and are ended (by their process handles) when the block ends. Waits are polls with deadlines.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

CONFIG = Path(__file__).with_name("speechd")
NEEDED = ("speech-dispatcher", "pulseaudio", "espeak-ng")


def missing() -> list[str]:
    """The programs the rig needs that are not installed (packaging/system-deps.sh installs them)."""
    return [p for p in NEEDED if shutil.which(p) is None]


def _wait_for(condition: Callable[[], bool], what: str, procs: list[subprocess.Popen[bytes]],
              timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        for proc in procs:
            if proc.poll() is not None:
                raise RuntimeError(f"{proc.args!r} exited with {proc.returncode} before {what}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@contextmanager
def speech_rig(folder: Path) -> Iterator[str]:
    """Runs PulseAudio (null sink) and speech-dispatcher (espeak-ng) for the block; yields SPEECHD_ADDRESS."""
    lacking = missing()
    if lacking:
        raise RuntimeError(f"not installed: {', '.join(lacking)} (run packaging/system-deps.sh)")
    folder.mkdir(parents=True, exist_ok=True)
    run = folder / "run"
    run.mkdir(mode=0o700, exist_ok=True)
    pulse_socket, speech_socket = folder / "pulse.sock", folder / "speechd.sock"
    conf = folder / "speechd"
    shutil.copytree(CONFIG, conf, dirs_exist_ok=True)
    env = {**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(run), "XDG_CONFIG_HOME": str(folder / "config")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    procs: list[subprocess.Popen[bytes]] = []
    before = os.environ.get("SPEECHD_ADDRESS")
    try:
        with open(folder / "pulseaudio.log", "wb") as pulse_log:
            procs.append(subprocess.Popen(
                ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
                 "--disable-shm=yes", "-F", str(conf / "null-sink.pa"),
                 "-L", f"module-native-protocol-unix auth-anonymous=1 socket={pulse_socket}"],
                env=env, stdout=pulse_log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))
        _wait_for(pulse_socket.exists, "PulseAudio's socket", procs)
        (folder / "log").mkdir(exist_ok=True)
        procs.append(subprocess.Popen(
            ["speech-dispatcher", "--run-single", "--communication-method", "unix_socket",
             "--socket-path", str(speech_socket), "--config-dir", str(conf), "--timeout", "0",
             "--log-dir", str(folder / "log"), "--pid-file", str(folder / "speechd.pid")],
            env={**env, "PULSE_SERVER": f"unix:{pulse_socket}"}, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL))
        _wait_for(speech_socket.exists, "speech-dispatcher's socket", procs)
        address = f"unix_socket:{speech_socket}"
        os.environ["SPEECHD_ADDRESS"] = address
        yield address
    finally:
        if before is None:
            os.environ.pop("SPEECHD_ADDRESS", None)
        else:
            os.environ["SPEECHD_ADDRESS"] = before
        for proc in reversed(procs):
            _stop(proc)
