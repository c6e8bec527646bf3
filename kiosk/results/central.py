"""Results from the central database: every kiosk's answers, read from the per-site tallies, never raw rows.

`CentralResults(engine)` is a `TallySource` on an engine logged in as the person asking (their own staff or
manager role): PostgreSQL's row-level security decides which sites' tallies they see — staff their own sites,
managers all, kiosks none — and `scope()` names those sites. The tallies (kiosk.data.tallies) are kept by the
central database as answers arrive, so a report over 10 million check-ins reads a few hundred thousand rows at
most: `tallies()` reads the hourly table (for patterns by hour), `day_tallies()` the daily one (for everything by
day, week or month), and `period_tallies()` sums the daily one in the database into one tally per site, period and
answer — what the Summary table needs, a few thousand rows whatever the number of answers. `report_inputs()` is
what a PDF or XLSX report needs, each part summed in the database: one tally per site, day and answer (follow-ups
added together), the weekday × hour pattern from the hourly table (`weekday_hours()`: at most 7 × 24 × 3 rows per
question) and the follow-up counts — never one row per hour or per follow-up and day. `open_engine()` opens
such an engine from a URL without a password (the password comes from a file or libpq's PGPASSWORD / ~/.pgpass).
Database errors become a `CentralError` in plain words. Thread: the CLI's main thread, or the database thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Engine, Integer, cast, event, func, literal, literal_column, select, text, union
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.core.answers import Answer, Followup
from kiosk.core.errors import CentralError
from kiosk.data.engine import make_engine
from kiosk.data.sync_models import SiteRecord
from kiosk.data.tallies import CheckInTallyDayRecord, CheckInTallyRecord
from kiosk.results.report_model import ReportInputs
from kiosk.results.rules.periods import Grain, period_of
from kiosk.results.rules.tally import HourCount, ResultsQuery, Tally
from kiosk.results.source import Scope

_ANSWERS: dict[str, Answer] = {a.value: a for a in Answer}
_FOLLOWUPS: dict[str, Followup | None] = {f.value: f for f in Followup} | {"": None}


class CentralResults:
    """The answers of every kiosk of the sites this database user may see, as tallies."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._scope: Scope | None = None

    def scope(self) -> Scope:
        if self._scope is None:
            self._scope = Scope("central", tuple(self._read(self._sites)))
        return self._scope

    def tallies(self, query: ResultsQuery) -> list[Tally]:
        """By site-local hour (`checkin_tally`)."""
        t = CheckInTallyRecord
        q = select(t.site, t.question, t.local_date, t.local_hour, t.answer, t.followup, t.count)
        return self._tallies(self._where(q, t, query))

    def day_tallies(self, query: ResultsQuery) -> list[Tally]:
        """By site-local day (`checkin_tally_day`): each tally counts the whole day and its `hour` is 0 — for
        figures by day, week, month or period only, never by hour."""
        t = CheckInTallyDayRecord
        q = select(t.site, t.question, t.local_date, text("0"), t.answer, t.followup, t.count)
        return self._tallies(self._where(q, t, query))

    def period_tallies(self, query: ResultsQuery, grain: Grain | None) -> list[Tally]:
        """Summed in the database per site, question version, answer and period (ISO week, month, or the whole
        query if `grain` is None), each period cut to the query's dates: `day` is the period's first day (as cut),
        `hour` 0 and `followup` None. For the Summary table (periods × sites) only — never for anything by day,
        hour or follow-up."""
        t = CheckInTallyDayRecord
        if self._engine.dialect.name != "postgresql":  # the demo central: a few thousand rows, added up here
            return _by_period(self.day_tallies(query), query, grain)
        start: Any = literal_column(f"DATE '{query.date_from.isoformat()}'")  # a date object: nothing to escape
        if grain is not None:
            start = func.greatest(cast(func.date_trunc(grain.value, cast(t.local_date, DateTime)), Date), start)
        q = (select(t.site, t.question, start, text("0"), t.answer, literal(""), func.sum(t.count))
             .group_by(t.site, t.question, start, t.answer))
        return self._tallies(self._where(q, t, query))

    def report_inputs(self, query: ResultsQuery) -> ReportInputs:
        """What `build_report` reads for a PDF or XLSX report (kiosk.results.report_model.ReportInputs)."""
        t = CheckInTallyDayRecord
        followups: dict[tuple[str, Followup], int] = {}
        if self._engine.dialect.name != "postgresql":  # the demo central: added up here
            days: dict[tuple[str, str, date, Answer], int] = {}
            for tally in self.day_tallies(query):
                key = (tally.site, tally.question, tally.day, tally.answer)
                days[key] = days.get(key, 0) + tally.count
                if tally.followup is not None:
                    followups[(tally.question, tally.followup)] = followups.get(
                        (tally.question, tally.followup), 0) + tally.count
            tallies = [Tally(s, q, d, 0, a, None, n) for (s, q, d, a), n in sorted(days.items())]
            return ReportInputs(tallies, self.weekday_hours(query), followups)
        by_day = (select(t.site, t.question, t.local_date, text("0"), t.answer, literal(""), func.sum(t.count))
                  .group_by(t.site, t.question, t.local_date, t.answer))
        tallies = self._tallies(self._where(by_day, t, query))
        follow = self._where(select(t.question, t.followup, func.sum(t.count)).where(t.followup != "")
                             .group_by(t.question, t.followup), t, query)
        for question, where, n in self._read(lambda conn: conn.execute(follow).all()):
            known = _FOLLOWUPS.get(where)
            if known is not None:
                followups[(question, known)] = int(n)
        return ReportInputs(tallies, self.weekday_hours(query), followups)

    def weekday_hours(self, query: ResultsQuery) -> list[HourCount]:
        """The answers by question version, local weekday (0 = Monday), local hour and answer over the whole query,
        summed in the database (the hourly tallies): the report's weekday × hour pattern."""
        if self._engine.dialect.name != "postgresql":  # the demo central: added up here
            sums: dict[tuple[str, int, int, Answer], int] = {}
            for tally in self.tallies(query):
                key = (tally.question, tally.day.weekday(), tally.hour, tally.answer)
                sums[key] = sums.get(key, 0) + tally.count
            return [HourCount(q, wd, h, a, n) for (q, wd, h, a), n in sorted(sums.items())]
        t = CheckInTallyRecord
        weekday = cast(func.extract("isodow", t.local_date), Integer) - 1
        q = (select(t.question, weekday, t.local_hour, t.answer, func.sum(t.count))
             .group_by(t.question, weekday, t.local_hour, t.answer))
        rows = self._read(lambda conn: conn.execute(self._where(q, t, query)).all())
        return [HourCount(question, int(wd), int(h), _ANSWERS[answer], int(n))
                for question, wd, h, answer, n in rows if answer in _ANSWERS]

    @staticmethod
    def _where(q: Any, t: Any, query: ResultsQuery) -> Any:
        q = q.where(t.local_date >= query.date_from, t.local_date <= query.date_to, t.count > 0)
        return q.where(t.site.in_(query.sites)) if query.sites else q

    def _tallies(self, q: Any) -> list[Tally]:
        rows = self._read(lambda conn: conn.execute(q).all())
        out: list[Tally] = []
        for site, question, day, hour, answer, followup, n in rows:
            a = _ANSWERS.get(answer)
            if a is None or followup not in _FOLLOWUPS:
                continue  # a value this version does not know: left out rather than failing the report
            out.append(Tally(site, question, day if isinstance(day, date) else date.fromisoformat(day), int(hour),
                             a, _FOLLOWUPS[followup], int(n)))
        return out

    def _sites(self, conn: Any) -> list[str]:
        if conn.dialect.name != "postgresql":  # the embedded demo central: every site
            q = union(select(SiteRecord.id), select(CheckInTallyDayRecord.site))
            return sorted(conn.execute(q).scalars())
        may_read_sites, is_staff = conn.execute(text(
            "SELECT has_table_privilege('public.site', 'SELECT'), "
            "has_function_privilege('public.staff_sites()', 'EXECUTE')")).one()
        if may_read_sites:  # a manager (or the database owner)
            return list(conn.execute(select(SiteRecord.id).order_by(SiteRecord.id)).scalars())
        if is_staff:
            return sorted(conn.execute(text("SELECT unnest(public.staff_sites())")).scalars())
        user = conn.execute(text("SELECT session_user")).scalar_one()
        raise CentralError(f"the database user {user} may not read results: log in as a staff or manager user "
                           "(kiosk central add-user)")

    def _read(self, fn: Any) -> Any:
        try:
            with self._engine.connect() as conn:
                return fn(conn)
        except SQLAlchemyError as e:
            raise explain(self._engine, e) from None


