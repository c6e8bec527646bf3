"""Trains the wall's statistical filter (kiosk.wall.rules.classifier) and writes kiosk/wall/filter/model.json.

    python -m kiosk.wall.train_filter            # train on filter/training.tsv, report, write model.json
    python -m kiosk.wall.train_filter --check    # exit 1 if model.json is not what training gives now

Multinomial naive Bayes with add-α smoothing, equal class priors and class-balanced counts (the model
must not lean towards or away from "kind" because most training messages are kind). Deterministic: the
same corpus always gives the same file. The kind threshold is chosen by 5-fold cross-validation on the
training corpus only — never on the evaluation corpus (filter/evaluation.jsonl, read by the benchmark and
the tests): the lowest threshold, and never below 0.8, at which no harmful or spam training message, read
by a model that never saw it, would have been published. Cues are words (4 letters or more) and word
pairs seen in at least two hurtful training messages and in no kind, neutral or spam one, plus the
curated filter/hold_words.txt.
Thread: main (a developer's command; the kiosk never runs it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from kiosk.wall.rules.classifier import CLASSES, FORMAT, HARMFUL, FilterModel, features, read, segments, words
from kiosk.wall.rules.textnorm import fold

FOLDER = Path(__file__).resolve().parent / "filter"
TRAINING = FOLDER / "training.tsv"
HOLD_WORDS = FOLDER / "hold_words.txt"
MODEL = FOLDER / "model.json"
ALPHA = 0.3
MIN_NGRAM_DOCS = 2  # a character n-gram must be in at least this many messages to be kept
FOLDS = 5
HARM_THRESHOLD = 0.5
PART_THRESHOLD = 0.97
KIND_FLOOR = 0.8  # never below this, whatever cross-validation allows: a margin for text unlike the corpus
KIND_GRID = tuple(round(0.5 + 0.01 * i, 2) for i in range(50))  # 0.50 … 0.99
# Everyday words are never cues on their own, and a word pair of two of them is not one either: a
# kind message says "I will", "this is", "my life", "the guard" too.
_COMMON_WORDS = """
a about after all always am an and any are as at away back be because been being big but by can cant come
coming could day desk did do does done dont down each even every for from get gets go going good got great
had has have he her here him his home how i if im in is it its just keep know last left life like little
live lot made make man many me men more most much my never new next no not now of off old on once
one only or other our out over own people place please point really right said same say see send she should
so some something still stop take taking than that the their them then there these they thing things think
this those time to today too two up us very want was watch way we well were what when where which while
white who why will wish with woman women work would yes you your youre yours face power over life never
staff guard lady country english reception counter front building space job said every ever again tonight
"""
COMMON = frozenset(_COMMON_WORDS.split())
# Words of thanks and praise, as the model reads them: a message must hold one to appear at once.
# "thank*" is any word beginning so; a word without "*" must be the whole word.
_MARKER_WORDS = """
thank* thanx thx cheers ta grateful* gratitude appreciat* kind kindly kindness kindest lovel* love loved
helpful help helped helping patien* brilliant* wonderful* amazing* great good star stars hero heroes gem
angel* bless* welcom* friendl* caring care cared warm* sweet* smil* respect* compassion* generous* fantastic*
excellent* superb* marvel* super best top lifesaver* heart* gentle* nice understanding thoughtful* support*
recommend* chuffed legend* awesome* beautiful*
taing tapadh taingeil coir choir sgoinneil math failte cuideach*
dziek* dziekuj* mil* pomoc* pomog* wspanial* serdeczn* polecam zyczliw* najlepsi super
дяку* спасиб* вдяч* подяк* добр* допомог* чудов* найкращ* турбот* приємн* тепл*
شكر* جزاك* بارك* لطف* لطيف* ممتن* رائع* يعطيكم الافضل احسن
merci gracias obrigad* danke grazie multumesc koszon* תודה
~❤ ~💛 ~💚 ~💙 ~💜 ~🧡 ~🙏 ~😊 ~🙂 ~👍 ~⭐ ~🌟 ~🥰 ~😍 ~💐 ~🌸 ~🫶 ~♥
"""
MARKERS = _MARKER_WORDS.split()

Example = tuple[str, str]  # (label, text)


def load(path: Path = TRAINING) -> list[Example]:
    examples: list[Example] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep or label not in CLASSES or not text.strip():
            raise SystemExit(f"{path.name}, line {number}: expected LABEL<TAB>TEXT with LABEL one of {CLASSES}")
        examples.append((label, text.strip()))
    return examples


def hold_words(path: Path = HOLD_WORDS) -> dict[str, str]:
    """The curated cues: feature ("w:ugly", "b:go back") → hurtful class."""
    cues: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, phrase = line.strip().partition(" ")
        ws = words(fold(phrase))
        if label not in HARMFUL or not 1 <= len(ws) <= 2:
            raise SystemExit(f"{path.name}, line {number}: expected CLASS WORD or CLASS WORD WORD, "
                             f"CLASS one of {HARMFUL}")
        cues[("w:" if len(ws) == 1 else "b:") + " ".join(ws)] = label
    return cues


def markers() -> list[str]:
    """MARKERS as the model reads words (folded: "dziękuj" → "dziekuj", Cyrillic look-alikes made Latin)."""
    out: list[str] = []
    for m in MARKERS:
        if m.startswith("~"):
            out.append(m)
            continue
        star = "*" if m.endswith("*") else ""
        ws = words(fold(m.rstrip("*")))
        out.append((ws[0] if ws else m.rstrip("*")) + star)
    return sorted(set(out))


def message_features(text: str) -> Counter[str]:
    """The features the classifier sums for a message: each part's, as `read` cuts it."""
    total: Counter[str] = Counter()
    for part in segments(text):
        total.update(features(words(part)))
    return total


