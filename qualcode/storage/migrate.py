"""Run Alembic migrations programmatically on an open connection.

Opening a project only needs the chain of revision ids (is this file at the head?), so
that chain is read from the migration files' ``revision = ...`` / ``down_revision = ...``
lines without importing Alembic (a third of a second at start-up); Alembic itself loads
only to upgrade a schema or to read a server's version table. ``tests/storage`` checks
the chain against Alembic's own ``ScriptDirectory``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", re.M)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def _newest_first() -> tuple[str, ...]:
    # The migration files cannot change while we run; reading them costs ~1 ms.
    parent: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {name: value or None for name, value in _ASSIGNMENT.findall(script.read_text("utf-8"))}
        if "revision" in found and found["revision"]:
            parent[found["revision"]] = found.get("down_revision")
    children = set(parent.values())
    heads = [r for r in parent if r not in children]
    assert len(heads) == 1, f"the migrations must form one line; heads: {heads}"
    chain: list[str] = []
    current: str | None = heads[0]
    while current is not None:
        chain.append(current)
        current = parent.get(current)
    assert len(chain) == len(parent), "a migration's down_revision names no migration"
    return tuple(chain)


def head_revision() -> str:
    return _newest_first()[0]


def known_revisions() -> set[str]:
    return set(_newest_first())


def revisions_newest_first() -> list[str]:
    return list(_newest_first())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    cfg = _config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