def _by_period(tallies: list[Tally], query: ResultsQuery, grain: Grain | None) -> list[Tally]:
    sums: dict[tuple[str, str, date, Answer], int] = {}
    for t in tallies:
        first = max(period_of(t.day, grain).start, query.date_from) if grain else query.date_from
        key = (t.site, t.question, first, t.answer)
        sums[key] = sums.get(key, 0) + t.count
    return [Tally(s, q, d, 0, a, None, n) for (s, q, d, a), n in sorted(sums.items())]


def where(engine: Engine) -> str:
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or "(memory)"
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def explain(engine: Engine, error: SQLAlchemyError) -> CentralError:
    """A database error as one plain line (never a password, never a traceback)."""
    orig = getattr(error, "orig", None)
    lines = str(orig or error).strip().splitlines()
    detail = lines[0] if lines else type(error).__name__
    state = getattr(orig, "sqlstate", None) or ""
    if state == "42501" or "permission denied" in detail:
        return CentralError(f"this database user may not read results at {where(engine)} ({detail}): log in as "
                            "a staff or manager user")
    if state in ("42P01", "42883") or "no such table" in detail:
        return CentralError(f"the central database at {where(engine)} has no results tables yet (it is older "
                            f"than this program): run `kiosk central init` ({detail})")
    connecting = type(orig).__name__ == "OperationalError" and not state
    if connecting or state.startswith("08") or (isinstance(error, DBAPIError) and error.connection_invalidated):
        return CentralError(f"cannot reach the central database at {where(engine)}: {detail}")
    return CentralError(f"the central database at {where(engine)} refused: {detail}")


