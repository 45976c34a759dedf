"""Each document's language (detected from its script at import, see
:mod:`qualcode.core.languages`), changing it, and what the lemma search can do for it.

The language picks the spaCy tables a lemma search and sentence units use; the UI can state
``lemma_support_by_language(project)`` ("ru: lemmas (lookup tables)", "uz: plain words").
It is not the project's *output* language (services/output_language.py).
"""

from __future__ import annotations

import re

from qualcode.core.changes import Changes, OpResult
from qualcode.core.errors import NotFoundError, ValidationError
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project

__all__ = ["document_language", "document_languages", "lemma_support_by_language", "set_document_language"]

_CODE = re.compile(r"[a-z]{2,3}")


def document_languages(project: Project) -> dict[int, str]:
    """``{document id: language code}`` for every document."""
    with project.unit_of_work() as uow:
        return uow.documents.languages()


def document_language(project: Project, document_id: int) -> str:
    """One document's language code.

    Raises
    ------
    NotFoundError
        No such document.
    """
    with project.unit_of_work() as uow:
        language = uow.documents.languages([document_id]).get(document_id)
    if language is None:
        raise NotFoundError(f"There is no document {document_id}.")
    return language


def lemma_support_by_language(project: Project) -> dict[str, str]:
    """For each language the project's documents are in: ``"lemmas (lookup tables)"``,
    ``"lemmas (trained pipeline ...)"`` or ``"plain words"`` (loads spaCy)."""
    from qualcode.services.coding.search import lemma_support

    return {language: lemma_support(language) for language in sorted(set(document_languages(project).values()))}


@publishes
def set_document_language(project: Project, document_id: int, language: str, *,
                          initiator: object | None = None) -> OpResult[str]:
    """Correct a document's language (an ISO 639-1/-3 code such as ``ru``, ``uz``, ``en``, ``kk``).

    Raises
    ------
    ValidationError
        ``language`` is not two or three lower-case letters; nothing changes.
    NotFoundError
        No such document.
    """
    code = language.strip().lower()
    if not _CODE.fullmatch(code):
        raise ValidationError(f"{language!r} is not a language code; use two or three letters such as ru, uz or en.")
    with project.unit_of_work() as uow:
        uow.documents.set_language(document_id, code)
    return OpResult(code, Changes(documents=True, document_ids=frozenset({document_id}), initiator=initiator))
