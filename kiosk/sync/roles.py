"""PostgreSQL roles, grants and row-level security of the central database: least privilege, by the server.

Three NOLOGIN group roles per central database, and one LOGIN role per kiosk (and per staff or manager
user) that is a member of one of them:

- kiosk:   INSERT into its own site's and own kiosk id's rows of the append-only tables — only the columns
           it may set (never `synced_at` / `received_at`: the server's clock fills them); SELECT only
           (id, digest) of its own kiosk's rows (push tells duplicates from conflicts with it); SELECT its
           own site's `site_content`; EXECUTE `sync_horizon()`, `content_horizon()`. No TEMP (no temp tables or
           pg_temp functions). Never `content_change` or `site_content` writes: what a screen shows is decided
           by a person (`allow_person_decisions`; migration 0008's triggers refuse any kiosk login as well).
- staff:   SELECT/INSERT/UPDATE `site_content`, INSERT `content_change` (decisions made in staff mode on a
           kiosk, sent with the person's own login), and SELECT `sync_conflict`, `wall_message` and
           `content_change`, the answer tallies (`checkin_tally`, `checkin_tally_day`) and the kiosks'
           heartbeats (`heartbeat`: the office's health grid) of the sites in
           `staff_account`; SELECT `result_alert` of those sites and UPDATE only its acknowledge/close columns.
- manager: SELECT every central table, all sites (reports), the quarantine included; INSERT/UPDATE
           `result_alert` (alerts); INSERT/UPDATE the per-site kiosk settings — `site_content` rows of kind
           'settings' only, any site (kiosk.core.site_settings). Staff change their own sites' settings through
           their `site_content` grant; kiosks only read their own site's.

Staff pulse answers (`staff_pulse`, anonymous by design: kiosk.data.pulse_models) are stricter: a kiosk may
INSERT rows of its own site (they have no kiosk id; never `synced_at`) and never SELECT them — its push asks
`staff_pulse_seen()` whether records it already holds are stored (migration 0006); staff (their sites) and
managers (all) may SELECT only `id, site, local_date, answer` — not when a row arrived (`synced_at`), nor
system columns such as `xmin`, which could be matched with a kiosk's heartbeat.

Nothing else: no UPDATE or DELETE for kiosks, no CREATE in `public`, and PUBLIC loses CONNECT/TEMP on
the database. Rows are filtered by policies built on `kiosk_site()`, `kiosk_id()` and `staff_sites()`
(migration 0003), which return NULL / nothing once a kiosk is revoked, so every policy fails closed.

Role names are cluster-wide, so each database gets its own: `kk_` + the first 10 hex digits of
md5(current_database()) (`RoleNames`). Every name reaches SQL as a quoted `psycopg.sql.Identifier`;
passwords only as a SCRAM verifier computed on this machine (libpq), so the password itself never
travels to the server or lands in its log. `ensure_access` is idempotent and converges: it revokes
what the groups hold and grants exactly the declared set again. To let kiosks append to a new table, add it
to `KIOSK_APPEND_TABLES` (as `wall_message` and `content_change` are).

Thread: the CLI's main thread (admin commands, `kiosk central …`); never runs on a kiosk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from kiosk.data.tallies import TALLY_TABLES

if TYPE_CHECKING:
    from psycopg.sql import Composable

# Tables a kiosk appends to: its own site and kiosk id only (row-level WITH CHECK).
# Not `content_change`: a decision about what screens show travels only with a person's login (see below).
KIOSK_APPEND_TABLES = ("checkin", "checkin_followup", "heartbeat", "sync_conflict", "wall_message")
# Of those, the ones whose (id, digest) a kiosk may read back for its own kiosk's rows.
KIOSK_READBACK_TABLES = ("checkin", "checkin_followup", "heartbeat", "wall_message")
# Decisions a person sends for their own sites: applied to `site_content` by a SECURITY DEFINER trigger
# (migration 0004); migration 0008's trigger refuses them from any kiosk login whatever the grants say.
PERSON_DECISION_TABLES = ("content_change",)
# What staff edit (their sites' rows) and what they may read for their sites.
STAFF_EDIT_TABLES = ("site_content",)
STAFF_READ_TABLES = ("sync_conflict", "wall_message", "content_change", *TALLY_TABLES,
                     "heartbeat")  # their sites' kiosks' health (the office's Kiosks page)
# Anonymous tables (no kiosk column): kiosks INSERT rows of their own site and never read them back; staff and
# managers read only these columns.
ANONYMOUS_TABLES = {"staff_pulse": ("id", "site", "local_date", "answer")}
# Everything a manager reads, all sites.
MANAGER_READ_TABLES = ("checkin", "checkin_followup", "heartbeat", "site", "kiosk_account", "staff_account",
                       "sync_conflict", "site_content", "wall_message", "content_change", "result_alert",
                       "quarantine", "kiosk_day_count", "central_limit", *TALLY_TABLES)
# Results alerts (kiosk.results.alerts_store): staff read their sites' alerts and may change only what
# acknowledging and closing change; managers read, raise and change every site's; kiosks nothing.
ALERT_TABLES = ("result_alert",)
ALERT_STAFF_COLUMNS = ("state", "acknowledged_by", "acknowledged_at", "comment", "closed_at", "closed_by")
# Columns only the server sets (a column default of now(), migration 0007): never granted to a kiosk.
SERVER_OWNED_COLUMNS = frozenset({"synced_at", "received_at"})
GROUPS = ("kiosk", "staff", "manager")
KIOSK_CONNECTION_LIMIT = 5  # a stolen kiosk cannot exhaust the server's connections
KIOSK_ROLE_SETTINGS = {  # a stolen or stuck kiosk cannot hold locks or the sync horizon back for long
    "idle_in_transaction_session_timeout": "60s",
    "statement_timeout": "120s",
    "lock_timeout": "30s",
}
POLICY_PREFIX = "kk_"  # ensure_access drops and recreates only policies named like this
_MAX_NAME = 63  # PostgreSQL's identifier limit (NAMEDATALEN - 1), in bytes


@dataclass(frozen=True)
class RoleNames:
    """The role names of one central database: groups and logins share the per-database prefix."""

    prefix: str

    @property
    def kiosk(self) -> str:
        return f"{self.prefix}_kiosk"

    @property
    def staff(self) -> str:
        return f"{self.prefix}_staff"

    @property
    def manager(self) -> str:
        return f"{self.prefix}_manager"

    def group(self, kind: str) -> str:
        if kind not in GROUPS:
            raise ValueError(f"unknown role kind {kind!r}")
        return f"{self.prefix}_{kind}"

    def kiosk_login(self, kiosk_id: str) -> str:
        """`<prefix>_k_<kiosk id>`; a long id is cut and given a hash so the name stays unique and ≤ 63."""
        return _login_name(self.prefix, "k", kiosk_id)

    def user_login(self, name: str) -> str:
        """`<prefix>_u_<name>` for a staff or manager user."""
        return _login_name(self.prefix, "u", name)


def _login_name(prefix: str, tag: str, name: str) -> str:
    full = f"{prefix}_{tag}_{name}"
    if len(full.encode()) <= _MAX_NAME:
        return full
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    keep = _MAX_NAME - len(prefix) - len(tag) - 2 - 1 - len(digest)
    return f"{prefix}_{tag}_{name[:keep]}_{digest}"


def role_names(bind: Engine | Connection) -> RoleNames:
    """The role names of the database behind `bind`. SQLite (the embedded demo) has no roles: `kk_local`."""
    if bind.dialect.name != "postgresql":
        return RoleNames("kk_local")
    query = text("SELECT 'kk_' || left(md5(current_database()), 10)")
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return RoleNames(conn.execute(query).scalar_one())
    return RoleNames(bind.execute(query).scalar_one())


# -- running composed SQL on the SQLAlchemy connection's psycopg connection (same transaction) ---------

def _driver(conn: Connection) -> Any:
    return conn.connection.driver_connection


def _run(conn: Connection, query: Composable, params: tuple[Any, ...] | None = None) -> list[tuple[Any, ...]]:
    with _driver(conn).cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall() if cur.description else []


def _sql(template: str, *names: str, **literals: Any) -> Composable:
    """`template` with `{}` filled by quoted identifiers and `{name}` by quoted literals."""
    from psycopg import sql

    return sql.SQL(template).format(*(sql.Identifier(n) for n in names),
                                    **{k: sql.Literal(v) for k, v in literals.items()})


def role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def scram_verifier(conn: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password`, computed here by libpq."""
    verifier = _driver(conn).pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return bytes(verifier).decode("ascii")


