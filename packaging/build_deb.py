"""`make deb`: builds dist/kindness-kiosk_<version>_all.deb with dpkg-deb (standard Debian tooling, no debhelper).

    python packaging/build_deb.py [--out DIR] [--wheel FILE]

The package is architecture "all" and small: it carries the kiosk's own wheel, a constraints file pinning every
dependency to the version this build was tested with, the systemd unit, the session scripts, the release helper
and the config files. Its postinst makes a virtual environment per version under /opt/kindness-kiosk/releases
from PyPI (or from a folder of wheels, KIOSK_WHEELHOUSE, for sites without Internet access): one package serves
amd64 and arm64, and the ~400 MB of Qt wheels are never stored in the package or twice on the kiosk.
Runs on the build machine's main thread; needs dpkg-deb and pip (which fetches hatchling to build the wheel).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "packaging"
PACKAGE = "kindness-kiosk"
# Debian packages the kiosk needs at run time (Qt's system libraries, as packaging/system-deps.sh lists for
# development, plus the session: cage and Xwayland (Debian's cage will not start without it), PAM/logind).
DEPENDS = ("python3 (>= 3.11), python3-venv, cage, xwayland, libpam-systemd, systemd, udev, passwd, "
           "libpulse0, libegl1, libgl1, libxkbcommon0, libfontconfig1, libdbus-1-3, libwayland-client0, "
           "libwayland-cursor0, libwayland-egl1, fonts-noto-color-emoji, ca-certificates")
RECOMMENDS = "wlr-randr"
# Shipped but never enabled by the package (postinst enables only kindness-kiosk.service): an operator turns
# each timer on where it belongs (docs/install.md 11a and 11b).
OPT_IN_UNITS = ("kindness-kiosk-purge.service", "kindness-kiosk-purge.timer",  # central retention (admin machine)
                "kindness-kiosk-alerts.service", "kindness-kiosk-alerts.timer",  # alerts e-mailed (central)
                "kindness-kiosk-alerts-local.service", "kindness-kiosk-alerts-local.timer",  # a standalone kiosk
                "kindness-kiosk-feed@.service", "kindness-kiosk-feed@.timer")  # a listings feed polled (one per feed)
CONFFILES = ("/etc/kindness-kiosk/kiosk.toml", "/etc/kindness-kiosk/session.env", "/etc/pam.d/kindness-kiosk")


def version() -> str:
    with open(REPO / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def constraints(top: str = PACKAGE, extras: tuple[str, ...] = ("postgres",)) -> list[str]:
    """`name==version` for every run-time dependency of the installed kiosk, as installed here (tested by CI)."""
    from packaging.requirements import Requirement

    seen: dict[str, str] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(top, extras)]
    while todo:
        name, wanted = todo.pop()
        dist = metadata.distribution(name)
        for line in dist.requires or []:
            req = Requirement(line)
            envs = [{"extra": e} for e in wanted] or [{"extra": ""}]
            if req.marker is not None and not any(req.marker.evaluate(env) for env in envs):
                continue
            key = _norm(req.name)
            if key in seen:
                continue
            try:
                seen[key] = metadata.version(req.name)
            except metadata.PackageNotFoundError:
                continue  # not installed here (another platform's dependency): left to pip on the kiosk
            todo.append((req.name, tuple(sorted(req.extras))))
    seen.pop(_norm(top), None)
    return [f"{name}=={seen[name]}" for name in sorted(seen)]


def build_wheel(into: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(into),
                    str(REPO)], check=True)
    [wheel] = into.glob("kindness_kiosk-*.whl")
    return wheel


def _put(src: Path | str, dest: Path, mode: int) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(src, Path):
        shutil.copyfile(src, dest)
    else:
        dest.write_text(src, encoding="utf-8")
    dest.chmod(mode)


def kiosk_toml() -> str:
    """config/default.toml with the appliance's data folder filled in."""
    text = (REPO / "config" / "default.toml").read_text(encoding="utf-8")
    text, n = re.subn(r'(?m)^data_dir = ""', 'data_dir = "/var/lib/kindness-kiosk"', text)
    if n != 1:
        raise SystemExit("build_deb: config/default.toml has no `data_dir = \"\"` line to fill in")
    return text


