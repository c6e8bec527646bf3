"""The listing being edited, shared by the staff editor's parts (kiosk.whatson.listing_editor): the form,
which listing and version it is based on, how editing began, and who may change it. Plain state, no Qt
signals: each part announces its own properties. Thread: GUI.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from kiosk.shell.shell_model import ShellViewModel
from kiosk.whatson.language import LanguageNow
from kiosk.whatson.rules.listing_form import ListingForm
from kiosk.whatson.rules.listings import Kind

MODES = ("new", "edit", "copy")


@dataclass
class EditorSession:
    shell: ShellViewModel
    staff_active: Callable[[], bool]
    language: LanguageNow
    form: ListingForm = field(default_factory=lambda: ListingForm.new(Kind.ACTIVITY))
    listing_id: uuid.UUID = field(default_factory=uuid.uuid4)
    base_version: int = 0
    mode: str = "new"
    title: str = ""  # the listing's title when editing began (the heading names it)

    def allowed(self) -> bool:
        """A tap counts as activity; it may change the form only in staff mode."""
        self.shell.activity()
        return self.staff_active()

    def heading(self) -> str:
        """What the editor is doing, in words now: "New activity", "Edit: Knit and natter", "Copy of Knit and
        natter" (the kiosk's editor and the office's say the same)."""
        if self.mode == "edit":
            return QCoreApplication.translate("listings", "Edit: %1").replace("%1", self.title)
        if self.mode == "copy":
            return QCoreApplication.translate("listings", "Copy of %1").replace("%1", self.title)
        if self.form.kind is Kind.ACTIVITY:
            return QCoreApplication.translate("listings", "New activity")
        return QCoreApplication.translate("listings", "New space")
