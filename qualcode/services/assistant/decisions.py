"""The coder's answer to a suggestion: accept (a normal segment, one undo step), reject or skip.

Every answer is recorded in ``assistant_decisions`` with the model and version that
made the suggestion, and in the audit trail, so a methods section can report how
many suggestions were shown, taken and turned down. A rejected passage is not
suggested again for that code.
"""

from __future__ import annotations

from dataclasses import replace

from qualcode.core.assistant import AssistantDecision, SuggestionDecision
from qualcode.core.changes import Changes, OpResult
from qualcode.core.segment import Segment
from qualcode.core.span import Span
from qualcode.services.assistant.suggest import Suggestion
from qualcode.services.coding import segments as coding
from qualcode.services.operations.operation import Operation, OperationStack
from qualcode.services.operations.publish import publishes
from qualcode.services.privacy.audit import record_action
from qualcode.services.snapshots import SegmentSnapshot
from qualcode.storage.project import Project

__all__ = ["AcceptSuggestionOperation", "accept_suggestion", "assistant_decisions", "forget_decision",
           "record_decision", "reject_suggestion", "restore_decision", "skip_suggestion"]

AUDIT_ACTION = "assistant suggestion"


@publishes
def record_decision(project: Project, suggestion: Suggestion, code_id: int, decision: SuggestionDecision,
                    coder: str = "", *, initiator: object | None = None) -> OpResult[AssistantDecision]:
    """Keep one answer to a suggestion, with the suggestion's model and version."""
    with project.unit_of_work() as uow:
        code = uow.codes.get(code_id)
        record = uow.assistant.add_decision(
            code_id, code.name, suggestion.document_id, suggestion.start, suggestion.end, decision,
            suggestion.score, suggestion.model, suggestion.model_version, coder)
    return OpResult(record, Changes(code_ids=frozenset({code_id}), initiator=initiator))


@publishes
def forget_decision(project: Project, decision_id: int, *, initiator: object | None = None) -> OpResult[None]:
    with project.unit_of_work() as uow:
        uow.assistant.delete_decision(decision_id)
    return OpResult(None, Changes(initiator=initiator))


@publishes
def restore_decision(project: Project, decision: AssistantDecision, *,
                     initiator: object | None = None) -> OpResult[None]:
    with project.unit_of_work() as uow:
        uow.assistant.restore_decision(decision)
    return OpResult(None, Changes(initiator=initiator))


def _audit(project: Project, coder: str, decision: SuggestionDecision, suggestion: Suggestion,
           code_name: str, *, copies: int = 0) -> None:
    detail: dict[str, object] = {
        "decision": decision.value, "code_id": suggestion.code_id, "document_id": suggestion.document_id,
        "start": suggestion.start, "end": suggestion.end, "score": suggestion.score,
        "model": suggestion.model, "model_version": suggestion.model_version}
    if copies:
        detail["copies_coded"] = copies
    record_action(project, coder, AUDIT_ACTION, f"{decision.value.capitalize()} suggestion for {code_name}", detail)


