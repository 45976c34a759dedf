"""ORM tables of a QualCode project. The only place that knows the schema."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Deterministic constraint names so Alembic batch migrations can find them (Taguette).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: Tables whose rows carry a ``version`` (migration 0008).
VERSIONED_TABLES = ("documents", "cases", "codes", "segments", "themes", "memos", "analyses", "joint_displays")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    if TYPE_CHECKING:
        # Every model here maps one plain Table, so Core insert/update/delete on it type-check.
        __table__: ClassVar[Table]


class MetaRow(Base):
    __tablename__ = "project_meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CoderRow(Base):
    __tablename__ = "coders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: the reference (expert) coder others are compared with
    is_reference: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    label: Mapped[str] = mapped_column(String(400), default="")
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(400))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(20), default="en")
    source_name: Mapped[str] = mapped_column(String(1000), default="")
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    created: Mapped[datetime] = mapped_column(DateTime)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class TurnRow(Base):
    __tablename__ = "turns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # no index of its own: ix_turns_document_start (below) leads with it (migration 0010)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    speaker: Mapped[str] = mapped_column(String(200))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[float | None] = mapped_column(Float)


class SpeakerMappingRow(Base):
    __tablename__ = "speaker_mappings"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    speaker: Mapped[str] = mapped_column(String(200), primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    is_interviewer: Mapped[bool] = mapped_column(Boolean, default=False)


class CodeRow(Base):
    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), index=True
    )
    colour: Mapped[str] = mapped_column(String(7))
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    example: Mapped[str] = mapped_column(Text, default="")
    atypical_example: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20))
    quick_key: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class SegmentRow(Base):
    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="RESTRICT"))
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    memo: Mapped[str] = mapped_column(Text, default="")
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class ThemeRow(Base):
    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    definition: Mapped[str] = mapped_column(Text, default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: who last created or changed the theme (a plain id, as in code_history)
    coder_id: Mapped[int | None] = mapped_column(Integer)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class ThemeCodeRow(Base):
    __tablename__ = "theme_codes"
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True
    )
    code_id: Mapped[int] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), primary_key=True
    )


class MemoRow(Base):
    __tablename__ = "memos"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(400), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    is_journal: Mapped[bool] = mapped_column(Boolean, default=False)
    #: who last changed the text (the author wrote it first); a plain id, as in code_history
    editor_id: Mapped[int | None] = mapped_column(Integer)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class CodeHistoryRow(Base):
    """Who changed which field of a code, when: the codebook's version history."""

    __tablename__ = "code_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[int] = mapped_column(Integer, index=True)
    coder_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")


class MapNodeRow(Base):
    """A theme or a code placed on the thematic map (exactly one of the two ids is set)."""

    __tablename__ = "map_nodes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), unique=True
    )
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), unique=True
    )
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)


class MapLinkRow(Base):
    """A user-drawn, labelled arrow between two map nodes."""

    __tablename__ = "map_links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("map_nodes.id", ondelete="CASCADE"), index=True
    )
    target_id: Mapped[int] = mapped_column(
        ForeignKey("map_nodes.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(Text, default="")


class DocumentReadRow(Base):
    """Phase 1 (familiarisation): the researcher marked this document as read."""

    __tablename__ = "document_reads"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime)


class CodeExampleRow(Base):
    """A real coded segment chosen as a code's typical or atypical example."""

    __tablename__ = "code_examples"
    code_id: Mapped[int] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), primary_key=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20))


class SurveyTableRow(Base):
    __tablename__ = "survey_tables"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(400))
    source_name: Mapped[str] = mapped_column(String(1000), default="")
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    id_column: Mapped[str] = mapped_column(String(200))
    imported: Mapped[datetime] = mapped_column(DateTime)


