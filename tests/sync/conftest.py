"""Shared fixtures for tests/sync: a central database with sites north and south (`central`), and a
kiosk of north logged in over TCP as its own PostgreSQL role."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine

from kiosk.data.engine import make_engine
from kiosk.sync.central import KioskCredentials, add_kiosk, add_site, init_central
from tests.support.pgserver import PgServer


@pytest.fixture
def central(pg_url: str) -> Iterator[Engine]:
    """An initialised central database with sites north and south (superuser engine for the admin)."""
    engine = make_engine(pg_url)
    try:
        init_central(engine)
        add_site(engine, "north", "North Library", "Europe/London")
        add_site(engine, "south", "South Hub", "Europe/London")
        yield engine
    finally:
        engine.dispose()


def login(pg_server: PgServer, engine: Engine, role: str, password: str) -> psycopg.Connection[Any]:
    """A psycopg connection over TCP (scram-sha-256) as `role`; autocommit, so each statement stands alone."""
    url = pg_server.url(engine.url.database or "", role, password).replace("+psycopg", "")
    return psycopg.connect(url, autocommit=True, connect_timeout=10)


@pytest.fixture
def kiosk(central: Engine, pg_server: PgServer) -> Iterator[tuple[KioskCredentials, psycopg.Connection[Any]]]:
    creds = add_kiosk(central, "north", "north-1")
    with login(pg_server, central, creds.role_name, creds.password) as conn:
        yield creds, conn