# -- group roles, grants and policies -------------------------------------------------------------------

def ensure_access(conn: Connection) -> RoleNames:
    """Creates the group roles when missing and sets their grants and row-level policies to exactly the
    declared set. Idempotent; run inside one transaction (`kiosk central init`) by a role with CREATEROLE
    that owns the tables (the one that ran the migrations)."""
    names = role_names(conn)
    groups = [names.group(kind) for kind in GROUPS]
    for group in groups:
        if not role_exists(conn, group):
            _run(conn, _sql("CREATE ROLE {} NOLOGIN", group))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    every = ", ".join("{}" for _ in groups)
    # Start from nothing, so a privilege granted by hand (or by an older version) does not linger.
    _run(conn, _sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {every}", *groups))
    _run(conn, _sql(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {every}", *groups))
    _run(conn, _sql(f"REVOKE ALL ON DATABASE {{}} FROM PUBLIC, {every}", database, *groups))
    _run(conn, _sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))  # PostgreSQL < 15 grants it
    _run(conn, _sql(f"GRANT CONNECT ON DATABASE {{}} TO {every}", database, *groups))
    _run(conn, _sql(f"GRANT USAGE ON SCHEMA public TO {every}", *groups))
    _run(conn, _sql("GRANT EXECUTE ON FUNCTION public.kiosk_site(), public.kiosk_id(), public.sync_horizon() "
                    "TO {}", names.kiosk))
    _run(conn, _sql("GRANT EXECUTE ON FUNCTION public.staff_sites(), public.sync_horizon() TO {}", names.staff))
    _run(conn, _sql("GRANT EXECUTE ON FUNCTION public.sync_horizon() TO {}", names.manager))
    for table in _rls_tables():
        _drop_our_policies(conn, table)
        _run(conn, _sql("ALTER TABLE public.{} ENABLE ROW LEVEL SECURITY", table))
    for table in KIOSK_APPEND_TABLES:
        allow_kiosk_append(conn, names, table, readback=table in KIOSK_READBACK_TABLES)
    allow_kiosk_read_own_site(conn, names, "site_content")
    for table in STAFF_EDIT_TABLES:
        allow_staff_edit(conn, names, table)
    for table in STAFF_READ_TABLES:
        allow_staff_read(conn, names, table)
    for table in MANAGER_READ_TABLES:
        allow_manager_read(conn, names, table)
    for table in ALERT_TABLES:
        allow_alerts(conn, names, table)
    allow_person_decisions(conn, names)
    allow_manager_settings(conn, names)
    for table, columns in ANONYMOUS_TABLES.items():
        allow_anonymous(conn, names, table, columns)
    return names


def public_can_create(conn: Connection) -> bool:
    """Whether a kiosk could still create objects in schema public (only if the REVOKE did not take)."""
    query = text("SELECT has_schema_privilege(:r, 'public', 'CREATE')")
    return bool(conn.execute(query, {"r": role_names(conn).kiosk}).scalar_one())


def _rls_tables() -> list[str]:
    """Tables whose rows are filtered per site/kiosk (the others are only for the manager, or nobody)."""
    tables = (*KIOSK_APPEND_TABLES, "site_content", *STAFF_EDIT_TABLES, *STAFF_READ_TABLES, *ALERT_TABLES,
              *PERSON_DECISION_TABLES, *ANONYMOUS_TABLES)
    return list(dict.fromkeys(tables))


def _drop_our_policies(conn: Connection, table: str) -> None:
    rows = conn.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t "
                             "AND policyname LIKE :p"), {"t": table, "p": POLICY_PREFIX + "%"}).scalars().all()
    for policy in rows:
        _run(conn, _sql("DROP POLICY {} ON public.{}", policy, table))


