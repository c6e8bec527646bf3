"""The kiosk side of benchmarks/soak.py: the real app driven through visitor flows, sampled as it goes.

    KIOSK_CONFIG=FILE KIOSK_DATA_DIR=DIR python -m benchmarks._soak_child --flows N --every K [--seed S]

The kiosk is kiosk.app.build on that config (the window offscreen at 540x960, sync on: the config names the
central PostgreSQL and a password file), run by kiosk.app.serve — the app's own qasync loop with the background
sync — with the flows as its companion task. The clock is a ManualClock started 60 days ago and moved on
`STEP_SECONDS` before each flow (20,000 flows are five weeks of a busy kiosk), with the shell's tick run once
then (the idle spell between visitors), so idle time-outs, the attract
strip, the wall's repeat limit and the check-in repeat guard all see time pass; the sync's own interval is real
time. Flows go through the view models' slots, as QML's buttons call them, with the Qt event loop running between
steps (every wait yields to it). Every Qt message of warning level or worse is recorded (qInstallMessageHandler);
so is every Python log record of WARNING or worse and every error the background reported.

Prints one line per sample, `SAMPLE {json}` (flows, RSS, threads, open files, Python objects, QObjects, what
the sync has sent), each Qt warning as `QTWARN …`, and at the end `DONE {json}`. Thread: GUI (main).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import gc
import json
import logging
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from kiosk.app import Kiosk

PIN = "4825"
PULSE_ANSWERS = ("yes", "not_sure", "no")  # the staff pulse's answers (kiosk.staff.pulse.rules.PulseAnswer)
WARM_UP = 0.10  # of the flows (as benchmarks/soak.py's verdict)
STEP_SECONDS = 150.0  # clock time between two visitors (≥ the repeat guards; 20,000 flows ≈ 35 days)
WAIT_SECONDS = 60.0  # a guard only: a step that never completes fails the run
# name → weight: the mix of a working day
FLOWS = {"checkin_followup": 30, "checkin_plain": 16, "whatson": 21, "wall_read": 16, "wall_write": 12,
         "staff": 5}


def message(rng: random.Random) -> str:
    """A visitor's thank-you note from benchmarks/wall_scroll.py's phrases: a few hundred different ones, in
    several languages, as on a real wall (a run never meets "the same words twice within an hour" often)."""
    from benchmarks.wall_scroll import EMOJI, WHAT, WHERE, WHO, WORDS

    return rng.choice(WORDS).format(who=rng.choice(WHO), where=rng.choice(WHERE), what=rng.choice(WHAT),
                                    emoji=rng.choice(EMOJI)).strip()


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                     "fsmblks", "uordblks", "fordblks", "keepcost")]


def heap_kb() -> tuple[int, int]:
    """glibc's heap (mallinfo2, all arenas): (in use, free but kept) in KB; (0, 0) where there is no glibc. RSS
    growing with the free part is fragmentation; with the in-use part, something kept."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        return 0, 0
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) // 1024, info.fordblks // 1024


def sqlite_kb() -> int:
    """SQLite's own memory in this process (sqlite3_memory_used: page caches, statements, schemas), KB; 0 where
    Python's sqlite3 is not linked to a shared libsqlite3. Part of the malloc heap: whether the heap's growth is
    the store's caches filling (each connection's page cache is bounded: PRAGMA cache_size, 2 MB by default)."""
    if not _SQLITE:
        import ctypes.util

        try:
            lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
            lib.sqlite3_memory_used.restype = ctypes.c_int64
            _SQLITE.append(lib.sqlite3_memory_used)
        except (OSError, AttributeError):
            _SQLITE.append(lambda: 0)
    return int(_SQLITE[0]()) // 1024


_SQLITE: list[Callable[[], int]] = []


