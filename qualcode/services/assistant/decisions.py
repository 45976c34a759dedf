"""The coder's answer to a suggestion: accept (a normal segment, one undo step), reject or skip.

Every answer is recorded in ``assistant_decisions`` with the model and version that
made the suggestion, and in the audit trail, so a methods section can report how
many suggestions were shown, taken and turned down. A rejected passage is not
suggested again for that code.
"""

from __future__ import annotations

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
           code_name: str) -> None:
    record_action(project, coder, AUDIT_ACTION, f"{decision.value.capitalize()} suggestion for {code_name}",
                  {"decision": decision.value, "code_id": suggestion.code_id, "document_id": suggestion.document_id,
                   "start": suggestion.start, "end": suggestion.end, "score": suggestion.score,
                   "model": suggestion.model, "model_version": suggestion.model_version})


class AcceptSuggestionOperation(Operation):
    """Code the suggested passage (through ``apply_code``) and record the acceptance: one undo step.

    :attr:`segment` is the new segment; undo removes it and the acceptance record.
    """

    def __init__(self, project: Project, suggestion: Suggestion, code_id: int, coder_id: int,
                 coder_name: str = "", *, label: str = "Accept suggestion") -> None:
        super().__init__(project, label)
        self.suggestion, self.code_id, self.coder_id, self.coder_name = suggestion, code_id, coder_id, coder_name
        self.segment: Segment | None = None
        self.decision: AssistantDecision | None = None

    def apply(self) -> None:
        s = self.suggestion
        if self.segment is None:
            self.segment = coding.apply_code(self.project, s.document_id, Span(s.start, s.end), self.code_id,
                                             self.coder_id, initiator=self.initiator).value
            self.decision = record_decision(self.project, s, self.code_id, SuggestionDecision.ACCEPT,
                                            self.coder_name, initiator=self.initiator).value
        else:  # redo after undo: the same segment and record, same ids
            coding.restore_codings(self.project, SegmentSnapshot((self.segment,)), initiator=self.initiator)
            if self.decision is not None:
                restore_decision(self.project, self.decision, initiator=self.initiator)

    def revert(self) -> None:
        if self.segment is not None:
            coding.remove_codings(self.project, [self.segment.id], initiator=self.initiator)
        if self.decision is not None:
            forget_decision(self.project, self.decision.id, initiator=self.initiator)


def accept_suggestion(project: Project, suggestion: Suggestion, code_id: int, *, coder: str = "assistant user",
                      stack: OperationStack | None = None,
                      initiator: object | None = None) -> AcceptSuggestionOperation:
    """Accept ``suggestion``: a normal segment of ``code_id`` by ``coder``, as one undoable operation.

    The operation is done here (pushed on ``stack`` when given, so ``stack.undo()`` takes
    it back) and returned; its :attr:`~AcceptSuggestionOperation.segment` is the new
    segment. A Qt front end may instead build :class:`AcceptSuggestionOperation` itself and
    push it on its undo stack. The acceptance goes into the audit trail.
    """
    from qualcode.services.projects import ensure_coder

    coder_row = ensure_coder(project, coder)
    with project.unit_of_work(write=False) as uow:
        code_name = uow.codes.get(code_id).name
    operation = AcceptSuggestionOperation(project, suggestion, code_id, coder_row.id, coder,
                                          label=f"Accept suggestion for {code_name}")
    if stack is not None:
        stack.push(operation, initiator=initiator)
    else:
        operation.do(initiator=initiator)
    _audit(project, coder, SuggestionDecision.ACCEPT, suggestion, code_name)
    return operation


def _answer(project: Project, suggestion: Suggestion, code_id: int, decision: SuggestionDecision, coder: str,
            initiator: object | None) -> AssistantDecision:
    record = record_decision(project, suggestion, code_id, decision, coder, initiator=initiator).value
    _audit(project, coder, decision, suggestion, record.code_name)
    return record


def reject_suggestion(project: Project, suggestion: Suggestion, code_id: int, *, coder: str = "assistant user",
                      initiator: object | None = None) -> AssistantDecision:
    """Turn ``suggestion`` down: recorded (model, version, coder, time), audited, never suggested again."""
    return _answer(project, suggestion, code_id, SuggestionDecision.REJECT, coder, initiator)


def skip_suggestion(project: Project, suggestion: Suggestion, code_id: int, *, coder: str = "assistant user",
                    initiator: object | None = None) -> AssistantDecision:
    """Pass on ``suggestion`` for now: recorded and audited; it may be suggested again."""
    return _answer(project, suggestion, code_id, SuggestionDecision.SKIP, coder, initiator)


def assistant_decisions(project: Project, code_id: int | None = None) -> list[AssistantDecision]:
    """Every recorded answer to a suggestion (of one code), oldest first: for a methods section."""
    with project.unit_of_work(write=False) as uow:
        return uow.assistant.decisions(code_id)
