"""The office's Sites & people page (managers): unlocked with the admin's login, asked for here only, then
sites, kiosks and people listed with add a site, add a kiosk (its password file and config snippet), revoke a
kiosk, add or remove staff and managers, and reset a login (kiosk.office.people_store, sharing `kiosk
central`'s code). The admin's engine is dropped on Lock, on sign-out and when the window closes.
Thread: GUI (every operation on the database thread).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QUrl, Signal, Slot
from sqlalchemy import Engine

from kiosk.core.background import Background
from kiosk.core.config import Config
from kiosk.core.errors import KioskError
from kiosk.office import people_store as store
from kiosk.office import words as office_words
from kiosk.office.errors import office_code
from kiosk.office.page_model import PageModel
from kiosk.office.session_store import Session
from kiosk.shell.choices import Choice, ChoiceListModel
from kiosk.shell.language import Words, words

translate = QCoreApplication.translate  # lupdate reads translate("office", "…") calls (a wrapper hides them)


def _kiosk_detail(site: str, revoked: bool) -> str:
    return f"{site} · " + (translate("office", "revoked") if revoked else translate("office", "in service"))


def _person_detail(p: store.PersonRow) -> str:
    removed = "" if p.can_log_in else translate("office", "removed")
    return " · ".join([office_words.kind_words(p.kind), ", ".join(p.sites), removed]).strip(" ·")


class OfficePeopleModel(PageModel):
    unlockedChanged = Signal()
    snippetChanged = Signal()
    refreshed = Signal()

    def __init__(self, background: Background, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background, self._config = background, config
        self._session: Session | None = None
        self._admin: Engine | None = None
        self._snippet = ""
        self._sites = ChoiceListModel([], self)
        self._kiosks = ChoiceListModel([], self)
        self._people = ChoiceListModel([], self)

    def attach(self, session: Session | None) -> None:
        self._session = session
        self.lock()
        if session is not None and session.is_sqlite:  # the demo's file has no logins: no admin password
            self.unlock("", "")

    # -- the admin's login -----------------------------------------------------------------------------------
    @Slot(str, str)
    def unlock(self, admin: str, password: str) -> None:
        session = self._session
        if session is None or session.person.kind != "manager" or self._busy:
            return
        url = session.url
        self._run(lambda: store.admin_engine(url, admin, password), self._unlocked)

    def _unlocked(self, engine: Engine) -> None:
        self._admin = engine
        self.unlockedChanged.emit()
        self.refresh()

    @Slot()
    def lock(self) -> None:
        admin, self._admin = self._admin, None
        if admin is not None:
            self._background.op(admin.dispose).run()
        for model in (self._sites, self._kiosks, self._people):
            model.set_choices([])
        self._say("")
        self._snippet = ""
        self.snippetChanged.emit()
        self.unlockedChanged.emit()

    @Slot()
    def refresh(self) -> None:
        admin = self._admin
        if admin is not None:
            self._run(lambda: store.overview(admin), self._show)

    def _show(self, seen: store.Overview) -> None:
        self._sites.set_choices([Choice(i, name, f"{i} · {tz}") for i, name, tz in seen.sites])
        self._kiosks.set_choices([Choice(k, k, partial(_kiosk_detail, s, revoked)) for k, s, revoked in seen.kiosks])
        self._people.set_choices([Choice(p.name, p.name, partial(_person_detail, p)) for p in seen.people])
        self.refreshed.emit()

    def retranslate(self) -> None:
        """The language changed: the message and each list's details are read again."""
        super().retranslate()
        for model in (self._sites, self._kiosks, self._people):
            model.retranslate()

    # -- what QML reads ----------------------------------------------------------------------------------------
    @Property(bool, notify=unlockedChanged)
    def unlocked(self) -> bool:
        return self._admin is not None

    @Property(str, notify=snippetChanged)
    def snippet(self) -> str:
        """The new kiosk's settings, for its configuration file."""
        return self._snippet

    @Property(QObject, constant=True)
    def sites(self) -> ChoiceListModel:
        return self._sites

    @Property(QObject, constant=True)
    def kiosks(self) -> ChoiceListModel:
        return self._kiosks

    @Property(QObject, constant=True)
    def people(self) -> ChoiceListModel:
        return self._people

    # -- what managers do --------------------------------------------------------------------------------------
    @Slot(str, str, str)
    def addSite(self, site_id: str, name: str, timezone: str) -> None:
        self._admin_op(lambda a: store.add_site(a, site_id.strip(), name.strip(), timezone.strip() or
                                                "Europe/London"), lambda: translate("office", "Site added."))

    @Slot(str, str, str)
    def addKiosk(self, site: str, kiosk_id: str, folder: str) -> None:
        session = self._session
        if session is None:
            return
        where = Path(QUrl(folder).toLocalFile() if "://" in folder else folder or str(self._config.data_dir))
        url = session.url

        def done(made: store.NewKiosk) -> None:
            self._snippet = made.snippet
            self.snippetChanged.emit()

        self._admin_op(lambda a: store.add_kiosk(a, url, site.strip(), kiosk_id.strip(), where),
                       lambda: translate("office", "Kiosk added. Put these settings in its configuration file."), done)

    @Slot(str)
    def revokeKiosk(self, kiosk_id: str) -> None:
        self._admin_op(lambda a: store.revoke_kiosk(a, kiosk_id),
                       lambda: translate("office", "Kiosk revoked: it can no longer send."))

    @Slot(str, str, str)
    def addPerson(self, kind: str, name: str, sites: str) -> None:
        chosen = tuple(s.strip() for s in sites.split(",") if s.strip())
        self._admin_op(lambda a: store.add_person(a, kind, name.strip(), chosen), lambda: translate("office", "Added."),
                       self._password_once)

    @Slot(str)
    def removePerson(self, name: str) -> None:
        self._admin_op(lambda a: store.remove_person(a, name),
                       lambda: translate("office", "Removed: that login can no longer sign in."))

    @Slot(str)
    def resetLogin(self, name: str) -> None:
        self._admin_op(lambda a: store.reset_login(a, name), lambda: translate("office", "New password set."),
                       self._password_once)

    def _password_once(self, password: Any) -> None:
        if password:
            said = self._message  # what the operation said, then the password
            self._say(lambda: words(said) + " " + translate("office", "Their new password, shown only now: %1")
                      .replace("%1", password))

    def _admin_op(self, job: Callable[[Engine], Any], said: Words, then: Callable[[Any], None] | None = None) -> None:
        admin = self._admin
        if admin is None:
            return

        def finished(result: Any) -> None:
            self._say(said)
            if then is not None:
                then(result)
            self.refresh()

        self._run(lambda: job(admin), finished)

    def _run(self, job: Callable[[], Any], then: Callable[[Any], None]) -> None:
        self._set_busy(True)

        def ok(result: Any) -> None:
            self._set_busy(False)
            then(result)

        self._background.op(job).success(ok).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KioskError) and error.code in ("central", "unexpected", "config"):
            self._say(str(error)[:1].upper() + str(error)[1:] + ".")  # the admin operations' own plain line
        else:
            code = office_code(error)
            self._say(lambda: office_words.failed_words(code))
        self.refreshed.emit()
