"""A small real project: the QualCoder example focus group (tests/data/transcripts/
qualcoder-examples/transcript.txt, LGPL-3.0, see SOURCES.md) coded by hand.

Hand-checked facts of that file used by the tests (read in a text editor, not by QualCode):
speakers [id1], [id2], [id3] (three cases); the assignment complaints are by id3 ("too many
for the short semester period") and id1 ("too much needed for the wrtitten assignments" -
the typo is in the file); the slides complaint is by id2; career value is id1's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qualcode.core.document import DocumentKind
from qualcode.core.span import Span
from qualcode.services.codebook import codes as codebook
from qualcode.services.coding import segments as coding
from qualcode.services.themes import theme_edits as themes
from qualcode.services.corpus.importing import import_transcripts

TRANSCRIPT = Path(__file__).parents[1] / "data" / "transcripts" / "qualcoder-examples" / "transcript.txt"

QUOTES = {
    "assign_id3": "I think there were too many for the short semester period.",
    "assign_id1": "there was too much needed for the wrtitten assignments",
    "slides_id2": "I am struggling with the lecture slides. I felt that they were too busy and I switched off.",
    "career_id1": "it will be good for my career at the museum",
    "learning_id3": "yes, I am learning a lot as well. It's a good course overall",
}


@dataclass
class Built:
    document_id: int
    codes: dict[str, int]
    themes: dict[str, int]
    text: str


def build(project, coder_id: int) -> Built:
    report = import_transcripts(project, [TRANSCRIPT], kind=DocumentKind.FOCUS_GROUP).value
    doc = report[0].document_id
    with project.unit_of_work() as uow:
        text = uow.documents.get(doc).text
    add = codebook.add_code
    c = {}
    c["Workload"] = add(project, "Workload", definition="Talk about the amount of assessed work.").value.id
    c["Too many assignments"] = add(project, "Too many assignments", parent_id=c["Workload"],
                                    definition="Assignments felt too many or too long.").value.id
    c["Lecture slides"] = add(project, "Lecture slides", definition="Views on the lecture slides.").value.id
    c["Value of the course"] = add(project, "Value of the course").value.id

    def code(key: str, code_name: str) -> None:
        start = text.index(QUOTES[key])
        coding.apply_code(project, doc, Span(start, start + len(QUOTES[key])), c[code_name], coder_id)

    code("assign_id3", "Too many assignments")
    code("assign_id1", "Too many assignments")
    code("slides_id2", "Lecture slides")
    code("career_id1", "Value of the course")
    code("learning_id3", "Value of the course")
    t = {}
    t["Demanding but worthwhile"] = themes.create_theme(
        project, "Demanding but worthwhile", code_ids=[c["Workload"], c["Value of the course"]],
        definition="Students weigh the workload against what the course gives them.",
        narrative="Two of the three students find the assignments too many.\n\nYet both say they learn a lot.",
    ).value.id
    t["Struggling with materials"] = themes.create_theme(
        project, "Struggling with materials", code_ids=[c["Lecture slides"]]).value.id
    return Built(doc, c, t, text)
