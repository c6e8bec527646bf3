"""The office window's view model: the central database's address, signing in as the person's own login (the
password is handed to the database thread and forgotten: never kept, logged or shown), who is signed in, the
page shown, and signing out. Each page's own view model gets the session when someone signs in.
Thread: GUI (sign-in runs on the database thread through kiosk.core.background).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.background import Background
from kiosk.office import words
from kiosk.office.session_store import Session, SignInError, sign_in

PAGES = ("results", "wall", "listings", "kiosks", "people")


class Page(Protocol):
    def attach(self, session: Session | None) -> None: ...


class OfficeViewModel(QObject):
    centralUrlChanged = Signal()
    signedInChanged = Signal()
    isManagerChanged = Signal()
    whoChanged = Signal()
    busyChanged = Signal()
    messageChanged = Signal()
    pageChanged = Signal()
    signInFinished = Signal(bool)  # tests and scenes wait on it

    def __init__(self, background: Background, central_url: str, pages: Sequence[Page] = (),
                 signer: Callable[[str, str, str], Session] = sign_in, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._url, self._pages, self._signer = background, central_url, list(pages), signer
        self._session: Session | None = None
        self._busy = False
        self._code = ""
        self._page = "results"

    @property
    def session(self) -> Session | None:
        return self._session

    def add_page(self, page: Page) -> None:
        self._pages.append(page)

    # -- what QML reads ------------------------------------------------------------------------------------
    @Property(str, notify=centralUrlChanged)
    def centralUrl(self) -> str:
        return self._url

    @Property(bool, notify=signedInChanged)
    def signedIn(self) -> bool:
        return self._session is not None

    @Property(bool, notify=isManagerChanged)
    def isManager(self) -> bool:
        return self._session is not None and self._session.person.kind == "manager"

    @Property(str, notify=whoChanged)
    def who(self) -> str:
        """"alice · Staff" — the person signed in and what they are."""
        if self._session is None:
            return ""
        p = self._session.person
        return f"{p.name} · {words.kind_words(p.kind)}"

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """Why the last sign-in failed, in one sentence (empty when it did not)."""
        return words.sign_in_words(self._code) if self._code else ""

    @Property(str, notify=pageChanged)
    def page(self) -> str:
        return self._page

    # -- what people do ------------------------------------------------------------------------------------
    @Slot(str)
    def setCentralUrl(self, url: str) -> None:
        if url != self._url:
            self._url = url
            self.centralUrlChanged.emit()

    @Slot(str, str)
    def signIn(self, name: str, password: str) -> None:
        if self._busy:
            return
        if not name.strip() and "://" in self._url:
            self._set_code("empty")
            self.signInFinished.emit(False)
            return
        self._set_busy(True)
        url, signer = self._url, self._signer
        self._background.op(lambda: signer(url, name, password)).success(self._signed_in) \
            .failure(self._failed).run()

    def _signed_in(self, session: Session) -> None:
        self._set_busy(False)
        self._session = session
        self._set_code("")
        self._page = "results"
        for page in self._pages:
            page.attach(session)
        self._announce()
        self.pageChanged.emit()
        self.signInFinished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, SignInError):
            self._background.errors.report(error)
        self._set_code(error.code if isinstance(error, SignInError) else "failed")
        self.signInFinished.emit(False)

    @Slot()
    def signOut(self) -> None:
        session, self._session = self._session, None
        for page in self._pages:
            page.attach(None)
        if session is not None:
            self._background.op(session.close).run()
        self._announce()

    @Slot(str)
    def setPage(self, page: str) -> None:
        if page in PAGES and page != self._page and (page != "people" or self.isManager):
            self._page = page
            self.pageChanged.emit()

    def retranslate(self) -> None:
        """The language changed: who is signed in ("· Staff") and the sign-in message are said again."""
        self.whoChanged.emit()
        self.messageChanged.emit()

    def _announce(self) -> None:
        self.signedInChanged.emit()
        self.isManagerChanged.emit()
        self.whoChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit()

    def _set_code(self, code: str) -> None:
        self._code = code
        self.messageChanged.emit()
