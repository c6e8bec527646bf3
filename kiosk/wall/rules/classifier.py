"""The wall's statistical filter: does a message read as kind or thankful, and does any part of it read as
hurtful (an insult, hate, a threat, self-harm) or as spam — alongside the word lists, not instead of them.

A multinomial naive Bayes model over words, word pairs and character 3- and 4-grams, read after the same
normalisation the word lists use (kiosk.wall.rules.textnorm: look-alike letters, accents, l33t undone —
"Y0U ST1NK l0$er" is read as "you stink loser"). The model is data (`FilterModel`), trained by
kiosk/wall/train_filter.py from kiosk/wall/filter/training.tsv and read from model.json by
kiosk.wall.filter_files; nothing here reads a file. Pure Python: no numpy at run time.

`read(model, text)` gives a `Reading`: `kind`, the confidence (0–1) that the whole message is kind or
thankful, and `harmful`, each hurtful class found, with the words that made it so. A message is read as a
whole and part by part ("Thanks to Sam, you stink" holds: a part without a word of thanks or praise reads as
hurtful), and some words and
word pairs seen only in hurtful training messages (`cues`) hold a message by themselves.
Features unknown to the model count for nothing, so text in a language the model has not seen is never
"kind" by default: it waits for staff.
Thread: any (pure; `read` keeps a small per-process cache of normalised words, safe under the GIL).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.wall.rules.textnorm import RUN3, WORD, fold, unleet

__all__ = ["CLASSES", "HARMFUL", "FilterModel", "ModelFormatError", "Reading", "features", "read", "segments",
           "words"]

CLASSES = ("kind", "neutral", "insult", "hate", "threat", "selfharm", "spam")
HARMFUL = ("insult", "hate", "threat", "selfharm")  # spam is held too, but it is not hurtful
FORMAT = 1
NGRAMS = (3, 4)
MAX_WORD = 24  # longer "words" are pastes or mashes: their character n-grams are not read

_APOSTROPHES = str.maketrans(dict.fromkeys("'’ʼ‘`´"))
_EDGE = ".,;:?…\"()[]{}«»“”‘’„¿<>-—–/\\~^_=*#&%"
# Where a message changes its mind: sentence ends, commas, semicolons, "but", "except".
_SPLIT = re.compile(r"[.!?;:…]+(?=\s|$)|[,\n]+|\s(?:but|except|although|though|however|yet)\s|\s[-—–]+\s")


class ModelFormatError(ValueError):
    """model.json is not a model this code can read; the message says what is wrong."""


@dataclass(frozen=True)
class FilterModel:
    classes: tuple[str, ...]
    priors: tuple[float, ...]  # log P(class)
    table: Mapping[str, tuple[float, ...]]  # feature → log P(feature | class), one per class
    cues: Mapping[str, str] = field(default_factory=dict)  # feature → the hurtful class it alone stands for
    markers: tuple[str, ...] = ()  # words of thanks and praise, normalised ("thank*": any word beginning so)
    kind_threshold: float = 0.9  # P(kind) at or above which a message reads as kind
    harm_threshold: float = 0.5  # P(any hurtful class) at or above which the whole message is flagged
    part_threshold: float = 0.9  # the same, for one part of a message that has several
    trained_on: int = 0  # training messages
    digest: str = ""  # of the training corpus, so a stale model can be noticed
    _exact: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _prefixes: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_exact", frozenset(m for m in self.markers if not m.endswith("*")))
        object.__setattr__(self, "_prefixes", tuple(m[:-1] for m in self.markers if m.endswith("*")))

    @classmethod
    def from_dict(cls, data: Any) -> FilterModel:
        """Checks what model.json holds; raises ModelFormatError naming the first problem."""
        if not isinstance(data, dict):
            raise ModelFormatError("the model is not a JSON object")
        if data.get("format") != FORMAT:
            raise ModelFormatError(f"model format {data.get('format')!r} is not {FORMAT}: retrain it")
        classes = data.get("classes")
        if not isinstance(classes, list) or tuple(classes) != CLASSES:
            raise ModelFormatError(f"the model's classes are {classes!r}, not {list(CLASSES)}")
        n = len(CLASSES)

        def row(value: Any, what: str) -> tuple[float, ...]:
            if not (isinstance(value, list) and len(value) == n
                    and all(isinstance(v, int | float) and math.isfinite(v) and v <= 0 for v in value)):
                raise ModelFormatError(f"{what} is not {n} log-probabilities")
            return tuple(float(v) for v in value)

        table_data = data.get("features")
        if not isinstance(table_data, dict) or not table_data:
            raise ModelFormatError("the model has no features")
        table = {str(k): row(v, f"feature {k!r}") for k, v in table_data.items()}
        cues = data.get("cues", {})
        if not isinstance(cues, dict) or not all(v in HARMFUL for v in cues.values()):
            raise ModelFormatError("the model's cues must each name a hurtful class")
        thresholds = data.get("thresholds", {})
        kind_t, harm_t, part_t = (thresholds.get(k) for k in ("kind", "harm", "part"))
        if not all(isinstance(t, int | float) and 0 < t < 1 for t in (kind_t, harm_t, part_t)):
            raise ModelFormatError("the model's thresholds (kind, harm, part) must be between 0 and 1")
        markers = data.get("markers")
        if not isinstance(markers, list) or not markers or not all(isinstance(m, str) and m for m in markers):
            raise ModelFormatError("the model has no markers of thanks and praise")
        return cls(CLASSES, row(data.get("priors"), "priors"), table, {str(k): str(v) for k, v in cues.items()},
                   tuple(markers), float(kind_t), float(harm_t), float(part_t), int(data.get("trained_on", 0)),
                   str(data.get("digest", "")))


@dataclass(frozen=True, slots=True)
class Harm:
    label: str  # one of HARMFUL, or "spam"
    confidence: float
    evidence: str  # the part of the message, or the cue, that reads so


@dataclass(frozen=True, slots=True)
class Reading:
    kind: float  # 0–1: how surely the whole message reads as kind or thankful
    harmful: tuple[Harm, ...]  # empty when nothing reads as hurtful or spam
    kind_threshold: float
    known: int  # features the model knew (0: it could not read the message at all)
    marker: str  # the first word of thanks or praise in it ("" when there is none)

    @property
    def reads_kind(self) -> bool:
        """Kind enough to appear at once: a word of thanks or praise, the model sure, nothing hurtful."""
        return bool(self.marker) and self.kind >= self.kind_threshold and not self.harmful


@functools.lru_cache(maxsize=16384)
def _token_words(token: str) -> tuple[str, ...]:
    core = token.strip(_EDGE)
    if not core:
        return ()
    if WORD.search(core):  # l33t only inside something with letters: "l0$er", not "10/10"
        core = unleet(core)[0]
    out = [RUN3.sub(r"\1\1", w) for w in WORD.findall(core)]
    if not core.isascii():
        out += ["~" + c for c in core if unicodedata.category(c) == "So"]  # emoji and symbols: ❤ 🙏
    return tuple(out)


def words(folded: str) -> list[str]:
    """Folded text as the model reads it: l33t undone, apostrophes joined, letters stretched to two at most,
    emoji as "~❤" words."""
    out: list[str] = []
    for token in folded.translate(_APOSTROPHES).replace("<3", " ♥ ").split():  # "I <3 the staff"
        out.extend(_token_words(token))
    return out


def segments(text: str) -> list[str]:
    """The message folded and cut where it may change its mind (sentences, commas, "but")."""
    return [s for s in _SPLIT.split(fold(text)) if s and not s.isspace()]


@functools.lru_cache(maxsize=16384)
def _word_features(w: str) -> tuple[str, ...]:
    out = ["w:" + w]
    if len(w) <= MAX_WORD and not w.startswith("~"):
        padded = f"<{w}>"
        out += ["c:" + padded[i:i + n] for n in NGRAMS for i in range(len(padded) - n + 1)]
    return tuple(out)


def features(ws: Sequence[str]) -> Counter[str]:
    """Every feature of a run of words, with its count."""
    counts: Counter[str] = Counter()
    for w in ws:
        counts.update(_word_features(w))
    counts.update(f"b:{a} {b}" for a, b in itertools.pairwise(ws))
    return counts


def _likelihood(model: FilterModel, feats: Iterable[tuple[str, int]]) -> tuple[list[float], int]:
    acc = [0.0] * len(model.classes)
    known = 0
    table = model.table
    for f, count in feats:
        row = table.get(f)
        if row is None:
            continue
        known += count
        for i, v in enumerate(row):
            acc[i] += v * count
    return acc, known


def _posterior(priors: Sequence[float], likelihood: Sequence[float]) -> list[float]:
    scores = [p + s for p, s in zip(priors, likelihood, strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


_SARCASM = re.compile(r"(?:[,.…!]\s*(?:not|Not)|\sNOT)[.!]*\s*$")  # "so helpful, not" / "great… NOT"
_HARM_INDEX = tuple(CLASSES.index(c) for c in HARMFUL)
_SPAM = CLASSES.index("spam")
_KIND = CLASSES.index("kind")


def _harm_in(p: Sequence[float], threshold: float, evidence: str) -> Harm | None:
    hurt = sum(p[i] for i in _HARM_INDEX)
    if hurt >= threshold:
        label = HARMFUL[max(range(len(_HARM_INDEX)), key=lambda j: p[_HARM_INDEX[j]])]
        return Harm(label, hurt, evidence)
    if p[_SPAM] >= 0.5:
        return Harm("spam", p[_SPAM], evidence)
    return None


def read(model: FilterModel, text: str) -> Reading:
    """How the model reads the message: kind confidence, and what in it reads as hurtful or spam."""
    total = [0.0] * len(model.classes)
    known = 0
    harms: dict[str, Harm] = {}
    parts = segments(text)
    all_words: list[str] = []
    for part in parts:
        ws = words(part)
        if not ws:
            continue
        all_words += ws
        feats = features(ws)
        like, k = _likelihood(model, feats.items())
        known += k
        total = [a + b for a, b in zip(total, like, strict=True)]
        if k and len(parts) > 1 and not any(w in model._exact or w.startswith(model._prefixes) for w in ws):
            harm = _harm_in(_posterior(model.priors, like), model.part_threshold, " ".join(ws))
            if harm is not None:
                harms.setdefault(harm.label, harm)
        for f in feats:
            cue = model.cues.get(f)
            if cue is not None:
                harms.setdefault(cue, Harm(cue, 1.0, f[2:]))
    if parts and _SARCASM.search(text):
        harms.setdefault("insult", Harm("insult", 1.0, "…, not"))
    marker = next((w for w in all_words if w in model._exact or w.startswith(model._prefixes)), "")
    if not known:
        return Reading(0.0, tuple(harms.values()), model.kind_threshold, 0, marker)
    p = _posterior(model.priors, total)
    harm = _harm_in(p, model.harm_threshold, " ".join(all_words))
    if harm is not None:
        harms.setdefault(harm.label, harm)
    return Reading(p[_KIND], tuple(harms.values()), model.kind_threshold, known, marker)