class SurveyVariableRow(Base):
    __tablename__ = "survey_variables"
    table_id: Mapped[int] = mapped_column(
        ForeignKey("survey_tables.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(20))
    levels: Mapped[list] = mapped_column(JSON, default=list)
    value_labels: Mapped[list] = mapped_column(JSON, default=list)
    missing_values: Mapped[list] = mapped_column(JSON, default=list)
    missing_ranges: Mapped[list] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SurveyRecordRow(Base):
    __tablename__ = "survey_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_id: Mapped[int] = mapped_column(
        ForeignKey("survey_tables.id", ondelete="CASCADE"), index=True
    )
    row_number: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    values: Mapped[dict] = mapped_column(JSON)


class AnalysisRow(Base):
    """A saved analysis: the model specification only (results are computed on demand)."""

    __tablename__ = "analyses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    spec: Mapped[dict] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class JointDisplayRow(Base):
    """A joint display: its kind, grouping (statistics by themes) and note."""

    __tablename__ = "joint_displays"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    grouping: Mapped[dict] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    # optimistic concurrency: the ORM checks and bumps it on every UPDATE (migration 0008)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"), nullable=False)
    __mapper_args__ = {"version_id_col": version}


class JointDisplayItemRow(Base):
    """One row of a joint display: only the researcher's choices, labels and notes."""

    __tablename__ = "joint_display_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_id: Mapped[int] = mapped_column(
        ForeignKey("joint_displays.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    domain: Mapped[str] = mapped_column(String(300), default="")
    analysis_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id", ondelete="SET NULL"))
    term: Mapped[str] = mapped_column(String(300), default="")
    meta_inference: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    quote_ids: Mapped[list] = mapped_column(JSON, default=list)


class RosterEntryRow(Base):
    """A name the researcher listed for pseudonymisation: who or what, and its replacement."""

    __tablename__ = "roster_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    replacement: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntryRow(Base):
    """One recorded action (pseudonymisation, ...): who, when, what; never the originals."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    who: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class PseudonymMappingRow(Base):
    """original -> replacement of one pseudonymisation, sealed with a key from the user's password."""

    __tablename__ = "pseudonym_mappings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created: Mapped[datetime] = mapped_column(DateTime)
    scheme: Mapped[str] = mapped_column(String(60))
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_segments_document_code", SegmentRow.document_id, SegmentRow.code_id)
# One coder codes one span with one code once; the database enforces it (two writers, migration 0005).
Index("uq_segments_coding", SegmentRow.document_id, SegmentRow.code_id, SegmentRow.coder_id,
      SegmentRow.start, SegmentRow.end, unique=True)
# Retrieval looks up the turn of each segment by (document, offset).
Index("ix_turns_document_start", TurnRow.document_id, TurnRow.start)


class AgreementDecisionRow(Base):
    """What the team decided where two coders disagreed on one unit of one document."""

    __tablename__ = "agreement_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    code_id: Mapped[int | None] = mapped_column(ForeignKey("codes.id", ondelete="SET NULL"))
    coder_a_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    coder_b_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    #: "accept_a", "accept_b", "merge" or "memo"
    decision: Mapped[str] = mapped_column(String(20))
    memo: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime)


class AssistantUnitsRow(Base):
    """The coding assistant's embedding index of one document (migration 0009).

    One row per document, not per unit: ``spans`` packs every unit as int32
    ``(start, end, kind)`` triples (kind 0 = sentence, 1 = turn) and ``vectors`` their
    embeddings, int8 with a scale per unit. 600,000 units are then 1,000 rows to read and
    write. Stored in the project, so an encrypted project keeps its index encrypted.
    ``text_hash`` (SHA-256 of the text) and ``model``/``version`` say when it is stale.
    """

    __tablename__ = "assistant_units"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(100))
    dim: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    # before the blobs: a scan of the small columns never reads a blob's overflow pages
    built: Mapped[datetime] = mapped_column(DateTime)
    spans: Mapped[bytes] = mapped_column(LargeBinary)
    #: a float32 scale per unit, then the units' vectors as int8 (``count x dim``)
    vectors: Mapped[bytes] = mapped_column(LargeBinary)


class AssistantDecisionRow(Base):
    """A coder's answer to one assistant suggestion: accept, reject or skip, with the model."""

    __tablename__ = "assistant_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[int | None] = mapped_column(ForeignKey("codes.id", ondelete="SET NULL"), index=True)
    code_name: Mapped[str] = mapped_column(String(400), default="")
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    #: "accept", "reject" or "skip"
    decision: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    model: Mapped[str] = mapped_column(String(200))
    model_version: Mapped[str] = mapped_column(String(100))
    coder: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
