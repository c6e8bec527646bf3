"""The check-in's screenshot scenes: the question, the follow-up after "Yes", and the thank-you after a
"Yes" (with a follow-up answer) and after a "No" — each reached by really tapping the answers, so every
answer the pictures show is stored in the throwaway data folder like a visitor's.

Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI.
"""

from __future__ import annotations

from kiosk.shell.stage import SceneBook, Stage


def question(stage: Stage) -> None:
    stage.kiosk.shell.openCheckin()  # the home screen's big door
    stage.screen_is("checkin")


def _answer(stage: Stage, key: str) -> None:
    """Taps an answer as the next visitor would: a few seconds after the last one (the repeat guard ignores
    a second tap within checkin.repeat_guard_seconds), then waits for the screen that follows."""
    checkin = stage.kiosk.checkin
    question(stage)
    stage.let_time_pass(stage.kiosk.config.repeat_guard_seconds)
    stage.wait_for(checkin.recorded, f"the answer {key!r} to be stored", lambda: checkin.answer(key))
    stage.wait_until(lambda: stage.kiosk.shell.screen != "checkin", "the screen after the answer")


def followup(stage: Stage) -> None:
    _answer(stage, "yes")
    stage.screen_is("followup")


def thanks(stage: Stage) -> None:
    followup(stage)
    stage.kiosk.checkin.followup("staff")  # "From staff here"
    stage.screen_is("thanks")


def thanks_after_no(stage: Stage) -> None:
    _answer(stage, "no")
    stage.screen_is("thanks")


def register(book: SceneBook) -> None:
    book.add("checkin", question)
    book.add("followup", followup)
    book.add("thanks", thanks)
    book.add("thanks-no", thanks_after_no)
