"""Import proposals: the interviewer and each participant's case, shared by the dialog and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.core.document import DocumentKind
from qualcode.core.errors import ValidationError
from qualcode.services.corpus.importing import import_transcripts, preview_transcripts
from qualcode.services.corpus.proposals import (
    ImportOverrides,
    plan_cases,
    plan_interviewers,
    propose_plan,
    transcripts_without_case,
    unlinked_participants,
)

LABELLED = "I: How did the lawyer help?\nAmina: Finally I got some legal help.\nI: And then?\nAmina: I had rights.\n"
UNLABELLED = ("Dilnoza: How long were you in the shelter?\nRosa: Two years.\nDilnoza: What changed?\n"
              "Rosa: The peer group. Do you know it?\nDilnoza: Tell me more?\nRosa: We met weekly.\n")
GENERIC = "Q: Where do you live?\nRespondent: In the city.\n"
FOCUS = "Moderator: Welcome. Who starts?\nAmina: The shelter felt like a prison.\nLan: Peers helped.\n"


def _plan(tmp_path: Path, name: str, text: str, kind: DocumentKind = DocumentKind.INTERVIEW,
          overrides: ImportOverrides | None = None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [(_, parsed)] = preview_transcripts([path])
    return propose_plan(path, parsed, kind, overrides)


@pytest.mark.parametrize("label", ["Interviewer", "I", "Q", "Int", "Moderator", "Interviewer 2"])
def test_interviewer_labels_are_recognised(tmp_path, label):
    plan = _plan(tmp_path, "p.txt", f"{label}: Anything?\nAmina: Yes.\n")
    assert plan_interviewers(plan) == [label]
    assert plan_cases(plan) == ["Amina"]


def test_two_speaker_interview_links_the_interviewee_to_a_case_named_after_them(tmp_path):
    plan = _plan(tmp_path, "P07.txt", LABELLED)
    assert plan.speakers["I"].is_interviewer and plan.speakers["I"].case_key is None
    assert plan.speakers["Amina"].case_key == "Amina"
    assert unlinked_participants(plan) == []


def test_unlabelled_interviewer_is_the_one_asking_most_questions(tmp_path):
    plan = _plan(tmp_path, "P08.txt", UNLABELLED)
    assert plan_interviewers(plan) == ["Dilnoza"]
    assert plan.speakers["Rosa"].case_key == "Rosa"


def test_generic_interviewee_label_takes_the_file_name(tmp_path):
    plan = _plan(tmp_path, "S012.txt", GENERIC)
    assert plan_interviewers(plan) == ["Q"] and plan_cases(plan) == ["S012"]


def test_focus_group_every_non_moderator_is_a_case(tmp_path):
    plan = _plan(tmp_path, "FG1.txt", FOCUS, DocumentKind.FOCUS_GROUP)
    assert plan_interviewers(plan) == ["Moderator"]
    assert {n: sp.case_key for n, sp in plan.speakers.items()} == {"Moderator": None, "Amina": "Amina", "Lan": "Lan"}


def test_overrides_win(tmp_path):
    plan = _plan(tmp_path, "P09.txt", UNLABELLED, overrides=ImportOverrides(("rosa",), "P09"))
    assert plan_interviewers(plan) == ["Rosa"] and plan.speakers["Dilnoza"].case_key == "P09"
    by_file = _plan(tmp_path, "P10.txt", LABELLED, overrides=ImportOverrides(case_from_filename=True))
    assert plan_cases(by_file) == ["P10"]


def test_an_interviewer_override_naming_nobody_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="P07.txt: no speaker is called 'Zed'"):
        _plan(tmp_path, "P07.txt", LABELLED, overrides=ImportOverrides(("Zed",)))


def test_a_speaker_unticked_as_interviewer_and_without_case_is_unlinked(tmp_path):
    from dataclasses import replace
    plan = _plan(tmp_path, "P07.txt", LABELLED)
    plan = replace(plan, case_key=None, speakers={**plan.speakers, "Amina": replace(plan.speakers["Amina"], case_key=None)})
    assert unlinked_participants(plan) == ["Amina"]


def test_transcripts_without_case_are_counted(project, tmp_path):
    for name, text in (("P07.txt", LABELLED), ("P08.txt", UNLABELLED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = import_transcripts(project, [tmp_path / "P07.txt"]).value
    assert report[0].interviewers == ("I",) and report[0].cases == ("Amina",)
    assert transcripts_without_case(project) == []
    path = tmp_path / "P08.txt"
    [(_, parsed)] = preview_transcripts([path])
    plan = propose_plan(path, parsed, DocumentKind.INTERVIEW)
    from dataclasses import replace
    bare = replace(plan, case_key=None, speakers={k: replace(v, case_key=None) for k, v in plan.speakers.items()})
    import_transcripts(project, [path], plans={str(path): bare})
    assert transcripts_without_case(project) == ["P08"]
