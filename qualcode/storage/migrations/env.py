"""Alembic environment: run with a connection handed in by qualcode.storage.migrate."""

from __future__ import annotations

from alembic import context

from qualcode.storage.tables import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by developers
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url", "")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table.
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
