"""A small crafted project whose matrices are worked out by hand in the tests."""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.core.case import SpeakerMapping
from qualcode.core.document import DocumentKind, Turn
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document

# 60 characters; offsets below are chosen by hand, not derived from the code under test.
TEXT1 = "abcdefghij" * 6
TEXT2 = "klmnopqrst" * 5


@dataclass
class Crafted:
    codes: dict[str, int]
    cases: dict[str, int]
    segments: dict[str, int]  # label like "A0" -> segment id
    doc1: int
    doc2: int


def build(project, coder) -> Crafted:
    with project.unit_of_work() as uow:
        p1 = uow.cases.add("P1", attributes={"program": "community"}).id
        p2 = uow.cases.add("P2", attributes={"program": "shelter"}).id
    turns1 = (Turn("Interviewer", Span(3, 16)), Turn("P1", Span(20, 40)), Turn("Interviewer", Span(44, 60)))
    doc1 = add_document(project, "P1 interview", TEXT1, turns=turns1, case_id=p1).value.id
    turns2 = (Turn("Interviewer", Span(0, 10)), Turn("Ann", Span(10, 30)), Turn("Ben", Span(30, 50)))
    doc2 = add_document(project, "Focus group", TEXT2, kind=DocumentKind.FOCUS_GROUP, turns=turns2).value.id
    with project.unit_of_work() as uow:
        uow.cases.set_speaker_mapping(SpeakerMapping(doc2, "Interviewer", None, True))
        uow.cases.set_speaker_mapping(SpeakerMapping(doc2, "Ann", p1))
        uow.cases.set_speaker_mapping(SpeakerMapping(doc2, "Ben", p2))
    codes = {name: add_code(project, name).value.id for name in "ABCD"}
    plan = {
        # document 1: turns T0 [3,16) T1 [20,40) T2 [44,60)
        "A0": (doc1, "A", 0, 10), "B5": (doc1, "B", 5, 15), "D10": (doc1, "D", 10, 12),
        "B12": (doc1, "B", 12, 22), "B17": (doc1, "B", 17, 19), "C20": (doc1, "C", 20, 30),
        "A25": (doc1, "A", 25, 35), "C45": (doc1, "C", 45, 50),
        # document 2: Interviewer [0,10) Ann [10,30) Ben [30,50)
        "A12": (doc2, "A", 12, 20), "A32": (doc2, "A", 32, 40), "B2": (doc2, "B", 2, 8),
        "B35": (doc2, "B", 35, 45),
    }
    segments = {
        label: apply_code(project, doc, Span(s, e), codes[code], coder.id).value.id
        for label, (doc, code, s, e) in plan.items()
    }
    return Crafted(codes, {"P1": p1, "P2": p2}, segments, doc1, doc2)
