"""Layering rules for every module of kiosk/ (docs/architecture.md), no import cycles, and importing the entry
points has no side effects."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, child_env

KIOSK = REPO / "kiosk"
FEATURES = ("checkin", "staff", "whatson", "wall", "results", "sync")
INNER = ("core", "data", "shell")
QT = {"PySide6", "shiboken6", "qasync"}
SQL = {"sqlalchemy", "alembic", "psycopg", "sqlite3"}
IO = {"os", "io", "socket", "subprocess", "shutil", "tempfile", "urllib", "http", "requests", "PIL"}
# Modules of core that are pure rules too (the rest of core may use Qt: the background runner, events).
PURE_CORE = {"kiosk.core.clock", "kiosk.core.errors", "kiosk.core.records", "kiosk.core.events", "kiosk.core.answers",
             "kiosk.core.proportions"}


def _is_module(dotted: str) -> bool:
    path = REPO.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imported_modules(source: str, package: str) -> list[str]:
    """Every module a source file imports (at any depth), relative imports resolved against `package`."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.append(module)
            # `from kiosk.wall import store` imports kiosk.wall.store.
            found += [f"{module}.{alias.name}" for alias in node.names
                      if module.startswith("kiosk") and _is_module(f"{module}.{alias.name}")]
    return found


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(KIOSK.rglob("*.py")) if "__pycache__" not in p.parts
            and "migrations" not in p.parts}


def _is_pure(module: str) -> bool:
    """Pure rules: every `rules` module or package of a feature, and core's clock, errors and records."""
    return module in PURE_CORE or "rules" in module.split(".")


def _is_store(module: str) -> bool:
    """Storage code: the data package and every feature's store module(s)."""
    parts = module.split(".")
    return parts[1:2] == ["data"] or any("store" in p for p in parts[2:])


def _runtime_imports(source: str, package: str) -> list[str]:
    """Imports that run (at any depth), skipping `if TYPE_CHECKING:` blocks (annotations only)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = [ast.Pass()]
    return _imported_modules(ast.unparse(tree), package)


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _violations(source: str, module: str, package: str) -> list[str]:
    """Every import of `module` that breaks a layering rule, as "imported (why)"."""
    bad = []
    parts = module.split(".")
    room = parts[1] if len(parts) > 1 else ""
    for imported in _imported_modules(source, package):
        top = imported.split(".")[0]
        target = imported.split(".")[1] if imported.startswith("kiosk.") else ""
        if _is_pure(module):
            if top in QT | SQL | IO:
                bad.append(f"{imported} (pure rules import no Qt, SQL or I/O)")
            elif top == "kiosk" and imported != "kiosk" and not (
                    _is_pure(imported) or imported.startswith(f"kiosk.{room}.rules") or imported == f"kiosk.{room}"):
                bad.append(f"{imported} (pure rules import only pure rules)")
        if _is_store(module) and top in QT:
            bad.append(f"{imported} (store code imports no Qt)")
        if room in INNER and target in FEATURES:
            bad.append(f"{imported} ({room} imports no feature)")
        if room in FEATURES and target in FEATURES and target != room:
            bad.append(f"{imported} (a feature never imports another feature)")
    return bad


def test_the_layout_has_every_room() -> None:
    rooms = {p.name for p in KIOSK.iterdir() if (p / "__init__.py").exists()}
    assert rooms >= {*INNER, *FEATURES}
    for feature in ("checkin", "staff", "whatson", "wall"):
        assert (KIOSK / feature / "feature.py").exists(), f"{feature} has no feature.py"


@pytest.mark.parametrize("module", sorted(_modules()), ids=str)
def test_module_imports_follow_the_layers(module: str) -> None:
    path = _modules()[module]
    source = path.read_text(encoding="utf-8")
    assert _violations(source, module, _package_of(module, path)) == []
    assert ast.get_docstring(ast.parse(source)), f"{module} has no docstring saying what it is for"


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for imported in _runtime_imports(path.read_text(encoding="utf-8"), _package_of(name, path)):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and imported != "kiosk":
                found.add(imported)
        graph[name] = found
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_there_are_no_import_cycles() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("import PySide6.QtCore", "kiosk.wall.rules.messages",
         ["PySide6.QtCore (pure rules import no Qt, SQL or I/O)"]),
        ("def f():\n    import sqlalchemy\n", "kiosk.checkin.rules",
         ["sqlalchemy (pure rules import no Qt, SQL or I/O)"]),
        ("import os", "kiosk.core.clock", ["os (pure rules import no Qt, SQL or I/O)"]),
        ("from kiosk.data.engine import sqlite_engine", "kiosk.whatson.rules.listings",
         ["kiosk.data.engine (pure rules import only pure rules)"]),
        ("from .schedules import Rule", "kiosk.whatson.rules.listings", []),
        ("from kiosk.core.clock import Clock", "kiosk.wall.rules.messages", []),
        ("from PySide6.QtCore import QObject", "kiosk.wall.store", ["PySide6.QtCore (store code imports no Qt)"]),
        ("from PySide6.QtCore import QObject", "kiosk.data.engine", ["PySide6.QtCore (store code imports no Qt)"]),
        ("from kiosk.wall.desk import WallDesk", "kiosk.shell.window", ["kiosk.wall.desk (shell imports no feature)"]),
        ("from kiosk.wall import store", "kiosk.sync.pull",
         ["kiosk.wall (a feature never imports another feature)",
          "kiosk.wall.store (a feature never imports another feature)"]),
        ("from kiosk.core.event_hub import EventHub", "kiosk.sync.pull", []),
        ("from kiosk.wall.feature import install", "kiosk.app", []),
    ],
)
def test_the_import_checker_catches_what_it_should(source: str, module: str, expected: list[str]) -> None:
    package = module.rpartition(".")[0]
    assert _violations(source, module, package) == expected


_PROBE = r"""
import importlib, json, sys
module = sys.argv[1]
importlib.import_module(module)
engines = 0
if "sqlalchemy.engine" in sys.modules:
    import gc
    from sqlalchemy.engine import Engine
    engines = sum(isinstance(o, Engine) for o in gc.get_objects())
