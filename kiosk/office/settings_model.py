"""The office's "Kiosk settings" panel (reached from the Kiosks page): per site the person may manage, each
centrally managed setting — the centre's value, or "as the kiosk's file says" — to edit, clear and save
(kiosk.office.settings_store; kiosk.core.site_settings says what the keys are and how kiosks use them).

What a person types stays in the form until it is saved: a bad value gets the config schema's own sentence
beside its field (the same words a bad kiosk.toml gets) and nothing is written or lost. Managers may change every
site's settings, staff their own sites' — PostgreSQL decides (kiosk.sync.roles); the form only shows the sites
the login may see. Thread: GUI (reads and writes on the database thread).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    Slot,
)

from kiosk.core.background import Background
from kiosk.core.site_settings import CENTRAL_KEYS, load_form, to_form
from kiosk.office import words as office_words
from kiosk.office.errors import office_code
from kiosk.office.page_model import PageModel
from kiosk.office.session_store import Session, site_names
from kiosk.office.settings_store import SettingsError, SiteSettings, read, save
from kiosk.shell.language import fill

_USER_ROLE = 0x0100
ROLES = ("key", "label", "help", "central", "value", "problem", "multiline")


translate = QCoreApplication.translate  # lupdate reads translate("office", "…") calls (a wrapper hides them)


def _label(key: str) -> tuple[str, str]:
    """(the setting's name, a hint on what to type), translated when read."""
    if key == "site.welcome":
        return (translate("office", "Welcome line"),
                translate("office", "One line under the site's name on the welcome screen."))
    if key == "wall.policy":
        return (translate("office", "Wall moderation"),
                translate("office", "pre: every message waits for staff. auto: messages the filter reads as kind "
                                    "appear at once."))
    if key == "kiosk.languages":
        return (translate("office", "Languages offered"),
                translate("office", "Language codes, the first is the default: en, gd, pl"))
    if key == "screen.idle_timeout_seconds":
        return (translate("office", "Idle timeout (seconds)"),
                translate("office", "Seconds without a touch before the home screen returns (5 to 600)."))
    if key == "site.hours":
        return (translate("office", "Opening hours"),
                translate("office", "One line per day or days, like mon-fri 09:00-17:00 or sun closed."))
    raise KeyError(key)


class SettingFieldsModel(QAbstractListModel):
    """The form's rows: one per centrally managed key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed: dict[str, str] = {}  # key -> the text in the form (keys set centrally only)
        self._problems: dict[str, str] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CENTRAL_KEYS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(CENTRAL_KEYS) or not 0 < role - _USER_ROLE <= len(ROLES):
            return None
        key, name = CENTRAL_KEYS[index.row()], ROLES[role - _USER_ROLE - 1]
        label, hint = _label(key)
        return {"key": key, "label": label, "help": hint, "central": key in self._typed,
                "value": self._typed.get(key, ""), "problem": self._problems.get(key, ""),
                "multiline": key == "site.hours"}[name]

    def roleNames(self) -> dict[int, QByteArray]:
        return {_USER_ROLE + 1 + i: QByteArray(n.encode()) for i, n in enumerate(ROLES)}

    def show(self, typed: dict[str, str], problems: dict[str, str]) -> None:
        """Every row anew (the rows themselves never change: no reset, so the text boxes stay where they are)."""
        self._typed, self._problems = dict(typed), dict(problems)
        self.dataChanged.emit(self.index(0, 0), self.index(len(CENTRAL_KEYS) - 1, 0))

    def retranslate(self) -> None:
        """The language changed: every row's name and hint are read again."""
        self.dataChanged.emit(self.index(0, 0), self.index(len(CENTRAL_KEYS) - 1, 0))

    def update(self, typed: dict[str, str], problems: dict[str, str], key: str) -> None:
        """One row changed (typed in, or cleared): no reset, so every text box keeps its focus and cursor."""
        self._typed, self._problems = dict(typed), dict(problems)
        row = CENTRAL_KEYS.index(key)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))