def _policy(conn: Connection, name: str, table: str, command: str, role: str, *, using: str | None = None,
            check: str | None = None) -> None:
    """A permissive policy; `using`/`check` are fixed expressions from this module, never user input."""
    clause = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
    _run(conn, _sql(f"CREATE POLICY {{}} ON public.{{}} FOR {command} TO {{}}{clause}",
                    POLICY_PREFIX + name, table, role))


# `(SELECT f())` is planned once per statement (an InitPlan), not called once per row.
_OWN_ROW = "site = (SELECT public.kiosk_site()) AND kiosk = (SELECT public.kiosk_id())"
_OWN_KIOSK = "kiosk = (SELECT public.kiosk_id())"
_OWN_SITE = "site = (SELECT public.kiosk_site())"
_STAFF_SITE = "site = ANY ((SELECT public.staff_sites())::text[])"


def allow_kiosk_append(conn: Connection, names: RoleNames, table: str, *, readback: bool = False) -> None:
    """Kiosks may INSERT rows of their own site and kiosk id into `table` (which needs `site`, `kiosk`
    and, with `readback`, `id` and `digest` columns) — naming only the columns they may set; with `readback`
    also SELECT (id, digest) of their own kiosk's rows. Row-level security must be enabled on `table`
    (ensure_access does it)."""
    from psycopg import sql

    columns = kiosk_columns(table)
    _run(conn, sql.SQL("GRANT INSERT ({}) ON public.{} TO {}").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(table), sql.Identifier(names.kiosk)))
    _policy(conn, "kiosk_insert", table, "INSERT", names.kiosk, check=_OWN_ROW)
    if readback:
        _run(conn, _sql("GRANT SELECT (id, digest) ON public.{} TO {}", table, names.kiosk))
        _policy(conn, "kiosk_readback", table, "SELECT", names.kiosk, using=_OWN_KIOSK)