qt_app = False
if "PySide6.QtCore" in sys.modules:
    from PySide6.QtCore import QCoreApplication
    qt_app = QCoreApplication.instance() is not None
print(json.dumps({"pyside": "PySide6" in sys.modules, "engines": engines, "qt_app": qt_app}))
"""


def _files_under(root: Path, skip: tuple[str, ...] = ()) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and not any(part in skip for part in p.relative_to(root).parts)}


def _probe(module: str, tmp_path: Path, extra_path: Path | None = None) -> tuple[dict[str, object], Path]:
    """Imports `module` in a fresh interpreter whose home, cwd, temp and data folders are under tmp_path."""
    home, cwd, tmp, data = (tmp_path / n for n in ("home", "cwd", "tmp", "data"))
    for d in (home, cwd, tmp):
        d.mkdir()
    env = child_env(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
                    XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                    XDG_STATE_HOME=str(home / ".local/state"), TMPDIR=str(tmp), KIOSK_DATA_DIR=str(data))
    if extra_path:
        env["PYTHONPATH"] = f"{extra_path}{os.pathsep}{env['PYTHONPATH']}"
    proc = subprocess.run([sys.executable, "-B", "-c", _PROBE, module], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), data


def _created(tmp_path: Path, ignore: Path | None = None) -> list[str]:
    fixed = {tmp_path / n for n in ("home", "cwd", "tmp")}
    return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")
                  if p not in fixed and not (ignore and p.is_relative_to(ignore)))


@pytest.mark.slow
@pytest.mark.parametrize("module", ["kiosk.app", "kiosk.cli", "kiosk.data.engine"])
def test_importing_an_entry_point_has_no_side_effects(module: str, tmp_path: Path) -> None:
    package_before = _files_under(REPO / "kiosk", )
    result, data = _probe(module, tmp_path)

    assert result["engines"] == 0, f"importing {module} built a database engine"
    assert result["qt_app"] is False, f"importing {module} created a Qt application"
    if module == "kiosk.cli":
        assert result["pyside"] is False, "kiosk.cli must import PySide6 lazily (run/demo/screenshots only)"
    assert not data.exists(), f"importing {module} created the data folder"
    assert _created(tmp_path) == [], f"importing {module} created files"
    assert _files_under(REPO / "kiosk", ) - package_before == set()


@pytest.mark.slow
def test_the_import_probe_notices_a_module_with_side_effects(tmp_path: Path) -> None:
    mods = tmp_path / "mods"
    mods.mkdir()
    (mods / "leaky.py").write_text(
        "import PySide6.QtCore\n"
        "from sqlalchemy import create_engine\n"
        "ENGINE = create_engine('sqlite:///leak.sqlite3')\n"
        "ENGINE.connect().close()\n", encoding="utf-8")
    result, _ = _probe("leaky", tmp_path, extra_path=mods)
    assert result == {"pyside": True, "engines": 1, "qt_app": False}
    assert _created(tmp_path, ignore=mods) == ["cwd/leak.sqlite3"]
