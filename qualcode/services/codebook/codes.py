"""Codebook use-cases: add, edit, move, merge and delete codes (all undoable)."""

from __future__ import annotations

from dataclasses import replace

from qualcode.core.changes import OpResult
from qualcode.core.codebook import (
    Code,
    CodeOrigin,
    check_no_cycle,
    descendants,
    new_code_draft,
    validate_code_name,
)
from qualcode.core.errors import ValidationError
from qualcode.core.thematic_map import MapLink, MapNode, NodeKind
from qualcode.services.operations.publish import (
    code_snapshot_changed,
    codes_changed,
    merge_changed,
    publishes,
)
from qualcode.services.snapshots import CodeSnapshot, MergeSnapshot
from qualcode.storage.project import Project


def list_codes(project: Project) -> dict[int, Code]:
    with project.unit_of_work() as uow:
        return uow.codes.all()


def _check_unique_name(codes: dict[int, Code], name: str, parent_id: int | None, own_id: int | None) -> None:
    for code in codes.values():
        if code.parent_id == parent_id and code.name.casefold() == name.strip().casefold() and code.id != own_id:
            raise ValidationError(f"There is already a code named {code.name!r} here.")


@publishes
def add_code(
    project: Project, name: str, *, parent_id: int | None = None, origin: CodeOrigin = CodeOrigin.INDUCTIVE,
    colour: str | None = None, definition: str = "", inclusion: str = "", exclusion: str = "",
    example: str = "", coder_id: int | None = None, initiator: object | None = None,
) -> OpResult[Code]:
    """Create a code. Its colour defaults to the next one of the colour-blind-safe palette."""
    validate_code_name(name)
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        if parent_id is not None and parent_id not in codes:
            raise ValidationError(f"There is no parent code {parent_id}.")
        _check_unique_name(codes, name, parent_id, None)
        draft = new_code_draft(codes, name, parent_id, origin, colour, definition=definition,
                               inclusion=inclusion, exclusion=exclusion, example=example)
        code = uow.codes.add(draft)
        return OpResult(code, codes_changed([code.id], initiator))


@publishes
def update_code(project: Project, code: Code, *, coder_id: int | None = None,
                initiator: object | None = None) -> OpResult[Code]:
    """Write every field of ``code`` (rename, recolour, definition...). Returns the *old* code
    as ``value`` so undo can write it back."""
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        old = codes.get(code.id)
        if old is None:
            raise ValidationError(f"There is no code {code.id}.")
        _check_unique_name(codes, code.name, code.parent_id, code.id)
        check_no_cycle(codes, code.id, code.parent_id)
        if code.quick_key is not None:
            for other in codes.values():
                if other.quick_key == code.quick_key and other.id != code.id:
                    uow.codes.update(replace(other, quick_key=None), coder_id=coder_id)
        written = uow.codes.update(code, coder_id=coder_id, check_version=True)
        # the old value at the version just written: writing it back (undo) is checked against it
        return OpResult(replace(old, version=written.version), codes_changed([code.id], initiator))


@publishes
def rename_code(project: Project, code_id: int, name: str, *, coder_id: int | None = None,
                initiator: object | None = None) -> OpResult[Code]:
    validate_code_name(name)
    with project.unit_of_work() as uow:
        code = uow.codes.get(code_id)
    return update_code(project, replace(code, name=name.strip()), coder_id=coder_id, initiator=initiator)


@publishes
def move_code(project: Project, code_id: int, new_parent_id: int | None, *, coder_id: int | None = None,
              initiator: object | None = None) -> OpResult[Code]:
    with project.unit_of_work() as uow:
        code = uow.codes.get(code_id)
    return update_code(project, replace(code, parent_id=new_parent_id), coder_id=coder_id, initiator=initiator)


def _snapshot(uow: object, code_id: int) -> CodeSnapshot:
    codes = uow.codes.all()  # type: ignore[attr-defined]
    ids = [code_id, *descendants(codes, code_id)]
    segments = uow.segments.for_codes(ids)  # type: ignore[attr-defined]
    links = uow.codes.theme_links(ids)  # type: ignore[attr-defined]
    nodes, map_links = _map_items(uow, ids)
    return CodeSnapshot(tuple(codes[i] for i in ids), tuple(segments), tuple(links), nodes, map_links,
                        _examples(uow, ids))


def _examples(uow: object, code_ids: list[int]) -> tuple[tuple[int, int, str], ...]:
    wanted = set(code_ids)
    return tuple(e for e in uow.progress.examples() if e.code_id in wanted)  # type: ignore[attr-defined]