def kiosk_columns(table: str) -> tuple[str, ...]:
    """The columns of `table` a kiosk may name in an INSERT: the model's, less those the server sets."""
    from kiosk.data.models import Base

    return tuple(c.name for c in Base.metadata.tables[table].columns if c.name not in SERVER_OWNED_COLUMNS)


def allow_anonymous(conn: Connection, names: RoleNames, table: str, columns: tuple[str, ...]) -> None:
    """Kiosks INSERT rows of their own site into `table` — naming only the columns they may set (never
    `synced_at`) — and EXECUTE `<table>_seen(uuid[], text[])` (their push's only way to tell a duplicate from a
    conflict); staff SELECT `columns` of their sites' rows and managers of every site's. Nobody else, and
    nothing more: no kiosk SELECT, no UPDATE or DELETE."""
    from psycopg import sql

    _run(conn, sql.SQL("GRANT INSERT ({}) ON public.{} TO {}").format(
        sql.SQL(", ").join(map(sql.Identifier, kiosk_columns(table))), sql.Identifier(table),
        sql.Identifier(names.kiosk)))
    _policy(conn, "kiosk_insert", table, "INSERT", names.kiosk, check=_OWN_SITE)
    _run(conn, _sql("GRANT EXECUTE ON FUNCTION public.{}(uuid[], text[]) TO {}", f"{table}_seen", names.kiosk))
    listed = ", ".join("{}" for _ in columns)
    for group, using, policy in ((names.staff, _STAFF_SITE, "staff_read"), (names.manager, "true", "manager_read")):
        _run(conn, _sql(f"GRANT SELECT ({listed}) ON public.{{}} TO {{}}", *columns, table, group))
        _policy(conn, policy, table, "SELECT", group, using=using)


def allow_kiosk_read_own_site(conn: Connection, names: RoleNames, table: str) -> None:
    _run(conn, _sql("GRANT SELECT ON public.{} TO {}", table, names.kiosk))
    _policy(conn, "kiosk_read", table, "SELECT", names.kiosk, using=_OWN_SITE)


def allow_staff_edit(conn: Connection, names: RoleNames, table: str) -> None:
    """Staff may read, add and change rows of the sites they look after, and not move a row elsewhere."""
    _run(conn, _sql("GRANT SELECT, INSERT, UPDATE ON public.{} TO {}", table, names.staff))
    _policy(conn, "staff_read", table, "SELECT", names.staff, using=_STAFF_SITE)
    _policy(conn, "staff_insert", table, "INSERT", names.staff, check=_STAFF_SITE)
    _policy(conn, "staff_update", table, "UPDATE", names.staff, using=_STAFF_SITE, check=_STAFF_SITE)


def allow_staff_read(conn: Connection, names: RoleNames, table: str) -> None:
    _run(conn, _sql("GRANT SELECT ON public.{} TO {}", table, names.staff))
    _policy(conn, "staff_read", table, "SELECT", names.staff, using=_STAFF_SITE)


