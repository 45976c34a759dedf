"""A small interview project for the assistant's tests: one code, coded passages, paraphrases."""

from __future__ import annotations

from qualcode.core.document import Turn
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import Project, ensure_coder

CODED = [
    "Nobody believed me when I told the police what happened.",
    "The officer said I was lying about my age.",
]
PARAPHRASE = "No one would believe what happened to me."
UNRELATED = [
    "The canteen served rice and beans every day.",
    "My daughter likes the swings in the park near the school.",
    "We took the train to the coast in the summer.",
    "The weather was warm and the sea was calm.",
]


def interview(project: Project, name: str, answers: list[str]) -> tuple[int, str]:
    """A document of question/answer turns with real turn spans; returns (id, text)."""
    parts: list[str] = []
    turns: list[Turn] = []
    position = 0
    for answer in answers:
        question = "Interviewer: What happened then?\n"
        turns.append(Turn("Interviewer", Span(position + 13, position + len(question) - 1)))
        parts.append(question)
        position += len(question)
        line = f"P01: {answer}\n"
        turns.append(Turn("P01", Span(position + 5, position + len(line) - 1)))
        parts.append(line)
        position += len(line)
    text = "".join(parts)
    return add_document(project, name, text, turns=tuple(turns)).value.id, text


def build(project: Project) -> dict[str, object]:
    """Three interviews; the code "Not being believed" codes CODED in the first."""
    coder = ensure_coder(project, "Dilnoza")
    code = add_code(project, "Not being believed",
                    definition="Officials or relatives doubt or dismiss the participant's account.",
                    inclusion="Suspicion, being called a liar, having to prove one's story.").value
    first, text1 = interview(project, "P01", [CODED[0], UNRELATED[0], CODED[1]])
    second, text2 = interview(project, "P02", [UNRELATED[1], PARAPHRASE, UNRELATED[2]])
    third, text3 = interview(project, "P03", [UNRELATED[3], "I liked the food at the festival."])
    segments = []
    for sentence in CODED:
        at = text1.index(sentence)
        segments.append(apply_code(project, first, Span(at, at + len(sentence)), code.id, coder.id).value)
    return {"code": code, "coder": coder, "docs": [first, second, third], "texts": [text1, text2, text3],
            "segments": segments}
