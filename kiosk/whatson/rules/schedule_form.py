"""What the editor's schedule buttons do to the form (kiosk.whatson.rules.listing_form.ListingForm): edit,
remove and add an activity's rules; cancel one session with a reason and undo it; close an activity or a space
for a date range; add a one-off extra date. Each either changes the form and empties the inputs it used, or
raises ListingError (naming the input, for the screen's words) and changes nothing — what staff typed stays.
Thread: any (pure; the editor's view model calls it on the GUI thread).
"""

from __future__ import annotations

from datetime import date, time

from kiosk.whatson.rules.listing_form import NTHS, ListingForm, parse_date, parse_form_time
from kiosk.whatson.rules.listings import Kind
from kiosk.whatson.rules.schedule_edits import (
    add_one_off,
    cancel_session,
    close_activity,
    close_space,
    form_can_show,
    reopen_space,
    undo_cancel,
)
from kiosk.whatson.rules.schedules import ListingError, OpeningHours


def edit_rule(form: ListingForm, i: int) -> None:
    """Listed rule `i` goes into the pattern fields; the rule that was there goes back to its place in the list."""
    if not 0 <= i < len(form.other_rules):
        return
    if not form_can_show(form.other_rules[i], NTHS):
        raise ListingError("schedule.rules", "this rule cannot be shown in the form; remove it and add a new one",
                           code="rule_not_editable")
    current = form.current_rule()  # may raise: the fields' problem is named, nothing moves
    rules = list(form.other_rules)
    j = i
    if current is not None:
        at = min(form.rule_at, len(rules))
        rules.insert(at, current)
        j = i + 1 if i >= at else i
    rule = rules.pop(j)
    form.other_rules, form.rule_at = rules, j
    form.load_rule(rule)


def add_rule(form: ListingForm) -> None:
    """The rule in the fields joins the list, and the fields start a new weekly rule (same times)."""
    current = form.current_rule()
    if current is not None:
        form.other_rules.insert(min(form.rule_at, len(form.other_rules)), current)
    form.rule_at, form.base, form.days = len(form.other_rules), None, set()
    form.values.update(pattern="weekly", on="")


def remove_rule(form: ListingForm, i: int) -> None:
    """Removes listed rule `i`."""
    if 0 <= i < len(form.other_rules):
        form.other_rules.pop(i)
        if i < form.rule_at:
            form.rule_at -= 1


def remove_current_rule(form: ListingForm) -> None:
    """Removes the rule in the pattern fields (the listed ones stay)."""
    form.values["pattern"], form.base = "kept", None


def cancel(form: ListingForm, on: date, start: time) -> None:
    """Cancels the session on `on` at `start` with the reason typed in `reason`."""
    form.cancellations = cancel_session(form.sessions(), on, start, form.values["reason"]).cancellations
    form.values["reason"] = ""


def undo(form: ListingForm, on: date, start: time) -> None:
    form.cancellations = undo_cancel(form.sessions(), on, start).cancellations


def close(form: ListingForm) -> None:
    """A closure from `closure_from` to `closure_to` (one day when `closure_to` is empty)."""
    first = parse_date(form.values["closure_from"], "closure.from")
    last = parse_date(form.values["closure_to"], "closure.to")
    if form.kind is Kind.SPACE:
        form.closures = close_space(OpeningHours(((),) * 7, form.closures), first, last).closures
    else:
        sessions = close_activity(form.sessions(), first, last, form.values["closure_reason"])
        form.cancellations = sessions.cancellations
    form.values.update(closure_from="", closure_to="", closure_reason="")


def reopen(form: ListingForm, first: date, last: date) -> None:
    """A space's closure from `first` to `last` is taken away."""
    form.closures = reopen_space(OpeningHours(((),) * 7, form.closures), first, last).closures


def add_extra(form: ListingForm) -> None:
    """A one-off extra session from `extra_on`, `extra_start` and `extra_end`, listed with the rules."""
    on = parse_date(form.values["extra_on"], "extra.on")
    start = parse_form_time(form.values["extra_start"], "extra.start")
    end = parse_form_time(form.values["extra_end"], "extra.end")
    sessions = add_one_off(form.sessions(), on, start, end)
    form.other_rules.append(sessions.rules[-1])
    form.values.update(extra_on="", extra_start="", extra_end="")
