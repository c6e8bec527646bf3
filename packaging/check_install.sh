#!/bin/sh
# check_install.sh: installs the kiosk's .deb on a fresh Debian 12 in a booted container and proves, with numbers,
# that it installs the documented way, starts, feeds the watchdog, comes back after `kill -9` and after a hang
# (`kill -STOP`), keeps its data on `apt remove` and loses it on `apt purge`. Writes a short report.
#
#   sudo sh packaging/check_install.sh [--deb FILE] [--work DIR] [--mirror URL] [--suite bookworm] [--keep]
#   make install-check            (builds the .deb first; report: dist/install-check.md)
#
# Needs root, Internet access to a Debian mirror and to PyPI (the postinst makes the kiosk's venv from PyPI), and
# about 2 GB in --work. Installs debootstrap and systemd-container when missing. Takes 4-6 minutes (the fresh root
# file system is made once and kept in --work/base for later runs). Not part of `make test`.
# How: debootstrap a minimal Debian; systemd-nspawn --boot it (no machined needed: --register=no --keep-unit);
# run commands inside with nsenter; `apt-get install ./kindness-kiosk_*.deb` there pulls the Debian dependencies
# from the mirror. There is no screen or tty1 in a container, so the unit gets the headless drop-in the package
# ships (/usr/share/kindness-kiosk/headless.conf: cage on wlroots' headless backend); nothing else changes.
# Runs on the host's shell; ends the container it started (by its own process id) when done.
set -eu

DEB=""
WORK=/var/tmp/kiosk-install-check
MIRROR=http://deb.debian.org/debian
SUITE=bookworm
KEEP=no
REPORT=""
while [ $# -gt 0 ]; do
    case "$1" in
        --deb) DEB=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --mirror) MIRROR=$2; shift 2 ;;
        --suite) SUITE=$2; shift 2 ;;
        --report) REPORT=$2; shift 2 ;;
        --keep) KEEP=yes; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "check_install: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" = 0 ] || { echo "check_install: run as root (it makes and boots a container)" >&2; exit 2; }
if [ -z "$DEB" ]; then
    DEB=$(ls -t dist/kindness-kiosk_*_all.deb 2>/dev/null | head -n 1 || true)
fi
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "check_install: no .deb (make deb, or --deb FILE)" >&2; exit 2; }
DEB=$(readlink -f "$DEB")
[ -n "$REPORT" ] || REPORT="$(dirname "$DEB")/install-check.md"
mkdir -p "$WORK"
WORK=$(readlink -f "$WORK")
ROOT="$WORK/root"
LOG="$WORK/check.log"
: > "$LOG"
NSPAWN_PID=""
FAILED=0
RESULTS=""

