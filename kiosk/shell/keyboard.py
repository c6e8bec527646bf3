"""Which on-screen keyboard layout each language uses, and where the kiosk's layouts live.

Qt Virtual Keyboard reads its layouts from one directory: its built-in one, or the one named by
QT_VIRTUALKEYBOARD_LAYOUT_PATH, which then replaces the built-in one entirely (the keyboard offers only the
locales found there, and needs a `fallback/` layout set in it). Qt has no Urdu layout, so the kiosk ships its
own directory, assets/keyboard/: an Urdu layout of its own (ur_PK/main.qml), and for each other language it
uses a two-line file that loads Qt's built-in layout from inside Qt (assets/keyboard/README.md).
`use_kiosk_layouts()` points Qt there unless the environment already names a directory. Keyboard.qml binds
VirtualKeyboardSettings.locale to ShellViewModel.keyboardLocale, so the keyboard follows the visitor's language.
Thread: any (pure look-ups and one environment variable, set before Qt's keyboard first loads).
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.core.paths import assets_dir

LAYOUT_PATH_VARIABLE = "QT_VIRTUALKEYBOARD_LAYOUT_PATH"
DEFAULT_LAYOUT = "en_GB"
# A language → its layout, where the layout's name does not follow from the code. Gaelic types on the English
# layout: à è ì ò ù (and á é ó) are a long press on a, e, i, o, u.
LAYOUTS = {"en": "en_GB", "gd": "en_GB", "cy": "en_GB", "ga": "en_GB", "ar": "ar_AR", "ur": "ur_PK"}


def layouts_dir() -> Path:
    return assets_dir() / "keyboard"


def use_kiosk_layouts() -> None:
    """Points Qt Virtual Keyboard at the kiosk's layouts (call before the keyboard first loads)."""
    os.environ.setdefault(LAYOUT_PATH_VARIABLE, str(layouts_dir()))


def keyboard_locale(code: str, available: list[str] | None = None) -> str:
    """The layout for a language code ("uk" → "uk_UA"): LAYOUTS, else the first layout in the directory whose
    name starts with the code, else English."""
    if code in LAYOUTS:
        return LAYOUTS[code]
    names = available if available is not None else sorted(p.name for p in layouts_dir().iterdir() if p.is_dir())
    if code in names:
        return code
    return next((name for name in names if name.split("_")[0] == code.split("_")[0]), DEFAULT_LAYOUT)
