"""Reads the wall's statistical filter model (kiosk/wall/filter/model.json, shipped as package data) into a
`FilterModel` for the pure filter (kiosk.wall.rules.classifier).

Never at import time: the desk calls `load_filter_model()` the first time a message is checked, on the
database thread, like the word lists (about 20 ms, ~400 KiB of JSON). A missing or damaged file raises
`FilterModelError` in plain words; the desk then fails closed (every message waits for staff).
Thread: any, but it reads a file — the database (kiosk-db) thread in the app, main in the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.core.errors import KioskError
from kiosk.wall.rules.classifier import FilterModel, ModelFormatError


class FilterModelError(KioskError):
    """The filter's model cannot be used; the message says why and what to do."""

    kind = "filter_model"


def model_path() -> Path:
    return Path(__file__).resolve().parent / "filter" / "model.json"


def load_filter_model(path: Path | None = None) -> FilterModel:
    path = model_path() if path is None else path
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FilterModelError(f"the filter model {path} is missing: reinstall the kiosk, or run "
                               "python -m kiosk.wall.train_filter") from None
    except OSError as e:
        raise FilterModelError(f"the filter model {path} cannot be read ({e.strerror or e})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FilterModelError(f"the filter model {path} is damaged ({e}): reinstall the kiosk, or run "
                               "python -m kiosk.wall.train_filter") from None
    try:
        return FilterModel.from_dict(data)
    except ModelFormatError as e:
        raise FilterModelError(f"the filter model {path} cannot be used: {e}") from None
