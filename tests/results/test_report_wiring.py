"""`kiosk report --out r.pdf|r.xlsx` and `kiosk results poster`, as a new user runs them: from this kiosk's store
with twelve weeks of answers (its open alerts and wall counts in the report), from a central PostgreSQL as a
manager (every site) and as staff (their sites only) — the central report built from the daily tallies and the
weekday × hour pattern summed in SQL, checked equal to one built from the hourly tallies — and every kind of bad
input as one clear line with status 2."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, insert, text

from kiosk import cli
from kiosk.checkin.rules import Answer, CheckIn, CheckInFollowup, Followup
from kiosk.checkin.store import CheckInService
from kiosk.core.clock import ManualClock
from kiosk.core.config import Config
from kiosk.data.content_models import WallStateRecord
from kiosk.data.pulse_models import StaffPulseRecord
from kiosk.data.services import Services
from kiosk.results.alerts import Alerts
from kiosk.results.poster import PosterRefused
from kiosk.results.rules.summary import COLUMNS
from kiosk.results.rules.tally import ResultsQuery, ResultsQueryError
from kiosk.shell.error_words import error_words

FIRST, LAST = date(2026, 9, 7), date(2026, 11, 29)  # twelve full weeks, Monday to Sunday
PERIOD = ("--from", FIRST.isoformat(), "--to", LAST.isoformat())
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], config: Config,
        *argv: str) -> tuple[int, str]:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(config.data_dir))
    status = cli.main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err.strip()


def pdf_text(path: Path) -> str:
    """The PDF's words in reading order, each run of white space as one space."""
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.fixture
def twelve_weeks(engine: Engine, config: Config) -> tuple[int, int]:
    """Four answers a day for twelve weeks (the last two mostly no, so alerts are raised), follow-ups after some
    yes; two of this kiosk's wall messages and one of another kiosk; staff pulse answers (October enough to show,
    November too few); the alerts evaluated on the Monday after.
    Returns (yes, answers)."""
    store = CheckInService(engine)
    rnd = random.Random(9)
    yes = answers = 0
    for day in range(84):
        for i in range(4):
            at = datetime.combine(FIRST + timedelta(days=day), datetime.min.time(), UTC) + timedelta(
                hours=9 + rnd.randrange(8), minutes=i)
            good = rnd.random() < (0.8 if day < 70 else 0.25)
            answer = Answer.YES if good else rnd.choice([Answer.NO, Answer.NOT_SURE])
            checkin = store.record(CheckIn.new(answer=answer, site=config.site_id, kiosk=config.kiosk_id,
                                               language="en", clock=ManualClock(at), timezone=config.timezone))
            yes, answers = yes + (answer is Answer.YES), answers + 1
            if answer is Answer.YES and i % 2:
                store.record_followup(CheckInFollowup.new(checkin=checkin, followup=Followup.STAFF,
                                                          clock=ManualClock(at + timedelta(seconds=5))))
    with engine.begin() as conn:
        for kiosk, status in ((config.kiosk_id, "approved"), (config.kiosk_id, "pending"), ("kiosk-2", "approved")):
            conn.execute(insert(WallStateRecord).values(
                message_id=uuid.uuid4(), site=config.site_id, kiosk=kiosk, text="Thank you", status=status,
                created_at=datetime(2026, 10, 1, 12, tzinfo=UTC)))
        for on, said, n in ((date(2026, 10, 5), "yes", 9), (date(2026, 10, 6), "no", 3),
                            (date(2026, 11, 2), "yes", 4)):  # the staff pulse: October 9 of 12, November 4
            conn.execute(insert(StaffPulseRecord), [{"id": uuid.uuid4(), "site": config.site_id, "local_date": on,
                                                     "answer": said} for _ in range(n)])
    services = Services(config, ManualClock(datetime(2026, 11, 30, 10, tzinfo=UTC)))
    try:
        assert Alerts.from_services(services).evaluate(send_mail=False)
    finally:
        services.close()
    return yes, answers


