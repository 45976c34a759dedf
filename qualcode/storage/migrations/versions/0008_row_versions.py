"""row versions on every editable row (optimistic concurrency for shared projects)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

Several coders write one PostgreSQL project at once. Each editable row carries a
version the ORM checks and bumps on every UPDATE (``version_id_col``): an update
whose row changed underneath matches no row and is reported as a conflict instead
of overwriting. Existing rows start at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: Keep in step with ``VERSIONED_TABLES`` in qualcode/storage/tables.py.
TABLES = ("documents", "cases", "codes", "segments", "themes", "memos", "analyses", "joint_displays")


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): SQLite supports it for a NOT NULL column with a
    # default, and a batch copy would rewrite the foreign keys in a varying order, which the
    # schema check on open would then see as a foreign definition.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite >= 3.35, PostgreSQL): Alembic's SQLite fallback recreates the
    # table, and dropping ``codes`` with foreign keys on would cascade-delete every segment.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