def control(ver: str, installed_kb: int) -> str:
    return (f"Package: {PACKAGE}\nVersion: {ver}\nArchitecture: all\nMaintainer: Kindness Kiosk project "
            f"<kiosk@invalid>\nSection: misc\nPriority: optional\nInstalled-Size: {installed_kb}\n"
            f"Depends: {DEPENDS}\nRecommends: {RECOMMENDS}\n"
            "Description: touchscreen kiosk asking visitors: did you experience kindness today?\n"
            " Runs full screen under the cage Wayland kiosk compositor on tty1 as the kindness-kiosk system\n"
            " user, restarted by systemd when it stops or its screen hangs. The kiosk's Python environment\n"
            " is made at install time under /opt/kindness-kiosk; an update that never reaches its first\n"
            " frame is rolled back to the previous version.\n")


def lay_out(root: Path, wheel: Path, ver: str) -> None:
    share, lib = root / "usr/share/kindness-kiosk", root / "usr/lib/kindness-kiosk"
    _put(wheel, share / wheel.name, 0o644)
    _put("\n".join(constraints()) + "\n", share / "constraints.txt", 0o644)
    _put(ver + "\n", share / "VERSION", 0o644)
    _put(HERE / "kiosk_release.py", lib / "kiosk-release", 0o755)
    _put(HERE / "kiosk-session", lib / "kiosk-session", 0o755)
    _put(HERE / "kiosk-touch", lib / "kiosk-touch", 0o755)
    _put(HERE / "kiosk-notify-relay", lib / "kiosk-notify-relay", 0o755)
    _put(HERE / "systemd" / "headless.conf", share / "headless.conf", 0o644)  # CI / containers only: docs/install.md
    for unit in ("kindness-kiosk.service", *OPT_IN_UNITS):
        _put(HERE / "systemd" / unit, root / "usr/lib/systemd/system" / unit, 0o644)
    _put(HERE / "sysctl-kindness-kiosk.conf", root / "usr/lib/sysctl.d/60-kindness-kiosk.conf", 0o644)
    _put(HERE / "logind-kindness-kiosk.conf", root / "usr/lib/systemd/logind.conf.d/60-kindness-kiosk.conf", 0o644)
    _put(kiosk_toml(), root / "etc/kindness-kiosk/kiosk.toml", 0o644)
    _put(HERE / "session.env", root / "etc/kindness-kiosk/session.env", 0o644)
    _put(HERE / "kindness-kiosk.pam", root / "etc/pam.d/kindness-kiosk", 0o644)
    doc = root / "usr/share/doc/kindness-kiosk"
    _put(REPO / "docs" / "install.md", doc / "install.md", 0o644)
    _put(REPO / "docs" / "data-protection.md", doc / "data-protection.md", 0o644)
    _put("Kindness Kiosk\nLicense: MIT\n", doc / "copyright", 0o644)
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024 + 1
    debian = root / "DEBIAN"
    _put(control(ver, size_kb), debian / "control", 0o644)
    _put("".join(f"{c}\n" for c in CONFFILES), debian / "conffiles", 0o644)
    for script in ("postinst", "prerm", "postrm"):
        _put(HERE / "debian" / script, debian / script, 0o755)
    for d in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        d.chmod(0o755)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="build_deb", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=REPO / "dist", help="folder for the .deb (default dist/)")
    p.add_argument("--wheel", type=Path, help="use this kiosk wheel instead of building one")
    args = p.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("build_deb: dpkg-deb not found (Debian's dpkg package)")
    ver = version()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        wheel = args.wheel or build_wheel(work / "wheel")
        root = work / "root"
        lay_out(root, wheel, ver)
        args.out.mkdir(parents=True, exist_ok=True)
        deb = args.out / f"{PACKAGE}_{ver}_all.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)], check=True,
                       stdout=subprocess.DEVNULL)
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
