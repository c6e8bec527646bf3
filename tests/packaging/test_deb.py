"""The Debian package as `make deb` builds it (packaging/build_deb.py), taken apart and inspected: its files and
their modes, the conffiles, the control fields and maintainer scripts, and `systemd-analyze verify` on its unit."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from kiosk.core import config as settings
from tests.packaging import PACKAGING
from tests.support.systemd_units import verify

pytestmark = pytest.mark.slow
UNIT = "usr/lib/systemd/system/kindness-kiosk.service"


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb not installed")
    out = tmp_path_factory.mktemp("deb")
    done = subprocess.run([sys.executable, str(PACKAGING / "build_deb.py"), "--out", str(out)], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    [built] = out.glob("kindness-kiosk_*_all.deb")
    return built


@pytest.fixture(scope="module")
def tree(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    subprocess.run(["dpkg-deb", "--raw-extract", str(deb), str(root)], check=True, timeout=120)
    return root


def _members(deb: Path) -> dict[str, tarfile.TarInfo]:
    data = deb.with_suffix(".data.tar")
    with open(data, "wb") as f:
        subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=f, check=True, timeout=120)
    with tarfile.open(data) as tar:
        return {m.name.removeprefix("./"): m for m in tar.getmembers()}


def test_files_owners_and_modes(deb: Path) -> None:
    members = _members(deb)
    expected = {
        "usr/lib/kindness-kiosk/kiosk-release": 0o755,
        "usr/lib/kindness-kiosk/kiosk-session": 0o755,
        "usr/lib/kindness-kiosk/kiosk-touch": 0o755,
        "usr/lib/kindness-kiosk/kiosk-notify-relay": 0o755,
        "usr/share/kindness-kiosk/headless.conf": 0o644,
        UNIT: 0o644,
        "usr/lib/sysctl.d/60-kindness-kiosk.conf": 0o644,
        "usr/lib/systemd/logind.conf.d/60-kindness-kiosk.conf": 0o644,
        "etc/kindness-kiosk/kiosk.toml": 0o644,
        "etc/kindness-kiosk/session.env": 0o644,
        "etc/pam.d/kindness-kiosk": 0o644,
        "usr/share/kindness-kiosk/constraints.txt": 0o644,
        "usr/share/kindness-kiosk/VERSION": 0o644,
        "usr/share/doc/kindness-kiosk/install.md": 0o644,
        "usr/share/doc/kindness-kiosk/data-protection.md": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-purge.service": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-purge.timer": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-alerts.service": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-alerts.timer": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-alerts-local.service": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-alerts-local.timer": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-feed@.service": 0o644,
        "usr/lib/systemd/system/kindness-kiosk-feed@.timer": 0o644,
    }
    for name, mode in expected.items():
        assert name in members, f"{name} missing from the package"
        assert stat.S_IMODE(members[name].mode) == mode, f"{name}: {oct(members[name].mode)}"
    assert all(m.uname == "root" and m.gname == "root" for m in members.values())
    assert not any(n.startswith(("opt/", "var/")) for n in members), "/opt and /var are made by postinst, not dpkg"
    assert [n for n in members if n.endswith(".whl")] == [
        f"usr/share/kindness-kiosk/kindness_kiosk-{metadata.version('kindness-kiosk')}-py3-none-any.whl"]


def test_control_conffiles_and_scripts(tree: Path) -> None:
    control = (tree / "DEBIAN" / "control").read_text()
    assert re.search(r"(?m)^Architecture: all$", control)
    depends = re.search(r"(?m)^Depends: (.*)$", control)
    assert depends is not None
    for needed in ("cage", "xwayland", "python3-venv", "libpam-systemd", "libpulse0", "libwayland-cursor0"):
        assert re.search(rf"(^|, ){re.escape(needed)}( |,|$)", depends.group(1)), needed
    assert (tree / "DEBIAN" / "conffiles").read_text().split() == [
        "/etc/kindness-kiosk/kiosk.toml", "/etc/kindness-kiosk/session.env", "/etc/pam.d/kindness-kiosk"]
    for script in ("postinst", "prerm", "postrm"):
        path = tree / "DEBIAN" / script
        assert stat.S_IMODE(path.stat().st_mode) == 0o755
        assert subprocess.run(["sh", "-n", str(path)], check=False).returncode == 0, f"{script}: syntax error"
    for script in ("kiosk-session", "kiosk-touch"):
        assert subprocess.run(["sh", "-n", str(tree / "usr/lib/kindness-kiosk" / script)], check=False).returncode == 0
    postinst = (tree / "DEBIAN" / "postinst").read_text()
    commands = "\n".join(ln for ln in postinst.splitlines() if not ln.lstrip().startswith("#"))
    assert "--shell /usr/sbin/nologin" in commands
    assert re.findall(r"systemctl enable (\S+)", commands) == ["kindness-kiosk.service"]  # timers: opt-in only
    assert "sudo" not in commands and "--groups" not in commands and "usermod" not in commands  # no extra rights
    assert "install -d -m 0700 -o \"$USER_NAME\"" in postinst  # the data folder: the kiosk user's alone
    postrm = (tree / "DEBIAN" / "postrm").read_text()
    remove = postrm.split("remove)")[1].split(";;")[0]
    assert "/var/lib/kindness-kiosk" not in remove, "removing (not purging) must keep the data"
    assert "/var/lib/kindness-kiosk" in postrm.split("purge)")[1]


def test_the_packaged_config_loads_and_puts_data_in_var_lib(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    config = settings.load(str(tree / "etc/kindness-kiosk/kiosk.toml"))
    assert config.data_dir == Path("/var/lib/kindness-kiosk")


def test_constraints_pin_what_was_tested(tree: Path) -> None:
    pins = dict(line.split("==") for line in (tree / "usr/share/kindness-kiosk/constraints.txt").read_text().split())
    assert pins["pyside6-essentials"] == metadata.version("PySide6-Essentials")
    assert pins["sqlalchemy"] == metadata.version("sqlalchemy")
    assert "psycopg" in pins  # the [postgres] extra: kiosks sync to a central PostgreSQL
    assert "pytest" not in pins and "kindness-kiosk" not in pins


def test_the_wheel_carries_the_app_and_its_assets(tree: Path) -> None:
    [wheel] = (tree / "usr/share/kindness-kiosk").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kiosk/app.py", "kiosk/shell/systemd_notify.py", "kiosk/_data/config/default.toml"} <= names
    assert any(n.startswith("kiosk/_data/assets/fonts/") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_the_release_helper_runs_with_the_system_python(tree: Path, tmp_path: Path) -> None:
    helper = tree / "usr/lib/kindness-kiosk/kiosk-release"
    assert helper.read_text().startswith("#!/usr/bin/python3\n")
    env = {**os.environ, "KIOSK_RELEASE_ROOT": str(tmp_path), "KIOSK_RELEASE_STATE": str(tmp_path / "s.json")}
    done = subprocess.run([str(helper), "status"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and '"current": null' in done.stdout, done.stderr


def test_systemd_analyze_verify_on_every_unit(tree: Path, tmp_path: Path) -> None:
    """Every unit the package installs, with its helpers' paths pointed into the unpacked package."""
    units = sorted((tree / "usr/lib/systemd/system").glob("*"))
    assert [u.name for u in units] == ["kindness-kiosk-alerts-local.service", "kindness-kiosk-alerts-local.timer",
                                       "kindness-kiosk-alerts.service", "kindness-kiosk-alerts.timer",
                                       "kindness-kiosk-feed@.service", "kindness-kiosk-feed@.timer",
                                       "kindness-kiosk-purge.service", "kindness-kiosk-purge.timer",
                                       "kindness-kiosk.service"]
    for unit in units:  # one at a time: the feed template's instance and the kiosk unit are verified on their own
        verify([unit], tmp_path, moved={"/usr/lib/kindness-kiosk/": f"{tree}/usr/lib/kindness-kiosk/"})


