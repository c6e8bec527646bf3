"""Alert e-mails to managers over SMTP (smtplib): one message per alert, plain text plus a short HTML part.

Settings are the `results.smtp_*` keys. STARTTLS is on by default (port 587); port 465 means TLS from the first
byte; `smtp_starttls = false` is for a relay on this machine (localhost), and a login is never sent unencrypted
to another host. The password comes from `results.smtp_password_file`, which must be readable by its owner only.
A message holds the alert's words and figures and nothing else: no visitor data, no staff comment, and never a
figure from fewer than `results.min_count` answers (the alert's words already leave those out). Every failure
is a `MailError` in plain words; the caller records it and tries again at the next evaluation.
Thread: whichever thread evaluates alerts (the CLI's main thread, or the database thread on a kiosk); each
connection has a timeout, so a dead server costs at most `TIMEOUT` seconds.
"""

from __future__ import annotations

import html
import smtplib
import socket
import ssl
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from pathlib import Path

from kiosk.core.config import Config
from kiosk.core.errors import KioskError
from kiosk.results.rules.alerts import Alert, day_words

TIMEOUT = 20.0  # seconds per SMTP connection
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")


class MailError(KioskError):
    """An alert e-mail could not be sent; the message says why in plain words."""

    kind = "results.mail"


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int = 587
    starttls: bool = True
    sender: str = ""
    recipients: tuple[str, ...] = ()
    user: str = ""
    password_file: str = ""
    password: str = field(default="", repr=False)  # tests and callers that already hold it

    @classmethod
    def from_config(cls, config: Config) -> MailSettings | None:
        """The settings, or None when `results.smtp_host` is empty (no e-mail)."""
        if not config.smtp_host:
            return None
        return cls(config.smtp_host, config.smtp_port, config.smtp_starttls, config.smtp_sender,
                   tuple(config.smtp_recipients), config.smtp_user, config.smtp_password_file)

    def problems(self) -> list[str]:
        out = []
        if not self.sender:
            out.append("results.smtp_sender is empty (the From address)")
        if not self.recipients:
            out.append("results.smtp_recipients is empty (who the alerts go to)")
        if self.user and not self.starttls and self.port != 465 and self.host.lower() not in LOCAL_HOSTS:
            out.append(f"a login to {self.host} would go unencrypted: set results.smtp_starttls = true")
        return out


def read_password(path: str) -> str:
    """The first line of `path`; refused when the group or others may read or write the file."""
    p = Path(path).expanduser()
    try:
        mode = p.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise MailError(f"the SMTP password file {p} may be read by others (mode {stat.S_IMODE(mode):o}): "
                            f"run chmod 600 {p}", code="results.mail_password_file_open")
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise MailError(f"cannot read the SMTP password file {p}: {e.strerror or e}",
                        code="results.mail_password_file") from None
    except UnicodeDecodeError:
        raise MailError(f"the SMTP password file {p} is not text", code="results.mail_password_file") from None
    if not lines or not lines[0].strip():
        raise MailError(f"the SMTP password file {p} is empty", code="results.mail_password_file")
    return lines[0].strip()


