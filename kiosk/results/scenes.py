"""The Results screen's screenshot scenes: staff tools → Results on a site with about twelve weeks of answers,
one week with too few answers to show (a gap), one unusually low week (a special cause), and follow-ups.

The sample answers are written into the throwaway store once, when it has none (`seed_results`, on the database
thread, through the check-in tables of kiosk.data.models — the results read them as any answers). Fixed by a
seed and by the kiosk's clock, so the pictures change only when the screen does.
Registered in order by `register` (kiosk.shell.stage explains scenes); production code never imports this
module. Thread: GUI (the answers are written on the database thread).
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, insert, select

from kiosk.core.answers import Answer, Followup
from kiosk.data.models import CheckInFollowupRecord, CheckInRecord
from kiosk.results.view_model import ResultsViewModel
from kiosk.shell.stage import SceneBook, Stage

# (answers, kindness rate) for each week, oldest first, ending with this week so far.
SAMPLE_WEEKS = ((66, 0.80), (72, 0.83), (69, 0.77), (75, 0.82), (70, 0.78), (64, 0.84), (73, 0.79),
                (6, 0.83),  # half-term: the building mostly closed, too few answers to show
                (71, 0.82), (62, 0.52),  # an unusually low week (the lift was out of order)
                (74, 0.79), (68, 0.85), (30, 0.83))  # the last: this week so far
SAMPLE_FOLLOWUPS = ((Followup.STAFF, 60), (Followup.VISITOR, 25), (Followup.ELSEWHERE, 15))


def seed_results(engine: Engine, site: str, kiosk: str, timezone: str, now: datetime, seed: int = 11) -> int:
    """Database thread: the sample weeks' answers (once, into a store without answers); how many were written."""
    with engine.begin() as conn:
        if conn.scalar(select(func.count()).select_from(CheckInRecord)):
            return 0
        rng = random.Random(seed)
        zone = ZoneInfo(timezone)
        today = now.astimezone(zone).date()
        monday = today - timedelta(days=today.weekday())
        checkins: list[dict[str, object]] = []
        followups: list[dict[str, object]] = []
        for i, (n, rate) in enumerate(SAMPLE_WEEKS):
            start = monday - timedelta(weeks=len(SAMPLE_WEEKS) - 1 - i)
            days = [start + timedelta(days=d) for d in range(6)]
            days = [d for d in days if d < today] or [today]
            yes = round(n * rate)
            answers = [Answer.YES] * yes + [Answer.NOT_SURE] * ((n - yes) * 2 // 3)
            answers += [Answer.NO] * (n - len(answers))
            rng.shuffle(answers)
            for answer in answers:
                at = _moment(rng.choice(days), rng, zone, now)
                row_id = uuid.UUID(int=rng.getrandbits(128), version=4)
                checkins.append({"id": row_id, "site": site, "kiosk": kiosk, "answered_at": at,
                                 "local_date": at.astimezone(zone).date(), "answer": answer.value, "language": "en"})
                if answer is not Answer.NO and rng.random() < 0.6:
                    where = rng.choices([f for f, _ in SAMPLE_FOLLOWUPS], [w for _, w in SAMPLE_FOLLOWUPS])[0]
                    followups.append({"id": uuid.UUID(int=rng.getrandbits(128), version=4), "checkin_id": row_id,
                                      "site": site, "kiosk": kiosk, "followup": where.value,
                                      "answered_at": at + timedelta(seconds=20)})
        conn.execute(insert(CheckInRecord), checkins)
        if followups:
            conn.execute(insert(CheckInFollowupRecord), followups)
        return len(checkins)


def _moment(day: date, rng: random.Random, zone: ZoneInfo, now: datetime) -> datetime:
    """A moment in opening hours (09:00–16:59 at the site) on `day`, never after `now`."""
    local = datetime.combine(day, time(9), tzinfo=zone) + timedelta(minutes=rng.triangular(0, 480, 200))
    return min(local.astimezone(UTC), now - timedelta(minutes=rng.randint(1, 60)))


def _open(stage: Stage) -> ResultsViewModel:
    config = stage.kiosk.config
    stage.on_db(lambda: seed_results(stage.kiosk.services.engine(), config.site_id, config.kiosk_id,
                                     config.timezone, stage.kiosk.clock.now()), what="the sample answers")
    results = stage.model("results", ResultsViewModel)
    stage.sign_in_as_staff()
    stage.wait_for(results.refreshed, "the results to be counted", lambda: stage.kiosk.staff.openTool("results"))
    stage.screen_is("results")
    return results


def results(stage: Stage) -> None:
    """Staff tools → Results."""
    _open(stage)


def register(book: SceneBook) -> None:
    book.add("results", results)
