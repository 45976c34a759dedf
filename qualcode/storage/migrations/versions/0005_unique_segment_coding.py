"""one coding per (document, code, coder, span): unique index on segments

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Two writers (two processes, or two team members on PostgreSQL) could both pass
the "already coded?" check and insert the same coding twice. The database now
refuses the second one. Older projects may already hold such duplicates: they
are folded into the lowest id first (memos joined, code examples and joint
display quotes re-pointed) so the index can be created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_KEY = ("document_id", "code_id", "coder_id", "start", "end")
segments = sa.table("segments", sa.column("id", sa.Integer), sa.column("memo", sa.Text),
                    *(sa.column(c, sa.Integer) for c in _KEY))
examples = sa.table("code_examples", sa.column("code_id", sa.Integer), sa.column("segment_id", sa.Integer),
                    sa.column("kind", sa.String))
items = sa.table("joint_display_rows", sa.column("id", sa.Integer), sa.column("quote_ids", sa.JSON))


def upgrade() -> None:
    bind = op.get_bind()
    replaced = _duplicates(bind)
    if replaced:
        _fold_memos(bind, replaced)
        _repoint_examples(bind, replaced)
        _repoint_quotes(bind, replaced)
        removed = list(replaced)
        for i in range(0, len(removed), 500):
            bind.execute(segments.delete().where(segments.c.id.in_(removed[i:i + 500])))
    op.create_index("uq_segments_coding", "segments", list(_KEY), unique=True)


def downgrade() -> None:
    op.drop_index("uq_segments_coding", table_name="segments")


def _duplicates(bind: sa.engine.Connection) -> dict[int, int]:
    """removed segment id -> the id kept (the lowest of its group)."""
    keep = (sa.select(sa.func.min(segments.c.id).label("keep"), *(segments.c[c] for c in _KEY))
            .group_by(*(segments.c[c] for c in _KEY)).having(sa.func.count() > 1).subquery())
    rows = bind.execute(
        sa.select(segments.c.id, keep.c.keep)
        .join(keep, sa.and_(*(segments.c[c] == keep.c[c] for c in _KEY)))
        .where(segments.c.id != keep.c.keep)
    )
    return {int(r[0]): int(r[1]) for r in rows}


def _fold_memos(bind: sa.engine.Connection, replaced: dict[int, int]) -> None:
    ids = sorted(set(replaced) | set(replaced.values()))
    memos = dict(bind.execute(sa.select(segments.c.id, segments.c.memo).where(segments.c.id.in_(ids))).all())
    joined: dict[int, list[str]] = {}
    for segment_id in ids:
        kept = replaced.get(segment_id, segment_id)
        memo = (memos.get(segment_id) or "").strip()
        if memo and memo not in joined.setdefault(kept, []):
            joined[kept].append(memo)
    for kept, parts in joined.items():
        if len(parts) > 1:
            bind.execute(segments.update().where(segments.c.id == kept).values(memo="\n\n".join(parts)))


def _repoint_examples(bind: sa.engine.Connection, replaced: dict[int, int]) -> None:
    rows = bind.execute(sa.select(examples).where(examples.c.segment_id.in_(list(replaced)))).all()
    existing = {(r.code_id, r.segment_id) for r in
                bind.execute(sa.select(examples).where(examples.c.segment_id.in_(sorted(set(replaced.values())))))}
    for row in rows:
        bind.execute(examples.delete().where(examples.c.code_id == row.code_id,
                                             examples.c.segment_id == row.segment_id))
        target = (row.code_id, replaced[row.segment_id])
        if target not in existing:
            existing.add(target)
            bind.execute(examples.insert().values(code_id=target[0], segment_id=target[1], kind=row.kind))


def _repoint_quotes(bind: sa.engine.Connection, replaced: dict[int, int]) -> None:
    for item_id, quote_ids in bind.execute(sa.select(items.c.id, items.c.quote_ids)).all():
        if not quote_ids or not any(int(i) in replaced for i in quote_ids):
            continue
        new: list[int] = []
        for i in quote_ids:
            j = replaced.get(int(i), int(i))
            if j not in new:
                new.append(j)
        bind.execute(items.update().where(items.c.id == item_id).values(quote_ids=new))
