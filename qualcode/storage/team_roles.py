"""Roles on a shared PostgreSQL project, enforced by the server (GRANTs), not by the UI.

Each project (schema) gets three group roles, ``<schema>_owner``, ``<schema>_coder`` and
``<schema>_viewer``; a team member is a login role granted one of them. Viewers may only
read; coders read and write the project's rows; owners may also change the schema and
manage the team. PostgreSQL refuses a viewer's write itself (SQLSTATE 42501).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from qualcode.core.team import TEAM_ROLES

ROLES = TEAM_ROLES
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def valid_user_name(name: str) -> bool:
    """A login name we accept: letters, digits, ``_ . @ -``, at most 63 characters."""
    return bool(_NAME.match(name))


def _schema(conn: Connection) -> str:
    return str(conn.execute(text("select current_schema()")).scalar())


def group_role(schema: str, role: str) -> str:
    return f"{schema}_{role}"[:63]


def _ensure_groups(conn: Connection, schema: str) -> None:
    s = _quote(schema)
    for role in ROLES:
        name = group_role(schema, role)
        exists = conn.execute(text("select 1 from pg_roles where rolname = :n"), {"n": name}).scalar()
        if not exists:
            conn.execute(text(f"create role {_quote(name)} nologin"))
    viewer, coder, owner = (_quote(group_role(schema, r)) for r in ("viewer", "coder", "owner"))
    conn.execute(text(f"grant usage on schema {s} to {viewer}, {coder}, {owner}"))
    conn.execute(text(f"grant select on all tables in schema {s} to {viewer}"))
    conn.execute(text(f"grant select, insert, update, delete on all tables in schema {s} to {coder}"))
    conn.execute(text(f"grant usage, select on all sequences in schema {s} to {coder}"))
    conn.execute(text(f"grant all on all tables in schema {s} to {owner}"))
    conn.execute(text(f"grant all on all sequences in schema {s} to {owner}"))
    conn.execute(text(f"grant create on schema {s} to {owner}"))


def grant_team_role(engine: Engine, user: str, role: str, *, password: str | None = None) -> None:
    """Make ``user`` (created if new, as a login role) an ``owner``, ``coder`` or ``viewer``
    of this project, replacing any role they had on it. The password, if given, is sent to
    the server only (never written to a file)."""
    with engine.begin() as conn:
        schema = _schema(conn)
        _ensure_groups(conn, schema)
        exists = conn.execute(text("select 1 from pg_roles where rolname = :n"), {"n": user}).scalar()
        if not exists:
            conn.execute(text(f"create role {_quote(user)} login"))
        if password is not None:
            # a literal, not a bind parameter: utility statements take none; quote_literal escapes it
            literal = conn.execute(text("select quote_literal(:p)"), {"p": password}).scalar()
            conn.execute(text(f"alter role {_quote(user)} password {literal}"))
        for other in ROLES:
            conn.execute(text(f"revoke {_quote(group_role(schema, other))} from {_quote(user)}"))
        conn.execute(text(f"grant {_quote(group_role(schema, role))} to {_quote(user)}"))


def team_members(engine: Engine) -> list[tuple[str, str]]:
    """``(user, role)`` for everyone holding a role on this project."""
    with engine.connect() as conn:
        schema = _schema(conn)
        rows = conn.execute(text(
            "select m.rolname, g.rolname from pg_auth_members a join pg_roles g on g.oid = a.roleid "
            "join pg_roles m on m.oid = a.member where g.rolname = any(:groups) order by 1"),
            {"groups": [group_role(schema, r) for r in ROLES]}).all()
    prefix = len(schema) + 1
    return [(str(user), str(group)[prefix:]) for user, group in rows]
