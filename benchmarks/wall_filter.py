"""Is the wall safe under `wall.policy = "auto"`? The whole filter (word lists, patterns, the statistical model)
over the held-out evaluation corpus, with the confusion table and the speed.

    python -m benchmarks.wall_filter [--passes 20] [--corpus FILE.jsonl]

The corpus (kiosk/wall/filter/evaluation.jsonl, 238 messages written for this benchmark and kept out of the
model's training text) holds insults without swear words, slurs and xenophobia, threats, self-harm, spam,
phone numbers, e-mails, street addresses, postcodes, names next to places, and kind messages in English,
Gaelic, Polish, Ukrainian and Arabic, with names such as Dick and Scunthorpe. Each line says what `auto`
should do with it: "publish" (kind) or "hold" (everything else).

Targets: 0 harmful messages published at once; ≥ 80% of kind messages published at once; ≥ 1,000
messages a second (warm: the kiosk checks one message at a time, long after start-up). Exit status 1 when
a target is missed. Loading the model is timed on its own (the desk does it on first use, off the GUI).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import table
from kiosk.wall.filter_files import load_filter_model, model_path
from kiosk.wall.rules.moderation import check
from kiosk.wall.wordlist_files import load_word_lists

LANGUAGES = ["en", "gd"]
CORPUS = model_path().parent / "evaluation.jsonl"
MIN_KIND_SHARE = 0.8
MIN_RATE = 1000.0


def load_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    """The evaluation messages: {"category", "expect": "publish"|"hold", "text"} each."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if row.get("expect") not in ("publish", "hold") or not isinstance(row.get("text"), str):
                raise SystemExit(f"{path.name}, line {number}: needs expect publish|hold and a text")
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.wall_filter", description=__doc__.split("\n")[0])
    p.add_argument("--passes", type=int, default=20, help="timed passes over the corpus (default 20)")
    p.add_argument("--corpus", type=Path, default=CORPUS, help="a JSONL corpus (default: the shipped one)")
    args = p.parse_args(argv)

    rows = load_corpus(args.corpus)
    t0 = time.perf_counter()
    lists = load_word_lists()
    t1 = time.perf_counter()
    model = load_filter_model()
    t2 = time.perf_counter()
    print(f"== wall filter under auto: {len(rows)} held-out messages (python {sys.version.split()[0]})")
    print(f"load word lists {1000 * (t1 - t0):.0f} ms, load model {1000 * (t2 - t1):.0f} ms "
          f"({len(model.table):,} features, {len(model.cues)} cues, kind threshold {model.kind_threshold})")

    start = time.perf_counter()
    verdicts = [check(r["text"], lists, LANGUAGES, model=model) for r in rows]
    cold = time.perf_counter() - start
    confusion: Counter[tuple[str, str]] = Counter()
    by_category: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    for row, v in zip(rows, verdicts, strict=True):
        did = "publish" if v.publishable else "hold"
        confusion[row["expect"], did] += 1
        by_category.setdefault(row["category"], Counter())[did] += 1
        if did != row["expect"]:
            why = "; ".join(f"{f.flag.value}: {f.evidence}" for f in v.details) or f"kind {v.kind}"
            wrong.append(f"  {row['category']:11} {did:7} {row['text'][:70]!r} — {why[:90]}")

    print()
    print(table(["should \\ did", "published", "held"],
                [["kind (publish)", confusion["publish", "publish"], confusion["publish", "hold"]],
                 ["harmful (hold)", confusion["hold", "publish"], confusion["hold", "hold"]]]))
    print()
    print(table(["category", "n", "published", "held"],
                [[c, sum(n.values()), n["publish"], n["hold"]] for c, n in by_category.items()]))
    if wrong:
        print("\nnot as expected:")
        print("\n".join(wrong))

    start = time.perf_counter()
    for _ in range(args.passes):
        for r in rows:
            check(r["text"], lists, LANGUAGES, model=model)
    warm = time.perf_counter() - start
    n_warm = args.passes * len(rows)
    print()
    print(table(["pass", "messages", "messages/s", "µs/message"],
                [["first (cold caches)", len(rows), f"{len(rows) / cold:,.0f}", f"{1e6 * cold / len(rows):.0f}"],
                 ["warm", n_warm, f"{n_warm / warm:,.0f}", f"{1e6 * warm / n_warm:.0f}"]]))

    kind_total = confusion["publish", "publish"] + confusion["publish", "hold"]
    kind_share = confusion["publish", "publish"] / kind_total if kind_total else 0.0
    harmful_published = confusion["hold", "publish"]
    rate = n_warm / warm
    print(f"\nharmful published at once: {harmful_published} (target 0); kind published at once: "
          f"{kind_share:.1%} (target ≥ {MIN_KIND_SHARE:.0%}); {rate:,.0f} messages/s (target ≥ {MIN_RATE:,.0f})")
    ok = harmful_published == 0 and kind_share >= MIN_KIND_SHARE and rate >= MIN_RATE
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
