"""A throwaway PostgreSQL server for the test suite: a real postmaster in a temp folder, not a mock.

`PgServer().start()` runs initdb into a fresh temp folder and starts a postmaster listening on a unix
socket in that folder (the superuser gets `trust` there) and on a free loopback port (scram-sha-256
password auth for every role). `stop()` shuts it down and deletes the folder; it is also registered
with `atexit`, so a failing test or an interrupted run leaves no server and no folder behind.

Root: PostgreSQL refuses to run as root. When `os.geteuid() == 0` initdb and postgres run as the
`postgres` system user (created with `useradd --system` when missing); the temp folder is chowned to
it. The privilege drop happens in the forked child (`subprocess.Popen(user=...)`), so the process we
hold *is* the postmaster: no runuser/su wrapper in between, and `kill()` hits the real thing.

fsync is off by default (speed). Committed data still survives `kill()` -- a killed process loses
nothing the kernel already has, and commits stay synchronous -- only an OS crash would lose it. Pass
`fsync=True` for a server that behaves like production on disk.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import psycopg

SERVER_BINARIES = ("initdb", "pg_ctl", "postgres")
OS_USER = "postgres"  # who runs the server when we are root
SUPERUSER = "postgres"  # the database superuser role
ENV_BIN = "KIOSK_PG_BIN"  # optional override: a folder holding initdb/pg_ctl/postgres
PG_MISSING = "PostgreSQL server binaries not found (initdb/pg_ctl); install postgresql — .ci/run does this"


def _has_server_binaries(d: Path) -> bool:
    return all(os.access(d / name, os.X_OK) and (d / name).is_file() for name in SERVER_BINARIES)


def _version_key(d: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin; "9.6" < "15" < "16"
    return tuple(int(p) for p in re.findall(r"\d+", d.parent.name)) or (0,)


def find_pg_bin() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None.

    Order: $KIOSK_PG_BIN; the newest /usr/lib/postgresql/<version>/bin (Debian/Ubuntu's real binaries,
    preferred over wrappers or symlinks elsewhere on PATH); then `initdb` on PATH, symlinks resolved.
    """
    if env := os.environ.get(ENV_BIN):
        d = Path(env)
        return d if _has_server_binaries(d) else None
    debian = [d for d in Path("/usr/lib/postgresql").glob("*/bin") if _has_server_binaries(d)]
    if debian:
        return max(debian, key=_version_key)
    if found := shutil.which("initdb"):
        d = Path(found).resolve().parent
        if _has_server_binaries(d):
            return d
    return None


def free_port() -> int:
    """A loopback TCP port nobody listens on right now (the caller retries if it loses the race)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ensure_os_user(name: str) -> tuple[int, int]:
    """uid/gid of an unprivileged account to run the server as (root only); created when missing."""
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
             "--shell", "/usr/sbin/nologin", "--comment", "PostgreSQL (test servers)", name],
            check=True, capture_output=True, text=True,
        )
        pw = pwd.getpwnam(name)
    if pw.pw_uid == 0:
        raise RuntimeError(f"system user {name!r} has uid 0; PostgreSQL will not run as root")
    return pw.pw_uid, pw.pw_gid


def _traversable_by_others(path: Path) -> bool:
    """Every folder from / down to `path` lets other users through (o+x)."""
    p = path.resolve()
    return all(os.stat(q).st_mode & stat.S_IXOTH for q in (p, *p.parents))


def _children_of(pid: int) -> list[int]:
    """Direct children of `pid` (Linux /proc); empty where /proc is missing."""
    kids = []
    for entry in Path("/proc").iterdir() if Path("/proc/self").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        # "<pid> (<comm>) <state> <ppid> ..." -- comm may hold spaces or parentheses
        fields = raw[raw.rfind(")") + 2:].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            kids.append(int(entry.name))
    return kids


def process_alive(pid: int) -> bool:
    """The process exists and is not a zombie (a zombie holds no memory, sockets or locks)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return raw[raw.rfind(")") + 2:][:1] not in ("Z", "X")


