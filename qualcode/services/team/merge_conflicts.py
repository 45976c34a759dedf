"""Merge conflicts and how each is decided: a default rule, ``prefer`` a side, or a decisions file.

Every conflict has a stable id (``kind:entity:id``), the two sides' values, the options
it allows and the decision taken, so the report lists what was decided and why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qualcode.core.errors import QualCodeError

__all__ = ["CONFLICT_KINDS", "Conflict", "Decider", "MergeInputError", "load_decisions"]

#: kind -> (options, default). "both" keeps both sides' work (combined changes, both memo texts).
CONFLICT_KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    "rename_vs_edit": (("both", "a", "b"), "both"),
    "move_vs_edit": (("both", "a", "b"), "both"),
    "field_edited_both": (("a", "b"), "a"),
    "delete_vs_edit": (("keep", "delete"), "keep"),
    "memo_edited_both": (("both", "a", "b"), "both"),
}


class MergeInputError(QualCodeError):
    """The merge cannot start: a missing or unreadable input, a bad decision."""


@dataclass
class Conflict:
    """One listed conflict: what differs, the options and the decision taken.

    ``deleted_by`` names the side that deleted (for ``delete_vs_edit``), so that
    ``prefer`` that side means "delete".
    """

    kind: str
    entity: str
    entity_id: int
    label: str
    a: Any
    b: Any
    deleted_by: str = ""
    part: str = ""
    decision: str = ""
    decided_by: str = ""
    options: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        base = f"{self.kind}:{self.entity}:{self.entity_id}"
        return f"{base}:{self.part}" if self.part else base

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "entity": self.entity, "entity_id": self.entity_id,
                "label": self.label, "a": self.a, "b": self.b, "options": list(self.options),
                "decision": self.decision, "decided_by": self.decided_by}


class Decider:
    """Decide conflicts: an explicit decision for this id, else ``prefer``, else the kind's default."""

    def __init__(self, prefer: str | None = None, decisions: dict[str, str] | None = None) -> None:
        if prefer not in (None, "a", "b"):
            raise MergeInputError(f"--prefer must be a or b, not {prefer!r}.")
        self.prefer = prefer
        self.decisions = dict(decisions or {})
        self.used: set[str] = set()
        self.conflicts: list[Conflict] = []

    def decide(self, conflict: Conflict) -> str:
        options, default = CONFLICT_KINDS[conflict.kind]
        conflict.options = options
        if conflict.id in self.decisions:
            choice = self.decisions[conflict.id]
            if choice not in options:
                raise MergeInputError(
                    f"decision {choice!r} for {conflict.id} is not one of {', '.join(options)}.")
            conflict.decision, conflict.decided_by = choice, "decisions file"
            self.used.add(conflict.id)
        elif self.prefer is not None:
            conflict.decision, conflict.decided_by = self._preferred(conflict, options), f"prefer {self.prefer}"
        else:
            conflict.decision, conflict.decided_by = default, "default rule"
        self.conflicts.append(conflict)
        return conflict.decision

    def _preferred(self, conflict: Conflict, options: tuple[str, ...]) -> str:
        if conflict.kind == "delete_vs_edit":
            return "delete" if conflict.deleted_by == self.prefer else "keep"
        return str(self.prefer) if self.prefer in options else options[0]

    def unused(self) -> list[str]:
        """Decision ids given that matched no conflict (reported, never silently dropped)."""
        return sorted(set(self.decisions) - self.used)


def load_decisions(path: str | Path) -> dict[str, str]:
    """Read a decisions file: a JSON object ``{"<conflict id>": "<option>", ...}``.

    Raises
    ------
    MergeInputError
        The file is missing, not JSON, or not an object of strings.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MergeInputError(f"{path}: cannot read the decisions file ({exc.strerror or exc}).") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise MergeInputError(f"{path} is not a JSON decisions file ({exc}).") from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise MergeInputError(f"{path} must hold one JSON object of conflict id -> option strings.")
    unknown = [k for k in data if k.split(":", 1)[0] not in CONFLICT_KINDS]
    if unknown:
        raise MergeInputError(f"{path}: {unknown[0]!r} is not a conflict id (kind:entity:id).")
    return data
