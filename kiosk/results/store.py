"""This kiosk's own answers as tallies, read from the local store (SQLite) — results that work offline.

Answers are grouped in SQL by site-local date, UTC quarter hour, answer and latest follow-up; each quarter hour is
then turned into the site's local hour in Python (zoneinfo), which is right across summer time and for zones
with half- or quarter-hour offsets. A kiosk keeps at most a few hundred thousand answers, so one grouped read is
fast (benchmarks/results_local.py). `wall_activity()` counts this kiosk's kindness-wall messages by their state now
(the data layer's `wall_state` table: counts only, never a message).
Thread: the database thread (or the CLI's main thread).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Integer, cast, func, select
from sqlalchemy.exc import SQLAlchemyError

from kiosk.core.answers import Answer, Followup
from kiosk.core.errors import StorageError
from kiosk.data.content_models import WallStateRecord
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord
from kiosk.results.report_model import WallActivity
from kiosk.results.rules.tally import ResultsQuery, Tally
from kiosk.results.source import Scope


class LocalResults:
    """Tallies of the answers stored on this kiosk (`site`, `timezone` from the config)."""

    def __init__(self, engine: Engine, *, site: str, kiosk: str, timezone: str) -> None:
        self._engine = engine
        self._site = site
        self._kiosk = kiosk
        self._zone = ZoneInfo(timezone)

    def scope(self) -> Scope:
        return Scope("kiosk", (self._site,), self._kiosk)

    def wall_activity(self, query: ResultsQuery) -> WallActivity:
        """This kiosk's wall messages written in the query's local dates, by their state now (counts only)."""
        start = datetime.combine(query.date_from, time(0), self._zone).astimezone(UTC)
        end = datetime.combine(query.date_to + timedelta(days=1), time(0), self._zone).astimezone(UTC)
        w = WallStateRecord
        q = (select(w.status, func.count()).where(w.site == self._site, w.kiosk == self._kiosk,
                                                   w.created_at >= start, w.created_at < end).group_by(w.status))
        try:
            with self._engine.connect() as conn:
                counts = {str(status): int(n) for status, n in conn.execute(q).all()}
        except SQLAlchemyError as e:
            raise StorageError(f"could not read the wall's messages: {e.__class__.__name__}") from e
        return WallActivity(written=sum(counts.values()), approved=counts.get("approved", 0),
                            rejected=counts.get("rejected", 0), hidden=counts.get("hidden", 0),
                            pending=counts.get("pending", 0))

    def tallies(self, query: ResultsQuery) -> list[Tally]:
        latest = (
            select(CheckInFollowupRecord.followup)
            .where(CheckInFollowupRecord.checkin_id == CheckInRecord.id)
            .order_by(CheckInFollowupRecord.answered_at.desc())
            .limit(1)
            .correlate(CheckInRecord)
            .scalar_subquery()
        )
        hour = func.strftime("%Y-%m-%d %H", CheckInRecord.answered_at)
        quarter = cast(func.strftime("%M", CheckInRecord.answered_at), Integer) / 15
        q = (select(CheckInRecord.site, CheckInRecord.question, CheckInRecord.local_date, hour, quarter,
                    CheckInRecord.answer, latest.label("followup"), func.count())
             .where(CheckInRecord.local_date >= query.date_from, CheckInRecord.local_date <= query.date_to)
             .group_by(CheckInRecord.site, CheckInRecord.question, CheckInRecord.local_date, hour, quarter,
                       CheckInRecord.answer, latest))
        if query.sites:
            q = q.where(CheckInRecord.site.in_(query.sites))
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(q).all()
        except SQLAlchemyError as e:
            raise StorageError(f"could not read the answers: {e.__class__.__name__}") from e
        counts: dict[tuple[str, str, date, int, Answer, Followup | None], int] = {}
        for site, question, day, utc_hour, q15, answer, followup, n in rows:
            if answer not in Answer._value2member_map_:
                continue  # never happens locally (the kiosk writes it); a report must not fail on it
            moment = datetime.strptime(utc_hour, "%Y-%m-%d %H").replace(minute=int(q15) * 15, tzinfo=UTC)
            key = (site, question, day, moment.astimezone(self._zone).hour, Answer(answer),
                   Followup(followup) if followup in Followup._value2member_map_ else None)
            counts[key] = counts.get(key, 0) + int(n)
        return [Tally(site, question, day, h, a, f, n) for (site, question, day, h, a, f), n in sorted(
            counts.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2], kv[0][3], kv[0][4], kv[0][5] or ""))]
