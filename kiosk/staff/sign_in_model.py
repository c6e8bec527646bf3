"""A member of staff signs in at the kiosk with their own central login, so the decisions made in staff mode
(approve, pin, hide a wall message; listing edits) reach the other kiosks (docs/security.md, "Who may change
what a screen shows").

`PersonSignIn` is what the staff side needs from the sync, as a protocol: the composition root (kiosk/app.py)
hands one over (`attach`) when sync is on to a PostgreSQL central database; without one the staff home shows
no sign-in line. The staff feature never imports kiosk.sync.
The password goes straight from the sign-in screen to `PersonSignIn.send` and is not kept here; the sync
holds it in memory until staff mode ends (`sign_out` when the home screen returns: Leave or the idle timeout).
Outcome words are made when read (a language switch changes them). Thread: GUI (the count of waiting
decisions on the database thread; the sign-in and its sync on the sync thread, the outcome back on GUI).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.shell.language import Words, words
from kiosk.shell.shell_model import ShellViewModel

SCREEN = "staff.signin"


class PersonSignIn(Protocol):
    """A person's own central login for this kiosk's sync."""

    def waiting(self) -> int:
        """Database thread: how many decisions made on this kiosk wait to reach the others."""
        ...

    def send(self, user: str, password: str) -> Future[str]:
        """Signs the person in and sends the waiting decisions (returns at once); the outcome is a code:
        sent, person_password, person_site, person_failed or sync_failed."""
        ...

    def sign_out(self) -> None:
        """Forgets the person's login (returns at once)."""
        ...


class StaffSignInViewModel(QObject):
    availableChanged = Signal()
    waitingChanged = Signal()
    lineChanged = Signal()
    signedInAsChanged = Signal()
    busyChanged = Signal()
    messageChanged = Signal()
    _arrived = Signal(int, str)  # (sign-in number, outcome code), from the sync thread

    def __init__(self, background: Background, shell: ShellViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._shell = background, shell
        self._service: PersonSignIn | None = None
        self._waiting = 0
        self._signed_in = ""
        self._busy = False
        self._message: Words = ""
        self._round = 0  # which sign-in an outcome belongs to (one that arrives after staff mode ended is dropped)
        self._arrived.connect(self._outcome)
        shell.languageChanged.connect(self._language_switched)
        shell.screenChanged.connect(self._screen_changed)
        shell.on_home(self._end)

    def attach(self, service: PersonSignIn) -> None:
        self._service = service
        self.availableChanged.emit()
        self.lineChanged.emit()

    # -- properties ---------------------------------------------------------------------------
    @Property(bool, notify=availableChanged)
    def available(self) -> bool:
        """Whether staff can sign in here (sync is on to a central database with person logins)."""
        return self._service is not None

    @Property(int, notify=waitingChanged)
    def waiting(self) -> int:
        return self._waiting

    @Property(str, notify=lineChanged)
    def line(self) -> str:
        """The staff home's line about the decisions waiting, or who is signed in ("" when unavailable)."""
        if self._service is None:
            return ""
        if self._signed_in:
            return self.tr("Signed in as %1: your decisions go to the other kiosks until you leave staff "
                           "mode.").replace("%1", self._signed_in)
        if self._waiting:
            return self.tr("%n decision(s) wait to reach the other kiosks — Sign in to send them", "",
                           self._waiting)
        return self.tr("Sign in with your own central login to send your decisions to the other kiosks")

    @Property(str, notify=signedInAsChanged)
    def signedInAs(self) -> str:
        return self._signed_in

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        return words(self._message)

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def open(self) -> None:
        self._shell.activity()
        if self._service is not None:
            self._say("")
            self._shell.show(SCREEN)

    @Slot(str, str)
    def send(self, user: str, password: str) -> None:
        self._shell.activity()
        user = user.strip()
        if self._service is None or self._busy:
            return
        if not user or not password:
            self._say(_fill_in)
            return
        self._round += 1
        number = self._round
        self._set_busy(True)
        self._say(_sending)
        try:
            future = self._service.send(user, password)
        except RuntimeError:  # the sync has stopped (the kiosk is closing)
            self._outcome(number, "sync_failed")
            return
        future.add_done_callback(lambda f: self._arrived.emit(number, _code(f) + "|" + user))

    @Slot()
    def cancel(self) -> None:
        self._shell.activity()
        self._say("")
        self._shell.show("staff")

    @Slot()
    def refresh(self) -> None:
        """Counts the waiting decisions again (on the database thread)."""
        if self._service is not None:
            self._background.op(self._service.waiting).success(self._counted).run()

    # -- back on the GUI thread ------------------------------------------------------------------
    def _counted(self, n: int) -> None:
        if n != self._waiting:
            self._waiting = n
            self.waitingChanged.emit()
            self.lineChanged.emit()

    @Slot(int, str)
    def _outcome(self, number: int, coded: str) -> None:
        if number != self._round:
            return  # staff mode ended meanwhile: it signed out
        code, _, user = coded.partition("|")
        self._set_busy(False)
        if code == "sent" or code == "sync_failed":  # signed in: later decisions go with the next syncs
            self._signed_in = user
            self.signedInAsChanged.emit()
            self.lineChanged.emit()
        self._say(_OUTCOMES.get(code, _failed)(user))
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    def _say(self, message: Words) -> None:
        self._message = message
        self.messageChanged.emit()

    @Slot()
    def _language_switched(self) -> None:
        self.messageChanged.emit()
        self.lineChanged.emit()

    @Slot()
    def _screen_changed(self) -> None:
        if self._shell.screen == "staff":
            self.refresh()

    def _end(self) -> None:
        """Staff mode ended: the person is signed out, and an outcome still on its way is dropped."""
        self._round += 1
        if self._service is not None and (self._signed_in or self._busy):
            self._service.sign_out()
        self._signed_in, self._busy, self._message = "", False, ""
        for signal in (self.signedInAsChanged, self.busyChanged, self.messageChanged, self.lineChanged):
            signal.emit()


def _code(future: Future[str]) -> str:
    return "person_failed" if future.cancelled() or future.exception() is not None else future.result()


translate = QCoreApplication.translate


def _sent(user: str) -> Words:
    return lambda: translate("StaffSignInViewModel", "Sent as %1.").replace("%1", user)


def _wrong_login(user: str) -> Words:
    return lambda: translate(
        "StaffSignInViewModel", "The central database did not accept the staff login %1 (wrong name or "
                               "password). The decisions stay on this kiosk until a member of staff signs "
                               "in.").replace("%1", user)


def _other_site(user: str) -> Words:
    return lambda: translate(
        "StaffSignInViewModel", "The staff login %1 may not decide for this site. Ask an administrator to add "
                               "this site to that login; the decisions stay on this kiosk.").replace("%1", user)


def _failed(user: str) -> Words:
    return lambda: translate(
        "StaffSignInViewModel", "The decisions could not be sent just now. They stay on this kiosk; please try "
                               "again later.")


def _no_sync(user: str) -> Words:
    return lambda: translate(
        "StaffSignInViewModel", "The kiosk cannot reach the central database just now, so nothing was sent "
                               "yet. You are signed in as %1: the decisions go with the next sync that "
                               "works.").replace("%1", user)


def _fill_in() -> str:
    return translate("StaffSignInViewModel", "Type your central user name and password.")


def _sending() -> str:
    return translate("StaffSignInViewModel", "Sending…")


_OUTCOMES: dict[str, Callable[[str], Words]] = {
    "sent": _sent, "person_password": _wrong_login, "person_site": _other_site, "person_failed": _failed,
    "sync_failed": _no_sync,
}
