"""The scene API: what a screenshot scene may use to bring a real kiosk to one screen.

A *scene* is a named step that takes a kiosk from wherever it is to one screen worth a picture (`kiosk
screenshots`, and the screen tests that check every screen). Each feature keeps its scenes in its own
`kiosk/<feature>/scenes.py`, which production code never imports; each such module has a
`register(book)` that adds its scenes in order. The composition (kiosk.screenshot_command.scene_book)
hands the list of `register` functions to `collect`, so the shell never names a feature.

Scenes drive the kiosk the way a visitor or member of staff would — public slots and methods of the view
models — and wait with the helpers below: on a condition or a signal, never for a fixed time. Animations
are awaited by what they change (the keyboard's position, an opacity), and `settle` draws frames until the
picture stops changing. A wait that never ends raises `SceneError` naming the scene and what it waited for.
Thread: GUI (the helpers run the Qt event loop while they wait).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

if TYPE_CHECKING:
    from kiosk.app import Kiosk

T = TypeVar("T")
WAIT_SECONDS = 60.0  # generous: a busy 2-core machine running the tests alongside
POLL_MS = 10
FRAME_MS = 40  # between two pictures compared by `settle`: more than one animation tick apart
_IMAGE_LOADING = 2  # QQuickImageBase.Status.Loading


def _image_status(image: QQuickItem) -> int:
    """An Image's `status`, read in QML (PySide cannot convert the QQuickImageBase::Status enum)."""
    context = QQmlEngine.contextForObject(image)
    if context is None:
        return -1
    value, undefined = QQmlExpression(context, image, "status").evaluate()
    return -1 if undefined else int(value)


class SceneError(RuntimeError):
    """A scene could not reach its screen (the message names the scene and what did not happen)."""


class MovableClock(Protocol):
    def advance(self, seconds: float) -> None: ...


Play = Callable[["Stage"], None]


@dataclass(frozen=True)
class Scene:
    name: str  # the picture's name: <name>-<W>x<H>.png
    play: Play


class SceneBook:
    """Every scene, in the order the scene modules registered them, and what scenes share (staff sign-in)."""

    def __init__(self) -> None:
        self._scenes: dict[str, Scene] = {}
        self._sign_in: Play | None = None

    def add(self, name: str, play: Play) -> None:
        if name in self._scenes:
            raise ValueError(f"two scenes are called {name!r}")
        self._scenes[name] = Scene(name, play)

    def provide_staff_sign_in(self, sign_in: Play) -> None:
        """How any scene gets into staff mode (the staff feature's scenes provide it)."""
        self._sign_in = sign_in

    def only(self, names: Iterable[str]) -> SceneBook:
        """A book of just these scenes (in the book's order); SceneError names any that do not exist."""
        wanted = list(dict.fromkeys(names))
        unknown = [n for n in wanted if n not in self._scenes]
        if unknown:
            raise SceneError(f"no scene called {', '.join(map(repr, unknown))}; "
                             f"the scenes are: {', '.join(self._scenes)}")
        book = SceneBook()
        for scene in self._scenes.values():
            if scene.name in wanted:
                book.add(scene.name, scene.play)
        if self._sign_in is not None:
            book.provide_staff_sign_in(self._sign_in)
        return book

    @property
    def scenes(self) -> list[Scene]:
        return list(self._scenes.values())

    @property
    def names(self) -> list[str]:
        return list(self._scenes)

    def stage(self, kiosk: Kiosk, scene: str) -> Stage:
        return Stage(kiosk, scene, self._sign_in)

    def play(self, name: str, kiosk: Kiosk) -> Stage:
        """Plays one scene on `kiosk` (from whatever screen it shows) and waits for the finished picture
        (Stage.settle); returns the scene's stage."""
        if name not in self._scenes:
            raise SceneError(f"no scene called {name!r}; the scenes are: {', '.join(self._scenes)}")
        stage = self.stage(kiosk, name)
        self._scenes[name].play(stage)
        stage.settle()
        return stage


