"""What "Read to me" says: the words of a screen, in reading order, and the voice it says them in.

Pure (no Qt, no I/O), so it is tested in microseconds; kiosk.shell.read_aloud_model turns the live QML screen
into `Node`s and kiosk.shell.speech says the result.

- `phrases(screen)` walks the screen's items in reading order (the order a screen reader's tree has: each
  item before its children, children in the order the QML declares them) and keeps the accessible name —
  and a control's description, its second line — of every shown item that is not `ignored`. An ignored item
  still has its children read (as in Qt's accessibility tree); a hidden or see-through one has not.
- `script(phrases)` joins them into one text for the speech engine, with a full stop after each phrase that
  ends without punctuation, so the voice pauses between a heading and the next line.
- `choose_voice(language, voices)` picks the voice for a kiosk language from what the engine offers: one whose
  locale is that language, the plain voice before its variants ("English (Great Britain)" before
  "English (Great Britain)+Annie"), in the region that language is most at home in here (`HOME_REGION`).
Thread: any.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# The region whose voice a language prefers when the engine has several (espeak-ng's English: Caribbean, GB,
# Scottish, US, …; the kiosk's English is British). Others take the engine's first plain voice.
HOME_REGION = {"en": "GB", "pt": "PT", "es": "ES", "fr": "FR"}


@dataclass(frozen=True)
class Node:
    """One item of a screen as the accessibility tree sees it."""

    name: str = ""
    description: str = ""
    ignored: bool = False  # Accessible.ignored: its own words are not read (its children's are)
    shown: bool = True  # visible and not see-through: false hides the whole subtree
    children: tuple[Node, ...] = field(default=())


class Voice(NamedTuple):
    """A voice the engine offers: its name and its locale's name ("en_GB", "ar_EG", "C")."""

    name: str
    locale: str


def phrases(screen: Node) -> list[str]:
    """The words of the screen, phrase by phrase, in reading order (a phrase said twice in a row once)."""
    said: list[str] = []
    for words in _walk(screen):
        text = " ".join(words.split())
        if text and (not said or said[-1] != text):
            said.append(text)
    return said


def _walk(node: Node) -> Iterable[str]:
    if not node.shown:
        return
    if not node.ignored:
        yield node.name
        yield node.description
    for child in node.children:
        yield from _walk(child)


def script(said: Sequence[str]) -> str:
    """One text for the speech engine: each phrase ends in punctuation (a full stop added where none), so the
    voice pauses between them."""
    return "\n".join(p if _ends_in_punctuation(p) else p + "." for p in said)


def _ends_in_punctuation(text: str) -> bool:
    return bool(text) and unicodedata.category(text[-1]).startswith("P") and text[-1] not in "\"'”’»)]"


def language_of(locale: str) -> str:
    """The language part of a locale name: "en_GB" → "en", "haw_US" → "haw", "C" → "C"."""
    return locale.replace("-", "_").split("_")[0]


def choose_voice(language: str, voices: Iterable[Voice]) -> Voice | None:
    """The voice for a kiosk language ("en", "en_GB", "gd", …), or None when the engine has none for it."""
    wanted = language_of(language)
    region = language.replace("-", "_").split("_")[1] if "_" in language else HOME_REGION.get(wanted, "")
    best: tuple[int, int] | None = None
    chosen: Voice | None = None
    for order, voice in enumerate(voices):
        if language_of(voice.locale) != wanted or voice.locale == "C":
            continue
        variant = 1 if "+" in voice.name else 0
        other_region = 0 if region and voice.locale.endswith("_" + region) else 1
        rank = (variant * 2 + other_region, order)
        if best is None or rank < best:
            best, chosen = rank, voice
    return chosen


def voiced(languages: Iterable[str], voices: Iterable[Voice]) -> dict[str, Voice | None]:
    """Each language with its chosen voice (None: the engine has no voice for it)."""
    offered = list(voices)
    return {code: choose_voice(code, offered) for code in languages}
