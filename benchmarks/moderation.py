"""The kindness wall's offline filter: messages checked per second over a realistic mixed corpus.

    python benchmarks/moderation.py [--messages 20000] [--seed 1]
    python -m benchmarks.moderation

The corpus (random.Random(seed), the same every run) is mostly kind notes in English with some Arabic,
Hebrew, Polish, Gaelic and emoji, plus abuse written with tricks, personal details, spam and shouting,
markup, random Unicode, and a few long pastes (up to 5,000 characters), in these shares:
kind 72%, abuse 8%, personal 8%, spam 4%, markup 2%, unicode 5%, paste 1%.
It times `check(text, lists, ["en", "gd"])` per message on the shipped word lists (kiosk/moderation_lists),
and `clean_text` alone (what the writing screen runs to show the count). The first pass over the corpus
starts with the matcher's per-word cache empty ("cold"); the second is what a kiosk that has been up a
while sees ("warm"). Goal: well over 1,000 messages a second warm — a visitor sends one at a time.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import median, percentile, table
from kiosk.wall.rules.messages import clean_text
from kiosk.wall.rules.moderation import check
from kiosk.wall.rules.wordlists import WordLists
from kiosk.wall.wordlist_files import load_word_lists

LANGUAGES = ["en", "gd"]
SHARES = {"kind": 72, "abuse": 8, "personal": 8, "spam": 4, "markup": 2, "unicode": 5, "paste": 1}

KIND = ["Thank you to {who} at {where} for {what}", "{who} at {where} was so kind to me today {emoji}",
        "Huge thanks to {who} — {what} made my week", "To {who}: you helped me with {what}. Thank you!",
        "Mòran taing to {who} at {where} {emoji}", "Kindness from {who} today, {what}. Cheers!",
        "شكرا جزيلا لكم على مساعدتكم اللطيفة {emoji}", "תודה רבה לצוות על העזרה והסבלנות",
        "Dziękuję bardzo za pomoc, {who}!", "Tapadh leibh airson ur cuideachadh {emoji}"]
WHO = ["the lady", "the man", "Sam", "everyone", "the staff", "the young lad", "Aisha", "the security guard"]
WHERE = ["desk 3", "reception", "the library", "the housing office", "the café", "counter 12", "Riverside"]
WHAT = ["my forms", "my Universal Credit claim", "finding a warm space", "a cup of tea and a chat",
        "the bus pass", "being patient with me", "sorting my council tax", "the food bank voucher"]
EMOJI = ["", "❤️", "😊", "🙏", "👍🏽", "💛💛", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
         "👨\u200d👩\u200d👧"]
ABUSE = ["fuck", "shit", "cunt", "twat", "wanker", "bitch", "bastard", "bawbag", "kill yourself", "fud"]
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"})
TRICKS: list[Callable[[str, random.Random], str]] = [
    lambda w, r: w.upper(), lambda w, r: w.translate(LEET), lambda w, r: " ".join(w),
    lambda w, r: ".".join(w), lambda w, r: w[0] + w[1] * 5 + w[2:], lambda w, r: "\u200b".join(w),
    lambda w, r: w.replace("a", "а").replace("o", "о").replace("e", "е"),  # Cyrillic look-alikes
    lambda w, r: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w),
    lambda w, r: w[0] + "*" + w[2:],
]


def _kind(r: random.Random) -> str:
    return r.choice(KIND).format(who=r.choice(WHO), where=r.choice(WHERE), what=r.choice(WHAT),
                                 emoji=r.choice(EMOJI))


def _abuse(r: random.Random) -> str:
    word = r.choice(TRICKS)(r.choice(ABUSE), r)
    return r.choice(["{}", "you {}", "{} to the lot of you", "staff here are {}"]).format(word)


def _personal(r: random.Random) -> str:
    return r.choice([
        f"Call me on 07{r.randint(100, 999)} {r.randint(100000, 999999)}",
        f"my email is {r.choice(['jo', 'sam.b'])}@example.com", "sam at example dot co dot uk",
        f"I live at G{r.randint(1, 80)} {r.randint(1, 9)}AB", "visit www.example.org", "follow @kind_soul",
        f"card {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"])


def _spam(r: random.Random) -> str:
    return r.choice(["THANK YOU ALL SO VERY MUCH FOR EVERYTHING", "buy now " * 6, "😀" * 14,
                     "thanks!!!!!!!!!!!!", "asdfghjklasdfghjklasdfghjklasdfghjkl"])


def _markup(r: random.Random) -> str:
    return r.choice(["<b>thanks</b>", "<img src=x onerror=alert(1)>", "<a href='x'>hi</a>",
                     "Robert'); DROP TABLE messages;--"])


def _unicode(r: random.Random) -> str:
    pool = "abc xyz \u200b\u202e\u0301\u0336😀👍🏽שלוםشكرا\x07\ufeffłóż一二"
    return "".join(r.choice(pool) for _ in range(r.randint(1, 120)))


def _paste(r: random.Random) -> str:
    return (_kind(r) + " ") * (r.randint(500, 5000) // 40)


MAKERS: dict[str, Callable[[random.Random], str]] = {
    "kind": _kind, "abuse": _abuse, "personal": _personal, "spam": _spam, "markup": _markup,
    "unicode": _unicode, "paste": _paste}


def corpus(n: int, seed: int) -> list[tuple[str, str]]:
    r = random.Random(seed)
    kinds = r.choices(list(SHARES), weights=list(SHARES.values()), k=n)
    return [(k, MAKERS[k](r)) for k in kinds]


def _timed(items: list[tuple[str, str]], fn: Callable[[str], object]) -> tuple[float, dict[str, list[float]]]:
    per: dict[str, list[float]] = {}
    start = time.perf_counter()
    for kind, text in items:
        t0 = time.perf_counter()
        fn(text)
        per.setdefault(kind, []).append(time.perf_counter() - t0)
    return time.perf_counter() - start, per


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python benchmarks/moderation.py", description=__doc__.split("\n")[0])
    p.add_argument("--messages", type=int, default=20_000, help="messages in the corpus (default 20000)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    lists: WordLists = load_word_lists()
    t1 = time.perf_counter()
    lists.matcher(LANGUAGES)
    t2 = time.perf_counter()
    items = corpus(args.messages, args.seed)
    flagged = sum(not check(text, lists, LANGUAGES).ok for _, text in items[:2000])
    lists = load_word_lists()  # a fresh matcher, its word cache empty, for the cold pass
    chars = sum(len(t) for _, t in items)
    print(f"== moderation filter: {len(items)} messages, {chars / len(items):.0f} characters on average "
          f"(seed {args.seed}; python {sys.version.split()[0]})")
    print(f"load word lists {1000 * (t1 - t0):.1f} ms, compile matcher {1000 * (t2 - t1):.1f} ms; "
          f"{flagged / 20:.0f}% of the first 2000 flagged")

    rows: list[list[object]] = []
    cold, _ = _timed(items, lambda t: check(t, lists, LANGUAGES))
    warm, per = _timed(items, lambda t: check(t, lists, LANGUAGES))
    clean, _ = _timed(items, clean_text)
    for name, total in (("check, cold", cold), ("check, warm", warm), ("clean_text only", clean)):
        rows.append([name, f"{len(items) / total:,.0f}", f"{1e6 * total / len(items):.0f}"])
    print(table(["pass", "messages/s", "µs/message"], rows))
    print()
    rows = [[kind, len(ts), f"{len(ts) / sum(ts):,.0f}", 1e6 * median(ts), 1e6 * percentile(ts, 95),
             1e6 * max(ts)] for kind, ts in sorted(per.items(), key=lambda kv: -len(kv[1]))]
    print(table(["warm, by kind", "n", "messages/s", "p50 µs", "p95 µs", "max µs"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