def open_engine(url: str, password: str | None = None) -> Engine:
    """An engine for a central URL given by a person: PostgreSQL (`postgresql://USER@HOST/DB`, no password in
    it) or a SQLite file of the demo (which must exist: a mistyped path is never made into a new database)."""
    if "://" not in url or url.startswith("sqlite"):
        path = Path(url).expanduser() if "://" not in url else Path(make_url(url).database or "")
        if not path.is_file():
            raise CentralError(f"there is no central database at {path}")
        return make_engine(url)
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            url = "postgresql+psycopg://" + url[len(scheme):]
    try:
        parsed = make_url(url)
    except Exception:  # ArgumentError, ValueError: not a URL at all
        raise CentralError(f"{url!r} is not a database URL like postgresql://me@db.example.org/kiosk") from None
    if parsed.get_backend_name() != "postgresql":
        raise CentralError(f"the central database must be PostgreSQL or a SQLite file, not {parsed.get_backend_name()}")
    if parsed.password is not None or "password" in parsed.query:
        raise CentralError("the URL contains a password, and shell history keeps it: leave it out and use "
                           "--password-file FILE, PGPASSWORD or ~/.pgpass")
    try:
        engine = make_engine(url)
    except ModuleNotFoundError as e:
        raise CentralError(f"PostgreSQL support is not installed ({e.name}): "
                           "pip install 'kindness-kiosk[postgres]'") from None
    if password:
        @event.listens_for(engine, "do_connect")
        def _password(dialect: object, record: object, cargs: object, cparams: dict[str, object]) -> None:
            cparams["password"] = password
    return engine


def read_password(path: str | None, env_value: str | None) -> str | None:
    """The first line of `path`, else `env_value`, else None (libpq then finds PGPASSWORD or ~/.pgpass)."""
    if not path:
        return env_value or None
    file = Path(path).expanduser()
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise CentralError(f"cannot read the password file {file}: {getattr(e, 'strerror', None) or e}") from None
    if not lines or not lines[0].strip():
        raise CentralError(f"the password file {file} is empty")
    return lines[0].strip()
