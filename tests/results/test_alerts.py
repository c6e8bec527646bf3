"""Alerts on a kiosk: real answers in a real SQLite store, evaluated by the service the screen uses — raised once,
acknowledged with who and a comment, closed by recovery or by hand — and `kiosk results alerts` with bad input."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.checkin.rules import Answer, CheckIn
from kiosk.checkin.store import CheckInService
from kiosk.cli import main
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data.services import Services
from kiosk.results.alerts import Alerts
from kiosk.results.alerts_store import AlertInputError
from kiosk.results.rules.alerts import Rule, State

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday, 10:00 in London


@pytest.fixture
def kiosk_config(data_dir: Path) -> settings.Config:
    return settings.load(env={"KIOSK_DATA_DIR": str(data_dir)},
                         overrides={"site.id": "riverside", "kiosk.id": "desk-1"})


@pytest.fixture
def services(kiosk_config: settings.Config) -> Iterator[Services]:
    s = Services(kiosk_config, ManualClock(NOW))
    yield s
    s.close()


def answer(services: Services, when: datetime, what: Answer, n: int = 1) -> None:
    store = CheckInService(services.engine())
    for i in range(n):
        store.record(CheckIn.new(answer=what, site="riverside", kiosk="desk-1", language="en",
                                 clock=ManualClock(when + timedelta(minutes=i)), timezone="Europe/London"))


def a_low_fortnight(services: Services, today: datetime) -> None:
    answer(services, today - timedelta(days=3), Answer.YES, 10)
    answer(services, today - timedelta(hours=1), Answer.NO, 25)


def test_an_alert_is_raised_once_acknowledged_and_closed_when_the_figure_recovers(services: Services) -> None:
    a_low_fortnight(services, NOW)
    alerts = Alerts.from_services(services)
    [alert] = alerts.evaluate()
    assert (alert.rule, alert.state, alert.site, alert.since) == (Rule.LOW_RATE, State.NEW, "riverside", NOW.date())
    assert alert.words.startswith("Kindness rate below 60%: kindness rate 29% (95% interval")
    assert "35 answers" in alert.words and len(alerts.last.raised) == 1
    assert [a.id for a in alerts.evaluate()] == [alert.id] and alerts.last.raised == []  # raised once

    change = alerts.acknowledge(alert.short_id, "duty manager", "Talking to the team on Friday")
    assert change.notes == ()
    assert (change.alert.state, change.alert.acknowledged_by, change.alert.comment) == (
        State.ACKNOWLEDGED, "duty manager", "Talking to the team on Friday")
    assert change.alert.acknowledged_at == NOW
    assert [a.state for a in alerts.open()] == [State.ACKNOWLEDGED]

    later = NOW + timedelta(days=15)  # the low answers have left the 14-day window; a good fortnight
    services.clock.advance((later - NOW).total_seconds())  # type: ignore[attr-defined]
    answer(services, later - timedelta(hours=2), Answer.YES, 40)
    assert alerts.evaluate() == []
    [closed] = alerts.last.closed
    assert (closed.id, closed.state, closed.closed_by, closed.closed_at) == (alert.id, State.CLOSED, None, later)
    assert closed.state_words() == "closed: recovered" and closed.comment == "Talking to the team on Friday"

    answer(services, later + timedelta(minutes=30), Answer.NO, 200)  # low again: a new alert, a new id
    [again] = alerts.evaluate()
    assert again.id != alert.id and again.key == alert.key and again.state is State.NEW
    assert [a.id for a in alerts.all()] == [again.id, alert.id]


def test_too_few_answers_neither_raise_nor_close(services: Services) -> None:
    answer(services, NOW - timedelta(hours=1), Answer.NO, 20)  # fewer than results.alert_min_answers (30)
    alerts = Alerts.from_services(services)
    assert alerts.evaluate() == []
    answer(services, NOW - timedelta(minutes=30), Answer.NO, 15)
    [alert] = alerts.evaluate()
    services.clock.advance(16 * 86400)  # type: ignore[attr-defined]
    answer(services, NOW + timedelta(days=16), Answer.YES, 5)  # 5 answers: the figure is not known, not recovered
    assert [a.id for a in alerts.evaluate()] == [alert.id]


def test_a_kiosk_silent_on_three_opening_days_raises_an_alert(services: Services) -> None:
    answer(services, datetime(2026, 11, 19, 12, 0, tzinfo=UTC), Answer.YES, 3)  # last answers on Thursday
    alerts = Alerts.from_services(services)
    [alert] = alerts.evaluate()
    assert (alert.rule, alert.kiosk, alert.key, alert.since) == (
        Rule.SILENT, "desk-1", "riverside/silent/desk-1", date(2026, 11, 20))
    assert alert.words == "Kiosk desk-1 took no answers on 3 opening days in a row."
    answer(services, NOW - timedelta(minutes=5), Answer.YES)
    assert alerts.evaluate() == [] and [a.rule for a in alerts.last.closed] == [Rule.SILENT]


def test_closing_by_hand_and_bad_input_give_clear_messages(services: Services) -> None:
    a_low_fortnight(services, NOW)
    alerts = Alerts.from_services(services)
    [alert] = alerts.evaluate()
    with pytest.raises(AlertInputError, match="there is no alert 'abcdef12'"):
        alerts.acknowledge("abcdef12", "me", "")
    with pytest.raises(AlertInputError, match="is not an alert id"):
        alerts.acknowledge("'; DROP TABLE result_alert; --", "me", "")
    with pytest.raises(AlertInputError, match="say who is acknowledging"):
        alerts.acknowledge(alert.short_id, " \x00\t ", "")
    change = alerts.acknowledge(alert.short_id, "Sam\u202e (desk)", "x" * 5000 + "\x1b[2J")
    assert change.alert.acknowledged_by == "Sam (desk)"
    assert change.notes == ("control characters were removed from the name",
                            "control characters were removed from the comment",
                            "the comment was 5,003 characters and was cut to 1,000")
    assert change.alert.comment == "x" * 1000
    with pytest.raises(AlertInputError, match="already acknowledged by Sam"):
        alerts.acknowledge(alert.id, "me", "again")
    closed = alerts.close(alert.id.upper(), "area manager").alert
    assert (closed.state, closed.closed_by, closed.state_words()) == (State.CLOSED, "area manager",
                                                                        "closed by area manager")
    with pytest.raises(AlertInputError, match="already closed by area manager"):
        alerts.close(alert.short_id)
    assert alerts.open() == []
    assert alerts.acknowledge(alerts.evaluate()[0].short_id, "me", "").alert.comment is None  # empty is allowed


# -- the command --------------------------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["results", "alerts", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_command_lists_evaluates_and_acknowledges(services: Services, data_dir: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    config = data_dir / "kiosk.toml"
    config.write_text('[site]\nid = "riverside"\n[kiosk]\nid = "desk-1"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    a_low_fortnight(services, datetime.now(UTC))
    services.close()
    assert run(capsys)[1] == "no open alerts\n"
    status, out, err = run(capsys, "--evaluate")
    assert status == 0 and "evaluated: 1 new alert(s), 0 closed (recovered)" in err
    assert "no alert is e-mailed: results.smtp_host is empty in the config" in err
    header, row = out.splitlines()
    assert header.split() == ["ID", "STATE", "SITE", "SINCE", "E-MAIL", "WHAT"]
    assert "new" in row and "riverside" in row and "not e-mailed" in row and "Kindness rate below 60%" in row
    short = row.split()[0]
    status, out, err = run(capsys, "--ack", short, "--by", "duty manager",
                           "--comment", "y" * 5000)
    assert status == 0 and f"alert {short} acknowledged by duty manager" in err
    assert "the comment was 5,000 characters and was cut to 1,000" in err
    assert f"{short}: {'y' * 1000}\n" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["--ack", "12345678"], "--ack needs --by NAME"),
    (["--ack", "12345678", "--by", "me"], "there is no alert '12345678'"),
    (["--close", "zz"], "is not an alert id"),
    (["--ack", "1234", "--close", "1234"], "use --ack or --close, not both"),
    (["--comment", "hello"], "--comment goes with --ack"),
    (["--url", "postgresql://x@y/z"], "--url and --password-file are for --source central"),
    (["--source", "central"], "--source central needs --url URL"),
    (["--source", "central", "--url", "/nowhere/central.sqlite3"], "there is no central database at"),
])
def test_bad_input_gets_one_clear_line(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_report_lists_the_open_alerts_in_words(services: Services) -> None:
    a_low_fortnight(services, NOW)
    alerts = Alerts.from_services(services)
    [alert] = alerts.evaluate()
    [line] = alerts.for_report()
    assert (line.site, line.opened, line.state, line.what) == ("riverside", NOW.date(), "new", alert.words)
    alerts.close(alert.id, "me")
    assert alerts.for_report() == []


def test_a_second_evaluator_can_neither_raise_nor_e_mail_an_alert_twice(services: Services) -> None:
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from kiosk.data.alert_models import ResultAlertRecord

    a_low_fortnight(services, NOW)
    alerts = Alerts.from_services(services)
    [alert] = alerts.evaluate(send_mail=False)
    with pytest.raises(IntegrityError), services.engine().begin() as conn:  # the index keeps one open per key
        conn.execute(insert(ResultAlertRecord).values(
            id=uuid.uuid4(), key=alert.key, site="riverside", rule="low_rate", kiosk="", state="new",
            since=NOW.date(), details="{}", raised_at=NOW, checked_at=NOW, mail_attempts=0))
    other = Alerts.from_services(services).store
    assert alerts.store.claim_mail(alert.id, NOW) is True
    assert other.claim_mail(alert.id, NOW + timedelta(minutes=9)) is False  # someone is sending it
    assert other.claim_mail(alert.id, NOW + timedelta(minutes=11)) is True  # that sender died mid-send
    other.mail_sent(alert.id, NOW + timedelta(minutes=11))
    assert alerts.store.claim_mail(alert.id, NOW + timedelta(hours=5)) is False  # sent: never again
    assert alerts.store.to_mail() == []
