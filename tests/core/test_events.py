"""The events (kiosk.core.events) are small values: equal by type and fields, hashable, immutable, readable."""

from __future__ import annotations

import pytest

from kiosk.core.errors import KioskError
from kiosk.core.events import (
    CheckInRecorded,
    Event,
    LanguageChanged,
    ListingsChanged,
    SiteSettingsChanged,
    SyncFinished,
    WallChanged,
)


def test_an_event_equals_one_of_its_own_type_with_the_same_fields_and_nothing_else() -> None:
    assert WallChanged("riverside") == WallChanged(site="riverside")
    assert WallChanged("riverside") != WallChanged("hillside")
    assert WallChanged("riverside") != ListingsChanged("riverside")  # same field, another kind of news
    assert CheckInRecorded("yes") != "yes" and CheckInRecorded("yes") != ("yes",)
    assert len({WallChanged("riverside"), WallChanged("riverside"), ListingsChanged("riverside")}) == 2


def test_fields_keep_their_defaults_and_the_words_show_every_field() -> None:
    problem = KioskError("the centre did not answer", code="sync_offline")
    finished = SyncFinished(False, problem=problem)
    assert (finished.ok, finished.applied, finished.problem) == (False, (), problem)
    assert SyncFinished(True, ("listing",)) == SyncFinished(ok=True, applied=("listing",))
    assert SiteSettingsChanged(config=None).central == ()
    assert repr(LanguageChanged("gd")) == "LanguageChanged(language='gd')"
    assert "applied=('wall',)" in repr(SyncFinished(True, ("wall",))) and "ok=True" in repr(SyncFinished(True))


@pytest.mark.parametrize("event", [CheckInRecorded("yes"), WallChanged("riverside"), SyncFinished(True)])
def test_an_event_cannot_be_changed_once_made(event: Event) -> None:
    name = event.__slots__[0]
    with pytest.raises(AttributeError, match="cannot be changed"):
        setattr(event, name, "other")
    with pytest.raises(AttributeError, match="cannot be changed"):
        delattr(event, name)
    with pytest.raises(AttributeError):
        event.extra = 1  # no field it does not declare either