def python_arenas_kb() -> tuple[int, int]:
    """Python's small-object allocator (sys._debugmallocstats): (arenas held, bytes in live blocks) in KB. Arenas
    held growing while the live blocks do not is fragmentation: arenas kept by a few long-lived objects each."""
    with tempfile.TemporaryFile() as out:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)  # it writes to the C stderr
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode("ascii", "replace")
    arenas = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    size = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    each = re.search(r"arenas \* ([\d,]+) bytes/arena", text)
    if not arenas or not size or not each:
        return 0, 0
    def number(found: re.Match[str]) -> int:
        return int(found.group(1).replace(",", ""))

    return number(arenas) * number(each) // 1024, number(size) // 1024


def mappings_kb() -> dict[str, int]:
    """Resident KB by kind of memory mapping (/proc/self/smaps): glibc's heap, each file mapped, and the anonymous
    mappings by what they most likely are — where RSS grows when the malloc heap does not (Qt's JavaScript heap is
    a named one): a threads' malloc arena (64 MB-aligned), Python's object arenas (1 MB), thread stacks (8 MB), the
    rest by size (blocks malloc mapped on their own among them). A guess: the kernel merges adjacent mappings."""
    kinds: dict[str, int] = {}
    name = ""
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as f:
        for line in f:
            head = line.split()
            if "-" in head[0] and not head[0].endswith(":"):
                start, end = (int(x, 16) for x in head[0].split("-"))
                path = head[5] if len(head) > 5 else ""
                size = (end - start) // 1024
                name = path or _anon_kind(start, size)
            elif head[0] == "Rss:":
                kinds[name] = kinds.get(name, 0) + int(head[1])
    return kinds


def _anon_kind(start: int, size_kb: int) -> str:
    if start % (64 << 20) == 0:
        return "anon: a thread's malloc arena"
    if size_kb == 1024:
        return "anon: 1 MB (Python's object arenas)"
    if size_kb == 8192:
        return "anon: 8 MB (thread stacks)"
    return f"anon {'<1M' if size_kb < 1024 else '<8M' if size_kb <= 8192 else '>8M'}"


def fd_targets() -> list[str]:
    """What each open file descriptor points at ("3 /path/store.db", "7 socket:[…]")."""
    out = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # closed meanwhile (the listing's own descriptor)
            out.append(f"{fd} {os.readlink(f'/proc/self/fd/{fd}')}")
    return sorted(out)


def rss_kb() -> int:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


