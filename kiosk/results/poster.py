"""A warm A4 results poster for the entrance: "Nearly 9 in 10 visitors told us they experienced kindness here in
November", with how many answered, the site's name and the month — `write_poster(month_row, path)`.

The figure is a natural frequency rounded honestly (report_words.InTen: never more than the answers say). The
poster is refused, kindly, with a typed error when the month's figure is hidden (fewer than the minimum number
of answers, or hidden so a small figure cannot be worked out) or when nobody answered: a poster never shows a
figure the reports would hide. Drawn with matplotlib in the kiosk's look (report_page): PDF with the fonts
embedded, or PNG at 150 dpi. Thread: any.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.patches import Circle, FancyBboxPatch

from kiosk.core.errors import KioskError
from kiosk.results import report_words as w
from kiosk.results.report_page import A4, Pages, pitch, style, text_width, wrap
from kiosk.results.rules.summary import ALL_SITES, SummaryRow

PNG_DPI = 150


class PosterRefused(KioskError):
    """No poster for this month: the message says why and what to do instead."""

    kind = "results_poster"


def write_poster(figure: SummaryRow, path: Path, *, min_count: int = 10, translate: w.Tr | None = None) -> None:
    """Writes the poster of one month's figure (a Summary row of that month and site) as .pdf or .png."""
    translate = translate or w.translator()
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise PosterRefused(f"{path.name}: the poster is written as .pdf or .png", code="results.poster_format",
                            file=path.name)
    month = w.month(figure.period_start, translate)
    where = "" if figure.site == ALL_SITES else figure.site
    if figure.suppressed is not None:
        raise PosterRefused(
            f"There are not enough answers for {month}{' at ' + where if where else ''} to make a poster "
            f"(a figure needs at least {min_count} answers, and none is shown with fewer). Try a month with more "
            "answers, or all sites together.", code="results.poster_suppressed", month=month, site=where,
            min_count=min_count)
    if not figure.answers or figure.yes is None:
        raise PosterRefused(f"Nobody answered the kindness question in {month}{' at ' + where if where else ''}, "
                            "so there is nothing to put on a poster yet.", code="results.poster_no_answers",
                            month=month, site=where)
    freq = w.InTen(figure.yes, figure.answers)
    with style():
        pages = Pages(margin=18, footer_room=0)
        _draw(pages, freq, figure.answers, month, where, translate)
        fig = pages.figures[0]
        tmp = path.with_name(path.name + ".part")
        try:
            if suffix == ".pdf":
                pages.save_pdf(tmp, title=translate("report", "Kindness here"), subject=month)
            else:
                fig.savefig(tmp, format="png", dpi=PNG_DPI, facecolor=fig.get_facecolor())
            tmp.replace(path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def _draw(pages: Pages, freq: w.InTen, answers: int, month: str, where: str, translate: w.Tr) -> None:
    p, ax, width = pages.p, pages.ax, A4[0]
    ax.add_patch(Circle((-20, A4[1] + 10), 95, color=p.blob_b, lw=0, zorder=0))
    ax.add_patch(Circle((width - 30, 150), 12, color=p.sand, lw=0, zorder=0))
    ax.add_patch(Circle((36, 118), 7, color=p.blob_a, lw=0, zorder=0))
    margin = pages.margin
    pages.text(margin, 40, translate("report", "Kindness here"), 30, bold=True, color=p.ink)
    ax.add_patch(FancyBboxPatch((margin, 46), 34, 2.2, boxstyle="round,pad=0,rounding_size=1.1", color=p.accent,
                                lw=0, zorder=4))
    if where:
        for i, line in enumerate(wrap(where, width - 2 * margin, 16)[:2]):
            pages.text(margin, 60 + i * pitch(16), line, 16, color=p.ink_soft)
    lead = freq.lead(translate)
    centre = width / 2
    if lead:
        pages.text(centre, 104, lead, 30, bold=True, color=p.accent, ha="center")
    big = freq.figure(translate)
    size = 96.0
    while text_width(big, size, True) > width - 2 * margin and size > 40:
        size -= 4
    pages.text(centre, 148, big, size, bold=True, color=p.accent, ha="center")
    sentence = translate("report", "visitors told us they experienced kindness here in {month}").format(month=month)
    for i, line in enumerate(wrap(sentence, width - 2 * margin - 10, 22)[:3]):
        pages.text(centre, 172 + i * pitch(22), line, 22, color=p.ink, ha="center")
    note = translate("report", "From {n} answers to \u201cDid you experience kindness today?\u201d on our kiosk.").format(
        n=w.count(answers))
    for i, line in enumerate(wrap(note, width - 2 * margin - 20, 13)[:2]):
        pages.text(centre, 214 + i * pitch(13), line, 13, color=p.ink_soft, ha="center")
    pages.card(margin + 12, 238, width - 2 * margin - 24, 26, fill=p.warm)
    thanks = translate("report", "Thank you for telling us. Every answer helps us be kinder.")
    lines = wrap(thanks, width - 2 * margin - 40, 14)[:2]
    first = 238 + 13 + 1.8 - (len(lines) - 1) * pitch(14) / 2  # the lines centred in the card
    for i, line in enumerate(lines):
        pages.text(centre, first + i * pitch(14), line, 14, bold=True, color=p.quote, ha="center")
