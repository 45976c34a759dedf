"""Find the coded segments of one document by position, fast (no Qt here).

Positions are Qt UTF-16 offsets (converted once when the document opens), so the
painter and the mouse never convert again. The index is a list sorted by start
plus an upper bound on segment length: ``overlapping(a, b)`` bisects to the
candidates and filters, O(log n + k) for the usual short segments.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import NamedTuple


class ViewSegment(NamedTuple):
    """A segment as the viewer draws it (Qt offsets)."""

    id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    memo: str = ""


class SegmentIndex:
    """Segments of one document, sorted by ``(start, id)``."""

    def __init__(self, segments: list[ViewSegment] | None = None) -> None:
        self._items: list[tuple[int, int]] = []  # (start, id), sorted
        self._by_id: dict[int, ViewSegment] = {}
        self._max_len = 0
        if segments:
            self.reset(segments)

    def reset(self, segments: list[ViewSegment]) -> None:
        self._by_id = {s.id: s for s in segments}
        self._items = sorted((s.start, s.id) for s in segments)
        self._max_len = max((s.end - s.start for s in segments), default=0)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, segment_id: object) -> bool:
        return segment_id in self._by_id

    def get(self, segment_id: int) -> ViewSegment | None:
        return self._by_id.get(segment_id)

    def all(self) -> list[ViewSegment]:
        return [self._by_id[i] for _, i in self._items]

    def add(self, segment: ViewSegment) -> None:
        if segment.id in self._by_id:
            self.remove(segment.id)
        self._by_id[segment.id] = segment
        insort(self._items, (segment.start, segment.id))
        self._max_len = max(self._max_len, segment.end - segment.start)

    def remove(self, segment_id: int) -> ViewSegment | None:
        segment = self._by_id.pop(segment_id, None)
        if segment is not None:
            i = bisect_left(self._items, (segment.start, segment.id))
            del self._items[i]
        return segment

    def overlapping(self, start: int, end: int) -> list[ViewSegment]:
        """Segments that share at least one position with ``[start, end)``."""
        lo = bisect_left(self._items, (start - self._max_len, -1))
        hi = bisect_left(self._items, (end, -1))
        by_id = self._by_id
        out = []
        for _, sid in self._items[lo:hi]:
            seg = by_id[sid]
            if seg.end > start:
                out.append(seg)
        return out

    def at(self, position: int) -> list[ViewSegment]:
        """Segments covering the character at ``position``."""
        return self.overlapping(position, position + 1)

    def code_ids(self) -> set[int]:
        return {s.code_id for s in self._by_id.values()}

    def sync(self, segments: list[ViewSegment]) -> tuple[list[ViewSegment], list[ViewSegment]]:
        """Make the index equal ``segments``; return ``(added, removed)`` (a changed
        segment appears in both, old value in removed, new in added)."""
        new = {s.id: s for s in segments}
        removed = [s for i, s in self._by_id.items() if new.get(i) != s]
        added = [s for i, s in new.items() if self._by_id.get(i) != s]
        if len(removed) + len(added) > len(new) // 2:
            self.reset(segments)  # cheaper to rebuild than to splice many
        else:
            for seg in removed:
                self.remove(seg.id)
            for seg in added:
                self.add(seg)
        return added, removed
