"""`kiosk wall check`: would `wall.policy = "auto"` put a message on the wall at once, or hold it for staff —
and why, in words. For staff and whoever tunes the filter; it stores nothing.

    kiosk wall check TEXT [TEXT …]
    kiosk wall check --file FILE.txt|FILE.json [--json]

A .txt file holds one message a line; a .json file a list of messages (strings, or objects with a "text").
Bad input (a missing or unreadable file, broken JSON, a 5,000-character text, control or right-to-left
characters) gets a clear message or a verdict, never a traceback. Texts are echoed with control and
direction characters shown as \\u escapes, so they cannot disturb the terminal.
Thread: main.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 5_000_000
MAX_MESSAGES = 100_000


def add_parser(actions: Any) -> None:
    check = actions.add_parser(
        "check", help="would 'auto' publish a message at once or hold it for staff, and why",
        description="Runs the wall's offline filter (word lists, patterns and the statistical model) on each "
                    "message and says whether wall.policy = 'auto' would put it on the wall at once or hold it "
                    "for staff, and why. Nothing is stored.")
    check.add_argument("texts", nargs="*", metavar="TEXT", help="a message to check (quote it)")
    check.add_argument("--file", type=Path, metavar="FILE", help="FILE.txt (one message a line) or FILE.json "
                                                                 "(a list of messages, or of objects with a \"text\")")
    check.add_argument("--json", action="store_true", help="print the verdicts as JSON")


def _read_file(path: Path) -> list[str]:
    from kiosk.core.errors import KioskError

    try:
        if path.is_dir():
            raise KioskError(f"{path} is a folder, not a file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise KioskError(f"{path} is larger than {MAX_FILE_BYTES // 1_000_000} MB: split it up")
        data = path.read_bytes()
    except FileNotFoundError:
        raise KioskError(f"cannot read {path}: there is no such file") from None
    except OSError as e:
        raise KioskError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise KioskError(f"{path}, line {line}: is not UTF-8 text (save it as UTF-8)") from None
    if path.suffix.lower() != ".json":
        return [line for line in text.splitlines() if line.strip()]
    try:
        items = json.loads(text)
    except json.JSONDecodeError as e:
        raise KioskError(f"{path} is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    if not isinstance(items, list):
        raise KioskError(f"{path} must hold a JSON list of messages, like [\"Thank you!\", \"…\"]")
    texts: list[str] = []
    for i, item in enumerate(items, 1):
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            item = item["text"]
        if not isinstance(item, str):
            raise KioskError(f"{path}: item {i} is not a message (a string, or an object with a \"text\")")
        texts.append(item)
    return texts


def shown(text: str, limit: int = 80) -> str:
    """The text safe for a terminal: control, format (bidi) and separator characters as \\u escapes, cut short."""
    out = []
    for c in text[:limit]:
        if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out) + (f"… ({len(text):,} characters)" if len(text) > limit else "")


def verdict_of(text: str, lists: Any, model: Any, languages: Any, limit: int) -> dict[str, Any]:
    from kiosk.wall.rules.moderation import Policy, check, decide, reasons

    v = check(text, lists, languages, limit=limit, model=model)
    decision = "refuse" if not v.submittable else "publish" if decide(Policy.AUTO, v).value == "approved" else "hold"
    return {"text": text, "decision": decision, "kind": v.kind, "flags": sorted(v.keys), "reasons": reasons(v)}


def _words(n: int, r: dict[str, Any]) -> str:
    head = f"{n}. \"{shown(r['text'])}\""
    if r["decision"] == "publish":
        return f"{head}\n   auto would PUBLISH it at once: it reads as kind or thankful ({r['kind']:.2f}) " \
               "and nothing in it is flagged."
    if r["decision"] == "refuse":
        why = "; ".join(r["reasons"])
        return f"{head}\n   the kiosk would not send it: the visitor is asked to change it first ({why})."
    lines = [f"{head}", "   auto would HOLD it for staff, because:"]
    lines += [f"   - {reason}" for reason in r["reasons"]]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from kiosk.core.config import load as load_config
    from kiosk.core.errors import KioskError
    from kiosk.wall.filter_files import load_filter_model
    from kiosk.wall.wordlist_files import load_word_lists

    if args.file is None and not args.texts:
        raise KioskError("give a message to check — kiosk wall check \"Thank you!\" — or --file FILE.txt|FILE.json")
    texts = list(args.texts) + (_read_file(args.file) if args.file is not None else [])
    if not texts:
        raise KioskError(f"{args.file} holds no messages")
    if len(texts) > MAX_MESSAGES:
        raise KioskError(f"{len(texts):,} messages is more than {MAX_MESSAGES:,} at once: split the file")
    config = load_config(args.config)
    lists, model = load_word_lists(), load_filter_model()
    results = [verdict_of(t, lists, model, config.languages, config.wall_max_length) for t in texts]
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(_words(n, r) for n, r in enumerate(results, 1)))
    if config.wall_policy != "auto":
        print(f"(this kiosk's wall.policy is {config.wall_policy!r}: every message waits for staff anyway)",
              file=sys.stderr)
    held = sum(r["decision"] != "publish" for r in results)
    print(f"{len(results) - held} of {len(results)} would appear at once under auto; {held} would not",
          file=sys.stderr)
    return 0
