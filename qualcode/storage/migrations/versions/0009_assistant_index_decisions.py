"""coding assistant: embedding index per document and the coders' decisions on suggestions

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

``assistant_units`` holds one row per document: its sentence and turn units packed as
int32 (start, end, kind) triples and their int8 vectors (a float32 scale per unit), with the text's hash and the
model and version that made them (a changed text or model means re-embedding).
``assistant_decisions`` records each accept/reject/skip of a suggestion with the model
and version, so a methods section can report them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assistant_units",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=100), nullable=False),
        sa.Column("dim", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        # before the blobs: a scan of these columns never reads a blob's overflow pages
        sa.Column("built", sa.DateTime(), nullable=False),
        sa.Column("spans", sa.LargeBinary(), nullable=False),
        sa.Column("vectors", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_assistant_units_document_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_assistant_units")),
    )
    op.create_table(
        "assistant_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=True),
        sa.Column("code_name", sa.String(length=400), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("model_version", sa.String(length=100), nullable=False),
        sa.Column("coder", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["code_id"], ["codes.id"], name=op.f("fk_assistant_decisions_code_id_codes"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_assistant_decisions_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistant_decisions")),
    )
    with op.batch_alter_table("assistant_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assistant_decisions_code_id"), ["code_id"], unique=False)


def downgrade() -> None:
    op.drop_table("assistant_decisions")
    op.drop_table("assistant_units")
