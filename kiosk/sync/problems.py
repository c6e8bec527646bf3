"""What went wrong with a sync, as a typed error with a code (kiosk.core.errors) whose English message says what
to do — for `kiosk sync`, the log and the stored last error — and whose code becomes translated words for staff
in one place (kiosk.shell.error_words).

    sync_problem(error)   # psycopg / SQLite / OS error → SyncError(code=…) or StorageError(code="disk_full")

The four that need a person are told apart: a revoked kiosk (its role may no longer log in), a wrong
password, a certificate that cannot be trusted (expired, another name, unknown authority; or a server without
TLS at all) and a full disk (this kiosk's, or the central database's). Only the driver's own message is read
(never SQL, parameters, URLs or passwords). Thread: any.
"""

from __future__ import annotations

import errno

from kiosk.core.errors import KioskError, StorageError, SyncError

PASSWORD_ENV = "KIOSK_CENTRAL_PASSWORD"
SAFE_NOW = "Answers are safe on this kiosk and will be sent when it is back."
SAFE_HERE = "Answers are safe on this kiosk and will be sent once this is fixed."
DISK_FULL_WORDS = ("This kiosk's storage is full, so it cannot save anything more. Free some space on it (old "
                   "log files or photos) or replace its storage card; answers already stored are kept.")
LOCAL_DISK_FULL = ("database or disk is full",)  # SQLite's SQLITE_FULL (also its max_page_count)

_REASONS: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    # (fragments of the driver's message or SQLSTATE, lower case), code, the plain words, what follows them
    (("is not permitted to log in", "role is revoked", "kiosk is revoked"), "central_revoked",
     "This kiosk has been revoked at the central database (its login is switched off), so it cannot send "
     "answers. If that was a mistake, ask an administrator to add it again (`kiosk central add-kiosk`) and copy "
     "the new password file to this kiosk.", SAFE_HERE),
    (("password authentication failed", "28p01"), "central_password",
     "The central database did not accept this kiosk's password. Ask an administrator for this kiosk's current "
     "password file and copy it to the kiosk (the file named by sync.password_file).", SAFE_HERE),
    (("no password supplied", "fe_sendauth"), "central_no_password",
     f"The central database needs a password: set sync.password_file or {PASSWORD_ENV}.", SAFE_HERE),
    (("server does not support ssl",), "central_no_tls",
     "The central database does not offer an encrypted (TLS) connection, and this kiosk sends answers only "
     "encrypted. Ask an administrator to switch on TLS on the database server (docs/deployment.md).", SAFE_HERE),
    (("certificate", "sslrootcert", "tlsv1 alert", "ssl error: unknown ca"), "central_certificate",
     "This kiosk could not confirm it is talking to the real central database: the server's certificate has "
     "expired, names another server, or is not signed by an authority this kiosk trusts. Ask an administrator "
     "to renew the server's certificate, or to install the organisation's root certificate on this kiosk "
     "(~/.postgresql/root.crt, or sslrootcert= in sync.central_url).", SAFE_HERE),
    (("could not extend file", "53100", "no space left on device"), "central_disk_full",
     "The central database's disk is full. Ask an administrator to free space on the database server.", SAFE_NOW),
    (("connection refused",), "sync", "Cannot reach the central database (connection refused).", SAFE_NOW),
    (("timeout expired", "timed out", "timeout"), "sync", "Cannot reach the central database (no answer in time).",
     SAFE_NOW),
    (("could not translate host name", "name or service not known", "temporary failure in name resolution",
      "nodename nor servname"), "sync", "Cannot reach the central database (its server name is not known).",
     SAFE_NOW),
    (("network is unreachable", "no route to host"), "sync", "Cannot reach the central database (no network "
     "route).", SAFE_NOW),
    (("server closed the connection", "terminating connection", "connection reset", "consuming input failed",
      "server conn crashed", "ssl syscall error", "connection is lost", "the connection is closed",
      "sending query failed", "broken pipe"), "sync", "The connection to the central database was lost.", SAFE_NOW),
    (("the database system is starting up", "the database system is shutting down",
      "the database system is in recovery mode", "cannot connect now"), "sync",
     "The central database is restarting.", SAFE_NOW),
    (("row-level security", "permission denied"), "central_refused",
     "The central database refused this kiosk's records (permission denied): the kiosk may have been revoked, "
     "or its account changed. Ask an administrator to check this kiosk's account.", SAFE_HERE),
    (("no such table", "undefinedtable", "undefinedfunction", "undefinedcolumn", "no such column"),
     "central_not_set_up", "The central database is not set up for kiosks yet (run `kiosk central init`).",
     SAFE_HERE),
    (("database is locked",), "sync", "The central database file is busy.", SAFE_NOW),
    (("unable to open database file",), "sync", "Cannot open the central database file.", SAFE_NOW),
    (("does not exist",), "central_not_found", "The central database was not found (check sync.central_url).",
     SAFE_HERE),
)


def disk_full(text: str, error: BaseException | None = None) -> bool:
    """Whether a local error means the kiosk's own disk (or the store's size limit) is full (the central
    server's full disk is told apart by its own message: "could not extend file", SQLSTATE 53100)."""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    lowered = text.lower()
    return any(f in lowered for f in LOCAL_DISK_FULL)


def sync_problem(error: BaseException) -> KioskError:
    """The error as a typed KioskError with a code and plain English words (no URL, password or SQL)."""
    if isinstance(error, SyncError):
        return error
    cause = getattr(error, "orig", None) or error  # the driver's own message, without SQL or parameters
    if isinstance(error, StorageError):
        if error.code == "disk_full" or disk_full(str(error), cause):
            return StorageError(DISK_FULL_WORDS, code="disk_full")
        return StorageError(f"This kiosk could not read or write its own store ({error}). "
                            "Answers already stored stay on this kiosk.", code=error.code)
    if disk_full(f"{cause}", cause):
        return StorageError(DISK_FULL_WORDS, code="disk_full")
    sqlstate = getattr(cause, "sqlstate", None) or ""
    text = f"{cause.__class__.__name__} {sqlstate} {cause}".lower()
    for fragments, code, words, after in _REASONS:
        if any(f in text for f in fragments):
            return SyncError(f"{words} {after}", code=code)
    if isinstance(error, OSError):
        return SyncError(f"Cannot reach the central database ({error.strerror or error.__class__.__name__}). "
                         f"{SAFE_NOW}")
    return SyncError(f"Sync failed ({error.__class__.__name__}). {SAFE_HERE}")
