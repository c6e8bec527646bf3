"""An error from the office's database work, as a code for the office's sentences (kiosk.office.words). The
driver's own message is never shown: it may name the server's internals. Thread: any.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.errors import KioskError


def office_code(error: BaseException) -> str:
    if isinstance(error, KioskError):
        if error.code in ("central_refused",):
            return "refused"
        return error.code
    if isinstance(error, SQLAlchemyError):
        from kiosk.sync.problems import sync_problem

        code = sync_problem(error).code
        return {"central_refused": "refused", "sync": "unreachable", "central_password": "password",
                "central_revoked": "password"}.get(code or "", "failed")
    return "failed"