say() { echo "check_install: $*"; echo "== $*" >> "$LOG"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
result() {  # result PASS|FAIL "what" "figure"
    [ "$1" = PASS ] || FAILED=$((FAILED + 1))
    RESULTS="$RESULTS| $1 | $2 | $3 |
"
    echo "check_install: $1 $2 ($3)"
}
# Runs a command inside the booted container, in all its namespaces, with a clean environment.
X() { nsenter -t "$INIT" -a -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root \
        DEBIAN_FRONTEND=noninteractive "$@"; }
prop() { X systemctl show kindness-kiosk.service -p "$1" --value; }
kiosk_pid() {  # the kiosk's Python process (comm "kiosk"), run by the kiosk user
    X sh -c 'for p in /proc/[0-9]*; do [ "$(cat $p/comm 2>/dev/null)" = kiosk ] && \
             [ "$(stat -c %U $p 2>/dev/null)" = kindness-kiosk ] && echo "${p#/proc/}"; done; true' | head -n 1
}
# Waits until the unit is active with a main process other than $1; prints the seconds taken since $2.
wait_back() {
    end=$(($(date +%s) + $3))
    while [ "$(date +%s)" -le "$end" ]; do
        if [ "$(prop ActiveState)" = active ] && [ "$(prop MainPID)" != "$1" ] && [ "$(prop MainPID)" != 0 ]; then
            since "$2"; return 0
        fi
        sleep 0.1
    done
    return 1
}
stop_container() {
    [ -n "$NSPAWN_PID" ] || return 0
    if [ -n "${INIT:-}" ]; then X systemctl poweroff >/dev/null 2>&1 || true; fi
    i=0
    while kill -0 "$NSPAWN_PID" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
    kill -KILL "$NSPAWN_PID" 2>/dev/null || true
    NSPAWN_PID=""
}
trap 'stop_container' EXIT INT TERM

# 1. Tools and a fresh Debian root file system (made once, copied for every run).
missing=""
command -v debootstrap >/dev/null || missing="$missing debootstrap"
command -v systemd-nspawn >/dev/null || missing="$missing systemd-container"
if [ -n "$missing" ]; then
    say "installing$missing"
    apt-get update -qq >> "$LOG" 2>&1
    apt-get install -y -qq $missing >> "$LOG" 2>&1
fi
if [ ! -f "$WORK/base/.complete" ]; then
    say "debootstrap $SUITE from $MIRROR (once; kept in $WORK/base)"
    rm -rf "$WORK/base"
    t=$(now)
    debootstrap --variant=minbase --include=systemd-sysv,dbus,ca-certificates "$SUITE" "$WORK/base" "$MIRROR" \
        >> "$LOG" 2>&1
    touch "$WORK/base/.complete"
    result PASS "fresh $SUITE root file system (debootstrap minbase + systemd, dbus)" "$(since "$t") s"
fi
rm -rf "$ROOT"
cp -a "$WORK/base" "$ROOT"
rm -f "$ROOT/.complete"
echo kiosk-check > "$ROOT/etc/hostname"
cp "$DEB" "$ROOT/root/"
# A network that inspects TLS (a council's proxy, this project's build sandbox) needs its CA inside too, for apt
# and for pip in the postinst: the same two steps docs/install.md gives for a kiosk behind such a proxy.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$ROOT/etc/pip.conf"
    CA_NOTE="the host's extra CA certificates were copied in (TLS-inspecting network) and pip pointed at them"
else
    CA_NOTE="no extra CA certificates"
fi

# 2. Boot it.
say "booting the container (systemd-nspawn --boot)"
t=$(now)
systemd-nspawn -D "$ROOT" --register=no --keep-unit --boot --machine=kiosk-check --console=passive \
    >> "$WORK/console.log" 2>&1 &
NSPAWN_PID=$!
INIT=""
i=0
while [ -z "$INIT" ] && [ $i -lt 300 ]; do
    INIT=$(cat /proc/$NSPAWN_PID/task/*/children 2>/dev/null | awk '{print $1}' || true)
    # nspawn's first child is a short-lived helper; the container's init is the one running systemd.
    [ -n "$INIT" ] && [ "$(cat /proc/$INIT/comm 2>/dev/null)" != systemd ] && INIT=""
    sleep 0.1; i=$((i + 1))
done
[ -n "$INIT" ] || { echo "check_install: the container did not start; see $WORK/console.log" >&2; exit 1; }
state=""
end=$(($(date +%s) + 120))
while [ "$(date +%s)" -le "$end" ]; do  # systemctl cannot connect until the container's systemd has come up
    state=$(X systemctl is-system-running --wait 2>/dev/null || true)
    case "$state" in running|degraded) break ;; esac
    sleep 0.2
done
result "$([ "$state" = running ] && echo PASS || echo FAIL)" "container booted (systemd $state)" "$(since "$t") s"
X update-ca-certificates >> "$LOG" 2>&1

# 3. The documented install.
say "apt-get install ./$(basename "$DEB") inside"
t=$(now)
if X sh -c "cd /root && apt-get update -q && apt-get install -y ./$(basename "$DEB")" >> "$LOG" 2>&1; then
    result PASS "apt-get install ./$(basename "$DEB") (Debian dependencies from the mirror, venv from PyPI)" \
        "$(since "$t") s, $(X du -sm /opt/kindness-kiosk | cut -f1) MB in /opt"
else
    result FAIL "apt-get install ./$(basename "$DEB")" "see $LOG"
    stop_container; exit 1
fi

# 4. What the install set up.
pw=$(X getent passwd kindness-kiosk || true)
groups=$(X id -Gn kindness-kiosk 2>/dev/null || true)
shell=$(echo "$pw" | cut -d: -f7)
sudoers=$(X sh -c 'grep -rls kindness-kiosk /etc/sudoers /etc/sudoers.d 2>/dev/null | wc -l')
ok=FAIL; [ -n "$pw" ] && [ "$shell" = /usr/sbin/nologin ] && [ "$groups" = kindness-kiosk ] && [ "$sudoers" = 0 ] && ok=PASS
result $ok "user kindness-kiosk: shell, groups, sudo" "shell $shell, groups '$groups', sudoers entries $sudoers"
data=$(X stat -c '%a %U' /var/lib/kindness-kiosk)
ok=FAIL; [ "$data" = "700 kindness-kiosk" ] && ok=PASS
result $ok "/var/lib/kindness-kiosk" "mode/owner $data"
ok=FAIL; X test -x /opt/kindness-kiosk/current/bin/kiosk && X test -f /etc/kindness-kiosk/kiosk.toml && ok=PASS
result $ok "/opt/kindness-kiosk/current/bin/kiosk and /etc/kindness-kiosk/kiosk.toml" \
    "current -> $(X readlink /opt/kindness-kiosk/current)"
enabled=$(X systemctl is-enabled kindness-kiosk.service || true)
result "$([ "$enabled" = enabled ] && echo PASS || echo FAIL)" "unit enabled by the postinst" "$enabled"
verify=$(X systemd-analyze verify kindness-kiosk.service 2>&1 | grep -v -e 'Unit configured to use KillMode=none' || true)
result "$([ -z "$verify" ] && echo PASS || echo FAIL)" "systemd-analyze verify kindness-kiosk.service (inside)" \
    "${verify:-no warnings}"

# 5. Start it headless (no DRM, no tty1 in a container) and watch it reach READY=1 and feed the watchdog.
X install -D -m 0644 /usr/share/kindness-kiosk/headless.conf /etc/systemd/system/kindness-kiosk.service.d/headless.conf
X systemctl daemon-reload
say "starting the unit (cage headless)"
t=$(now)
if X timeout 150 systemctl start kindness-kiosk.service; then
    result PASS "unit started: READY=1 after the first frame (Type=notify)" "$(since "$t") s from start"
else
    result FAIL "unit started" "$(prop ActiveState)/$(prop SubState) after $(since "$t") s"
    X journalctl -b --no-pager -n 80 >> "$LOG" 2>&1 || true
    stop_container; exit 1
fi
w1=$(prop WatchdogTimestampMonotonic)
wsec=$(prop WatchdogUSec)
end=$(($(date +%s) + 40)); w2=$w1
while [ "$w2" = "$w1" ] && [ "$(date +%s)" -le "$end" ]; do sleep 0.5; w2=$(prop WatchdogTimestampMonotonic); done
if [ "$w2" != "$w1" ]; then
    result PASS "watchdog fed (WatchdogSec=$wsec)" "next ping $(awk -v a="$w1" -v b="$w2" 'BEGIN{printf "%.1f", (b-a)/1e6}') s after the last"
else
    result FAIL "watchdog fed (WatchdogSec=$wsec)" "no WATCHDOG=1 in 40 s"
fi

# 6. kill -9 of the app: systemd restarts the session.
main=$(prop MainPID); k=$(kiosk_pid); t=$(now)
X sh -c "kill -KILL $k"
if took=$(wait_back "$main" "$t" 60); then
    result PASS "kill -9 of the kiosk -> restarted and READY again" "$took s (RestartSec=2)"
else
    result FAIL "kill -9 of the kiosk -> restarted" "not back in 60 s"
fi

# 7. kill -STOP (a hung UI): the watchdog notices, kills the session and systemd restarts it.
main=$(prop MainPID); k=$(kiosk_pid); t=$(now)
X sh -c "kill -STOP $k"
if took=$(wait_back "$main" "$t" 120); then
    left=$(X sh -c "test -d /proc/$k && echo yes || echo no")
    ok=PASS; [ "$left" = no ] || ok=FAIL
    result $ok "kill -STOP of the kiosk (hung UI) -> watchdog kill, restarted, READY again" \
        "$took s (WatchdogSec=$wsec + RestartSec=2); the stopped process left behind: $left"
else
    result FAIL "kill -STOP of the kiosk -> watchdog restart" "not back in 120 s"
fi
restarts=$(prop NRestarts)
watchdog_lines=$(X journalctl -u kindness-kiosk.service -b --no-pager -o cat | grep -c 'Watchdog timeout' || true)
result "$([ "$restarts" = 2 ] && [ "$watchdog_lines" -ge 1 ] && echo PASS || echo FAIL)" \
    "systemd's count" "NRestarts=$restarts, 'Watchdog timeout' lines: $watchdog_lines"

# 8. The journal: what the kiosk and its session wrote, checked for personal data.
X sh -c 'journalctl -b --no-pager -o cat -t kindness-kiosk; journalctl -b --no-pager -o cat -u kindness-kiosk.service' \
    > "$WORK/journal.txt" 2>&1 || true
lines=$(wc -l < "$WORK/journal.txt")
personal=$(grep -E -i -c '[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|postgres(ql)?://[^ ]*:[^*@ ]+@|password=|\+?[0-9][0-9 ]{9,}[0-9]' \
    "$WORK/journal.txt" || true)
result "$([ "$personal" = 0 ] && echo PASS || echo FAIL)" "journal lines with personal data (e-mail, phone, password, URL with password)" \
    "$personal of $lines lines (kept in $WORK/journal.txt)"

# 9. remove keeps the data, purge removes it.
X sh -c 'echo kept > /var/lib/kindness-kiosk/check-install-marker'
X apt-get remove -y kindness-kiosk >> "$LOG" 2>&1
after=$(X sh -c 'test -f /var/lib/kindness-kiosk/check-install-marker && echo kept || echo gone; test -e /opt/kindness-kiosk && echo opt-left || echo opt-gone; systemctl is-active kindness-kiosk || true')
ok=FAIL; [ "$(echo "$after" | tr '\n' ' ')" = "kept opt-gone inactive " ] && ok=PASS
result $ok "apt remove: data kept, code gone, unit stopped" "$(echo "$after" | tr '\n' ' ')"
X apt-get purge -y kindness-kiosk >> "$LOG" 2>&1
after=$(X sh -c 'test -e /var/lib/kindness-kiosk && echo data-left || echo data-gone; test -e /etc/kindness-kiosk && echo etc-left || echo etc-gone')
ok=FAIL; [ "$(echo "$after" | tr '\n' ' ')" = "data-gone etc-gone " ] && ok=PASS
result $ok "apt purge: data and settings gone" "$(echo "$after" | tr '\n' ' ')"

stop_container
[ "$KEEP" = yes ] || rm -rf "$ROOT"
{
    echo "# Install check: $(basename "$DEB") on a fresh Debian $SUITE (booted container)"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), host $(uname -r), $(nproc) cores; $CA_NOTE. Log: $LOG"
    echo
    echo "| result | check | measured |"
    echo "|---|---|---|"
    printf '%s' "$RESULTS"
    echo
    echo "$FAILED failed."
} > "$REPORT"
echo "check_install: report in $REPORT"
[ "$FAILED" = 0 ]
