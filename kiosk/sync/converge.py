"""`kiosk central init` brings every role of this central database back to exactly what the model grants.

The roles are the three groups and every kiosk, staff and manager login (members of a group, or named in
`kiosk_account` / `staff_account`, revoked ones included). Before `kiosk.sync.roles.ensure_access` grants the
model again, `strip` takes away everything else they hold: privileges on tables, columns, sequences,
functions and schemas of this database (any schema), on the database itself, default privileges, role
memberships beyond a login's own group, role attributes beyond LOGIN, a kiosk's session settings other than
the model's, and every row-level policy on the tables of schema public (the model's are made again).
`snapshot` describes what the roles hold in plain words, so what `init` removed is `before - after`, printed
by the CLI. What PostgreSQL would not let this role take away (a superuser's attribute, a membership of a
built-in role granted by someone else) is reported as not removed, never hidden.

Thread: the CLI's main thread, inside `init_central`'s transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kiosk.sync.roles import GROUPS, KIOSK_CONNECTION_LIMIT, KIOSK_ROLE_SETTINGS, RoleNames, _run, _sql


@dataclass
class Convergence:
    """What `kiosk central init` took away, what it could not, and what only pg_hba.conf can enforce."""

    removed: list[str] = field(default_factory=list)
    not_removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_SYSTEM_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"

# Every query yields (role, description); `:roles` is the array of role names looked at.
_SNAPSHOT = (
    f"""SELECT r.rolname, format('%s on %s %I.%I', a.privilege_type,
               CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END,
               n.nspname, c.relname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee
        WHERE r.rolname = ANY(:roles) AND {_SYSTEM_SCHEMAS}""",
    f"""SELECT r.rolname, format('%s (%I) on table %I.%I', a.privilege_type, att.attname, n.nspname, c.relname)
        FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL aclexplode(att.attacl) a JOIN pg_roles r ON r.oid = a.grantee
        WHERE r.rolname = ANY(:roles) AND {_SYSTEM_SCHEMAS}""",
    f"""SELECT r.rolname, format('%s on function %s', a.privilege_type, p.oid::regprocedure)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        CROSS JOIN LATERAL aclexplode(p.proacl) a JOIN pg_roles r ON r.oid = a.grantee
        WHERE r.rolname = ANY(:roles) AND {_SYSTEM_SCHEMAS}""",
    """SELECT r.rolname, format('%s on schema %I', a.privilege_type, n.nspname)
        FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a JOIN pg_roles r ON r.oid = a.grantee
        WHERE r.rolname = ANY(:roles)""",
    """SELECT r.rolname, format('%s on database %I', a.privilege_type, d.datname)
        FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a JOIN pg_roles r ON r.oid = a.grantee
        WHERE r.rolname = ANY(:roles) AND d.datname = current_database()""",
    """SELECT r.rolname, format('default %s on new %s%s (made by %I)', a.privilege_type,
               CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                    WHEN 'T' THEN 'types' ELSE 'schemas' END,
               CASE WHEN d.defaclnamespace = 0 THEN '' ELSE format(' in schema %I', d.defaclnamespace::regnamespace)
               END, o.rolname)
        FROM pg_default_acl d JOIN pg_roles o ON o.oid = d.defaclrole
        CROSS JOIN LATERAL aclexplode(d.defaclacl) a JOIN pg_roles r ON r.oid = a.grantee
        WHERE r.rolname = ANY(:roles)""",
    """SELECT r.rolname, format('member of role %I', g.rolname)
        FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
        WHERE r.rolname = ANY(:roles)""",
    """SELECT r.rolname, 'attribute ' || x.attr FROM pg_roles r CROSS JOIN LATERAL (VALUES
               (CASE WHEN r.rolsuper THEN 'SUPERUSER' END), (CASE WHEN r.rolcreatedb THEN 'CREATEDB' END),
               (CASE WHEN r.rolcreaterole THEN 'CREATEROLE' END), (CASE WHEN r.rolreplication THEN 'REPLICATION' END),
               (CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END)) AS x(attr)
        WHERE r.rolname = ANY(:roles) AND x.attr IS NOT NULL""",
    """SELECT r.rolname, 'setting ' || s.setting
        FROM pg_db_role_setting d JOIN pg_roles r ON r.oid = d.setrole CROSS JOIN LATERAL unnest(d.setconfig) s(setting)
        WHERE r.rolname = ANY(:roles)""",
)
_POLICIES = """SELECT format('policy %I on table %I.%I (for %s)', policyname, schemaname, tablename,
                             array_to_string(roles, ', '))
               FROM pg_policies WHERE schemaname = 'public'"""


def our_roles(conn: Connection, names: RoleNames) -> tuple[list[str], list[str]]:
    """(groups, logins): the groups that exist and every kiosk, staff and manager login of this database."""
    groups = [names.group(kind) for kind in GROUPS]
    logins = conn.execute(text(
        """SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = ANY(:groups)
           UNION SELECT role_name FROM public.kiosk_account UNION SELECT role_name FROM public.staff_account"""),
        {"groups": groups}).scalars().all()
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"),
                                {"r": [*groups, *logins]}).scalars())
    return [g for g in groups if g in existing], sorted(r for r in logins if r in existing and r not in groups)


def snapshot(conn: Connection, names: RoleNames) -> set[str]:
    """Everything the roles hold and every policy on schema public's tables, one line each."""
    groups, logins = our_roles(conn, names)
    roles = [*groups, *logins]
    held = {f"{role}: {what}" for query in _SNAPSHOT
            for role, what in conn.execute(text(query), {"roles": roles})}
    return held | set(conn.execute(text(_POLICIES)).scalars())


def _try(conn: Connection, report: Convergence, what: str, template: str, *idents: str) -> None:
    """Runs one statement in a savepoint; a refusal is reported, and the rest of `init` goes on."""
    try:
        with conn.begin_nested():
            _run(conn, _sql(template, *idents))
    except DBAPIError as e:
        detail = str(getattr(e, "orig", e)).strip().splitlines()[0]
        report.not_removed.append(f"{what}: {detail}")


def strip(conn: Connection, names: RoleNames, report: Convergence) -> None:
    """Takes away everything the roles hold and drops every policy on schema public's tables."""
    groups, logins = our_roles(conn, names)
    roles = [*groups, *logins]
    if not roles:
        return
    every = ", ".join("{}" for _ in roles)
    schemas = conn.execute(text(f"SELECT n.nspname FROM pg_namespace n WHERE {_SYSTEM_SCHEMAS}")).scalars().all()
    for schema in schemas:
        for kind in ("TABLES", "SEQUENCES", "FUNCTIONS"):
            _try(conn, report, f"{kind.lower()} in schema {schema}",
                 f"REVOKE ALL ON ALL {kind} IN SCHEMA {{}} FROM {every}", schema, *roles)
        _try(conn, report, f"schema {schema}", f"REVOKE ALL ON SCHEMA {{}} FROM {every}", schema, *roles)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    _run(conn, _sql(f"REVOKE ALL ON DATABASE {{}} FROM {every}", database, *roles))
    defaults = conn.execute(text(
        """SELECT DISTINCT o.rolname, d.defaclnamespace::regnamespace::text, d.defaclnamespace = 0, d.defaclobjtype,
                  r.rolname
           FROM pg_default_acl d JOIN pg_roles o ON o.oid = d.defaclrole
           CROSS JOIN LATERAL aclexplode(d.defaclacl) a JOIN pg_roles r ON r.oid = a.grantee
           WHERE r.rolname = ANY(:roles)"""), {"roles": roles}).all()
    kinds = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS"}
    for owner, schema, everywhere, objtype, role in defaults:
        where = "" if everywhere else " IN SCHEMA {}"
        idents = (owner, role) if everywhere else (owner, schema, role)
        _try(conn, report, f"{role}: default privileges of {owner}",
             f"ALTER DEFAULT PRIVILEGES FOR ROLE {{}}{where} REVOKE ALL ON {kinds[objtype]} FROM {{}}", *idents)
    kiosks = set(conn.execute(text("SELECT role_name FROM public.kiosk_account")).scalars())
    for member, role in conn.execute(text(
            """SELECT r.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                    JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = ANY(:roles)"""), {"roles": roles}):
        if role != _own_group(conn, names, member):
            _try(conn, report, f"{member}: member of {role}", "REVOKE {} FROM {}", role, member)
    for role in roles:
        attributes = "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
        if role in kiosks:
            attributes += f" CONNECTION LIMIT {KIOSK_CONNECTION_LIMIT}"
        _try(conn, report, f"{role}: attributes", f"ALTER ROLE {{}} {attributes}", role)
        if role in kiosks or role in groups:
            _try(conn, report, f"{role}: settings", "ALTER ROLE {} RESET ALL", role)
    for role in kiosks & set(logins):
        for key, value in KIOSK_ROLE_SETTINGS.items():
            _run(conn, _sql("ALTER ROLE {} SET {} = {value}", role, key, value=value))
    for policy, table in conn.execute(text("SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'")
                                      ):
        _run(conn, _sql("DROP POLICY {} ON public.{}", policy, table))


def _own_group(conn: Connection, names: RoleNames, login: str) -> str | None:
    """The one group the model puts `login` in: a kiosk in service → kiosk, a staff user → staff, a manager →
    manager; a revoked kiosk or a group → none."""
    kiosk = conn.execute(text("SELECT revoked_at IS NULL FROM public.kiosk_account WHERE role_name = :r"),
                         {"r": login}).first()
    if kiosk is not None:
        return names.kiosk if kiosk[0] else None
    if conn.execute(text("SELECT 1 FROM public.staff_account WHERE role_name = :r"), {"r": login}).first():
        return names.staff
    if login not in (names.group(k) for k in GROUPS) and conn.execute(
            text("SELECT pg_has_role(:r, :g, 'MEMBER')"), {"r": login, "g": names.manager}).scalar_one():
        return names.manager
    return None


def other_databases(conn: Connection, names: RoleNames) -> list[str]:
    """Databases of this server a kiosk could still connect to (PUBLIC may connect there): only pg_hba.conf can
    stop that, since a privilege PUBLIC holds cannot be taken from one role."""
    return list(conn.execute(text(
        """SELECT datname FROM pg_database WHERE datallowconn AND datname <> current_database()
           AND has_database_privilege(:kiosk, datname, 'CONNECT') ORDER BY datname"""),
        {"kiosk": names.kiosk}).scalars())
