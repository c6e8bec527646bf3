"""Alert e-mails through a real SMTP server (aiosmtpd) on localhost, started by the tests: one message per
alert however many evaluations and restarts, its words, a failed send retried and said in words, STARTTLS, the
login and the password file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from kiosk.checkin.rules import Answer, CheckIn
from kiosk.checkin.store import CheckInService
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.data.services import Services
from kiosk.results.alerts import Alerts
from kiosk.results.mail import Mailer, MailError, MailSettings, read_password
from tests.support.smtp_server import Smtp, free_port

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def smtp() -> Iterator[Smtp]:
    with Smtp() as server:
        yield server


def configured(data_dir: Path, port: int, **more: object) -> settings.Config:
    return settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={
        "site.id": "riverside", "kiosk.id": "desk-1", "results.smtp_host": "127.0.0.1", "results.smtp_port": port,
        "results.smtp_starttls": False, "results.smtp_sender": "kiosk@riverside.example.org",
        "results.smtp_recipients": ["manager@example.org", "deputy@example.org"], **more})


def low_fortnight(services: Services) -> None:
    store = CheckInService(services.engine())
    for i, what in enumerate([Answer.YES] * 10 + [Answer.NO] * 25):
        store.record(CheckIn.new(answer=what, site="riverside", kiosk="desk-1", language="en",
                                 clock=ManualClock(NOW - timedelta(hours=2, minutes=i)), timezone="Europe/London"))


def test_one_alert_is_e_mailed_exactly_once_over_evaluations_and_restarts(data_dir: Path, smtp: Smtp) -> None:
    config = configured(data_dir, smtp.port)
    services = Services(config, ManualClock(NOW))
    low_fortnight(services)
    alerts = Alerts.from_services(services)
    [alert] = alerts.evaluate()
    assert alerts.last.mail == [f"alert {alert.short_id} e-mailed to 2 recipient(s)"]
    alerts.evaluate()
    assert alerts.last.mail == []
    services.close()
    restarted = Services(config, ManualClock(NOW + timedelta(hours=1)))  # a restart: a new process's objects
    try:
        [same] = Alerts.from_services(restarted).evaluate()
        assert same.id == alert.id and same.emailed_at == NOW and same.mail_words() == "e-mailed"
    finally:
        restarted.close()

    [(sender, recipients, msg)] = smtp.inbox.messages
    assert (sender, recipients) == ("kiosk@riverside.example.org", ["manager@example.org", "deputy@example.org"])
    assert msg["Subject"] == "Kindness Kiosk alert, riverside: Kindness rate below 60%"
    assert msg["X-Kiosk-Alert"] == "riverside/low_rate"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    text = plain.get_content()
    assert "Alert for site riverside (Riverside Customer Service Centre)." in text
    assert "kindness rate 29% (95% interval 16%–45%, 35 answers)" in text
    assert f"--ack {alert.short_id}" in text and "Since: 25 Nov 2026" in text
    assert "holds no personal data" in text and "desk-1" not in text
    assert "<b>Kindness rate below 60%: kindness rate 29%" in html.get_content()


def test_a_failed_send_is_said_in_words_and_tried_again(data_dir: Path, smtp: Smtp) -> None:
    nobody = free_port()  # nothing listens here
    services = Services(configured(data_dir, nobody), ManualClock(NOW))
    try:
        low_fortnight(services)
        alerts = Alerts.from_services(services)
        [alert] = alerts.evaluate()
        [note] = alerts.last.mail
        assert alerts.last.mail_failed == 1
        assert note.startswith(f"alert {alert.short_id} was not e-mailed: could not reach the SMTP server "
                               f"127.0.0.1:{nobody}: ")
        assert note.endswith("It will be tried again at the next evaluation.")
        [failed] = alerts.open()
        assert failed.emailed_at is None and failed.mail_attempts == 1
        assert failed.mail_words().startswith("e-mail not sent (1 tries): could not reach the SMTP server")
        assert alerts.mail is not None
        alerts.mail = replace(alerts.mail, port=smtp.port)  # the server is back
        alerts.evaluate()
        assert alerts.last.mail == [f"alert {alert.short_id} e-mailed to 2 recipient(s)"]
        assert alerts.last.mail_failed == 0
        [sent] = alerts.open()
        assert (sent.mail_error, sent.mail_attempts, sent.mail_words()) == (None, 2, "e-mailed")
        assert len(smtp.inbox.messages) == 1
    finally:
        services.close()


def test_starttls_is_on_by_default_and_a_server_without_it_is_said_in_words(data_dir: Path, smtp: Smtp) -> None:
    config = settings.load(env={}, overrides={"results.smtp_host": "127.0.0.1"})
    mail = MailSettings.from_config(config)
    assert mail is not None and (mail.starttls, mail.port) == (True, 587)
    assert MailSettings.from_config(settings.load(env={})) is None  # no host: no e-mail
    local = MailSettings("127.0.0.1", smtp.port, True, "kiosk@example.org", ("m@example.org",))
    [why] = Mailer(local, timeout=10).send([EmailMessage()])
    assert why == (f"the SMTP server 127.0.0.1:{smtp.port} does not offer STARTTLS (set results.smtp_starttls = "
                   "false only for a server on this machine)")
    assert smtp.inbox.messages == []


def test_settings_that_cannot_work_are_refused_before_connecting() -> None:
    incomplete = MailSettings("smtp.example.org", 587, False, "", (), user="kiosk")
    [why] = Mailer(incomplete).send([EmailMessage()])
    assert why == ("e-mail is not set up: results.smtp_sender is empty (the From address); results.smtp_recipients "
                   "is empty (who the alerts go to); a login to smtp.example.org would go unencrypted: set "
                   "results.smtp_starttls = true")


def test_the_password_file_must_be_private(tmp_path: Path) -> None:
    secret = tmp_path / "smtp-password"
    secret.write_text("s3cret pass\n", encoding="utf-8")
    secret.chmod(0o644)
    with pytest.raises(MailError, match=r"may be read by others \(mode 644\): run chmod 600"):
        read_password(str(secret))
    secret.chmod(0o600)
    assert read_password(str(secret)) == "s3cret pass"
    with pytest.raises(MailError, match="cannot read the SMTP password file"):
        read_password(str(tmp_path / "missing"))


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"kiosk", b"s3cret pass")
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def test_a_login_uses_the_password_file(data_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "smtp-password"
    secret.write_text("s3cret pass\n", encoding="utf-8")
    secret.chmod(0o600)
    with Smtp(authenticator=_authenticator, auth_require_tls=False) as server:
        good = MailSettings("127.0.0.1", server.port, False, "kiosk@example.org", ("m@example.org",),
                            user="kiosk", password_file=str(secret))
        msg = EmailMessage()
        msg["Subject"] = "test"
        msg.set_content("hello")
        assert Mailer(good, timeout=10).send([msg]) == [None]
        wrong = replace(good, user="someone")
        assert Mailer(wrong, timeout=10).send([msg]) == ["the SMTP server 127.0.0.1 refused the login for 'someone'"]
        assert len(server.inbox.messages) == 1
