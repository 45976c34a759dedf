"""Theme use-cases (Braun & Clarke phases 3-5): build candidate themes from codes,
nest sub-themes, review, define and name them. Every call is undoable.

Undo pairs for the UI's QUndoCommands (each returns what the inverse needs):

=======================================  =============================================
redo                                      undo
=======================================  =============================================
``create_theme`` -> Theme                 ``delete_theme(theme.id)``
``update_theme(new)`` -> old Theme        ``update_theme(old)``
``rename_theme``/``set_theme_status``/    ``update_theme(old)``
``set_theme_parent``/``define_theme``
``add_codes_to_theme`` -> added ids       ``remove_codes_from_theme(theme_id, added)``
``remove_codes_from_theme`` -> removed    ``add_codes_to_theme(theme_id, removed)``
``delete_theme`` -> ThemeSnapshot         ``restore_theme(snapshot)`` (same ids)
=======================================  =============================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from qualcode.core.changes import Changes, OpResult
from qualcode.core.errors import NotFoundError, ValidationError
from qualcode.core.thematic_map import MapLink, MapNode
from qualcode.core.theme import Theme, ThemeStatus
from qualcode.core.theme_review import ancestors, sub_themes
from qualcode.services.operations.publish import publishes, themes_changed
from qualcode.storage.project import Project
from qualcode.storage.unit_of_work import UnitOfWork

THEMES = Changes(themes=True)


@dataclass(frozen=True)
class ThemeSnapshot:
    """A deleted theme with its sub-themes (parents first), their codes and their map nodes/links."""

    themes: tuple[Theme, ...]
    map_nodes: tuple[MapNode, ...]
    map_links: tuple[MapLink, ...]


def list_themes(project: Project) -> list[Theme]:
    """Every theme, in board order."""
    with project.unit_of_work() as uow:
        return uow.themes.all()


def get_theme(project: Project, theme_id: int) -> Theme:
    with project.unit_of_work() as uow:
        return uow.themes.get(theme_id)


def _check(uow: UnitOfWork, theme: Theme, own_id: int | None) -> None:
    themes = {t.id: t for t in uow.themes.all()}
    for other in themes.values():
        if other.id != own_id and other.name.casefold() == theme.name.strip().casefold():
            raise ValidationError(f"There is already a theme named {other.name!r}.")
    if theme.parent_id is not None:
        if theme.parent_id not in themes:
            raise ValidationError(f"There is no parent theme {theme.parent_id}.")
        if own_id is not None and (theme.parent_id == own_id or
                                   theme.parent_id in sub_themes(themes.values(), own_id)):
            raise ValidationError("A theme cannot be placed under itself or its own sub-theme.")
    if theme.code_ids:
        codes = uow.codes.all()
        missing = [c for c in theme.code_ids if c not in codes]
        if missing:
            raise ValidationError(f"There is no code {missing[0]}.")


@publishes
def create_theme(
    project: Project, name: str, *, parent_id: int | None = None, code_ids: Sequence[int] = (),
    status: ThemeStatus = ThemeStatus.CANDIDATE, definition: str = "", narrative: str = "",
    initiator: object | None = None,
) -> OpResult[Theme]:
    """Create a (by default candidate) theme, optionally from codes and under a parent theme."""
    draft = Theme(0, name.strip(), parent_id, status, definition, narrative, tuple(sorted(set(code_ids))))
    with project.unit_of_work() as uow:
        _check(uow, draft, None)
        theme = uow.themes.add(draft)
        return OpResult(theme, themes_changed([theme.id], initiator, code_ids=theme.code_ids))


@publishes
def update_theme(project: Project, theme: Theme, *, initiator: object | None = None) -> OpResult[Theme]:
    """Write every field of ``theme``. Returns the *old* theme so undo can write it back."""
    with project.unit_of_work() as uow:
        old = uow.themes.get(theme.id)
        _check(uow, theme, theme.id)
        uow.themes.update(replace(theme, name=theme.name.strip()))
        return OpResult(old, themes_changed([old.id], initiator))


def rename_theme(project: Project, theme_id: int, name: str, *, initiator: object | None = None) -> OpResult[Theme]:
    return update_theme(project, replace(get_theme(project, theme_id), name=name.strip()), initiator=initiator)


def set_theme_status(project: Project, theme_id: int, status: ThemeStatus, *,
                     initiator: object | None = None) -> OpResult[Theme]:
    """Move a theme between candidate / reviewed / defined (advisory: nothing is locked)."""
    return update_theme(project, replace(get_theme(project, theme_id), status=ThemeStatus(status)),
                        initiator=initiator)


def define_theme(project: Project, theme_id: int, *, definition: str | None = None,
                 narrative: str | None = None, name: str | None = None,
                 initiator: object | None = None) -> OpResult[Theme]:
    """Phase 5: set the definition, the narrative and/or the final name (``None`` keeps a field)."""
    theme = get_theme(project, theme_id)
    return update_theme(project, replace(
        theme,
        definition=theme.definition if definition is None else definition,
        narrative=theme.narrative if narrative is None else narrative,
        name=theme.name if name is None else name,
    ), initiator=initiator)


def set_theme_parent(project: Project, theme_id: int, parent_id: int | None, *,
                     initiator: object | None = None) -> OpResult[Theme]:
    """Make ``theme_id`` a sub-theme of ``parent_id`` (``None``: a top-level theme)."""
    return update_theme(project, replace(get_theme(project, theme_id), parent_id=parent_id), initiator=initiator)


@publishes
def add_codes_to_theme(project: Project, theme_id: int, code_ids: Sequence[int], *,
                       initiator: object | None = None) -> OpResult[tuple[int, ...]]:
    """Drop codes onto a theme. Returns the ids that were *newly* added (undo removes just those)."""
    with project.unit_of_work() as uow:
        theme = uow.themes.get(theme_id)
        codes = uow.codes.all()
        missing = [c for c in code_ids if c not in codes]
        if missing:
            raise NotFoundError(f"There is no code {missing[0]}.")
        added = tuple(sorted(set(code_ids) - set(theme.code_ids)))
        if added:
            uow.themes.set_codes(theme_id, tuple(theme.code_ids) + added)
        return OpResult(added, themes_changed([theme_id], initiator, code_ids=added))


@publishes
def remove_codes_from_theme(project: Project, theme_id: int, code_ids: Sequence[int], *,
                            initiator: object | None = None) -> OpResult[tuple[int, ...]]:
    """Take codes off a theme (the codes themselves stay). Returns the ids actually removed."""
    with project.unit_of_work() as uow:
        theme = uow.themes.get(theme_id)
        removed = tuple(sorted(set(code_ids) & set(theme.code_ids)))
        if removed:
            uow.themes.set_codes(theme_id, tuple(c for c in theme.code_ids if c not in removed))
        return OpResult(removed, themes_changed([theme_id], initiator, code_ids=removed))


@publishes
def delete_theme(project: Project, theme_id: int, *, initiator: object | None = None) -> OpResult[ThemeSnapshot]:
    """Delete a theme and its sub-themes (codes are kept). The snapshot restores them all."""
    with project.unit_of_work() as uow:
        themes = uow.themes.all()
        by_id = {t.id: t for t in themes}
        if theme_id not in by_id:
            raise NotFoundError(f"There is no theme {theme_id}.")
        ids = [theme_id, *sub_themes(themes, theme_id)]
        # parents before children, so restore can insert in order
        ordered = sorted((by_id[i] for i in ids), key=lambda t: len(ancestors(by_id, t.id)))
        maps = uow.maps
        nodes, links = maps.touching(n.id for n in maps.nodes_for_themes(ids))
        snapshot = ThemeSnapshot(tuple(ordered), tuple(nodes), tuple(links))
        uow.themes.delete(theme_id)  # ON DELETE CASCADE: sub-themes, theme_codes, map nodes, links
        return OpResult(snapshot, themes_changed([t.id for t in snapshot.themes], initiator))


@publishes
def restore_theme(project: Project, snapshot: ThemeSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    """Undo :func:`delete_theme`: the themes, their codes and map nodes come back with their ids."""
    with project.unit_of_work() as uow:
        for theme in snapshot.themes:
            uow.themes.add(theme, keep_id=True)
        uow.maps.restore(snapshot.map_nodes, snapshot.map_links)
    return OpResult(None, themes_changed([t.id for t in snapshot.themes], initiator))