def message(alert: Alert, settings: MailSettings, *, site_name: str, min_count: int, now: datetime) -> EmailMessage:
    """The e-mail for one alert: its words (never a suppressed figure), how to acknowledge it, no personal data."""
    where = f"{alert.site} ({site_name})" if site_name and site_name != alert.site else alert.site
    ack = (f'kiosk results alerts --ack {alert.short_id} --by "your name or role" --comment "what happens next"')
    lines = [
        f"Alert for site {where}.",
        "",
        alert.words,
        "",
        f"Since: {day_words(alert.since)}",
        f"Raised: {alert.raised_at:%Y-%m-%d %H:%M} UTC",
        f"Alert id: {alert.short_id}",
        "",
        f"To acknowledge it: {ack}",
        "(or in staff mode on the kiosk: Results, open alerts). It closes by itself when the figure recovers.",
        "",
        f"Figures from fewer than {min_count} answers are never shown. This e-mail holds no personal data.",
    ]
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["Subject"] = f"Kindness Kiosk alert, {alert.site}: {alert.title}"
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.recipients)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid("kiosk-alert", domain=settings.sender.rpartition("@")[2] or "localhost")
    msg["X-Kiosk-Alert"] = alert.key
    msg.set_content("\n".join(lines) + "\n")
    e = html.escape
    msg.add_alternative(
        "<html><body>"
        f"<p>Alert for site <b>{e(where)}</b>.</p>"
        f"<p><b>{e(alert.words)}</b></p>"
        f"<p>Since {e(day_words(alert.since))}. Alert id <code>{e(alert.short_id)}</code>.</p>"
        f"<p>To acknowledge it: <code>{e(ack)}</code> (or in staff mode on the kiosk: Results, open alerts). "
        "It closes by itself when the figure recovers.</p>"
        f"<p><small>Figures from fewer than {min_count} answers are never shown. This e-mail holds no personal "
        "data.</small></p></body></html>\n", subtype="html")
    return msg


class Mailer:
    """Sends messages over one SMTP connection per call."""

    def __init__(self, settings: MailSettings, *, timeout: float = TIMEOUT) -> None:
        self.settings = settings
        self.timeout = timeout

    def send(self, messages: Sequence[EmailMessage]) -> list[str | None]:
        """Sends each message; returns, per message, None (sent) or why it was not, in words. A failure to
        connect or log in fails them all; one refused message does not stop the others."""
        if not messages:
            return []
        s = self.settings
        problems = s.problems()
        if problems:
            return [f"e-mail is not set up: {'; '.join(problems)}"] * len(messages)
        try:
            password = s.password or (read_password(s.password_file) if s.password_file else "")
            with self._connect() as smtp:
                if s.user:
                    smtp.login(s.user, password)
                return [self._one(smtp, m, s) for m in messages]
        except MailError as e:
            return [str(e)] * len(messages)
        except smtplib.SMTPAuthenticationError:
            return [f"the SMTP server {s.host} refused the login for {s.user!r}"] * len(messages)
        except smtplib.SMTPNotSupportedError as e:
            return [f"the SMTP server {s.host}:{s.port} does not offer {_what(e)}"] * len(messages)
        except ssl.SSLError as e:
            return [f"could not encrypt the connection to {s.host}:{s.port}: {e.reason or e}"] * len(messages)
        except (smtplib.SMTPException, OSError) as e:
            return [f"could not reach the SMTP server {s.host}:{s.port}: {_reason(e)}"] * len(messages)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl.create_default_context()
        if s.port == 465:
            return smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=context)
        smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout, local_hostname=_local_name())
        try:
            smtp.ehlo()
            if s.starttls:
                smtp.starttls(context=context)
                smtp.ehlo()
        except BaseException:
            smtp.close()
            raise
        return smtp

    @staticmethod
    def _one(smtp: smtplib.SMTP, msg: EmailMessage, s: MailSettings) -> str | None:
        try:
            refused = smtp.send_message(msg, from_addr=s.sender, to_addrs=list(s.recipients))
        except smtplib.SMTPRecipientsRefused as e:
            return f"every recipient was refused: {', '.join(sorted(e.recipients))}"
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as e:
            return f"the SMTP server refused the message: {_reason(e)}"
        if refused:
            return f"some recipients were refused: {', '.join(sorted(refused))}"
        return None


def _local_name() -> str:
    """The name given in EHLO: the machine's short name, never a slow reverse-DNS lookup (socket.getfqdn)."""
    return socket.gethostname() or "localhost"


def _what(e: smtplib.SMTPNotSupportedError) -> str:
    return "STARTTLS (set results.smtp_starttls = false only for a server on this machine)" \
        if "STARTTLS" in str(e) else str(e)


def _reason(e: BaseException) -> str:
    code = getattr(e, "smtp_code", None)
    error = getattr(e, "smtp_error", b"")
    if code:
        text = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
        return f"{code} {text}".strip()
    return getattr(e, "strerror", None) or str(e) or e.__class__.__name__
