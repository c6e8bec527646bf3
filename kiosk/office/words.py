"""The office's own words, translated when read (QCoreApplication.translate, context "office"): why signing in
failed, one sentence each, and the sentences after an action. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("office", text)


def sign_in_words(code: str) -> str:
    words = {
        "password": _t("That name and password were not accepted. Check them and try again."),
        "revoked": _t("This login has been switched off. Ask a manager to add you again."),
        "unreachable": _t("The central database cannot be reached. Check the network, or try again in a few "
                          "minutes."),
        "tls": _t("The office could not confirm it is talking to the real central database (its certificate "
                  "or encryption). Ask your administrator."),
        "url": _t("The central database address is missing or not right (it looks like "
                  "postgresql://db.example.org/kindness, with no password in it)."),
        "not_person": _t("This login is not a staff or manager login. Use your own login."),
        "empty": _t("Type your login name and password."),
    }
    return words.get(code, _t("Signing in did not work. Try again, or ask your administrator."))


def failed_words(code: str) -> str:
    """After an action that did not work (a save, a decision, an acknowledgement)."""
    words = {
        "stale": _t("Someone else decided on this message meanwhile. The list now shows it as it is."),
        "office_format": _t("Save the report as PDF, XLSX or CSV."),
        "office_dates": _t("The first date is after the last date."),
        "office_write": _t("The report could not be written there. Choose another folder."),
        "dates": _t("Type dates like 2026-11-01."),
        "refused": _t("The central database did not allow this for your login."),
        "unreachable": _t("The central database cannot be reached. Try again in a few minutes."),
        "password": _t("That login and password were not accepted."),
    }
    return words.get(code, _t("That did not work. Try again, or ask your administrator."))


def kind_words(kind: str) -> str:
    return _t("Manager") if kind == "manager" else _t("Staff")
