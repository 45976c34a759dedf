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


def test_the_revision_chain_read_without_alembic_is_alembics_own():
    """Opening a project reads the chain from the files (no Alembic import); it must be Alembic's."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.revisions_newest_first() == [s.revision for s in scripts.walk_revisions()]
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_the_stored_head_schema_is_what_the_migrations_build():
    """Opening a project compares it with a stored snapshot; it must be current and be used."""
    from qualcode.storage import schema_guard

    head = migrate.head_revision()
    built = schema_guard.build_expected_schema(head)
    stored = schema_guard._stored_schema(head)
    assert stored is not None, "head_schema.json is stale: run schema_guard.write_schema_snapshot()"
    assert stored == built
    assert schema_guard._stored_schema("0001") is None  # older revisions are built, never guessed
