"""team: reference coder, theme authorship, memo editor, disagreement decisions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

A coder can be marked as the reference (expert) coder; a theme records the coder who
created or last changed it, a memo the coder who last edited it (segments carry their coder and
memos their author already); the decisions a team takes
where two coders disagree (accept one, merge, or a memo) are kept in their own table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: recreating coders or themes would DROP a table other
    # rows point at, and with foreign keys on SQLite would cascade-delete theme links.
    op.add_column("coders", sa.Column("is_reference", sa.Boolean(), server_default="0", nullable=False))
    # a plain id like code_history.coder_id: a foreign key cannot be added to SQLite without a copy
    op.add_column("themes", sa.Column("coder_id", sa.Integer(), nullable=True))
    op.add_column("memos", sa.Column("editor_id", sa.Integer(), nullable=True))
    op.create_table(
        "agreement_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=True),
        sa.Column("coder_a_id", sa.Integer(), nullable=True),
        sa.Column("coder_b_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_agreement_decisions_document_id_documents"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["code_id"], ["codes.id"], name=op.f("fk_agreement_decisions_code_id_codes"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["coder_a_id"], ["coders.id"], name=op.f("fk_agreement_decisions_coder_a_id_coders"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["coder_b_id"], ["coders.id"], name=op.f("fk_agreement_decisions_coder_b_id_coders"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["decided_by"], ["coders.id"], name=op.f("fk_agreement_decisions_decided_by_coders"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_decisions")),
    )
    with op.batch_alter_table("agreement_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_decisions_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    op.drop_table("agreement_decisions")
    op.drop_column("memos", "editor_id")
    op.drop_column("themes", "coder_id")
    op.drop_column("coders", "is_reference")
