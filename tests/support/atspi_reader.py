"""A screen reader in miniature, for tests/shell/test_atspi.py: run with the SYSTEM python3, not the venv.

`pyatspi` (Debian's python3-pyatspi) imports only in the system Python, so this script imports nothing of the
kiosk and nothing outside the standard library, pyatspi and gi. It reads the application named on its command
line through AT-SPI — the interface Orca uses — and answers one JSON command per line on stdin with one JSON
line on stdout:

  {"cmd": "read"}                               → {"ok": true, "said": [[role, name, description], ...]}
  {"cmd": "wait", "name": N, "timeout": S}      → the reading once a showing node is named N (ok false on timeout)
  {"cmd": "press", "name": N, "timeout": S}     → presses the showing node named N with its first action
  {"cmd": "count", "role": R, "at_least": K, "timeout": S} → the reading once K showing nodes have role R
  {"cmd": "announced", "text": T, "timeout": S} → every announcement heard so far, once one contains T
  {"cmd": "quit"}

"What it would say" is the walk Orca's "say all" makes: every node that is showing, depth first, in the tree's
order, with its role, name and description; containers without a name (panels, fillers) say nothing
themselves. Announcements are the `object:announcement` events (Qt ≥ 6.8 sends them for
`Accessible.announce()`), heard from the start. Every wait polls with a deadline while pumping GLib's main
context, so D-Bus events are never left queued. Thread: main (one GLib main context).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi
from gi.repository import GLib

SILENT_ROLES = {"filler", "panel", "frame", "application", "unknown", "redundant object", "layered pane"}
announcements: list[str] = []


def heard(event: Any) -> None:
    announcements.append(str(event.any_data))


def pump(seconds: float = 0.05) -> None:
    """Dispatches whatever D-Bus delivered, then waits for more for at most `seconds`."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def find_app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def showing(node: Any) -> bool:
    try:
        state = node.getState()
    except Exception:  # the node went away while we read (a screen was replaced): it is not showing
        return False
    return bool(state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE))


def walk(node: Any, out: list[tuple[str, str, str, Any]]) -> None:
    if node is None or not showing(node):
        return
    try:
        role, name, description = node.getRoleName(), node.name or "", node.description or ""
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    if role not in SILENT_ROLES or name:
        out.append((role, name, description, node))
    for child in children:
        walk(child, out)


def reading(app: Any) -> list[tuple[str, str, str, Any]]:
    out: list[tuple[str, str, str, Any]] = []
    if app is None:
        return out
    for i in range(app.childCount):  # the application's windows
        walk(app.getChildAtIndex(i), out)
    return out


def said(nodes: list[tuple[str, str, str, Any]]) -> list[list[str]]:
    return [[role, name, description] for role, name, description, _ in nodes if role != "frame"]


def until(deadline: float, check: Any) -> Any:
    while True:
        pump()
        result = check()
        if result or time.monotonic() >= deadline:
            return result


def main() -> int:
    app_name = sys.argv[1]
    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    app = None
    for line in iter(sys.stdin.readline, ""):
        command = json.loads(line)
        cmd, timeout = command["cmd"], float(command.get("timeout", 30))
        deadline = time.monotonic() + timeout
        if cmd == "quit":
            break
        app = app or until(deadline, lambda: find_app(app_name))
        reply: dict[str, Any] = {"ok": app is not None}
        if cmd == "read":
            pump()
            reply["said"] = said(reading(app))
        elif cmd in ("wait", "press"):
            nodes = until(deadline, lambda a=app, name=command["name"]: [n for n in reading(a) if n[1] == name])
            reply["ok"] = bool(nodes)
            if nodes and cmd == "press":
                action = nodes[0][3].queryAction()
                reply["ok"] = action.nActions > 0 and bool(action.doAction(0))
            reply["said"] = said(reading(app))
        elif cmd == "count":
            reply["ok"] = bool(until(deadline, lambda a=app, role=command["role"], k=int(command["at_least"]):
                                     sum(1 for n in reading(a) if n[0] == role) >= k))
            reply["said"] = said(reading(app))
        elif cmd == "announced":
            reply["ok"] = bool(until(deadline, lambda text=command["text"]: any(text in a for a in announcements)))
            reply["announcements"] = list(announcements)
        else:
            reply = {"ok": False, "error": f"unknown command {cmd!r}"}
        print(json.dumps(reply), flush=True)
        pump(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
