"""index turns by (document_id, start)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Cold retrieval looks up each segment's turn by document and offset; without
this index SQLite scanned every turn of the document.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("turns", schema=None) as batch_op:
        batch_op.create_index("ix_turns_document_start", ["document_id", "start"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("turns", schema=None) as batch_op:
        batch_op.drop_index("ix_turns_document_start")
