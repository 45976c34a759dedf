"""The coding assistant, fully offline: an embedding index in the project, "find more like
these" suggestions with reasons, accept/reject/skip with provenance, and search by meaning.

Nothing here touches the network: the model ships inside the ``wordllama`` wheel.
"""

from qualcode.core.assistant import AssistantDecision, SuggestionDecision
from qualcode.services.assistant.decisions import (
    AcceptSuggestionOperation,
    accept_suggestion,
    assistant_decisions,
    reject_suggestion,
    skip_suggestion,
)
from qualcode.services.assistant.index import (
    IndexCancelled,
    IndexReport,
    IndexStatus,
    IndexSummary,
    build_index,
    index_status,
    index_summary,
    unit_matrix,
)
from qualcode.services.assistant.meaning import SEARCH_MODES, ScoredHit, meaning_search, search
from qualcode.services.assistant.suggest import Suggestion, code_description, suggest

__all__ = [
    "SEARCH_MODES", "AcceptSuggestionOperation", "AssistantDecision", "IndexCancelled", "IndexReport",
    "IndexStatus", "IndexSummary", "ScoredHit", "Suggestion", "SuggestionDecision", "accept_suggestion",
    "assistant_decisions", "build_index", "code_description", "index_status", "index_summary", "meaning_search",
    "reject_suggestion", "search", "skip_suggestion", "suggest", "unit_matrix",
]
