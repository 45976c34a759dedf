"""Who did what: segments carry their coder and memos their author from the start; themes get
the coder who created or last changed them, recorded after each published theme change.

:func:`attribute_themes` does not publish (it only records authorship of a change that was
just published), so a subscriber on the hub can call it without an echo loop.
"""

from __future__ import annotations

from collections.abc import Iterable

from qualcode.storage.project import Project

__all__ = ["attribute_themes", "theme_coders"]


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
