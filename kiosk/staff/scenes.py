"""Staff mode's screenshot scenes — the PIN pad, the staff pulse's question and the staff tools — and the staff
sign-in every other feature's staff scenes use (SceneBook.provide_staff_sign_in).

Signing in is real: the throwaway data folder gets a staff PIN (its scrypt hash, through
kiosk.staff.pin_store, as `kiosk staff set-pin` writes it) and the PIN is typed on the PIN pad's public
slots and checked on the database thread like any other. A data folder that already has a different PIN
is left alone: scenes run only on a throwaway kiosk. When staff mode opens with the staff pulse's question,
the sign-in taps "Skip" (stores no answer; the kiosk then stays quiet for `staff.pulse_gap_minutes`). The
`staff-pulse` scene is the first sign-in of a new day: it clears the kiosk's quiet time first. The
`staff-signin` scene shows the screen where staff sign in with their own central login; a throwaway kiosk
has no central database, so a stand-in counts the waiting decisions and sends nothing.
Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI (the hash is written and checked on the database thread).
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from sqlalchemy import Engine, delete, text

from kiosk.data.pulse_models import StaffPulseQuietRecord
from kiosk.shell.stage import SceneBook, SceneError, Stage
from kiosk.staff.pin_store import read_hash, write_hash
from kiosk.staff.pulse.model import SCREEN as PULSE_SCREEN
from kiosk.staff.pulse.model import StaffPulseViewModel
from kiosk.staff.rules import hash_pin, verify_pin
from kiosk.staff.sign_in_model import SCREEN as SIGN_IN_SCREEN
from kiosk.staff.sign_in_model import StaffSignInViewModel

SCENE_PIN = "246810"


def _set_pin(data_dir: Path) -> bool:
    """Database thread: the scene PIN for this data folder; False if another PIN is set there already."""
    stored = read_hash(data_dir)
    if stored is None:
        write_hash(data_dir, hash_pin(SCENE_PIN))
        return True
    return verify_pin(SCENE_PIN, stored)


def _type_pin(stage: Stage) -> None:
    staff = stage.kiosk.staff
    if not stage.on_db(_set_pin, stage.kiosk.config.data_dir, what="setting the scenes' staff PIN"):
        raise SceneError(f"scene {stage.scene!r}: this data folder already has a staff PIN of its own; "
                         "scenes run only on a throwaway kiosk")
    staff.openPin()  # what the hidden corner gesture opens
    for digit in SCENE_PIN:
        staff.digit(digit)
    staff.submit()
    stage.wait_until(lambda: bool(staff.active), "the PIN to open staff mode "
                     f"(the PIN pad says {staff.message!r})")


def _past_the_pulse(stage: Stage) -> None:
    """Skips the staff question if staff mode shows it (stores no answer)."""
    if stage.kiosk.shell.screen == PULSE_SCREEN:
        stage.model("staffPulse", StaffPulseViewModel).skip()
        stage.screen_is("staff")


def sign_in(stage: Stage) -> None:
    _type_pin(stage)
    _past_the_pulse(stage)


def _a_new_day(engine: Engine) -> None:
    """Database thread: no quiet time left over from an earlier scene's sign-in."""
    with engine.begin() as conn:
        conn.execute(delete(StaffPulseQuietRecord))


def pulse_card(stage: Stage) -> None:
    """The question as staff mode opens: the first sign-in of the day."""
    stage.on_db(_a_new_day, stage.kiosk.services.engine(), what="a new day for the staff question")
    _type_pin(stage)
    stage.screen_is(PULSE_SCREEN)


def pin_pad(stage: Stage) -> None:
    stage.kiosk.staff.openPin()
    stage.screen_is("staff.pin")


def staff_home(stage: Stage) -> None:
    stage.sign_in_as_staff()
    _past_the_pulse(stage)  # staff mode may already be on, with the question showing (the scene before)
    stage.screen_is("staff")


class _SceneSignIn:
    """The scenes' stand-in for the sync's person sign-in (a throwaway kiosk has no central database): it
    counts this kiosk's waiting decisions like the real one and sends nothing."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def waiting(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM content_change WHERE synced_at IS NULL")).scalar_one())

    def send(self, user: str, password: str) -> Future[str]:
        done: Future[str] = Future()
        done.set_result("sync_failed")
        return done

    def sign_out(self) -> None:
        pass


def sign_in_screen(stage: Stage) -> None:
    """Staff sign in with their own central login to send the decisions made on this kiosk."""
    staff_home(stage)
    model = stage.model("staffSignIn", StaffSignInViewModel)
    if not model.available:
        model.attach(_SceneSignIn(stage.kiosk.services.engine()))
    model.open()
    stage.screen_is(SIGN_IN_SCREEN)


def register(book: SceneBook) -> None:
    book.provide_staff_sign_in(sign_in)
    book.add("staff-pin", pin_pad)
    book.add("staff-pulse", pulse_card)
    book.add("staff", staff_home)
    book.add("staff-signin", sign_in_screen)
