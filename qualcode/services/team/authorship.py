"""Who did what: segments carry their coder and memos their author from the start; themes get
the coder who created or last changed them and memos the coder who last edited them, recorded
after each published change.

:func:`attribute_changes` does not publish (it only records authorship of a change that was
just published), so a subscriber on the hub can call it without an echo loop.
"""

from __future__ import annotations

from collections.abc import Iterable

from qualcode.core.changes import Changes
from qualcode.storage.project import Project

__all__ = ["attribute_changes", "attribute_themes", "memo_editors", "theme_coders"]


def attribute_themes(project: Project, theme_ids: Iterable[int], coder_id: int) -> None:
    """Record ``coder_id`` as the author of the latest change of these themes."""
    ids = sorted(set(theme_ids))
    if not ids or project.read_only:
        return
    with project.unit_of_work() as uow:
        uow.themes.set_coder(ids, coder_id)


def theme_coders(project: Project) -> dict[int, int | None]:
    """theme id -> the coder who created or last changed it (None: before coders were recorded)."""
    with project.unit_of_work(write=False) as uow:
        return uow.themes.coders()


def attribute_changes(project: Project, changes: Changes, coder_id: int) -> None:
    """Record ``coder_id`` on the themes and memos a published change touched."""
    themes = sorted(changes.theme_ids) if changes.themes else []
    memos = sorted(changes.memo_ids) if changes.memos else []
    if (not themes and not memos) or project.read_only:
        return
    with project.unit_of_work() as uow:
        uow.themes.set_coder(themes, coder_id)
        uow.memos.set_editor(memos, coder_id)


def memo_editors(project: Project) -> dict[int, int | None]:
    """memo id -> the coder who last changed it (None: not changed since coders were recorded)."""
    with project.unit_of_work(write=False) as uow:
        return uow.memos.editors()
