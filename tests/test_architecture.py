"""Layering rules: the domain stays pure, and importing the entry points has no side effects."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, child_env

DOMAIN = REPO / "kiosk" / "domain"
FORBIDDEN_TOP = {"PySide6", "shiboken6", "sqlalchemy", "alembic", "qasync", "psycopg"}


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
            # `from kiosk import settings` imports kiosk.settings.
            found += [f"{module}.{alias.name}" for alias in node.names if module == "kiosk"]
    return found


def _violations(source: str, package: str = "kiosk.domain") -> list[str]:
    bad = []
    for module in _imported_modules(source, package):
        top = module.split(".")[0]
        outer_kiosk = top == "kiosk" and module not in ("kiosk", "kiosk.domain") and not module.startswith(
            "kiosk.domain.")
        if top in FORBIDDEN_TOP or outer_kiosk:
            bad.append(module)
    return bad


def _domain_files() -> list[Path]:
    files = sorted(DOMAIN.glob("*.py"))
    assert {p.name for p in files} >= {"__init__.py", "checkin.py", "clock.py", "errors.py"}
    return files


@pytest.mark.parametrize("path", _domain_files(), ids=lambda p: p.name)
def test_domain_module_imports_no_qt_sql_or_outer_layers(path: Path) -> None:
    assert _violations(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6.QtCore", ["PySide6.QtCore"]),
        ("from PySide6.QtCore import QObject", ["PySide6.QtCore"]),
        ("def f():\n    import sqlalchemy\n", ["sqlalchemy"]),
        ("from alembic import op", ["alembic"]),
        ("from kiosk.store.engine import sqlite_engine", ["kiosk.store.engine"]),
        ("from kiosk import settings", ["kiosk.settings"]),
        ("from ..store import models", ["kiosk.store"]),
        ("from .clock import Clock", []),
        ("from kiosk.domain.clock import Clock", []),
        ("import uuid, zoneinfo", []),
    ],
)
def test_the_import_checker_catches_what_it_should(source: str, expected: list[str]) -> None:
    assert _violations(source) == expected


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
@pytest.mark.parametrize("module", ["kiosk.app", "kiosk.cli", "kiosk.store.engine"])
def test_importing_an_entry_point_has_no_side_effects(module: str, tmp_path: Path) -> None:
    package_before = _files_under(REPO / "kiosk", skip=("ui",))  # others edit kiosk/ui concurrently
    result, data = _probe(module, tmp_path)

    assert result["engines"] == 0, f"importing {module} built a database engine"
    assert result["qt_app"] is False, f"importing {module} created a Qt application"
    if module == "kiosk.cli":
        assert result["pyside"] is False, "kiosk.cli must import PySide6 lazily (run/demo/screenshots only)"
    assert not data.exists(), f"importing {module} created the data folder"
    assert _created(tmp_path) == [], f"importing {module} created files"
    assert _files_under(REPO / "kiosk", skip=("ui",)) - package_before == set()


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
