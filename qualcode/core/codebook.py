"""Codes: a tree with definitions, criteria and examples (a structured codebook)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TypedDict, Unpack

from qualcode.core.errors import ValidationError

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

#: Okabe-Ito, colour-blind safe, then Tableau 10.
DEFAULT_PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1",
    "#FF9DA7", "#9C755F", "#BAB0AC",
)


class CodeOrigin(str, Enum):
    DEDUCTIVE = "deductive"
    INDUCTIVE = "inductive"
    IN_VIVO = "in-vivo"


@dataclass(frozen=True)
class Code:
    id: int
    name: str
    parent_id: int | None = None
    colour: str = DEFAULT_PALETTE[0]
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    atypical_example: str = ""
    origin: CodeOrigin = CodeOrigin.INDUCTIVE
    quick_key: int | None = None
    position: int = 0
    #: The row version this copy was read at (0: unknown). Saving a copy whose row changed since
    #: is refused as a concurrent edit (shared projects); it takes no part in equality.
    version: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        validate_code_name(self.name)
        if not _COLOUR.match(self.colour):
            raise ValidationError(f"{self.colour!r} is not a colour like #1f77b4.")
        if self.quick_key is not None and not 1 <= self.quick_key <= 9:
            raise ValidationError("Quick keys are 1 to 9.")


def validate_code_name(name: str) -> None:
    if not name.strip():
        raise ValidationError("A code needs a name.")
    if len(name) > 200:
        raise ValidationError("A code name can have at most 200 characters.")


def is_colour(text: object) -> bool:
    """True for a colour like ``#1f77b4`` (what :class:`Code` accepts)."""
    return isinstance(text, str) and bool(_COLOUR.match(text))


def palette_colour(index: int) -> str:
    return DEFAULT_PALETTE[index % len(DEFAULT_PALETTE)]


class CodeTexts(TypedDict, total=False):
    """The free-text fields of a :class:`Code`, as keyword arguments."""

    definition: str
    inclusion: str
    exclusion: str
    example: str
    atypical_example: str


def new_code_draft(codes: dict[int, Code], name: str, parent_id: int | None, origin: CodeOrigin,
                   colour: str | None = None, **fields: Unpack[CodeTexts]) -> Code:
    """A code to insert (id 0): the next palette colour, placed after the existing codes."""
    return Code(id=0, name=name.strip(), parent_id=parent_id, colour=colour or palette_colour(len(codes)),
                origin=origin, position=len(codes), **fields)


def check_no_cycle(codes: dict[int, Code], code_id: int, new_parent_id: int | None) -> None:
    """Raise if moving ``code_id`` under ``new_parent_id`` would make a loop."""
    current = new_parent_id
    while current is not None:
        if current == code_id:
            raise ValidationError("A code cannot be moved under itself or its own sub-code.")
        current = codes[current].parent_id if current in codes else None


def code_path(codes: dict[int, Code], code_id: int) -> str:
    """``"Legal/Legal aid"``: names from the root down, joined with ``/``."""
    names: list[str] = []
    current: int | None = code_id
    while current is not None:
        code = codes[current]
        names.append(code.name)
        current = code.parent_id
    return "/".join(reversed(names))


def descendants(codes: dict[int, Code], code_id: int) -> list[int]:
    """Ids of every code below ``code_id`` (not including it)."""
    children: dict[int | None, list[int]] = {}
    for code in codes.values():
        children.setdefault(code.parent_id, []).append(code.id)
    out: list[int] = []
    stack = list(children.get(code_id, []))
    while stack:
        cid = stack.pop()
        out.append(cid)
        stack.extend(children.get(cid, []))
    return out
