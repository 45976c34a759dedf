"""One codebook row, the column names, and the tolerant mapping from a header row.

A row names its code by ``path`` (``Legal support/Legal aid``, parents first, joined with
``/``) and ``name``. Either may be left empty: a missing ``name`` is the last part of the
path; a ``path`` whose last part is not the ``name`` is read as the *parent's* path, so
both "full path" and "parent path" templates import the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from qualcode.core.errors import InputFileError

COLUMNS = (
    "path", "name", "definition", "inclusion", "exclusion", "typical_example",
    "atypical_example", "origin", "colour",
)

#: Header spellings seen in published codebook templates -> our column.
_ALIASES = {
    "path": "path", "code path": "path", "hierarchy": "path", "parent/child": "path",
    "name": "name", "code": "name", "code name": "name", "label": "name",
    "definition": "definition", "description": "definition", "meaning": "definition",
    "inclusion": "inclusion", "inclusion criteria": "inclusion", "include": "inclusion", "when to use": "inclusion",
    "exclusion": "exclusion", "exclusion criteria": "exclusion", "exclude": "exclusion",
    "when not to use": "exclusion",
    "typical example": "typical_example", "typical_example": "typical_example", "example": "typical_example",
    "typical exemplar": "typical_example",
    "atypical example": "atypical_example", "atypical_example": "atypical_example",
    "origin": "origin", "type": "origin", "source": "origin",
    "colour": "colour", "color": "colour",
}


@dataclass(frozen=True)
class CodebookEntry:
    """One code of a structured codebook, as plain strings (validation happens on import)."""

    path: str
    name: str
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    typical_example: str = ""
    atypical_example: str = ""
    origin: str = ""
    colour: str = ""

    @property
    def parts(self) -> tuple[str, ...]:
        """The full path as names from the root down, ending with this code's name.

        A ``/`` inside ``name`` also separates levels (a "Code" column holding
        ``Legal/Legal aid``), since ``/`` is the path separator everywhere in QualCode.
        """
        path = [p.strip() for p in self.path.split("/") if p.strip()]
        name = [p.strip() for p in self.name.split("/") if p.strip()]
        if not name:
            return tuple(path)
        tail = [p.casefold() for p in path[-len(name):]]
        if tail == [p.casefold() for p in name]:
            return tuple(path)
        return (*path, *name)

    def as_row(self) -> list[str]:
        return [getattr(self, f.name) for f in fields(self)]


def _canonical(header: str) -> str | None:
    key = re.sub(r"[\s_]+", " ", header.strip().casefold())
    return _ALIASES.get(key) or _ALIASES.get(key.replace(" ", "_"))


def entries_from_rows(rows: Iterable[Sequence[object]], source: str) -> list[CodebookEntry]:
    """Build entries from a header row followed by data rows (CSV, sheet or Word table).

    Rows above the header whose first cell starts with ``#`` are notes and skipped.
    Unknown columns are ignored; blank rows are skipped. Raises :class:`InputFileError`
    when no column names the code.
    """
    iterator = iter(rows)
    header: list[str | None] | None = None
    for line, raw in enumerate(iterator, start=1):
        cells = ["" if c is None else str(c) for c in raw]
        if cells and cells[0].lstrip().startswith("#"):
            continue  # a note above the header (e.g. where the codebook comes from)
        if any(c.strip() for c in cells):
            header = [_canonical(c) for c in cells]
            break
    if header is None:
        raise InputFileError(source, "The codebook is empty.")
    if "name" not in header and "path" not in header:
        raise InputFileError(source, "No column names the codes: add a 'name' (or 'path') column.", f"row {line}")
    out: list[CodebookEntry] = []
    for number, raw in enumerate(iterator, start=line + 1):
        cells = ["" if c is None else str(c).strip() for c in raw]
        values = {col: cells[i] for i, col in enumerate(header) if col is not None and i < len(cells)}
        if not any(values.values()):
            continue
        entry = CodebookEntry(**{c: values.get(c, "") for c in COLUMNS})
        if not entry.parts:
            raise InputFileError(source, "This row has no code name.", f"row {number}")
        out.append(entry)
    return out
