# The two commands: `make run` (the demo kiosk in a window) and `make test` (the whole test suite).
# Both create .venv themselves, install what a fresh machine lacks and compile the translation catalogues.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Each language's catalogue: assets/i18n/kiosk_<code>.ts (committed) → kiosk_<code>.qm (built, not committed).
CATALOGUES := $(patsubst %.ts,%.qm,$(wildcard assets/i18n/kiosk_*.ts))

.PHONY: run test lint bench screenshots translations catalogues config-docs deb install-check clean

run: $(VENV)/.installed catalogues
	$(BIN)/kiosk demo

# Every check the README promises, in one command (CI runs it through .ci/run): `lint` first (ruff, then mypy
# on kiosk/, tests/ and benchmarks/), then the whole pytest suite (architecture tests included). The first
# check that fails stops it and fails the target.
test: $(VENV)/.installed catalogues lint
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check kiosk tests benchmarks tools
	$(BIN)/mypy

bench: $(VENV)/.installed catalogues
	$(BIN)/python -m benchmarks

# The README's pictures, at the README's fixed moment (a Tuesday morning), so they only change when screens do.
screenshots: $(VENV)/.installed catalogues
	$(BIN)/kiosk screenshots --out docs/screenshots --at 2026-11-24T10:30

# Compiles every catalogue the kiosk can switch to (kiosk.languages in the config) with lrelease.
catalogues: $(CATALOGUES)

assets/i18n/%.qm: assets/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(VENV)/.installed: pyproject.toml packaging/system-deps.sh
	sh packaging/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Refreshes every catalogue (assets/i18n/kiosk_*.ts) from each qsTr / translate / tr call in kiosk/, keeping
# the translations already made. Add a language by copying kiosk_en.ts to kiosk_<code>.ts (set its `language`).
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find kiosk -name '*.qml' -o -name '*.py' -not -path '*/__pycache__/*' | sort) \
		-ts assets/i18n/kiosk_*.ts

# The Debian package for kiosks: dist/kindness-kiosk_<version>_all.deb (docs/install.md). Needs dpkg-deb.
deb: $(VENV)/.installed catalogues
	$(BIN)/python packaging/build_deb.py --out dist

# Installs that .deb on a fresh Debian 12 in a booted container (root, network, 4-6 min; not part of `make test`):
# start, watchdog, kill -9 and hang restarts, remove/purge, measured. Report: dist/install-check.md.
install-check: deb
	sh packaging/check_install.sh --deb dist/kindness-kiosk_$$($(BIN)/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')_all.deb

# Rewrites config/default.toml and README.md's configuration table from the keys in kiosk/core/config.py.
config-docs: $(VENV)/.installed
	$(BIN)/python -m kiosk.core.config_docs

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache assets/i18n/*.qm dist
