"""Every Alembic migration runs from the first revision, and the result matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from qualcode.storage import migrate
from qualcode.storage.engine import make_engine, sqlite_url
from qualcode.storage.tables import Base


def test_all_migrations_from_base_give_the_model_schema(tmp_path):
    engine = make_engine(sqlite_url(str(tmp_path / "m.db")))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