class Problems(logging.Handler):
    """Every Qt warning and Python log record of WARNING or worse, printed at once and kept."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.qt: list[str] = []
        self.python: list[str] = []
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        line = f"{record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info:
            line += "\n" + logging.Formatter().formatException(record.exc_info)
        self.python.append(line)
        print("PYWARN " + line.replace("\n", " | "), flush=True)

    def qt_message(self, mode: Any, context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
            line = f"{mode.name}: {message}{where}"
            self.qt.append(line)
            print("QTWARN " + line.replace("\n", " | "), flush=True)

    def error(self, error: BaseException) -> None:
        line = f"{type(error).__name__}: {error}"
        self.errors.append(line)
        print("ERROR " + line.replace("\n", " | "), flush=True)


class Driver:
    """Walks the kiosk through visitor flows on its own qasync loop."""

    def __init__(self, kiosk: Kiosk, clock: Any, rng: random.Random) -> None:
        self.k, self.clock, self.rng = kiosk, clock, rng
        self.done: dict[str, int] = dict.fromkeys(FLOWS, 0)
        self.written = 0
        self.seconds: dict[str, float] = {}
        self.listings = 0  # listings opened (with their QR code)

    # -- waiting ------------------------------------------------------------------------------------
    async def until(self, what: str, predicate: Callable[[], object]) -> None:
        """Yields to the event loop until `predicate()` holds (quick turns, then 1 ms naps)."""
        deadline = time.monotonic() + WAIT_SECONDS
        turns = 0
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting for {what} (screen {self.k.shell.screen!r})")
            turns += 1
            await asyncio.sleep(0 if turns < 200 else 0.001)

    async def settle(self, turns: int = 3) -> None:
        """A few turns of the event loop: the screen is laid out and drawn between steps."""
        for _ in range(turns):
            await asyncio.sleep(0)

    async def show(self, screen: str) -> None:
        await self.until(f"the screen {screen}", lambda: self.k.shell.screen == screen)
        await self.settle()

    def model(self, name: str) -> Any:
        return self.k.shell.models[name]

    async def home(self) -> None:
        self.k.shell.goHome()
        await self.show("home")

    # -- flows --------------------------------------------------------------------------------------
    async def flow(self, name: str) -> None:
        self.clock.advance(STEP_SECONDS + self.rng.uniform(0, 30))
        # The kiosk's one-second tick sees the idle spell between two visitors, as it would on a real kiosk (150
        # ticks there): the idle timeout's visitorLeft, its resets and the idle tidy (kiosk.shell.idle_tidy) run
        # once per visitor. Without it a real-time tick only rarely fell inside the jump (16 tidies in 6,000 flows).
        self.k.shell.tick()
        await self.settle(1)  # a tick may take the kiosk home meanwhile, as it would between visitors
        if self.k.shell.screen != "home":
            await self.home()
        t0 = time.perf_counter()
        await getattr(self, name)()
        self.done[name] += 1
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0

    async def checkin(self, answer: str) -> None:
        checkin = self.k.checkin
        languages = self.k.shell.property("languages")
        if self.rng.random() < 0.1 and len(languages) > 1:
            self.k.shell.setLanguage(self.rng.choice(languages[1:]))
            await self.settle()
        self.k.shell.openCheckin()
        await self.show("checkin")
        checkin.answer(answer)

    async def checkin_followup(self) -> None:
        await self.checkin(self.rng.choice(("yes", "not_sure")))
        await self.show("followup")
        self.k.checkin.followup(self.rng.choice(("staff", "visitor", "elsewhere")))
        await self.show("thanks")
        await self.finish_visit()

    async def checkin_plain(self) -> None:
        if self.rng.random() < 0.5:
            await self.checkin("no")
        else:
            await self.checkin("yes")
            await self.show("followup")
            self.k.checkin.skip()
        await self.show("thanks")
        await self.finish_visit()

    async def finish_visit(self) -> None:
        await self.home()
        first = self.k.shell.property("languages")[0]
        if self.k.shell.current_language() != first:
            self.k.shell.setLanguage(first)
            await self.settle()

    async def whatson(self) -> None:
        self.k.shell.openDoor("whatson")
        await self.show("whatson")
        whatson = self.model("whatson")
        await self.until("the listings", lambda: not whatson.loading)
        tabs = column(whatson.list_model("tabs"), "key")
        for tab in self.rng.sample(tabs, k=min(2, len(tabs))):
            whatson.setTab(tab)
            await self.settle()
        chips = column(whatson.list_model("categories"), "key")
        if len(chips) > 1 and self.rng.random() < 0.5:
            whatson.setCategory(self.rng.choice(chips[1:]))
            await self.settle()
        ids = column(whatson.list_model("entries"), "listingId") or column(whatson.list_model("spaces"), "listingId")
        if ids:
            index = self.rng.randrange(len(ids))
            whatson.openListing(ids[index], index)
            await self.show("listing")
            detail = whatson.detail
            _ = (detail.title, detail.status, detail.qr, detail.qrCaption, detail.times.rowCount())
            await self.settle()
            whatson.backToList()
            await self.show("whatson")
            self.listings += 1
        await self.home()

    async def wall_read(self) -> None:
        self.k.shell.openDoor("wall")
        await self.show("wall")
        cards = self.model("wall").card_model
        await self.until("the wall's cards", lambda: cards.is_loaded() and not cards.is_loading())
        for _ in range(self.rng.randint(1, 6)):
            self.k.shell.activity()
            if not js(self.k, SCROLL):
                raise RuntimeError("the wall's board is not on the screen")
            await self.settle()
            await self.until("the next page", lambda: not cards.is_loading())
        await self.home()

    async def wall_write(self) -> None:
        self.k.shell.openDoor("wall")
        await self.show("wall")
        self.model("wall").write()
        await self.show("wall.write")
        compose = self.model("wallCompose")
        self.written += 1
        words = message(self.rng)
        for end in (len(words) // 3, 2 * len(words) // 3):  # typed in a few bursts
            compose.setText(words[:end])
            await self.settle(1)
        compose.setText(words)
        compose.showPreview()
        await self.show("wall.preview")
        compose.send()
        await self.show("wall.sent")
        self.model("wallSend").done()
        await self.show("home")

    async def staff(self) -> None:
        staff = self.k.staff
        staff.openPin()
        await self.show("staff.pin")
        for d in PIN:
            staff.digit(d)
        staff.submit()
        await self.until("staff mode", lambda: self.k.shell.screen in ("staff", "staff.pulse"))
        if self.k.shell.screen == "staff.pulse":  # the staff pulse's question first, on some days
            pulse = self.model("staffPulse")
            await self.settle()
            pulse.skip() if self.rng.random() < 0.5 else pulse.answer(self.rng.choice(PULSE_ANSWERS))
        await self.show("staff")
        staff.openTool("wall")
        await self.show("wall.moderate")
        moderation = self.model("wallModeration")
        waiting = moderation.waiting_model
        await self.until("the waiting messages", lambda: self.k.background.pending == 0)
        await self.settle(5)
        for message_id in waiting.ids()[:3]:
            action = self.rng.random()
            if action < 0.8:
                moderation.approve(message_id)
            elif action < 0.9:
                moderation.approveAndPin(message_id)
            else:
                moderation.reject(message_id, "other")
            await self.until("the decision", lambda: not moderation.busy)
        for tab, act in (("approved", 0.2), ("hidden", 0.2)):
            if self.rng.random() >= act:
                continue
            moderation.setTab(tab)
            await self.until(f"the {tab} tab", lambda: self.k.background.pending == 0)
            await self.settle(5)
            if tab == "approved" and moderation.approved.ids():
                moderation.hide(moderation.approved.ids()[-1], "other")
            elif tab == "hidden" and moderation.hidden_model.ids():
                moderation.unhide(moderation.hidden_model.ids()[0])
            await self.until("the decision", lambda: not moderation.busy)
        moderation.setTab("waiting")
        moderation.backToStaff()
        await self.show("staff")
        staff.leave()
        await self.show("home")


# JavaScript run in the window's own QML context: the harness reaches items this way, never through Python
# wrappers (a wrapper of a QML item, once made, stays referenced by the window's wrapper after the item dies:
# the harness's own leak, which would hide or fake the app's).
_FIND = "function find(i, name) { if (i.objectName === name) return i; for (var k = 0; k < i.children.length; k++) " \
        "{ var r = find(i.children[k], name); if (r) return r } return null }"
SCROLL = "(function () { " + _FIND + "; var b = find(contentItem, 'wall.board'); " \
         "if (!b) return false; b.contentY = b.contentY + 0.8 * b.height; return true })()"
COUNT_ITEMS = "(function () { function count(i) { var n = 1; for (var k = 0; k < i.children.length; k++) " \
              "n += count(i.children[k]); return n } return count(contentItem) })()"


_EXPRESSIONS: dict[str, Any] = {}


def js(kiosk: Kiosk, source: str) -> Any:
    """Evaluates `source` with the window as its scope object. Each source is compiled once and evaluated again
    and again: a new QQmlExpression per call costs ~4 KB that is never given back (measured here: 5,000
    evaluations of new expressions grew the RSS by 16 MB; of one, by nothing)."""
    from PySide6.QtQml import QQmlExpression

    expression = _EXPRESSIONS.get(source)
    if expression is None:
        expression = QQmlExpression(kiosk.window.engine.rootContext(), kiosk.window.window, source)
        _EXPRESSIONS[source] = expression
    value = expression.evaluate()[0]
    if expression.hasError():
        raise RuntimeError(expression.error().toString())
    return value


def clock_start() -> datetime:
    """Where the soak's clock starts: 60 days ago at 09:00 UTC (so five weeks of visitors stay in the past)."""
    return (datetime.now(UTC) - timedelta(days=60)).replace(hour=9, minute=0, second=0, microsecond=0)