def train(examples: Sequence[Example], *, kind_threshold: float = 0.9) -> dict[str, object]:
    counts = {c: Counter[str]() for c in CLASSES}
    docs = {c: Counter[str]() for c in CLASSES}
    for label, text in examples:
        feats = message_features(text)
        counts[label].update(feats)
        docs[label].update(feats.keys())
    all_docs: Counter[str] = Counter()
    for c in CLASSES:
        all_docs.update(docs[c])
    vocab = sorted(f for f, n in all_docs.items() if not f.startswith("c:") or n >= MIN_NGRAM_DOCS)
    size = len(vocab)
    # Class-balanced counts: each class's counts are scaled to the same total, so that a feature is not less
    # likely under "kind" merely because there are more kind messages ("would" in "10/10 would recommend").
    totals = {c: sum(counts[c].values()) for c in CLASSES}
    target = sum(totals.values()) / len(CLASSES)
    table: dict[str, list[float]] = {}
    for f in vocab:
        table[f] = [round(math.log((counts[c][f] * target / totals[c] + ALPHA) / (target + ALPHA * size)), 3)
                    for c in CLASSES]
    cues: dict[str, str] = {}
    for f in vocab:
        if f.startswith("c:") or (f.startswith("w:") and (len(f) < 6 or f[2:] in COMMON)):
            continue
        if f.startswith("b:") and all(w in COMMON for w in f[2:].split()):
            continue
        if any(docs[c][f] for c in ("kind", "neutral", "spam")):
            continue
        hurt = {c: docs[c][f] for c in HARMFUL}
        if sum(hurt.values()) >= 2:
            cues[f] = max(HARMFUL, key=lambda c: hurt[c])
    cues.update(hold_words())
    digest = hashlib.sha256("\n".join(f"{lab}\t{t}" for lab, t in examples).encode()).hexdigest()[:16]
    return {"format": FORMAT, "classes": list(CLASSES), "priors": [round(math.log(1 / len(CLASSES)), 6)] * len(CLASSES),
            "features": table, "cues": dict(sorted(cues.items())),
            "markers": markers(),
            "thresholds": {"kind": kind_threshold, "harm": HARM_THRESHOLD, "part": PART_THRESHOLD},
            "trained_on": len(examples), "digest": digest}


def cross_validate(examples: Sequence[Example]) -> list[tuple[str, float, bool]]:
    """(label, kind confidence, anything flagged) for each training message, read by a model without it."""
    out: list[tuple[str, float, bool]] = []
    for part in range(FOLDS):
        held = [e for i, e in enumerate(examples) if i % FOLDS == part]
        model = FilterModel.from_dict(train([e for i, e in enumerate(examples) if i % FOLDS != part]))
        for label, text in held:
            r = read(model, text)
            out.append((label, r.kind, bool(r.harmful) or not r.marker))
    return out


def choose_threshold(results: Sequence[tuple[str, float, bool]]) -> float:
    """The lowest kind threshold at which no held-out harmful or spam message reads as kind and unflagged."""
    for t in KIND_GRID:
        if t < KIND_FLOOR:
            continue
        if not any(label not in ("kind", "neutral") and kind >= t and not flagged for label, kind, flagged in results):
            return t
    return KIND_GRID[-1]


def report(results: Sequence[tuple[str, float, bool]], t: float) -> str:
    lines = [f"cross-validation ({FOLDS} folds), kind threshold {t}:"]
    for c in CLASSES:
        rows = [(k, f) for label, k, f in results if label == c]
        published = sum(k >= t and not f for k, f in rows)
        lines.append(f"  {c:9} {len(rows):4} messages, {published:4} would be published ({published / len(rows):.0%})")
    return "\n".join(lines)


def build() -> tuple[dict[str, object], str]:
    examples = load()
    results = cross_validate(examples)
    t = choose_threshold(results)
    return train(examples, kind_threshold=t), report(results, t)


def dumps(model: dict[str, object]) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kiosk.wall.train_filter", description=__doc__.split("\n")[0])
    p.add_argument("--check", action="store_true", help="only check that model.json is up to date")
    args = p.parse_args(argv)
    model, text = build()
    data = dumps(model)
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == data
        print("model.json is up to date" if same else "model.json is stale: run python -m kiosk.wall.train_filter")
        return 0 if same else 1
    print(text)
    features_n = len(model["features"])  # type: ignore[arg-type]
    print(f"{model['trained_on']} training messages, {features_n} features, {len(model['cues'])} cues")  # type: ignore[arg-type]
    MODEL.write_text(data, encoding="utf-8")
    print(f"wrote {MODEL} ({len(data.encode()) / 1024:.0f} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
