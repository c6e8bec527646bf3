"""Passwords in URLs are found in every spelling (user part, query, percent-encoded, fragment) and redacted."""

from __future__ import annotations

import pytest

from kiosk.core.url_secrets import password_in_url, redact_url

SECRET = "s3cr3t-Pw"
WITH_PASSWORD = [
    f"postgresql://kiosk:{SECRET}@db.example.org/kindness",
    f"postgresql://kiosk:{SECRET}@db.example.org:5433/kindness?sslmode=verify-full",
    f"postgresql://kiosk@db.example.org/kindness?password={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?sslmode=verify-full&password={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?sslmode=verify-full&password={SECRET}&application_name=x",
    f"postgresql://kiosk@db.example.org/kindness?PassWord={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?pass%77ord={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?%70%61%73%73%77%6f%72%64={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?pass%2577ord={SECRET}",  # encoded twice
    f"postgresql://kiosk%3A{SECRET}@db.example.org/kindness",  # the colon percent-encoded
    f"postgresql://kiosk:{SECRET}@with@at@db.example.org/kindness",
    f"postgresql+psycopg://kiosk@db.example.org/kindness#password={SECRET}",
    f"postgresql://kiosk@db.example.org/kindness?password%20={SECRET}",
]


@pytest.mark.parametrize("url", WITH_PASSWORD)
def test_every_spelling_of_a_password_is_found_and_redacted(url: str) -> None:
    assert password_in_url(url)
    shown = redact_url(url)
    assert SECRET not in shown and "***" in shown
    assert "db.example.org" in shown or "with" in shown  # still says where


@pytest.mark.parametrize("url", [
    "postgresql://kiosk@db.example.org/kindness",
    "postgresql://kiosk@db.example.org/kindness?sslmode=verify-full&passfile=/etc/kiosk/pgpass",
    "postgresql:///kindness?host=/run/postgresql",
    "/var/lib/kiosk/central.sqlite3",
    "sqlite:////var/lib/kiosk/central.sqlite3",
])
def test_urls_without_a_password_pass_unchanged(url: str) -> None:
    assert not password_in_url(url)
    assert redact_url(url) == url


def test_redaction_keeps_the_rest_of_the_query() -> None:
    assert redact_url(f"postgresql://k@h/db?sslmode=verify-full&password={SECRET}&connect_timeout=5") == (
        "postgresql://k@h/db?sslmode=verify-full&password=***&connect_timeout=5")
    assert redact_url(f"postgresql://k:{SECRET}@h:5433/db") == "postgresql://k:***@h:5433/db"