@needs_pdftotext
def test_a_pdf_from_this_kiosks_store_has_the_headline_alerts_and_wall(
        twelve_weeks: tuple[int, int], config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    yes, answers = twelve_weeks
    out = tmp_path / "r.pdf"
    status, err = run(monkeypatch, capsys, config, "report", "--out", str(out), *PERIOD)
    assert status == 0, err
    words = pdf_text(out)
    assert words.startswith("Kindness at riverside 7 September – 29 November 2026 This kiosk's answers only")
    assert words.split("Made ")[1].split()[3] == f"{round(100 * yes / answers)}%"  # the headline, after the date
    assert "said yes: they experienced kindness" in words and f"{yes} of {answers} answers" in words
    assert "Open alerts" in words and "Kindness rate below 60%" in words  # the alert raised on 30 November
    assert "2 messages written: 1 put on the wall, 1 waiting for staff, 0 declined" in words  # not kiosk-2's
    assert "Through the week" in words and "About these figures" in words
    assert "Staff pulse" in words and "October 2026 riverside 12 75%" in words  # 9 of 12 staff said yes
    assert "November 2026 riverside too few answers to show" in words


def test_an_xlsx_from_this_kiosks_store_has_the_documented_summary(
        twelve_weeks: tuple[int, int], config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    yes, answers = twelve_weeks
    out = tmp_path / "r.xlsx"
    status, err = run(monkeypatch, capsys, config, "report", "--out", str(out), *PERIOD)
    assert status == 0, err
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Weekly", "Monthly", "Follow-ups", "Staff pulse", "Answers", "About"]
    rows = list(book["Summary"].iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    [whole] = rows[1:]
    assert whole[:4] == (datetime(2026, 9, 7), datetime(2026, 11, 29), "riverside", "kindness-1")
    assert whole[4:6] == (answers, yes) and whole[11] is None
    assert whole[9] < whole[8] < whole[10]  # ci_low < rate < ci_high, numbers as numbers
    assert len(list(book["Weekly"].iter_rows())) == 1 + 12
    pulse = list(book["Staff pulse"].iter_rows(values_only=True))
    assert pulse[1][:4] == (datetime(2026, 10, 1), "riverside", 12, 9) and pulse[2][2:] == (None,) * 5 + ("small",)


def test_reports_with_bad_input_are_one_clear_line(engine: Engine, config: Config, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("r.pdf", "r.xlsx"):
        out = tmp_path / name
        status, err = run(monkeypatch, capsys, config, "report", "--out", str(out), *PERIOD)
        assert status == 2 and err.startswith("kiosk: No answers in this period (2026-09-07 to 2026-11-29)"), err
        assert out.stat().st_size > 0  # the empty period is still a report, saying nobody answered
        status, err = run(monkeypatch, capsys, config, "report", "--out", str(out), "--from", "2026-11-30",
                          "--to", "2026-11-01")
        assert (status, err) == (2, "kiosk: The period ends (2026-11-01) before it starts (2026-11-30); swap the "
                                    "two dates.")
        status, err = run(monkeypatch, capsys, config, "report", "--out", str(out), "--from", "2012-01-01",
                          "--to", "2026-11-01")
        assert (status, err) == (2, "kiosk: The period from 2012-01-01 to 2026-11-01 is longer than 10 years; "
                                    "choose a shorter one.")


# -- the poster ---------------------------------------------------------------------------------------------------

def test_the_poster_of_a_month(twelve_weeks: tuple[int, int], config: Config, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("poster.pdf", "poster.png"):
        out = tmp_path / name
        status, err = run(monkeypatch, capsys, config, "results", "poster", "--out", str(out), "--month", "2026-10")
        assert (status, err) == (0, "")
        assert out.read_bytes()[:4] in (b"%PDF", b"\x89PNG")
    if shutil.which("pdftotext"):
        words = pdf_text(tmp_path / "poster.pdf")
        assert "visitors told us they experienced kindness here in October 2026" in words
        assert config.site_name in words  # the site as people know it, not its id


@pytest.mark.parametrize(("argv", "said"), [
    (["--month", "2026-06"], "kiosk: Nobody answered the kindness question in June 2026 at Riverside Customer "
                             "Service Centre, so there is nothing to put on a poster yet."),
    (["--month", "2026-12"], "kiosk: There are not enough answers for December 2026 at Riverside Customer Service "
                             "Centre to make a poster"),
    (["--month", "2026-13"], "kiosk: --month '2026-13' is not a month like 2026-11"),
    (["--month", "November"], "kiosk: --month 'November' is not a month like 2026-11"),
    (["--month", "2026-11", "--site", "elsewhere"], "kiosk: unknown site elsewhere: the sites of this kiosk are "
                                                    "riverside"),
])
def test_a_poster_is_refused_kindly(engine: Engine, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str], argv: list[str], said: str) -> None:
    store = CheckInService(engine)
    for i in range(3):  # three answers in December: too few to show
        store.record(CheckIn.new(answer=Answer.YES, site=config.site_id, kiosk=config.kiosk_id, language="en",
                                 clock=ManualClock(datetime(2026, 12, 1, 10, i, tzinfo=UTC)),
                                 timezone=config.timezone))
    out = tmp_path / "poster.pdf"
    status, err = run(monkeypatch, capsys, config, "results", "poster", "--out", str(out), *argv)
    assert status == 2 and err.startswith(said) and "\n" not in err, err
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_poster_with_a_bad_file_name_or_folder_is_refused(engine: Engine, config: Config, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    status, err = run(monkeypatch, capsys, config, "results", "poster", "--out", str(tmp_path / "p.jpg"),
                      "--month", "2026-11")
    assert (status, err) == (2, f"kiosk: cannot write {tmp_path / 'p.jpg'}: a poster is a .pdf or a .png file — "
                                "the file name's ending chooses the format")
    missing = tmp_path / "no" / "p.pdf"
    status, err = run(monkeypatch, capsys, config, "results", "poster", "--out", str(missing), "--month", "2026-11")
    assert (status, err) == (2, f"kiosk: cannot write {missing}: the folder {missing.parent} does not exist")


def test_the_results_errors_have_words_for_screens(qapp: Any) -> None:
    with pytest.raises(ResultsQueryError) as reversed_dates:
        ResultsQuery(date(2026, 11, 30), date(2026, 11, 1))
    assert error_words(reversed_dates.value) == ("The period ends (1 November 2026) before it starts (30 November "
                                                 "2026). Please swap the two dates.")
    with pytest.raises(ResultsQueryError) as too_long:
        ResultsQuery(date(2012, 1, 1), date(2026, 11, 1))
    assert error_words(too_long.value).startswith("The period from 1 January 2012 to 1 November 2026 is longer "
                                                  "than 10 year")  # "years" with the English catalogue's plural
    small = PosterRefused("x", code="results.poster_suppressed", month="November 2026", site="North", min_count=10)
    assert error_words(small).startswith("There are not enough answers for November 2026 at North to make a "
                                         "poster: a figure needs at least 10 answer")
    nobody = PosterRefused("x", code="results.poster_no_answers", month="November 2026", site="")
    assert error_words(nobody) == ("Nobody answered the kindness question in November 2026, so there is nothing to "
                                   "put on a poster yet.")
    assert ".pdf or .png" in error_words(PosterRefused("x", code="results.poster_format", file="p.jpg"))


# -- from the central database (PostgreSQL), as a manager and as staff ----------------------------------------------

SITES = {"north": 0.85, "south": 0.75, "west": 0.3}  # each site's share of yes; east has no answers at all


def _central_answers(engine: Engine) -> None:
    rnd = random.Random(4)
    rows = []
    for site, good in SITES.items():
        for day in range(21):  # 2 – 22 November 2026
            for k in range(3):
                at = datetime(2026, 11, 2, 9, tzinfo=UTC) + timedelta(days=day, hours=rnd.randrange(8), minutes=k)
                r = rnd.random()
                rows.append({"site": site, "kiosk": f"{site}-1", "at": at, "day": at.date(),
                             "answer": "yes" if r < good else ("not_sure" if r < good + (1 - good) / 2 else "no")})
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO checkin (id, site, kiosk, answered_at, local_date, answer, language) "
                          "VALUES (gen_random_uuid(), :site, :kiosk, :at, :day, :answer, 'en')"), rows)
        conn.execute(text("INSERT INTO checkin_followup (id, checkin_id, site, kiosk, followup, answered_at) "
                          "SELECT gen_random_uuid(), id, site, kiosk, CASE WHEN extract(minute FROM answered_at) = 0 "
                          "THEN 'staff' ELSE 'visitor' END, answered_at + interval '5 seconds' FROM checkin "
                          "WHERE answer = 'yes'"))


@needs_pdftotext
@pytest.mark.postgres
def test_a_manager_reports_every_site_and_staff_only_theirs_as_pdf_and_xlsx(
        pg_url: str, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.engine import make_url

    from kiosk.data.engine import make_engine
    from kiosk.results.central import CentralResults
    from kiosk.results.report_model import build_report
    from kiosk.sync import central as admin
    from tests.sync.kiosks import central_db

    owner = central_db(pg_url, sites=("east", "north", "south", "west"))
    try:
        _central_answers(owner)
        Alerts.central(owner, config, ManualClock(datetime(2026, 11, 23, 10, tzinfo=UTC))).evaluate(send_mail=False)
        staff = admin.add_user(owner, "staff", "sam", ["north", "south"])
        manager = admin.add_user(owner, "manager", "mo")
    finally:
        owner.dispose()

    def url_of(user: Any) -> tuple[str, str]:
        secret = tmp_path / f"{user.name}.password"
        secret.write_text(user.password + "\n", encoding="utf-8")
        return make_url(pg_url)._replace(username=user.role_name, password=None).render_as_string(
            hide_password=False), str(secret)

    def report(user: Any, out: Path, *more: str) -> tuple[int, str]:
        url, secret = url_of(user)
        return run(monkeypatch, capsys, config, "report", "--out", str(out), "--source", "central", "--url", url,
                   "--password-file", secret, "--from", "2026-11-02", "--to", "2026-11-22", *more)

    status, err = report(manager, tmp_path / "manager.pdf")
    assert status == 0, err
    words = pdf_text(tmp_path / "manager.pdf")
    assert words.startswith("Kindness across 4 sites 2 – 22 November 2026 Every kiosk at these sites")
    assert "Open alerts" in words and "west" in words and "Kindness rate below 60%" in words
    status, err = report(staff, tmp_path / "staff.pdf")
    assert status == 0, err
    words = pdf_text(tmp_path / "staff.pdf")
    assert words.startswith("Kindness across 2 sites") and "north, south" in words
    assert not re.search(r"\b(west|east)\b", words) and "Open alerts" not in words
    status, err = report(staff, tmp_path / "staff.xlsx")
    assert status == 0, err
    summary = list(load_workbook(tmp_path / "staff.xlsx")["Summary"].iter_rows(values_only=True))
    assert summary[0] == COLUMNS and {r[2] for r in summary[1:]} == {"north", "south", "(all sites)"}
    assert sum(r[4] for r in summary[1:] if r[2] != "(all sites)") == 2 * 21 * 3

    status, err = report(manager, tmp_path / "east.pdf", "--site", "east")  # a site with no answers
    assert status == 2 and err.startswith("kiosk: No answers in this period (2026-11-02 to 2026-11-22)"), err
    status, err = report(staff, tmp_path / "west.xlsx", "--site", "west")
    assert (status, err) == (2, "kiosk: unknown site west: the sites your database user may see are north, south")

    url, secret = url_of(staff)  # the poster of staff's two sites together
    status, err = run(monkeypatch, capsys, config, "results", "poster", "--out", str(tmp_path / "p.pdf"),
                      "--month", "2026-11", "--source", "central", "--url", url, "--password-file", secret)
    assert (status, err) == (0, "")
    assert re.search(r"in 10 visitors told us they experienced kindness here in November 2026",
                     pdf_text(tmp_path / "p.pdf"))

    # The central report reads days, the pattern and the follow-ups summed in SQL: the same report as from every
    # hourly tally.
    engine = make_engine(pg_url)
    try:
        central = CentralResults(engine)
        query = ResultsQuery(date(2026, 11, 2), date(2026, 11, 22), central.scope().sites)
        by_hour = build_report(central.tallies(query), query, 2)  # 2: so the sparse pattern shows cells
        inputs = central.report_inputs(query)
        by_day = build_report(inputs.tallies, query, 2, grid=inputs.grid, followups=inputs.followups)
    finally:
        engine.dispose()
    assert len(inputs.tallies) <= 3 * 21 * 3 and inputs.followups  # one per site, day and answer at most
    assert by_day.pattern.any_shown and by_day.pattern == by_hour.pattern
    assert by_day.followups.answered and by_day.followups == by_hour.followups
    assert (by_day.headline, by_day.followups, by_day.weekly, by_day.summary) == (
        by_hour.headline, by_hour.followups, by_hour.weekly, by_hour.summary)