class PgServer:
    """One throwaway PostgreSQL cluster. Use as a context manager or call start()/stop()."""

    def __init__(self, bin_dir: Path | None = None, *, fsync: bool = False,
                 startup_timeout: float = 30.0) -> None:
        found = bin_dir or find_pg_bin()
        if found is None:
            raise FileNotFoundError("PostgreSQL server binaries not found (initdb/pg_ctl/postgres)")
        self.bin_dir = found
        self.fsync = fsync
        self.startup_timeout = startup_timeout
        self.superuser = SUPERUSER
        self.superuser_password = secrets.token_urlsafe(18)
        self.port = 0
        self.base_dir: Path | None = None
        self.startup_seconds: dict[str, float] = {}  # "initdb", "start": the last measured durations
        self._proc: subprocess.Popen[bytes] | None = None
        self._crashed = False  # the last run ended in kill(): shared memory is left to recover
        self._ids: tuple[int, int] | None = None  # uid/gid to drop to when we are root

    # -- paths -------------------------------------------------------------------------------------

    def _base(self) -> Path:
        if self.base_dir is None:
            raise RuntimeError("server not started")
        return self.base_dir

    @property
    def data_dir(self) -> Path:
        return self._base() / "data"

    @property
    def socket_dir(self) -> Path:
        return self._base() / "run"

    @property
    def log_path(self) -> Path:
        return self._base() / "postgres.log"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- life cycle --------------------------------------------------------------------------------

    def start(self) -> PgServer:
        """initdb into a new temp folder, start the postmaster; returns self once it accepts connections."""
        if self.base_dir is not None:
            raise RuntimeError("already started; use restart()")
        atexit.register(self.stop)
        try:
            if os.geteuid() == 0:
                self._ids = _ensure_os_user(OS_USER)
            parent = tempfile.gettempdir()
            if self._ids and not _traversable_by_others(Path(parent)):
                parent = "/tmp"
            self.base_dir = Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir=parent))
            self.socket_dir.mkdir(mode=0o700)
            self._chown(self.base_dir, self.socket_dir)
            t0 = time.perf_counter()
            self._initdb()
            self.startup_seconds["initdb"] = time.perf_counter() - t0
            for attempt in range(5):  # another process may take the free port before we bind it
                self.port = free_port()
                self._write_config()
                try:
                    self._launch()
                    break
                except _PortTaken:
                    if attempt == 4:
                        raise
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Fast shutdown (clients are disconnected), then delete the temp folder. Idempotent."""
        try:
            if self._proc is not None and self._proc.poll() is None:
                self._shutdown()
            elif self._crashed and self.base_dir is not None and self.data_dir.is_dir():
                # A killed server leaves its shared memory behind; a start lets PostgreSQL reclaim it.
                with contextlib.suppress(Exception):
                    self._launch()
                    self._shutdown()
        finally:
            if self._proc is not None and self._proc.returncode is None:
                self._hard_kill()
            self._proc = None
            if self.base_dir is not None:
                shutil.rmtree(self.base_dir, ignore_errors=True)
                self.base_dir = None
            atexit.unregister(self.stop)

    def kill(self) -> None:
        """Crash the server: SIGKILL the postmaster and every process it started, without shutdown.

        Backends survive a postmaster-only SIGKILL for a moment (and keep shared memory attached, which
        blocks a restart), so they are killed too: clients see their connections drop at once, as when
        the machine running the database dies. Committed data survives; restart() runs crash recovery.
        """
        if not self.running:
            raise RuntimeError("server not running")
        self._hard_kill()
        self._crashed = True

    def restart(self) -> None:
        """Start again on the same data, port and socket: a clean stop first if it is running."""
        if self.base_dir is None:
            raise RuntimeError("server not started")
        if self.running:
            self._shutdown()
        self._launch()

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- connecting --------------------------------------------------------------------------------

    def url(self, dbname: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        """A SQLAlchemy URL over TCP (psycopg 3). No user: the superuser with its password."""
        if user is None:
            user, password = self.superuser, password or self.superuser_password
        auth = quote(user, safe="") + (f":{quote(password, safe='')}" if password is not None else "")
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{quote(dbname, safe='')}"

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[Any]:
        """An autocommit superuser connection over the unix socket; close it (use `with`)."""
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), port=self.port, user=self.superuser,
                               dbname=dbname, autocommit=True, connect_timeout=10)

    def create_role(self, name: str, password: str, *, createdb: bool = False) -> None:
        from psycopg import sql

        q = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}" + (" CREATEDB" if createdb else "")).format(
            sql.Identifier(name), sql.Literal(password))
        with self.connect() as conn:
            conn.execute(q)

    def drop_role(self, name: str) -> None:
        from psycopg import sql

        with self.connect() as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))

    def create_database(self, name: str, owner: str | None = None) -> None:
        from psycopg import sql

        q = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner:
            q = sql.SQL("{} OWNER {}").format(q, sql.Identifier(owner))
        with self.connect() as conn:
            conn.execute(q)

    def drop_database(self, name: str) -> None:
        """Terminates the database's connections, then drops it (missing is fine)."""
        from psycopg import sql

        with self.connect() as conn:
            conn.execute("UPDATE pg_database SET datallowconn = false WHERE datname = %s", [name])
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = %s AND pid <> pg_backend_pid()", [name])
            force = sql.SQL(" WITH (FORCE)") if conn.info.server_version >= 130000 else sql.SQL("")
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}{}").format(sql.Identifier(name), force))

    # -- internals ---------------------------------------------------------------------------------

    def _chown(self, *paths: Path) -> None:
        if self._ids:
            for p in paths:
                os.chown(p, *self._ids)

    def _popen_kwargs(self) -> dict[str, Any]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C", TZ=os.environ.get("TZ", "UTC"))
        kw: dict[str, Any] = {"cwd": self._base(), "env": env, "stdin": subprocess.DEVNULL}
        if self._ids:
            uid, gid = self._ids
            kw.update(user=uid, group=gid, extra_groups=[])  # setgroups([]) drops root's groups
        return kw

    def _initdb(self) -> None:
        pwfile = self._base() / "pwfile"
        pwfile.write_text(self.superuser_password + "\n")
        pwfile.chmod(0o600)
        self._chown(pwfile)
        args = [str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", self.superuser,
                f"--pwfile={pwfile}", "-A", "scram-sha-256", "-E", "UTF8", "--locale=C"]
        if not self.fsync:
            args.append("--no-sync")
        try:
            r = subprocess.run(args, capture_output=True, text=True, **self._popen_kwargs())
        finally:
            pwfile.unlink()
        if r.returncode != 0:
            raise RuntimeError(f"initdb failed ({r.returncode}):\n{r.stdout}{r.stderr}")
        (self.data_dir / "pg_hba.conf").write_text(
            "# written by tests/support/pgserver.py\n"
            f"local  all  {self.superuser}  trust\n"
            "local  all  all  scram-sha-256\n"
            "host   all  all  127.0.0.1/32  scram-sha-256\n"
        )
        with (self.data_dir / "postgresql.conf").open("a") as f:
            f.write("\ninclude 'kiosk-test.conf'\n")

    def _write_config(self) -> None:
        on_off = "on" if self.fsync else "off"
        conf = self.data_dir / "kiosk-test.conf"
        conf.write_text(
            "# written by tests/support/pgserver.py\n"
            "listen_addresses = '127.0.0.1'\n"
            f"port = {self.port}\n"
            f"unix_socket_directories = '{self.socket_dir}'\n"
            "password_encryption = 'scram-sha-256'\n"
            f"fsync = {on_off}\n"
            "synchronous_commit = on  # a commit has reached the kernel: it survives kill()\n"
            "jit = off\n"
            "logging_collector = off\n"
        )
        conf.chmod(0o600)
        self._chown(conf, self.data_dir / "pg_hba.conf")

    def _launch(self) -> None:
        t0 = time.perf_counter()
        with self.log_path.open("ab") as log:
            self._chown(self.log_path)
            self._proc = subprocess.Popen([str(self.bin_dir / "postgres"), "-D", str(self.data_dir)],
                                          stdout=log, stderr=subprocess.STDOUT, **self._popen_kwargs())
        proc = self._proc
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                log_text = self._log_tail()
                self._proc = None
                if "could not bind" in log_text or "could not create any TCP/IP sockets" in log_text:
                    raise _PortTaken(log_text)
                raise RuntimeError(f"postgres exited with {proc.returncode} while starting:\n{log_text}")
            if self._ready(proc.pid):
                self.startup_seconds["start"] = time.perf_counter() - t0
                self._crashed = False
                return
            time.sleep(0.01)
        self._hard_kill()
        raise TimeoutError(f"postgres not ready after {self.startup_timeout}s:\n{self._log_tail()}")

    def _ready(self, pid: int) -> bool:
        # postmaster.pid: pid, datadir, start, port, socket dir, listen addr, shmem key, status (PG >= 10)
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
        except (FileNotFoundError, PermissionError):
            return False
        return len(lines) >= 8 and lines[0].strip() == str(pid) and lines[7].strip() == "ready"

    def _shutdown(self) -> None:
        """Fast shutdown (SIGINT): roll back, disconnect clients, checkpoint; escalate if it hangs."""
        proc = self._proc
        assert proc is not None
        for sig, wait in ((signal.SIGINT, 60.0), (signal.SIGQUIT, 10.0)):
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)
            try:
                proc.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue
        self._hard_kill()

    def _hard_kill(self) -> None:
        """SIGKILL the postmaster and its children; reap the postmaster; wait until the children are gone.

        The postmaster is stopped first: a stopped parent reaps nothing, so the children's pids cannot be
        recycled while we signal them (dead ones stay zombies until the postmaster itself is gone).
        """
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGSTOP)
            children = _children_of(proc.pid)
            for child in children:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, signal.SIGKILL)
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
        else:
            children = []
        proc.wait()
        deadline = time.monotonic() + 10
        while any(process_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.005)

    def _log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def processes(self) -> Iterator[int]:
        """The postmaster and its children now (Linux): to check nothing outlives stop() or kill()."""
        if self._proc is not None and self._proc.poll() is None:
            yield self._proc.pid
            yield from _children_of(self._proc.pid)


class _PortTaken(RuntimeError):
    pass


__all__ = ["PG_MISSING", "PgServer", "find_pg_bin", "free_port", "process_alive"]
