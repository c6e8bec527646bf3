"""Helpers shared by the tests that run the real `kiosk` command line in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def child_env(**extra: str) -> dict[str, str]:
    """The parent's environment minus anything that would change which config or data a child uses."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def run_kiosk(args: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None,
              timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Runs `python -m kiosk ARGS`; output is kept as bytes so line ends can be checked."""
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=cwd, capture_output=True,
                          env=dict(env) if env is not None else child_env(), timeout=timeout, check=False)
