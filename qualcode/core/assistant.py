"""The coding assistant's records: a document's stored units and a coder's decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class SuggestionDecision(str, Enum):
    ACCEPT = "accept"
    REJECT = "reject"
    SKIP = "skip"


@dataclass(frozen=True)
class IndexedDocument:
    """What the index holds for one document, without its vectors (to decide what is stale)."""

    document_id: int
    text_hash: str
    model: str
    version: str
    count: int


@dataclass(frozen=True)
class PackedUnits:
    """One document's units as stored: ``spans`` int32 (start, end, kind) triples, ``vectors``
    a float32 scale per unit then int8 ``count x dim``, both raw bytes (numpy reads them in the service)."""

    document_id: int
    count: int
    dim: int
    spans: bytes
    vectors: bytes


@dataclass(frozen=True)
class AssistantDecision:
    """A coder's answer to one suggestion, with the model that made it (provenance)."""

    id: int
    code_id: int | None
    code_name: str
    document_id: int
    start: int
    end: int
    decision: SuggestionDecision
    score: float
    model: str
    model_version: str
    coder: str
    at: datetime
