"""The README's configuration table and `kiosk config`'s output, both made from the schema."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.core import config as settings
from kiosk.core import config_docs
from tests.helpers import REPO


def test_the_readme_table_is_generated_from_the_schema() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert config_docs.with_table(readme) == readme, (
        "README.md's configuration table drifted from the schema: regenerate it with `make config-docs`")
    table = readme.split(config_docs.START)[1].split(config_docs.END)[0]
    for key in settings.SCHEMA:
        assert f"| `{key.name}` | `" in table
        assert key.allowed in table


def test_the_table_has_one_row_per_key_and_escapes_pipes() -> None:
    rows = config_docs.render_markdown_table().splitlines()
    assert len(rows) == 2 + len(settings.SCHEMA)
    assert all(row.count(" | ") == 3 for row in rows[2:])
    assert config_docs._cell("a | b") == "a \\| b"


def test_with_table_replaces_only_between_the_markers() -> None:
    readme = f"# Title\n\nbefore\n{config_docs.START}\nold table\n{config_docs.END}\nafter\n"
    new = config_docs.with_table(readme)
    assert new.startswith("# Title\n\nbefore\n" + config_docs.START + "\n| Key |")
    assert new.endswith(config_docs.END + "\nafter\n")
    assert "old table" not in new
    with pytest.raises(ValueError, match="markers"):
        config_docs.with_table("# no markers\n")


def test_regenerating_rewrites_stale_docs_and_then_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "config").mkdir()
    stale = f"# Kiosk\n{config_docs.START}\n| stale |\n{config_docs.END}\n"
    (tmp_path / "README.md").write_text(stale, encoding="utf-8")
    (tmp_path / "config" / "default.toml").write_text("# stale\n", encoding="utf-8")
    assert config_docs.main(tmp_path) == 0
    assert capsys.readouterr().out.splitlines() == [f"updated {tmp_path / 'README.md'}",
                                                    f"updated {tmp_path / 'config' / 'default.toml'}"]
    assert (tmp_path / "config" / "default.toml").read_text(encoding="utf-8") == settings.render_default_toml()
    assert config_docs.main(tmp_path) == 0
    assert "up to date" in capsys.readouterr().out


def test_regenerating_outside_a_checkout_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert config_docs.main(tmp_path) == 2
    assert "source checkout" in capsys.readouterr().err


def test_the_makefile_target_runs_the_generator() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "config-docs:" in makefile and "-m kiosk.core.config_docs" in makefile


def _kiosk_config(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                  toml: str) -> dict[str, str]:
    (tmp_path / "mine.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "mine.toml"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    assert cli.main(["config"]) == 0
    out = capsys.readouterr().out
    return dict(line.split(" = ", 1) for line in out.splitlines())


def test_kiosk_config_prints_values_as_they_are_written_in_toml(monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str],
                                                                tmp_path: Path) -> None:
    shown = _kiosk_config(monkeypatch, capsys, tmp_path,
                          '[kiosk]\nid = "front-desk"\nlanguages = ["en", "gd"]\n'
                          '[checkin]\nanswers = ["no", "yes"]\nask_followup = false\n'
                          '[screen]\nidle_timeout_seconds = 30\n')
    assert shown["answers"] == '["no", "yes"]'  # was (<Answer.NO: 'no'>, <Answer.YES: 'yes'>)
    assert shown["languages"] == '["en", "gd"]'  # was ('en', 'gd')
    assert shown["ask_followup"] == "false"  # was False
    assert shown["idle_timeout_seconds"] == "30.0"
    assert shown["kiosk_id"] == "front-desk" and shown["password_file"] == '""'
    assert shown["data_dir"] == str(tmp_path / "data")
    assert list(shown) == [key.attr for key in settings.SCHEMA] + ["source"]
    config = settings.load()
    for key in settings.SCHEMA:
        if key.toml_type is not str:  # every non-text value reads back from TOML as the value in use
            assert tomllib.loads(f"v = {shown[key.attr]}")["v"] == config.values[key.name], key.name
    assert not any(c in "".join(shown.values()) for c in "<()'")


def test_kiosk_config_shows_the_url_in_use(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    shown = _kiosk_config(monkeypatch, capsys, tmp_path,
                          '[sync]\ncentral_url = "postgresql://kiosk@db.example/kindness"\n')
    assert shown["central_url"] == "postgresql://kiosk@db.example/kindness"


def test_kiosk_config_markdown_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["config", "--markdown"]) == 0
    assert capsys.readouterr().out == config_docs.render_markdown_table()


def test_kiosk_config_defaults_and_markdown_do_not_mix(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["config", "--defaults", "--markdown"])
    assert info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err



def test_kiosk_run_is_parsed_without_building_every_command() -> None:
    from kiosk import cli

    assert cli._is_run(["run", "--windowed"]) and cli._is_run(["--config", "k.toml", "run"])
    assert cli._is_run(["--config=k.toml", "run"])
    assert not cli._is_run(["export", "--out", "run"]) and not cli._is_run([]) and not cli._is_run(["--config"])
    # The short parser reads `run` exactly as the full one does.
    full = cli.parser().parse_args(["--config", "k.toml", "run", "--windowed", "--size", "540x960"])
    short = cli._base()[0].parse_args(["--config", "k.toml", "run", "--windowed", "--size", "540x960"])
    assert vars(full) == vars(short)
