"""Staff mode: the hidden gesture (press and hold the top-left corner), the PIN pad, the staff pulse's
question (kiosk.staff.pulse) and the staff home screen with the tools other features add (`ctx.staff.add_tool`).

The staff view model is made up front (the gesture works from the first frame and features add their tools
at install); the sign-in's (a line on the staff home: a person's own central login sends the decisions made
here, kiosk.staff.sign_in_model) when the staff home first shows. They are light: the PIN check (scrypt) runs on the
database thread, and so does the question's "is it time to ask?" (when `staff.pulse` is on). The pulse
card's view model is made when the card first shows. Thread: GUI.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from kiosk.core.paths import package_qml

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kiosk.core.background import Background
    from kiosk.core.clock import Clock
    from kiosk.core.config import Config
    from kiosk.shell.feature_api import FeatureContext
    from kiosk.shell.shell_model import ShellViewModel
    from kiosk.staff.sign_in_model import PersonSignIn
    from kiosk.staff.view_model import StaffViewModel


def make(config: Config, clock: Clock, background: Background, shell: ShellViewModel) -> StaffViewModel:
    from kiosk.staff.view_model import StaffViewModel

    staff = StaffViewModel(config.data_dir, clock, background, shell, config.staff_lockout_seconds)
    shell.models.add("staff", staff)
    shell.models.provide(("staffSignIn",), lambda: _sign_in_model(background, shell))  # when staff mode shows
    return staff


_SIGN_IN: weakref.WeakKeyDictionary[ShellViewModel, PersonSignIn] = weakref.WeakKeyDictionary()


def _sign_in_model(background: Background, shell: ShellViewModel) -> dict[str, QObject]:
    from kiosk.staff.sign_in_model import StaffSignInViewModel

    model = StaffSignInViewModel(background, shell)
    service = _SIGN_IN.get(shell)
    if service is not None:
        model.attach(service)
    return {"staffSignIn": model}


def attach_person_sign_in(shell: ShellViewModel, service: PersonSignIn) -> None:
    """The composition root hands over a person's sign-in when sync is on to a PostgreSQL central database:
    the staff home then offers staff a way to send their decisions with their own login."""
    from kiosk.staff.sign_in_model import StaffSignInViewModel

    _SIGN_IN[shell] = service
    model = shell.models.made().get("staffSignIn")  # made already if staff mode has shown
    if isinstance(model, StaffSignInViewModel):
        model.attach(service)


PULSE_SCREEN = "staff.pulse"  # kiosk.staff.pulse.model.SCREEN
SIGN_IN_SCREEN = "staff.signin"  # kiosk.staff.sign_in_model.SCREEN


def install(ctx: FeatureContext) -> None:
    from kiosk.core.events import SyncFinished
    from kiosk.staff.view_model import StaffViewModel

    if isinstance(ctx.staff, StaffViewModel):  # (made by `make` above; other features see only StaffAccess)
        ctx.events.subscribe(SyncFinished, ctx.staff.sync_finished)  # a failed sync shows on the staff screen
    ctx.shell.register_screen("staff.pin", package_qml(__file__, "StaffPinView.qml"))
    ctx.shell.register_screen("staff", package_qml(__file__, "StaffHomeView.qml"), needs=("staffSignIn",))
    ctx.shell.register_screen(SIGN_IN_SCREEN, package_qml(__file__, "StaffSignInView.qml"), needs=("staffSignIn",))
    ctx.shell.register_screen(PULSE_SCREEN, package_qml(__file__, "StaffPulseView.qml"), needs=("staffPulse",))
    ctx.provide(("staffPulse",), lambda: _pulse_models(ctx))
    if ctx.config.staff_pulse:
        _staff(ctx).set_entry(lambda: _pulse_due(ctx), PULSE_SCREEN)


def _staff(ctx: FeatureContext) -> StaffViewModel:
    from kiosk.staff.view_model import StaffViewModel

    staff = ctx.staff  # this feature's own view model (other features see only StaffAccess)
    assert isinstance(staff, StaffViewModel)
    return staff


def _pulse_due(ctx: FeatureContext) -> bool:
    """Database thread, as the PIN is checked: whether staff mode opens with the question."""
    from kiosk.staff.pulse.service import StaffPulse

    return ctx.services.get(StaffPulse).due()


def _pulse_models(ctx: FeatureContext) -> dict[str, QObject]:
    from kiosk.staff.pulse.model import StaffPulseViewModel
    from kiosk.staff.pulse.service import StaffPulse

    return {"staffPulse": StaffPulseViewModel(ctx.services.get(StaffPulse), ctx.background, ctx.shell, _staff(ctx))}