def test_the_unit_keeps_its_promises(tree: Path) -> None:
    unit = (tree / UNIT).read_text()
    lines = {ln.strip() for ln in unit.splitlines() if ln.strip() and not ln.startswith("#")}
    for needed in ("Type=notify", "NotifyAccess=all", "Restart=always", "RestartSec=2", "StartLimitIntervalSec=0",
                   "User=kindness-kiosk", "PAMName=kindness-kiosk", "TTYPath=/dev/tty1", "Conflicts=getty@tty1.service",
                   "Environment=QT_QPA_PLATFORM=wayland",
                   "ExecStartPre=+/usr/lib/kindness-kiosk/kiosk-release before-start",
                   "ExecStartPost=+/usr/lib/kindness-kiosk/kiosk-release started"):
        assert needed in lines, needed
    watchdog = re.search(r"(?m)^WatchdogSec=(\d+)$", unit)
    assert watchdog is not None and 10 <= int(watchdog.group(1)) <= 60


CAGE_014_HELP = """Usage: cage [OPTIONS] [--] APPLICATION
 -d\t Don't draw client side decorations, when possible
 -h\t Display this help message
 -m extend Extend the display across all connected outputs (default)
 -m last Use only the last connected output
 -r\t Rotate the output 90 degrees clockwise, specify up to three times
 -s\t Allow VT switching
 -v\t Show the version number and exit
"""
CAGE_02_HELP = CAGE_014_HELP.replace(" -r\t Rotate the output 90 degrees clockwise, specify up to three times\n", "")