class OfficeSettingsModel(PageModel):
    sitesChanged = Signal()
    siteChanged = Signal()
    dirtyChanged = Signal()
    updatedChanged = Signal()
    loaded = Signal()  # tests and scenes wait on these
    saved = Signal(bool)

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._session: Session | None = None
        self._sites: tuple[str, ...] = ()
        self._names: dict[str, str] = {}
        self._site = 0
        self._stored: dict[str, SiteSettings] = {}
        self._drafts: dict[str, dict[str, str]] = {}  # site -> the form as typed (unsaved)
        self._problems: dict[str, str] = {}
        self._fields = SettingFieldsModel(self)

    def attach(self, session: Session | None) -> None:
        self._session = session
        self._sites = session.person.sites if session is not None else ()
        self._site, self._stored, self._drafts, self._problems, self._names = 0, {}, {}, {}, {}
        self._say("")
        self.sitesChanged.emit()
        self.siteChanged.emit()
        self._show()
        self.refresh()

    # -- reading -------------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        engine, sites = session.engine, self._sites
        self._set_busy(True)
        self._background.op(lambda: (read(engine, sites), site_names(engine, sites))) \
            .success(self._read).failure(self._failed).run()

    def _read(self, found: tuple[dict[str, SiteSettings], dict[str, str]]) -> None:
        self._stored, self._names = found
        self._set_busy(False)
        self.sitesChanged.emit()
        self._show()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        code = office_code(error)
        self._say(lambda: office_words.failed_words(code))
        self.loaded.emit()

    # -- the form --------------------------------------------------------------------------------------------
    def _current(self) -> str:
        return self._sites[self._site] if self._sites else ""

    def _typed(self) -> dict[str, str]:
        site = self._current()
        if site in self._drafts:
            return self._drafts[site]
        stored = self._stored.get(site, SiteSettings())
        return {k: to_form(k, stored.values[k]) for k in CENTRAL_KEYS if k in stored.values}

    def _show(self) -> None:
        self._fields.show(self._typed(), self._problems)
        self.dirtyChanged.emit()
        self.updatedChanged.emit()

    def _draft(self) -> dict[str, str]:
        return self._drafts.setdefault(self._current(), dict(self._typed()))

    @Slot(str, str)
    def edit(self, key: str, text: str) -> None:
        """What the person typed for `key` (now set centrally for this site)."""
        if key not in CENTRAL_KEYS or not self._sites or self._typed().get(key) == text:
            return
        draft = self._draft()
        if text.strip():
            draft[key] = text
        else:  # emptied: as the kiosk's file says
            draft.pop(key, None)
        self._fields.update(self._typed(), self._problems, key)
        self.dirtyChanged.emit()

    @Slot(str)
    def clear(self, key: str) -> None:
        """`key` is no longer set centrally: the kiosks' own files decide (once saved)."""
        if key in self._typed():
            self._draft().pop(key, None)
            self._problems.pop(key, None)
            self._fields.update(self._typed(), self._problems, key)
            self.dirtyChanged.emit()

    @Slot()
    def revert(self) -> None:
        self._drafts.pop(self._current(), None)
        self._problems = {}
        self._say("")
        self._show()

    @Slot()
    def save(self) -> None:
        session, site = self._session, self._current()
        if session is None or not site or self._busy:
            return
        values, problems = load_form(self._typed())
        if problems:  # the schema's own sentences, beside each field; nothing is written and nothing is lost
            self._problems = {k: p for p in problems for k in CENTRAL_KEYS if p.startswith((f"{k} ", f"{k}:"))}
            self._show()
            count = len(problems)
            self._say(lambda: translate("office", "Nothing was saved: %n setting(s) need a change (see the words "
                                                  "beside them).", None, count))
            self.saved.emit(False)
            return
        engine, by, version = session.engine, session.person.name, self._stored.get(site, SiteSettings()).version
        self._set_busy(True)
        self._background.op(lambda: save(engine, site, values, by=by, version=version)) \
            .success(lambda stored: self._saved(site, stored)).failure(self._not_saved).run()

    def _saved(self, site: str, stored: SiteSettings) -> None:
        self._stored[site] = stored
        self._drafts.pop(site, None)
        self._problems = {}
        self._set_busy(False)
        self._show()
        name = self._names.get(site, site)
        self._say(lambda: translate("office", "Saved. The kiosks of %1 use these settings from their next sync.")
                  .replace("%1", name))
        self.saved.emit(True)

    def _not_saved(self, error: BaseException) -> None:
        self._set_busy(False)
        code = error.code if isinstance(error, SettingsError) else office_code(error)
        if code == "settings_stale":
            self._say(lambda: translate("office", "Someone else changed these settings meanwhile. Your changes are "
                                                  "still here: Undo changes shows theirs."))
        else:
            self._say(lambda: office_words.failed_words(code))
        self.saved.emit(False)

    # -- what QML reads -----------------------------------------------------------------------------------------
    @Property(list, notify=sitesChanged)
    def sites(self) -> list[str]:
        return [self._names.get(s, s) for s in self._sites]

    @Property(int, notify=siteChanged)
    def site(self) -> int:
        return self._site

    @Slot(int)
    def setSite(self, index: int) -> None:
        if 0 <= index < len(self._sites) and index != self._site:
            self._site, self._problems = index, {}
            self.siteChanged.emit()
            self._say("")
            self._show()

    @Property(QObject, constant=True)
    def fields(self) -> SettingFieldsModel:
        return self._fields

    @Property(bool, notify=dirtyChanged)
    def dirty(self) -> bool:
        return self._current() in self._drafts

    @Property(str, notify=updatedChanged)
    def updated(self) -> str:
        """Who last saved this site's settings, or that none are set centrally."""
        stored = self._stored.get(self._current(), SiteSettings())
        if not stored.version:
            return translate("office", "Nothing is set centrally for this site yet: every kiosk follows its own "
                                       "file.")
        when = stored.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if stored.updated_at else ""
        return fill(translate("office", "Last saved by %1 on %2."), stored.updated_by or "?", when)

    def retranslate(self) -> None:
        """The language changed: the message, the fields' names and hints, and who last saved, said again."""
        super().retranslate()
        self._fields.retranslate()
        self.updatedChanged.emit()
