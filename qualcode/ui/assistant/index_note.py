"""What the views say about the assistant's meaning index: ready, or built by the first search.

The search pane's "By meaning" mode and the "Find more like these" pane show it, and
refresh it when the project publishes ``Changes(assistant_index=True)`` (a build anywhere:
either pane, the command line) or a document change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qualcode.services.assistant_index_summary import IndexSummary, index_summary
from qualcode.services.projects import Project

__all__ = ["index_note", "index_summary_of", "wants_index_note"]


def index_summary_of(project: Project) -> IndexSummary:
    """Two counts (documents, indexed documents): cheap enough to ask on every change."""
    return index_summary(project)


def wants_index_note(changes: object) -> bool:
    """Whether a published change can alter what :func:`index_note` says."""
    return bool(getattr(changes, "assistant_index", False) or getattr(changes, "documents", False))


def index_note(summary: IndexSummary, *, for_search: bool) -> str:
    """One sentence: the index is ready, or the next search builds it (and takes a moment)."""
    indexed, missing = summary.indexed, summary.documents - summary.indexed  # plain names: lupdate reads them
    if summary.ready:
        return QCoreApplication.translate("AssistantIndex", "Meaning index ready: %n document(s).", "", indexed)
    if summary.documents == 0:
        return ""
    if summary.indexed == 0:
        if for_search:
            return QCoreApplication.translate(
                "AssistantIndex", "The first search by meaning indexes the documents, which takes a moment.")
        return QCoreApplication.translate("AssistantIndex",
                                          "The first search indexes the documents, which takes a moment.")
    return QCoreApplication.translate(
        "AssistantIndex", "%n document(s) not indexed yet: the next search indexes them first.", "", missing)