class AcceptSuggestionOperation(Operation):
    """Code the suggested passage (through ``apply_code``) and record the acceptance: one undo step.

    With ``with_copies`` the passage's word-for-word copies (:attr:`Suggestion.copies`)
    are coded too, each with its own acceptance record, still as one step; a copy
    already coded with the code by this coder is left as it is.
    :attr:`segments` are the new segments (the passage's first, also :attr:`segment`);
    undo removes them and the acceptance records. :attr:`applied` says whether the
    step is in effect now (done or redone, not undone), so a view can follow undo.
    """

    def __init__(self, project: Project, suggestion: Suggestion, code_id: int, coder_id: int,
                 coder_name: str = "", *, label: str = "Accept suggestion", with_copies: bool = False) -> None:
        super().__init__(project, label)
        self.suggestion, self.code_id, self.coder_id, self.coder_name = suggestion, code_id, coder_id, coder_name
        self.with_copies = with_copies
        self.segments: list[Segment] = []
        self.decisions: list[AssistantDecision] = []
        self.applied = False

    @property
    def segment(self) -> Segment | None:
        """The segment over the passage shown (None before the first run)."""
        return self.segments[0] if self.segments else None

    @property
    def decision(self) -> AssistantDecision | None:
        return self.decisions[0] if self.decisions else None

    def places(self) -> list[tuple[int, int, int]]:
        """``(document_id, start, end)`` of what is coded: the passage, then its copies when asked."""
        s = self.suggestion
        return [(s.document_id, s.start, s.end), *(s.copies if self.with_copies else ())]

    def apply(self) -> None:
        s = self.suggestion
        if not self.segments:
            first = coding.apply_code(self.project, s.document_id, Span(s.start, s.end), self.code_id,
                                      self.coder_id, initiator=self.initiator).value
            copies: list[Segment] = []
            if self.with_copies and s.copies:
                try:
                    copies = coding.apply_code_many(self.project, [(d, Span(a, b)) for d, a, b in s.copies],
                                                    self.code_id, self.coder_id, initiator=self.initiator).value
                except Exception:
                    coding.remove_codings(self.project, [first.id], initiator=self.initiator)  # all or nothing
                    raise
            self.segments = [first, *copies]
            self.decisions = [record_decision(self.project, replace(s, document_id=g.document_id, start=g.span.start,
                                                                    end=g.span.end),
                                              self.code_id, SuggestionDecision.ACCEPT, self.coder_name,
                                              initiator=self.initiator).value for g in self.segments]
        else:  # redo after undo: the same segments and records, same ids
            coding.restore_codings(self.project, SegmentSnapshot(tuple(self.segments)), initiator=self.initiator)
            for decision in self.decisions:
                restore_decision(self.project, decision, initiator=self.initiator)
        self.applied = True

    def revert(self) -> None:
        if self.segments:
            coding.remove_codings(self.project, [g.id for g in self.segments], initiator=self.initiator)
        for decision in self.decisions:
            forget_decision(self.project, decision.id, initiator=self.initiator)
        self.applied = False


def accept_suggestion(project: Project, suggestion: Suggestion, code_id: int, *, coder: str = "assistant user",
                      stack: OperationStack | None = None, initiator: object | None = None,
                      with_copies: bool = False) -> AcceptSuggestionOperation:
    """Accept ``suggestion``: a normal segment of ``code_id`` by ``coder``, as one undoable operation.

    The operation is done here (pushed on ``stack`` when given, so ``stack.undo()`` takes
    it back) and returned; its :attr:`~AcceptSuggestionOperation.segment` is the new
    segment. With ``with_copies`` the passage's word-for-word copies are coded as well, in
    the same step. A Qt front end may instead build :class:`AcceptSuggestionOperation`
    itself and push it on its undo stack. The acceptance goes into the audit trail.
    """
    from qualcode.services.projects import ensure_coder

    coder_row = ensure_coder(project, coder)
    with project.unit_of_work(write=False) as uow:
        code_name = uow.codes.get(code_id).name
    operation = AcceptSuggestionOperation(project, suggestion, code_id, coder_row.id, coder,
                                          label=f"Accept suggestion for {code_name}", with_copies=with_copies)
    if stack is not None:
        stack.push(operation, initiator=initiator)
    else:
        operation.do(initiator=initiator)
    _audit(project, coder, SuggestionDecision.ACCEPT, suggestion, code_name, copies=len(operation.segments) - 1)
    return operation


def _answer(project: Project, suggestion: Suggestion, code_id: int, decision: SuggestionDecision, coder: str,
            initiator: object | None) -> AssistantDecision:
    record = record_decision(project, suggestion, code_id, decision, coder, initiator=initiator).value
    _audit(project, coder, decision, suggestion, record.code_name)
    return record


def reject_suggestion(project: Project, suggestion: Suggestion, code_id: int, *, coder: str = "assistant user",
                      initiator: object | None = None) -> AssistantDecision:
    """Turn ``suggestion`` down: recorded (model, version, coder, time), audited, never suggested again
    for that code, nor are its word-for-word copies (one decision is recorded, for the passage shown)."""
    return _answer(project, suggestion, code_id, SuggestionDecision.REJECT, coder, initiator)


def skip_suggestion(project: Project, suggestion: Suggestion, code_id: int, *, coder: str = "assistant user",
                    initiator: object | None = None) -> AssistantDecision:
    """Pass on ``suggestion`` for now: recorded and audited; it may be suggested again."""
    return _answer(project, suggestion, code_id, SuggestionDecision.SKIP, coder, initiator)


def assistant_decisions(project: Project, code_id: int | None = None) -> list[AssistantDecision]:
    """Every recorded answer to a suggestion (of one code), oldest first: for a methods section."""
    with project.unit_of_work(write=False) as uow:
        return uow.assistant.decisions(code_id)
