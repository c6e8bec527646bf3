"""A real SMTP server (aiosmtpd) on localhost for the tests that send alert e-mails: it keeps what arrives.

    with Smtp() as server:          # Smtp(authenticator=..., auth_require_tls=False) for a login
        ... send to 127.0.0.1:server.port ...
        server.inbox.messages       # [(envelope sender, recipients, EmailMessage)]
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps what arrives."""

    messages: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = message_from_bytes(envelope.original_content, policy=default_policy)
        assert isinstance(msg, EmailMessage)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Smtp:
    def __init__(self, **kwargs: Any) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **kwargs)

    def __enter__(self) -> Smtp:
        self.controller.start()  # returns once the server answers
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
