"""A light view of the codebook tree (ids, names, parents) for hot paths.

``codes.all()`` builds full :class:`~qualcode.core.codebook.Code` objects through the
ORM; retrieval and matrices only need names and parents.
"""

from __future__ import annotations

from collections.abc import Iterable


class CodeTree:
    """Paths and descendants from ``(id, name, parent_id)`` triples."""

    def __init__(self, rows: Iterable[tuple[int, str, int | None]]) -> None:
        self.names: dict[int, str] = {}
        self.parents: dict[int, int | None] = {}
        self.children: dict[int | None, list[int]] = {}
        for code_id, name, parent_id in rows:
            self.names[code_id] = name
            self.parents[code_id] = parent_id
            self.children.setdefault(parent_id, []).append(code_id)
        self._paths: dict[int, str] = {}

    def path(self, code_id: int) -> str:
        """``"Legal/Legal aid"``, as :func:`qualcode.core.codebook.code_path`."""
        if code_id not in self._paths:
            parent = self.parents.get(code_id)
            name = self.names.get(code_id, f"#{code_id}")
            self._paths[code_id] = name if parent is None or parent not in self.names else f"{self.path(parent)}/{name}"
        return self._paths[code_id]

    def descendants(self, code_id: int) -> list[int]:
        """Ids of every code below ``code_id`` (not including it)."""
        out: list[int] = []
        stack = list(self.children.get(code_id, []))
        while stack:
            cid = stack.pop()
            out.append(cid)
            stack.extend(self.children.get(cid, []))
        return out
