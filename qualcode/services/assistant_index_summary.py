"""How much of a project the assistant's meaning index covers, from counts alone.

Kept outside ``services.assistant`` (whose package loads NumPy and the model) so that the
views showing "the index is ready" can ask on every change without loading either: opening
a project must not import NumPy (tests/test_startup_imports.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.services.projects import Project

__all__ = ["IndexSummary", "index_summary"]


@dataclass(frozen=True)
class IndexSummary:
    """How much of the project the index covers, from counts alone (no text is read).

    ``indexed`` documents have units (of any model; a changed text still counts until the
    next build re-embeds it), out of ``documents``; ``units`` in all.
    """

    documents: int
    indexed: int
    units: int

    @property
    def ready(self) -> bool:
        """Every document has been indexed (a search by meaning need not build first)."""
        return self.documents > 0 and self.indexed >= self.documents


def index_summary(project: Project) -> IndexSummary:
    """How many documents the index covers (two counts: cheap enough for a view to ask on every change)."""
    with project.unit_of_work(write=False) as uow:
        documents, indexed, units = uow.assistant.coverage()
    return IndexSummary(documents, indexed, units)