def type_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for o in gc.get_objects():
        name = type(o).__qualname__
        counts[name] = counts.get(name, 0) + 1
    return counts


def column(model: Any, role: str) -> list[Any]:
    """One role's values, row by row, as a view reads them."""
    from PySide6.QtCore import QByteArray

    number = next(n for n, name in model.roleNames().items() if name == QByteArray(role.encode()))
    return [model.data(model.index(i, 0), number) for i in range(model.rowCount())]


def sample(kiosk: Kiosk, flows: int, started: float, trimmed: bool = False) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    kiosk.window.engine.collectGarbage()  # the QML engine's JavaScript garbage too
    in_use, free = heap_kb()
    arenas_kb, blocks_kb = python_arenas_kb()
    rss = rss_kb()
    more = {}
    if trimmed:  # diagnosis: what a malloc_trim now would leave (the next flow's idle tidy trims anyway)
        from kiosk.shell.idle_tidy import malloc_trim

        malloc_trim()
        more["rss_trimmed_kb"] = rss_kb()
    return {"flows": flows, "seconds": round(time.monotonic() - started, 1), "rss_kb": rss, **more,
            "heap_used_kb": in_use, "heap_free_kb": free, "sqlite_kb": sqlite_kb(),
            "py_arenas_kb": arenas_kb, "py_blocks_kb": blocks_kb,
            "threads": len(os.listdir("/proc/self/task")), "fds": len(os.listdir("/proc/self/fd")),
            "py_objects": len(gc.get_objects()), "qml_items": js(kiosk, COUNT_ITEMS),
            "screen": kiosk.shell.screen}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks._soak_child")
    p.add_argument("--flows", type=int, required=True)
    p.add_argument("--every", type=int, required=True)
    p.add_argument("--seed", type=int, default=8)
    p.add_argument("--start", default="", help="the clock's start (ISO 8601, UTC); default 60 days ago, 09:00")
    p.add_argument("--types", action="store_true", help="print the Python object types that grew at each sample")
    p.add_argument("--maps", action="store_true", help="print the kinds of memory mapping whose RSS grew")
    p.add_argument("--trimmed", action="store_true", help="each sample also has the RSS after a malloc_trim")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems = Problems()
    logging.basicConfig(level=logging.WARNING, handlers=[problems])
    from PySide6.QtCore import QSize, qInstallMessageHandler

    qInstallMessageHandler(problems.qt_message)

    from kiosk.app import build, qt_app, serve
    from kiosk.core import config as settings
    from kiosk.core.clock import ManualClock
    from kiosk.staff.pin_store import write_hash
    from kiosk.staff.rules import hash_pin

    config = settings.load()  # KIOSK_CONFIG and KIOSK_DATA_DIR, set by benchmarks/soak.py
    write_hash(config.data_dir, hash_pin(PIN))
    start = datetime.fromisoformat(args.start) if args.start else clock_start()
    clock = ManualClock(start)
    app = qt_app()
    kiosk = build(config, clock, size=QSize(540, 960))
    kiosk.background.errors.raised.connect(problems.error)
    kiosk.window.show()
    rng = random.Random(args.seed)
    names = list(FLOWS)
    weights = [FLOWS[n] for n in names]
    outcome: dict[str, Any] = {}

    async def drive(k: Kiosk) -> None:
        driver = Driver(k, clock, rng)
        await driver.until("the store", lambda: k.services.opened is not None and k.background.pending == 0)
        await driver.until("the listings (the first pull)", lambda: _listings_here(k))
        started = time.monotonic()
        types = type_counts() if args.types else {}
        maps = mappings_kb() if args.maps else {}
        fds = fd_targets() if args.maps else []
        warm_maps: dict[str, int] = {}
        print("SAMPLE " + json.dumps(sample(k, 0, started, args.trimmed)), flush=True)
        for i in range(1, args.flows + 1):
            await driver.flow(rng.choices(names, weights)[0])
            if i % args.every == 0 or i == args.flows:
                await driver.until("the database thread", lambda: k.background.pending == 0)
                print("SAMPLE " + json.dumps(sample(k, i, started, args.trimmed)), flush=True)
                if args.maps:
                    now_fds = fd_targets()
                    if now_fds != fds:
                        print("FDS " + json.dumps({"opened": sorted(set(now_fds) - set(fds)),
                                                   "closed": sorted(set(fds) - set(now_fds))}), flush=True)
                        fds = now_fds
                    now_maps = mappings_kb()
                    grew_maps = sorted(((n - maps.get(m, 0), m) for m, n in now_maps.items()), reverse=True)[:6]
                    print("MAPS " + json.dumps(grew_maps), flush=True)
                    maps = now_maps
                    if not warm_maps and i >= WARM_UP * args.flows:
                        warm_maps.update(now_maps)  # the since-warm-up figures at the end are from here
                if args.types:
                    now_types = type_counts()
                    grew = sorted(((n - types.get(t, 0), t) for t, n in now_types.items()), reverse=True)[:12]
                    print("TYPES " + json.dumps(grew), flush=True)
                    types.clear()
                    types.update(now_types)
        if args.maps and warm_maps:  # the whole change since warm-up, by kind of mapping (grew first)
            change = [(n - warm_maps.get(m, 0), m) for m, n in maps.items()]
            change += [(-n, m) for m, n in warm_maps.items() if m not in maps]
            change = sorted((c for c in change if c[0]), reverse=True)
            print("MAPSTOTAL " + json.dumps(change[:8] + change[-3:] if len(change) > 11 else change), flush=True)
        await driver.until("the last answers sent", lambda: _unsent(k) == 0)
        outcome.update(done=driver.done, listings_opened=driver.listings,
                       ms_per_flow={n: round(1000 * t / max(1, driver.done[n])) for n, t in driver.seconds.items()},
                       seconds=round(time.monotonic() - started, 1), clock=clock.now().isoformat(),
                       idle_tidies=k.window.tidy.runs)

    try:
        status = serve(app, kiosk, companion=drive)
    except BaseException as e:  # reported to the parent, which fails the run
        problems.error(e)
        status = 1
    outcome.update(status=status, qt_warnings=len(problems.qt), python_warnings=len(problems.python),
                   errors=len(problems.errors), complete="done" in outcome)
    print("DONE " + json.dumps(outcome), flush=True)
    return 0 if outcome["complete"] and status == 0 else 1


def _unsent(kiosk: Kiosk) -> int:
    """Check-ins and follow-ups the sync has not sent yet (read on a connection of its own)."""
    import sqlite3

    con = sqlite3.connect(kiosk.config.database_path)
    try:
        return sum(int(con.execute(f"SELECT count(*) FROM {t} WHERE synced_at IS NULL").fetchone()[0])
                   for t in ("checkin", "checkin_followup"))
    finally:
        con.close()


def _listings_here(kiosk: Kiosk) -> bool:
    """The first pull has brought the listings down (read on a connection of its own)."""
    import sqlite3

    con = sqlite3.connect(kiosk.config.database_path)
    try:
        return bool(con.execute("SELECT count(*) FROM site_content WHERE kind = 'listing'").fetchone()[0])
    except sqlite3.OperationalError:  # the store is not made yet
        return False
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
