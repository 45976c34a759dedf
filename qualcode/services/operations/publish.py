"""Publishing a service's Changes on the project's hub, after the commit."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Concatenate, ParamSpec, TypeVar

from qualcode.core.changes import Changes, OpResult
from qualcode.core.segment import Segment
from qualcode.services.snapshots import CodeSnapshot, MergeSnapshot
from qualcode.storage.project import Project

__all__ = ["code_snapshot_changed", "codes_changed", "merge_changed", "publishes", "segments_changed",
           "themes_changed"]

P = ParamSpec("P")
T = TypeVar("T")


def publishes(
    service: Callable[Concatenate[Project, P], OpResult[T]],
) -> Callable[Concatenate[Project, P], OpResult[T]]:
    """Publish the ``changes`` of the :class:`OpResult` the service returns on ``project.hub``.

    The service's own ``with project.unit_of_work()`` has committed by the time it
    returns, so subscribers hear only about committed work; a service that raises
    (rolled back) publishes nothing. A service that calls another publishing service
    publishes once: both run inside one :meth:`ChangeHub.batch`.

    Examples
    --------
    >>> @publishes
    ... def add_memo(project: Project, text: str, *, initiator: object | None = None) -> OpResult[int]:
    ...     ...  # one unit of work, then
    ...     return OpResult(7, Changes(memos=True, memo_ids=frozenset({7}), initiator=initiator))
    """

    @functools.wraps(service)
    def publishing(project: Project, /, *args: P.args, **kwargs: P.kwargs) -> OpResult[T]:
        with project.hub.batch():
            result = service(project, *args, **kwargs)
            project.hub.publish(result.changes)
        return result

    return publishing


def segments_changed(segments: Iterable[Segment], initiator: object | None, *, codes: bool = False,
                     themes: bool = False, memos: bool = False) -> Changes:
    """``Changes(segments=True)`` naming the segments, their documents and their codes.

    The flags add other kinds, e.g. ``codes=True`` when a code was created with them.
    """
    segments = list(segments)
    return Changes(
        segments=True,
        segment_ids=frozenset(s.id for s in segments),
        document_ids=frozenset(s.document_id for s in segments),
        code_ids=frozenset(s.code_id for s in segments),
        codes=codes,
        themes=themes,
        memos=memos,
        initiator=initiator,
    )


def codes_changed(code_ids: Iterable[int], initiator: object | None) -> Changes:
    """``Changes(codes=True)`` naming the codes."""
    return Changes(codes=True, code_ids=frozenset(code_ids), initiator=initiator)


def code_snapshot_changed(snapshot: CodeSnapshot, initiator: object | None) -> Changes:
    """What deleting or restoring a code's subtree touches: codes, their segments, their themes."""
    return (segments_changed(snapshot.segments, initiator, codes=True, themes=True)
            | Changes(code_ids=frozenset(c.id for c in snapshot.codes),
                      theme_ids=frozenset(theme_id for theme_id, _ in snapshot.theme_links)))


def merge_changed(snapshot: MergeSnapshot, initiator: object | None) -> Changes:
    """What merging (or unmerging) touches: both codes, the moved sub-codes and segments."""
    return (code_snapshot_changed(snapshot.source, initiator)
            | segments_changed(snapshot.dropped_duplicates, initiator)
            | Changes(code_ids=frozenset({snapshot.target_id, *snapshot.child_ids}),
                      segment_ids=frozenset(snapshot.moved_segment_ids)))


def themes_changed(theme_ids: Iterable[int], initiator: object | None, *, code_ids: Iterable[int] = ()) -> Changes:
    """``Changes(themes=True)`` naming the themes (and the codes put on or taken off them)."""
    return Changes(themes=True, theme_ids=frozenset(theme_ids), code_ids=frozenset(code_ids), initiator=initiator)
