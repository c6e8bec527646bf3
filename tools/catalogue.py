"""Translators' helper for the kiosk's catalogues (assets/i18n/kiosk_<code>.ts): lists what is left to translate,
fills translations from a JSON file, and checks a catalogue (every message translated, placeholders kept).

    python tools/catalogue.py todo pl [--limit 80]        # JSON list of untranslated messages, with ids
    python tools/catalogue.py fill pl answers.json         # {"<id>": "text"} or {"<id>": ["form 0", "form 1", …]}
    python tools/catalogue.py check pl                     # problems, one per line; exit 1 if any
    python tools/catalogue.py forms pl                     # which numbers use which plural form

Machine-assisted translations keep `type="unfinished"` (Qt Linguist's "not yet reviewed"): a person who reviews a
message in Qt Linguist marks it done, which removes the mark. lrelease compiles both. Thread: a command line tool.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
PLACEHOLDER = re.compile(r"%(?:\d|n|L\d)")
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"  # beside the Python that runs this (the venv)
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _path(lang: str) -> Path:
    return I18N / f"kiosk_{lang}.ts"


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg))
    return out


def _is_live(msg: ET.Element) -> bool:
    t = msg.find("translation")
    return t is not None and t.get("type") not in ("obsolete", "vanished")


def _texts(msg: ET.Element) -> list[str]:
    t = msg.find("translation")
    assert t is not None
    if msg.get("numerus") == "yes":
        return [(f.text or "") for f in t.findall("numerusform")]
    return [t.text or ""]


def forms(lang: str) -> list[list[int]]:
    """For each plural form of `lang`, the numbers 0…110 that use it (probed with lrelease and QTranslator)."""
    src = _path(lang)
    n = 0
    for _, msg in _messages(ET.parse(src).getroot()):
        if msg.get("numerus") == "yes":
            n = len(msg.find("translation").findall("numerusform"))  # type: ignore[union-attr]
            break
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "p.ts"
        fs = "".join(f"<numerusform>{i}</numerusform>" for i in range(n))
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{lang}">'
                      f'<context><name>P</name><message numerus="yes"><source>%n</source><translation>{fs}'
                      "</translation></message></context></TS>", encoding="utf-8")
        qm = Path(tmp) / "p.qm"
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
        code = ("import sys;from PySide6.QtCore import QCoreApplication,QTranslator;a=QCoreApplication([]);"
                f"t=QTranslator();t.load({str(qm)!r});"
                "print(' '.join(t.translate('P','%n',None,k) for k in range(111)))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    groups: list[list[int]] = [[] for _ in range(n)]
    for k, f in enumerate(out):
        groups[int(f)].append(k)
    return groups


def todo(lang: str, limit: int) -> None:
    groups = forms(lang)
    examples = [", ".join(map(str, g[:8])) or "(none below 111)" for g in groups]
    items = []
    for i, (ctx, msg) in enumerate(_messages(ET.parse(_path(lang)).getroot())):
        if not _is_live(msg) or all(_texts(msg)):
            continue
        item: dict[str, object] = {"id": i, "context": ctx, "source": msg.findtext("source")}
        if msg.findtext("comment"):
            item["comment"] = msg.findtext("comment")
        if msg.findtext("extracomment"):
            item["note"] = msg.findtext("extracomment")
        if msg.get("numerus") == "yes":
            item["plural_forms_for_n"] = examples
        items.append(item)
        if len(items) >= limit:
            break
    print(json.dumps(items, ensure_ascii=False, indent=1))


def fill(lang: str, answers: Path) -> None:
    path = _path(lang)
    tree = ET.parse(path)
    data = json.loads(answers.read_text(encoding="utf-8"))
    msgs = _messages(tree.getroot())
    done = 0
    for key, value in data.items():
        _, msg = msgs[int(key)]
        t = msg.find("translation")
        assert t is not None
        if msg.get("numerus") == "yes":
            fs = t.findall("numerusform")
            values = value if isinstance(value, list) else [value] * len(fs)
            if len(values) != len(fs):
                sys.exit(f"id {key}: {len(fs)} plural forms needed, {len(values)} given")
            for f, v in zip(fs, values, strict=True):
                f.text = v
        else:
            t.text = value if isinstance(value, str) else value[0]
        t.set("type", "unfinished")  # machine-assisted: awaiting a person's review in Qt Linguist
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    print(f"{done} messages filled in {path.name}")


def problems(lang: str) -> list[str]:
    out = []
    for i, (ctx, msg) in enumerate(_messages(ET.parse(_path(lang)).getroot())):
        if not _is_live(msg):
            continue
        source = msg.findtext("source") or ""
        want = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
        tags = sorted(TAG.findall(source))
        for k, text in enumerate(_texts(msg)):
            where = f"id {i} [{ctx}] {source[:50]!r}" + (f" form {k}" if msg.get("numerus") == "yes" else "")
            if not text.strip():
                out.append(f"{where}: not translated")
                continue
            got = sorted(p for p in PLACEHOLDER.findall(text) if p != "%n")
            if got != want:
                out.append(f"{where}: placeholders {got} should be {want}")
            if "%n" in source and msg.get("numerus") != "yes" and "%n" not in text:
                out.append(f"{where}: %n missing")
            if sorted(TAG.findall(text)) != tags:
                out.append(f"{where}: markup differs from the source")
    return out


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "todo":
        limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 10_000
        todo(argv[1], limit)
    elif len(argv) == 3 and argv[0] == "fill":
        fill(argv[1], Path(argv[2]))
    elif len(argv) == 2 and argv[0] == "check":
        found = problems(argv[1])
        print("\n".join(found) or "ok")
        return 1 if found else 0
    elif len(argv) == 2 and argv[0] == "forms":
        for k, g in enumerate(forms(argv[1])):
            print(f"form {k}: n = {', '.join(map(str, g[:15]))}{' …' if len(g) > 15 else ''}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
