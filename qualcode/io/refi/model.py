"""REFI-QDA objects as plain data: what a .qdc or .qdpx holds, tool-neutral.

Readers fill these from another tool's XML; writers turn them back into XML. GUIDs are
kept as found (braced or not) and compared in :func:`guid_key` form, upper case without
braces, so ``{a1..}`` and ``A1..`` name the same object.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field


def guid_key(guid: str) -> str:
    """The comparable form of a GUID: no braces, upper case."""
    return guid.strip().strip("{}").upper()


def new_guid() -> str:
    """A fresh GUID in the unbraced form every tool reads."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RefiUser:
    guid: str
    name: str


@dataclass(frozen=True)
class RefiCode:
    """A code; ``children`` nest as in the XML. ``color`` is ``#rrggbb`` or ``""``."""

    guid: str
    name: str
    is_codable: bool = True
    color: str = ""
    description: str = ""
    note_guids: tuple[str, ...] = ()
    children: tuple[RefiCode, ...] = ()


@dataclass(frozen=True)
class RefiCoding:
    guid: str
    code_guid: str
    user_guid: str = ""


@dataclass(frozen=True)
class RefiSelection:
    """A plain-text selection ``[start, end)`` in code points of the source's text."""

    guid: str
    start: int
    end: int
    name: str = ""
    user_guid: str = ""
    description: str = ""
    codings: tuple[RefiCoding, ...] = ()
    note_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiTextSource:
    """A text source; ``text`` is already normalised (LF, NFC, no BOM) and the selections'
    positions are already mapped onto it."""

    guid: str
    name: str
    text: str
    description: str = ""
    user_guid: str = ""
    selections: tuple[RefiSelection, ...] = ()
    note_guids: tuple[str, ...] = ()
    variables: tuple[tuple[str, object], ...] = ()  # (variable guid, value)


@dataclass(frozen=True)
class RefiNote:
    guid: str
    name: str
    text: str
    user_guid: str = ""


@dataclass(frozen=True)
class RefiVariable:
    guid: str
    name: str
    type_of: str = "Text"  # Text, Boolean, Integer, Float, Date, DateTime
    description: str = ""


@dataclass(frozen=True)
class RefiCase:
    guid: str
    name: str
    description: str = ""
    values: tuple[tuple[str, object], ...] = ()  # (variable guid, value)
    source_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiSet:
    guid: str
    name: str
    description: str = ""
    code_guids: tuple[str, ...] = ()
    source_guids: tuple[str, ...] = ()
    note_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiLink:
    guid: str
    name: str
    origin_guid: str
    target_guid: str
    direction: str = "Associative"


@dataclass
class RefiReport:
    """What a reader adapted and what it could not keep, with counts: nothing silent."""

    adaptations: Counter[str] = field(default_factory=Counter)
    not_kept: Counter[str] = field(default_factory=Counter)

    def adapt(self, what: str, n: int = 1) -> None:
        self.adaptations[what] += n

    def drop(self, what: str, n: int = 1) -> None:
        self.not_kept[what] += n


@dataclass
class RefiProject:
    """A whole exchange file. A codebook (.qdc) fills only ``codes`` and ``sets``."""

    name: str = ""
    origin: str = ""
    users: list[RefiUser] = field(default_factory=list)
    codes: list[RefiCode] = field(default_factory=list)
    variables: list[RefiVariable] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    sources: list[RefiTextSource] = field(default_factory=list)
    notes: list[RefiNote] = field(default_factory=list)
    links: list[RefiLink] = field(default_factory=list)
    sets: list[RefiSet] = field(default_factory=list)
    description: str = ""
    note_guids: list[str] = field(default_factory=list)
    #: Our own objects with no REFI element (themes, phases, ...), as a JSON text kept
    #: in a separate archive member that other tools ignore.
    extension: str = ""
    report: RefiReport = field(default_factory=RefiReport)
