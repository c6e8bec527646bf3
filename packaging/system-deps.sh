#!/bin/sh
# Installs the system libraries the kiosk and its tests need, only when they are missing.
# Qt needs EGL/xkbcommon/fontconfig; Qt Virtual Keyboard needs libpulse0; the sync tests need a
# PostgreSQL server (initdb/pg_ctl); the real-display smoke test needs Xvfb; the report tests read PDFs with
# poppler-utils (pdftotext, pdftoppm, pdffonts); the AT-SPI screen-reader test needs D-Bus, at-spi2-core and
# python3-pyatspi.
# "Read to me" speaks through Qt TextToSpeech's speechd plugin: speech-dispatcher with espeak-ng (voices for
# en, gd, pl, uk, ar, ur); its tests play into a PulseAudio null sink (no sound card in CI).
# Runs apt-get as root, or with `sudo -n` when that works; otherwise prints what is missing.
set -u
PKGS="libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 xvfb fonts-noto-color-emoji poppler-utils"
# The screen-reader test (tests/shell/test_atspi.py): a private D-Bus session (dbus-run-session, dbus-send), the
# AT-SPI accessibility bus and registry, and pyatspi for the system python3 (the reader a screen reader would be).
PKGS="$PKGS dbus-daemon dbus-bin at-spi2-core python3-pyatspi"
# The appliance (packaging/, tests/packaging/): the kiosk session under cage, started headless by the tests.
PKGS="$PKGS cage"  # the Wayland kiosk compositor the kiosk runs in
PKGS="$PKGS xwayland"  # Debian's cage refuses to start without the Xwayland binary
PKGS="$PKGS libwayland-cursor0 libwayland-egl1"  # Qt's wayland platform plugin cannot load without them
PKGS="$PKGS systemd"  # systemd-analyze verify, for the unit files
PKGS="$PKGS speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio"  # Read to me (and its tests)
PKGS="$PKGS valgrind"  # make bench: start-up's instructions counted (benchmarks/startup_instructions.py)
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
have_pg=""
for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && have_pg=yes
done
[ -n "$have_pg" ] || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "system-deps: please install:$missing" >&2; exit 0; }
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "system-deps: missing:$missing — install them with: sudo apt-get install$missing" >&2; exit 0; fi
echo "system-deps: installing$missing"
$SUDO apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "system-deps: apt-get could not install:$missing" >&2
exit 0
