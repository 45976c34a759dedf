"""Import a (deductive) codebook from CSV / XLSX / Word, and export the project's codebook
to the same formats. Round trip keeps every field: path, name, definition, inclusion,
exclusion, typical and atypical example, origin, colour.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from qualcode.core.changes import Changes, OpResult
from qualcode.core.codebook import Code, CodeOrigin, code_path, palette_colour
from qualcode.core.errors import InputFileError, ValidationError
from qualcode.io.codebooks import CodebookEntry, read_codebook, write_codebook
from qualcode.services.operations.publish import codes_changed, publishes
from qualcode.storage.project import Project

CODES = Changes(codes=True)

_ORIGINS = {
    "deductive": CodeOrigin.DEDUCTIVE, "a priori": CodeOrigin.DEDUCTIVE, "theory": CodeOrigin.DEDUCTIVE,
    "inductive": CodeOrigin.INDUCTIVE, "data-driven": CodeOrigin.INDUCTIVE, "data driven": CodeOrigin.INDUCTIVE,
    "in-vivo": CodeOrigin.IN_VIVO, "in vivo": CodeOrigin.IN_VIVO, "invivo": CodeOrigin.IN_VIVO,
}


@dataclass(frozen=True)
class CodebookImport:
    """What an import did, and what undo needs: delete ``created`` (children last in the
    tuple, so delete in reverse), write ``previous`` back."""

    created: tuple[int, ...]
    previous: tuple[Code, ...]  # codes that existed and were updated, as they were
    source: str


def ordered_codes(codes: dict[int, Code]) -> list[Code]:
    """Depth-first, parents before children, siblings by position then id (the tree's order)."""
    children: dict[int | None, list[Code]] = {}
    for code in codes.values():
        children.setdefault(code.parent_id if code.parent_id in codes else None, []).append(code)
    for kids in children.values():
        kids.sort(key=lambda c: (c.position, c.id))
    out: list[Code] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        code = stack.pop()
        out.append(code)
        stack.extend(reversed(children.get(code.id, [])))
    return out


def codebook_entries(project: Project) -> list[CodebookEntry]:
    """The project's codebook as rows, in tree order."""
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
    return [
        CodebookEntry(
            path=code_path(codes, c.id), name=c.name, definition=c.definition, inclusion=c.inclusion,
            exclusion=c.exclusion, typical_example=c.example, atypical_example=c.atypical_example,
            origin=c.origin.value, colour=c.colour,
        )
        for c in ordered_codes(codes)
    ]


def export_codebook_table(project: Project, path: str | Path) -> OpResult[int]:
    """Write the codebook to .csv, .xlsx or .docx (a table). Returns the number of codes."""
    entries = codebook_entries(project)
    write_codebook(entries, path)
    return OpResult(len(entries), Changes())


def _origin(value: str, default: CodeOrigin, source: str, row: int) -> CodeOrigin:
    key = value.strip().casefold()
    if not key:
        return default
    if key not in _ORIGINS:
        raise InputFileError(source, f"Origin {value!r} is not deductive, inductive or in-vivo.", f"row {row}")
    return _ORIGINS[key]


def read_codebook_entries(path: str | Path) -> list[CodebookEntry]:
    """Read a codebook file's rows without touching the project.

    The format follows the extension (.csv, .tsv, .xlsx, .docx). An undoable import
    reads the file once and passes the rows to :func:`import_codebook_entries`.
    """
    return read_codebook(path)


def import_codebook(
    project: Project, path: str | Path, *, default_origin: CodeOrigin = CodeOrigin.DEDUCTIVE,
    coder_id: int | None = None, initiator: object | None = None,
) -> OpResult[CodebookImport]:
    """Create the codes of a codebook file (deductive unless a row says otherwise).

    A code whose path already exists is updated field by field (blank cells keep the
    current value) and the change is kept in its version history. Missing parents are
    created. All in one transaction: a bad row leaves the project unchanged.
    """
    source = Path(path).name
    entries = read_codebook_entries(path)
    return import_codebook_entries(project, entries, source=source, default_origin=default_origin,
                                   coder_id=coder_id, initiator=initiator)


@publishes
def import_codebook_entries(
    project: Project, entries: list[CodebookEntry], *, source: str = "codebook",
    default_origin: CodeOrigin = CodeOrigin.DEDUCTIVE, coder_id: int | None = None,
    initiator: object | None = None,
) -> OpResult[CodebookImport]:
    seen: set[str] = set()
    created: list[int] = []
    previous: list[Code] = []
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        by_path = {code_path(codes, c.id).casefold(): c.id for c in codes.values()}
        for row, entry in enumerate(entries, start=2):  # row 1 is the header
            parts = entry.parts
            key = "/".join(parts).casefold()
            if key in seen:
                raise InputFileError(source, f"The code {'/'.join(parts)!r} appears twice.", f"row {row}")
            seen.add(key)
            origin = _origin(entry.origin, default_origin, source, row)
            parent_id: int | None = None
            for depth in range(1, len(parts)):  # create missing parents as plain codes
                parent_key = "/".join(parts[:depth]).casefold()
                if parent_key not in by_path:
                    made = uow.codes.add(Code(0, parts[depth - 1], parent_id, palette_colour(len(codes)),
                                              origin=default_origin, position=len(codes)))
                    codes[made.id] = made
                    by_path[parent_key] = made.id
                    created.append(made.id)
                parent_id = by_path[parent_key]
            try:
                if key in by_path:
                    old = codes[by_path[key]]
                    new = replace(
                        old, definition=entry.definition or old.definition,
                        inclusion=entry.inclusion or old.inclusion, exclusion=entry.exclusion or old.exclusion,
                        example=entry.typical_example or old.example,
                        atypical_example=entry.atypical_example or old.atypical_example,
                        origin=origin if entry.origin.strip() else old.origin,
                        colour=entry.colour.strip() or old.colour,
                    )
                    if new != old:
                        previous.append(old)
                        codes[old.id] = uow.codes.update(new, coder_id=coder_id)
                    continue
                code = Code(
                    0, parts[-1], parent_id, entry.colour.strip() or palette_colour(len(codes)),
                    definition=entry.definition, inclusion=entry.inclusion, exclusion=entry.exclusion,
                    example=entry.typical_example, atypical_example=entry.atypical_example,
                    origin=origin, position=len(codes),
                )
            except ValidationError as exc:
                raise InputFileError(source, str(exc), f"row {row}") from None
            made = uow.codes.add(code)
            codes[made.id] = made
            by_path[key] = made.id
            created.append(made.id)
    return OpResult(CodebookImport(tuple(created), tuple(previous), source),
                    codes_changed([*created, *(c.id for c in previous)], initiator))


@publishes
def undo_codebook_import(project: Project, result: CodebookImport, *,
                         initiator: object | None = None) -> OpResult[None]:
    """Remove the codes an import created and write back the ones it changed."""
    with project.unit_of_work() as uow:
        existing = uow.codes.all()
        for code_id in reversed(result.created):
            if code_id in existing:
                uow.codes.delete(code_id)
        for old in result.previous:
            uow.codes.update(old)
    return OpResult(None, codes_changed([*result.created, *(c.id for c in result.previous)], initiator)
                    | Changes(segments=True, themes=True))


def seed_codebook_path() -> Path:
    """The deductive codebook shipped with QualCode, from the seed study's conceptual model."""
    from importlib.resources import files

    return Path(str(files("qualcode") / "resources" / "codebooks" / "seed_study_codebook.csv"))
