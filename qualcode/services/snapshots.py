"""Snapshots returned by destructive services, so undo restores the same ids."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.codebook import Code
from qualcode.core.memo import Memo
from qualcode.core.segment import Segment


@dataclass(frozen=True)
class SegmentSnapshot:
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class CodeSnapshot:
    """A deleted code with its whole subtree, their segments and theme links."""

    codes: tuple[Code, ...]  # parents before children
    segments: tuple[Segment, ...]
    theme_links: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class MergeSnapshot:
    """Undo data for merging ``source`` into ``target``."""

    source: CodeSnapshot
    moved_segment_ids: tuple[int, ...]
    target_id: int
    dropped_duplicates: tuple[Segment, ...]
    child_ids: tuple[int, ...]  # sub-codes re-parented from source to target


@dataclass(frozen=True)
class MemoSnapshot:
    memo: Memo