def collect(registers: Iterable[Callable[[SceneBook], None]]) -> SceneBook:
    """A book of the scenes the given scene modules' `register` functions add, in that order."""
    book = SceneBook()
    for register in registers:
        register(book)
    return book


class Stage:
    """One scene's view of the kiosk: its parts, and ways to wait for them."""

    def __init__(self, kiosk: Kiosk, scene: str, sign_in: Play | None = None) -> None:
        self.kiosk, self.scene = kiosk, scene
        self._sign_in = sign_in

    @property
    def window(self) -> QQuickWindow:
        return self.kiosk.window.window

    def model(self, name: str, kind: type[T]) -> T:
        """The view model QML sees as `models.<name>`, checked to be a `kind`."""
        model = self.kiosk.shell.models[name]  # made now if no screen needed it yet
        if not isinstance(model, kind):
            raise SceneError(f"scene {self.scene!r}: models.{name} is {type(model).__name__}, not {kind.__name__}")
        return model

    def item(self, name: str) -> QQuickItem | None:
        """The QML item with this objectName (the first found, depth first), or None."""
        stack = [self.window.contentItem()]
        while stack:
            item = stack.pop()
            if item.objectName() == name:
                return item
            stack.extend(reversed(item.childItems()))
        return None

    # -- waiting ------------------------------------------------------------------------------------------------

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = WAIT_SECONDS,
                   interval_ms: int = POLL_MS) -> None:
        """Runs the Qt event loop until `condition()` holds; SceneError after `timeout` seconds."""
        failure: list[BaseException] = []

        def holds() -> bool:
            try:
                return bool(condition())
            except Exception as e:  # reported below, with the scene's name
                failure.append(e)
                return True

        if not holds():
            loop = QEventLoop()
            deadline = time.monotonic() + timeout
            poll = QTimer()
            poll.setInterval(interval_ms)
            done = [False]

            def check() -> None:
                if holds():
                    done[0] = True
                    loop.quit()
                elif time.monotonic() >= deadline:
                    loop.quit()

            poll.timeout.connect(check)
            poll.start()
            loop.exec()
            poll.stop()
            if not done[0]:
                raise SceneError(f"scene {self.scene!r}: gave up after {timeout:g} s waiting for {what}")
        if failure:
            raise SceneError(f"scene {self.scene!r}: checking for {what} failed: {failure[0]}") from failure[0]

    def wait_for(self, signal: SignalInstance, what: str, action: Callable[[], Any] | None = None,
                 timeout: float = WAIT_SECONDS) -> tuple[Any, ...]:
        """Runs `action` (if given) and waits until `signal` is emitted; returns the signal's arguments."""
        got: list[tuple[Any, ...]] = []

        def seen(*args: Any) -> None:
            got.append(args)

        signal.connect(seen)
        try:
            if action is not None:
                action()
            self.wait_until(lambda: bool(got), what, timeout)
        finally:
            signal.disconnect(seen)
        return got[0]

    def on_db(self, fn: Callable[..., T], *args: Any, what: str, timeout: float = WAIT_SECONDS) -> T:
        """Runs `fn(*args)` on the kiosk's database thread (after the work queued before it) and returns its
        result once it is back on the GUI thread; its error, if any, is raised here as a SceneError."""
        box: list[tuple[Any, BaseException | None]] = []
        self.kiosk.background.op(fn, *args).success(lambda r: box.append((r, None))) \
            .failure(lambda e: box.append((None, e))).run()
        self.wait_until(lambda: bool(box), what, timeout)
        result, error = box[0]
        if error is not None:
            raise SceneError(f"scene {self.scene!r}: {what} failed: {error}") from error
        return result

    def screen_is(self, screen: str, timeout: float = WAIT_SECONDS) -> None:
        """Waits until the shell shows `screen`."""
        self.wait_until(lambda: self.kiosk.shell.screen == screen, f"the {screen!r} screen "
                        f"(the kiosk shows {self.kiosk.shell.screen!r})", timeout)

    def let_time_pass(self, seconds: float) -> None:
        """Moves the kiosk's clock on (as if the next visitor came along a little later). Screenshots and
        tests run on a clock that only moves when told to; on any other clock this is refused."""
        advance = getattr(self.kiosk.clock, "advance", None)
        if not callable(advance):
            raise SceneError(f"scene {self.scene!r}: needs a clock that can be moved on "
                             f"(kiosk.core.clock.ManualClock), not {type(self.kiosk.clock).__name__}")
        advance(seconds)

    def sign_in_as_staff(self) -> None:
        """Staff mode, as after the right PIN (the staff feature's scenes say how)."""
        if self.kiosk.staff.active:
            return
        if self._sign_in is None:
            raise SceneError(f"scene {self.scene!r} needs staff mode, but no scene module provides a staff "
                             "sign-in (kiosk.staff.scenes does)")
        self._sign_in(self)
        self.wait_until(lambda: bool(self.kiosk.staff.active), "staff mode")

    # -- animations and the finished picture ----------------------------------------------------------------------

    def keyboard_at_rest(self) -> bool:
        """The on-screen keyboard is fully up or fully down (not sliding)."""
        loader = self.item("keyboard")
        if loader is None:
            return True
        panel = loader.property("item")
        up = isinstance(panel, QQuickItem) and bool(panel.property("active"))
        target = self.window.height() - panel.height() if up and isinstance(panel, QQuickItem) \
            else self.window.height()
        return abs(loader.y() - target) < 0.5

    def keyboard_up(self) -> bool:
        loader = self.item("keyboard")
        panel = loader.property("item") if loader is not None else None
        return isinstance(panel, QQuickItem) and bool(panel.property("active")) and self.keyboard_at_rest()

    def wait_for_keyboard(self, up: bool) -> None:
        """Waits until the keyboard has finished sliding up (or away)."""
        if up:
            self.wait_until(self.keyboard_up, "the on-screen keyboard to finish sliding up")
        else:
            self.wait_until(lambda: not self.keyboard_up() and self.keyboard_at_rest(),
                            "the on-screen keyboard to finish sliding away")

    def opacity(self, name: str) -> float | None:
        """How opaque the item called `name` shows (its own opacity times its parents'); None if not found."""
        item = self.item(name)
        if item is None:
            return None
        shown = 1.0
        while item is not None:
            shown *= item.opacity() if item.isVisible() else 0.0
            item = item.parentItem()
        return shown

    def wait_for_opacity(self, name: str, target: float) -> None:
        """Waits until the item called `name` shows at `target` opacity (a fade has finished)."""
        def reached() -> bool:
            shown = self.opacity(name)
            return shown is not None and abs(shown - target) < 0.001

        self.wait_until(reached, f"{name!r} to fade to opacity {target:g}")

    def images_loading(self) -> bool:
        stack = [self.window.contentItem()]
        while stack:
            item = stack.pop()
            if item.isVisible() and item.inherits("QQuickImageBase") and _image_status(item) == _IMAGE_LOADING:
                return True
            stack.extend(item.childItems())
        return False

    def settle(self) -> None:
        """Waits for the finished picture: the keyboard at rest, pictures loaded, and two frames drawn one
        after the other the same (layouts done, lists filled, fades over)."""
        self.wait_until(self.keyboard_at_rest, "the on-screen keyboard to stop sliding")
        self.wait_until(lambda: not self.images_loading(), "pictures to finish loading")
        last: list[Any] = []

        def unchanged() -> bool:
            frame = self.window.grabWindow()  # polishes, syncs and renders a frame, as the display would
            same = bool(last) and frame == last[0]
            last[:] = [frame]
            return same

        self.wait_until(unchanged, "the screen to stop changing", interval_ms=FRAME_MS)

