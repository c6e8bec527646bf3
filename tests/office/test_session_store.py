"""Signing in to the office, before any network: a URL with a password is refused, another machine without
verified TLS is refused, a name that is not a user name is a wrong login, and the login role is the one
`kiosk central add-user` makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.office.session_store import SignInError, login_role, role_prefix, sign_in
from kiosk.sync.roles import RoleNames


@pytest.mark.parametrize(("url", "name", "code"), [
    ("", "sam", "url"),
    ("postgresql://sam:secret@db.example.org/kindness", "sam", "url"),
    ("postgresql://db.example.org/kindness?password=secret", "sam", "url"),
    ("postgresql://db.example.org/kindness?sslmode=disable", "sam", "tls"),
    ("postgresql://db.example.org/kindness?sslmode=require", "sam", "tls"),
    ("mysql://db.example.org/kindness", "sam", "url"),
    ("postgresql://db.example.org/kindness", "sam; DROP ROLE x", "password"),
])
def test_refused_before_connecting(url: str, name: str, code: str) -> None:
    with pytest.raises(SignInError) as raised:
        sign_in(url, name, "pw")
    assert raised.value.code == code


def test_a_missing_sqlite_file_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(SignInError) as raised:
        sign_in(str(tmp_path / "nowhere.sqlite3"), "", "")
    assert raised.value.code == "unreachable"
    assert not (tmp_path / "nowhere.sqlite3").exists()  # never made


def test_the_login_role_is_the_one_add_user_makes() -> None:
    prefix = role_prefix("kindness")
    assert prefix.startswith("kk_") and len(prefix) == 13
    assert login_role("kindness", "sam") == RoleNames(prefix).user_login("sam")
    assert login_role("kindness", f"{prefix}_u_sam") == f"{prefix}_u_sam"  # typed in full: taken as it is