def allow_person_decisions(conn: Connection, names: RoleNames) -> None:
    """Staff send the decisions they made on a kiosk (`content_change`) for the sites they look after, with
    their own login; every role that pulls may read its site's change counter (`content_horizon`, per site,
    migration 0008). Kiosks get neither INSERT nor a policy here: only people decide what screens show."""
    for table in PERSON_DECISION_TABLES:
        _run(conn, _sql("GRANT INSERT ON public.{} TO {}", table, names.staff))
        _policy(conn, "staff_decide", table, "INSERT", names.staff, check=_STAFF_SITE)
    _run(conn, _sql("GRANT EXECUTE ON FUNCTION public.content_horizon(text) TO {}, {}, {}",
                    names.kiosk, names.staff, names.manager))


SETTINGS_KIND = "'settings'"  # kiosk.core.site_settings.KIND, as an SQL literal


def allow_manager_settings(conn: Connection, names: RoleNames) -> None:
    """Managers may add and change every site's kiosk settings (`site_content` rows of kind 'settings') and no
    other content: their policies check the kind, before and after an UPDATE (no turning a listing into one)."""
    _run(conn, _sql("GRANT INSERT, UPDATE ON public.site_content TO {}", names.manager))
    kind = f"kind = {SETTINGS_KIND}"
    _policy(conn, "manager_settings_insert", "site_content", "INSERT", names.manager, check=kind)
    _policy(conn, "manager_settings_update", "site_content", "UPDATE", names.manager, using=kind, check=kind)


def allow_manager_read(conn: Connection, names: RoleNames, table: str) -> None:
    _run(conn, _sql("GRANT SELECT ON public.{} TO {}", table, names.manager))
    if table in _rls_tables():
        _policy(conn, "manager_read", table, "SELECT", names.manager, using="true")


def allow_alerts(conn: Connection, names: RoleNames, table: str) -> None:
    """Staff: read, acknowledge and close their sites' alerts (only those columns); managers: raise and change
    every site's (manager_read comes from MANAGER_READ_TABLES). Kiosks get nothing."""
    _run(conn, _sql("GRANT SELECT ON public.{} TO {}", table, names.staff))
    columns = ", ".join("{}" for _ in ALERT_STAFF_COLUMNS)
    _run(conn, _sql(f"GRANT UPDATE ({columns}) ON public.{{}} TO {{}}", *ALERT_STAFF_COLUMNS, table, names.staff))
    _policy(conn, "staff_read", table, "SELECT", names.staff, using=_STAFF_SITE)
    _policy(conn, "staff_update", table, "UPDATE", names.staff, using=_STAFF_SITE, check=_STAFF_SITE)
    _run(conn, _sql("GRANT INSERT, UPDATE ON public.{} TO {}", table, names.manager))
    _policy(conn, "manager_insert", table, "INSERT", names.manager, check="true")
    _policy(conn, "manager_update", table, "UPDATE", names.manager, using="true", check="true")


# -- login roles ----------------------------------------------------------------------------------------

def create_login_role(conn: Connection, role: str, group: str, password: str, *,
                      connection_limit: int = -1, settings: dict[str, str] | None = None) -> None:
    """A LOGIN role in `group`, with `password` set as a SCRAM verifier. Names are always quoted."""
    verifier = scram_verifier(conn, role, password)
    _run(conn, _sql("CREATE ROLE {} LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                    "CONNECTION LIMIT {limit} PASSWORD {verifier} IN ROLE {}", role, group,
                    limit=connection_limit, verifier=verifier))
    for key, value in (settings or {}).items():
        _run(conn, _sql("ALTER ROLE {} SET {} = {value}", role, key, value=value))


def disable_login(conn: Connection, role: str, group: str) -> None:
    """No more logins, and no privileges for sessions still open (checked on every statement)."""
    _run(conn, _sql("ALTER ROLE {} NOLOGIN", role))
    if conn.execute(text("SELECT pg_has_role(:r, :g, 'MEMBER')"), {"r": role, "g": group}).scalar_one():
        _run(conn, _sql("REVOKE {} FROM {}", group, role))


def terminate_sessions(conn: Connection, role: str) -> int:
    """Ends the role's open sessions on this server; returns how many were ended."""
    return int(conn.execute(text("SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE usename = :r AND pid <> pg_backend_pid()) AS ended"),
                            {"r": role}).scalar_one())
