"""The office's own words, translated when read (QCoreApplication.translate, context "office"): why signing in
failed, one sentence each, and the sentences after an action. Thread: GUI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("office", "…") calls (a wrapper hides them)


def sign_in_words(code: str) -> str:
    words = {
        "password": translate("office", "That name and password were not accepted. Check them and try again."),
        "revoked": translate("office", "This login has been switched off. Ask a manager to add you again."),
        "unreachable": translate("office", "The central database cannot be reached. Check the network, or try "
                                           "again in a few minutes."),
        "tls": translate("office", "The office could not confirm it is talking to the real central database (its "
                                   "certificate or encryption). Ask your administrator."),
        "url": translate("office", "The central database address is missing or not right (it looks like "
                                   "postgresql://db.example.org/kindness, with no password in it)."),
        "not_person": translate("office", "This login is not a staff or manager login. Use your own login."),
        "empty": translate("office", "Type your login name and password."),
    }
    return words.get(code, translate("office", "Signing in did not work. Try again, or ask your administrator."))


def failed_words(code: str) -> str:
    """After an action that did not work (a save, a decision, an acknowledgement)."""
    words = {
        "stale": translate("office", "Someone else decided on this message meanwhile. The list now shows it as it is."),
        "office_format": translate("office", "Save the report as PDF, XLSX or CSV."),
        "office_dates": translate("office", "The first date is after the last date."),
        "office_write": translate("office", "The report could not be written there. Choose another folder."),
        "dates": translate("office", "Type dates like 2026-11-01."),
        "refused": translate("office", "The central database did not allow this for your login."),
        "unreachable": translate("office", "The central database cannot be reached. Try again in a few minutes."),
        "password": translate("office", "That login and password were not accepted."),
    }
    return words.get(code, translate("office", "That did not work. Try again, or ask your administrator."))


def kind_words(kind: str) -> str:
    return translate("office", "Manager") if kind == "manager" else translate("office", "Staff")
