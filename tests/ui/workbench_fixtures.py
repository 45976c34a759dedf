"""A small coded focus group shared by the workbench tests (hand-written, offsets checked)."""

from __future__ import annotations

from qualcode.core.document import DocumentKind
from qualcode.io.transcripts.turns import detect_turns
from qualcode.services.corpus.documents import add_document

FOCUS_GROUP = (
    "Focus group 2, community programme\n"
    "\n"
    "[00:00:05] Moderator: Thank you for coming. What helped you most after leaving?\n"
    "[00:00:14] Amina: In the shelter I was a number, but in the peer group I was a person again.\n"
    "[00:00:31] Ben: For me it was the lawyer. Finally I got some legal help and I started to feel "
    "like I had some rights.\n"
    "[00:00:52] Chloé: I still don't trust the state shelters, honestly.\n"
)


def add_focus_group(project: object) -> object:
    turns = detect_turns(FOCUS_GROUP).turns
    return add_document(project, "Focus group 2", FOCUS_GROUP, kind=DocumentKind.FOCUS_GROUP,  # type: ignore[arg-type]
                        turns=tuple(turns)).value


def span_of(words: str, text: str = FOCUS_GROUP) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)
