"""The configuration's documents, generated from the schema: the README's table and config/default.toml.

`python -m kiosk.core.config_docs` (what `make config-docs` runs) rewrites both in a source checkout;
`kiosk config --markdown` prints the table and `kiosk config --defaults` the default file. Tests keep the
checked-in copies equal to what this module makes.

Thread: main (a developer's command; reads and writes two files).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.core.config import SCHEMA, render_default_toml
from kiosk.core.config_schema import toml_value

START = "<!-- config-table:start -->"
END = "<!-- config-table:end -->"
REPO = Path(__file__).resolve().parents[2]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown_table() -> str:
    """Every key as a Markdown table row: key, default (as written in TOML), what is allowed, what it does."""
    rows = ["| Key | Default | Allowed | What it does |", "|---|---|---|---|"]
    for key in SCHEMA:
        rows.append(f"| `{key.name}` | `{_cell(toml_value(key.default))}` | {_cell(key.allowed)} "
                    f"| {_cell(key.description)} |")
    return "\n".join(rows) + "\n"


def with_table(readme: str) -> str:
    """`readme` with the text between the markers replaced by the generated table."""
    head, start, rest = readme.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"the README has no {START} … {END} markers")
    return f"{head}{START}\n{render_markdown_table()}{END}{tail}"


def write_docs(repo: Path = REPO) -> list[Path]:
    """Rewrites README.md's table and config/default.toml under `repo`; returns the files that changed."""
    changed = []
    readme, defaults = repo / "README.md", repo / "config" / "default.toml"
    for path, new in ((readme, with_table(readme.read_text(encoding="utf-8"))), (defaults, render_default_toml())):
        if path.read_text(encoding="utf-8") != new:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def main(repo: Path = REPO) -> int:
    try:
        changed = write_docs(repo)
    except (OSError, ValueError) as e:
        print(f"config-docs: {e} (run this in a source checkout)", file=sys.stderr)
        return 2
    for path in changed:
        print(f"updated {path}")
    if not changed:
        print("README.md and config/default.toml are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
