"""Snapshots returned by destructive services, so undo restores the same ids."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.codebook import Code
from qualcode.core.memo import Memo
from qualcode.core.segment import Segment
from qualcode.core.thematic_map import MapLink, MapNode


@dataclass(frozen=True)
class SegmentSnapshot:
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class CodeSnapshot:
    """A deleted code with its whole subtree, their segments and theme links, and (cascaded
    with them) their thematic-map nodes with every link touching those, and their chosen
    example segments."""

    codes: tuple[Code, ...]  # parents before children
    segments: tuple[Segment, ...]
    theme_links: tuple[tuple[int, int], ...]
    map_nodes: tuple[MapNode, ...] = ()
    map_links: tuple[MapLink, ...] = ()
    examples: tuple[tuple[int, int, str], ...] = ()  # (code_id, segment_id, kind)


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