def _map_items(uow: object, code_ids: list[int]) -> tuple[tuple[MapNode, ...], tuple[MapLink, ...]]:
    """The codes' map nodes and every link touching them: the ON DELETE CASCADE takes them."""
    repo = uow.maps  # type: ignore[attr-defined]
    node_ids = [n.id for n in (repo.node_for(NodeKind.CODE, c) for c in code_ids) if n is not None]
    nodes, links = repo.touching(node_ids)
    return tuple(nodes), tuple(links)


@publishes
def delete_code(project: Project, code_id: int, *, initiator: object | None = None) -> OpResult[CodeSnapshot]:
    """Delete a code, its sub-codes and their codings. The snapshot restores them all."""
    with project.unit_of_work() as uow:
        snapshot = _snapshot(uow, code_id)
        uow.codes.delete(code_id)  # ON DELETE CASCADE takes children, segments, links
        return OpResult(snapshot, code_snapshot_changed(snapshot, initiator))


@publishes
def restore_code(project: Project, snapshot: CodeSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    with project.unit_of_work() as uow:
        _restore(uow, snapshot)
    return OpResult(None, code_snapshot_changed(snapshot, initiator))


def _restore(uow: object, snapshot: CodeSnapshot) -> None:
    for code in snapshot.codes:
        uow.codes.add(code, keep_id=True)  # type: ignore[attr-defined]
    uow.segments.restore(snapshot.segments)  # type: ignore[attr-defined]
    uow.codes.add_theme_links(list(snapshot.theme_links))  # type: ignore[attr-defined]
    uow.maps.restore(snapshot.map_nodes, snapshot.map_links)  # type: ignore[attr-defined]
    progress = uow.progress  # type: ignore[attr-defined]
    for code_id, segment_id, kind in snapshot.examples:
        progress.set_example(code_id, segment_id, kind)


@publishes
def merge_codes(project: Project, source_id: int, target_id: int, *,
                initiator: object | None = None) -> OpResult[MergeSnapshot]:
    """Move every segment (and sub-code) of ``source`` to ``target``, then delete ``source``.

    A segment that would duplicate one the target already has on the same span by the
    same coder is dropped (kept in the snapshot for undo).
    """
    if source_id == target_id:
        raise ValidationError("A code cannot be merged into itself.")
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        if target_id in descendants(codes, source_id):
            raise ValidationError("A code cannot be merged into one of its own sub-codes.")
        target_keys = {(s.document_id, s.span, s.coder_id) for s in uow.segments.for_codes([target_id])}
        source_segments = uow.segments.for_codes([source_id])
        duplicates = [s for s in source_segments if (s.document_id, s.span, s.coder_id) in target_keys]
        moved = [s.id for s in source_segments if (s.document_id, s.span, s.coder_id) not in target_keys]
        children = [c for c in codes.values() if c.parent_id == source_id]
        for child in children:
            uow.codes.update(replace(child, parent_id=target_id))
        links = uow.codes.theme_links([source_id])
        nodes, map_links = _map_items(uow, [source_id])
        uow.segments.reassign(moved, target_id)
        uow.codes.add_theme_links([(theme_id, target_id) for theme_id, _ in links])
        snapshot = MergeSnapshot(
            source=CodeSnapshot((codes[source_id],), (), tuple(links), nodes, map_links,
                                _examples(uow, [source_id])),
            moved_segment_ids=tuple(moved),
            target_id=target_id,
            dropped_duplicates=tuple(duplicates),
            child_ids=tuple(c.id for c in children),
        )
        # children were re-parented above, so the cascade takes only the source
        # and the duplicates still attached to it
        uow.codes.delete(source_id)
        return OpResult(snapshot, merge_changed(snapshot, initiator))


@publishes
def unmerge_codes(project: Project, snapshot: MergeSnapshot, *, initiator: object | None = None) -> OpResult[None]:
    """Undo :func:`merge_codes`: the source comes back with its id, segments and sub-codes."""
    with project.unit_of_work() as uow:
        _restore(uow, snapshot.source)
        uow.segments.reassign(list(snapshot.moved_segment_ids), snapshot.source.codes[0].id)
        uow.segments.restore(snapshot.dropped_duplicates)
        for child_id in snapshot.child_ids:
            uow.codes.update(replace(uow.codes.get(child_id), parent_id=snapshot.source.codes[0].id))
    return OpResult(None, merge_changed(snapshot, initiator))