@pytest.mark.parametrize(("help_text", "env", "flags", "randr"), [
    (CAGE_014_HELP, {}, ["-d"], "no"),
    (CAGE_014_HELP, {"KIOSK_ROTATION": "90"}, ["-d", "-r"], "no"),
    (CAGE_014_HELP, {"KIOSK_ROTATION": "270", "KIOSK_OUTPUTS": "last"}, ["-d", "-m", "last", "-r", "-r", "-r"], "no"),
    (CAGE_014_HELP, {"KIOSK_ROTATION": "45"}, ["-d"], "no"),  # refused in words, not rotated
    (CAGE_02_HELP, {"KIOSK_ROTATION": "90"}, ["-d"], "yes"),  # newer cage: rotated inside with wlr-randr
])
def test_the_session_starts_cage_without_vt_switching(tree: Path, tmp_path: Path, help_text: str,
                                                      env: dict[str, str], flags: list[str], randr: str) -> None:
    """kiosk-session with a stand-in `cage` that records how it was called (the real one needs a screen)."""
    (tmp_path / "help.txt").write_text(help_text)
    fake = tmp_path / "cage"
    fake.write_text('#!/bin/sh\nif [ "$1" = -h ]; then cat "$(dirname "$0")/help.txt"; exit 1; fi\n'
                    'printf "%s\\n" "$@" > "$(dirname "$0")/args.txt"\n'
                    'echo "$KIOSK_ROTATE_WITH_RANDR" > "$(dirname "$0")/randr.txt"\n')
    fake.chmod(0o755)
    session = tree / "usr/lib/kindness-kiosk/kiosk-session"
    done = subprocess.run([str(session)], env={"PATH": f"{tmp_path}:/usr/bin:/bin", **env}, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    args = (tmp_path / "args.txt").read_text().splitlines()
    assert args == [*flags, "--", str(session), "inside"]
    assert "-s" not in args, "cage -s would allow switching to a text console"
    assert (tmp_path / "randr.txt").read_text().strip() == (randr if randr == "yes" else "")


def test_removing_the_package_turns_off_every_job_an_operator_turned_on(tree: Path, tmp_path: Path) -> None:
    """prerm on `remove` stops the kiosk and disables the opt-in timers (retention, alerts, each feed instance), so
    none goes on starting a program that is gone; on an upgrade it touches nothing. Run with systemctl standing in
    (it logs its arguments) and systemd's folders pointed into tmp_path."""
    run_dir, wants = tmp_path / "run-systemd", tmp_path / "timers.target.wants"
    run_dir.mkdir()
    wants.mkdir()
    (wants / "kindness-kiosk-feed@leisure.timer").symlink_to("/usr/lib/systemd/system/kindness-kiosk-feed@.timer")
    (wants / "other.timer").symlink_to("/usr/lib/systemd/system/other.timer")
    bin_dir, log = tmp_path / "bin", tmp_path / "systemctl.log"
    bin_dir.mkdir()
    (bin_dir / "systemctl").write_text(f'#!/bin/sh\necho "$*" >> {log}\n')
    (bin_dir / "systemctl").chmod(0o755)
    script = (tree / "DEBIAN" / "prerm").read_text()
    script = script.replace("/run/systemd/system", str(run_dir)).replace(
        "/etc/systemd/system/timers.target.wants", str(wants))
    (tmp_path / "prerm").write_text(script)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    for action in ("upgrade", "remove"):
        done = subprocess.run(["sh", str(tmp_path / "prerm"), action], env=env, capture_output=True, text=True,
                              timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        if action == "upgrade":
            assert not log.exists(), "an upgrade leaves every unit as it is"
    calls = log.read_text().splitlines()
    assert calls == ["stop kindness-kiosk.service", "disable kindness-kiosk.service",
                     "disable --now kindness-kiosk-purge.timer", "disable --now kindness-kiosk-alerts.timer",
                     "disable --now kindness-kiosk-alerts-local.timer",
                     "disable --now kindness-kiosk-feed@leisure.timer"]
