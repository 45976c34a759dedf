"""Pseudonymising a project, from the researcher's side: codings keep their words, exports
hold no roster name, one undo puts everything back, the mapping is sealed or absent,
and the audit log never holds an original."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode.core.document import Turn
from qualcode.core.errors import ValidationError
from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.memos import add_memo, find_memos
from qualcode.services.coding.segments import (
    apply_code,
    segments_of_document,
    set_segment_memo,
)
from qualcode.services.corpus.documents import add_document
from qualcode.services.export import export_report_docx, export_segments_table
from qualcode.services.operations.operation import OperationStack
from qualcode.services.operations.privacy_ops import PseudonymiseOperation
from qualcode.services.privacy import (
    RosterName,
    WrongPasswordError,
    apply_pseudonymisation,
    audit_entries,
    find_in_project,
    get_roster,
    open_sealed,
    set_roster,
    write_audit_csv,
)
from qualcode.services.privacy.sealed import Sealed
from qualcode.services.projects import ensure_coder, new_project

NAMES = ("Anna", "Kowalska", "ANNA", "Kyiv", "Hope House")
ROSTER = [RosterName("Anna Kowalska", "participant", "P07"), RosterName("Kyiv", "place", "[City]"),
          RosterName("Hope House", "organisation", "[Shelter A]")]
LINES = [("Interviewer", "Anna, how did you come to Hope House?"),
         ("Anna", "I left Kyiv with nothing. ANNA KOWALSKA was just a number there."),
         ("Interviewer", "And the peer group?"),
         ("Anna", "Kowalska's friends at Hope House helped me, the peer group was everything.")]


def _transcript() -> tuple[str, tuple[Turn, ...]]:
    text, turns = "", []
    for i, (speaker, said) in enumerate(LINES):
        line = f"{speaker}: {said}"
        turns.append(Turn(speaker, Span(len(text), len(text) + len(line)), timestamp=float(10 * i)))
        text += line + "\n"
    return text, tuple(turns)


@pytest.fixture
def study(tmp_path: Path):
    project = new_project(tmp_path / "study.qcproj")
    text, turns = _transcript()
    doc = add_document(project, "Interview 1", text, turns=turns).value
    coder = ensure_coder(project, "Dilnoza")
    peer = add_code(project, "Peer support").value
    place = add_code(project, "Places").value
    quote = "Kowalska's friends at Hope House helped me"
    start = text.index(quote)
    apply_code(project, doc.id, Span(start, start + len(quote)), peer.id, coder.id)
    start = text.index("left Kyiv with")
    apply_code(project, doc.id, Span(start, start + len("left Kyiv with")), place.id, coder.id)
    start = text.index("nothing")
    apply_code(project, doc.id, Span(start, start + len("nothing.")), place.id, coder.id)
    set_roster(project, ROSTER)
    yield project, doc.id
    project.close()


def _texts(project, doc_id: int) -> list[str]:
    with project.unit_of_work() as uow:
        text = uow.documents.get(doc_id).text
    return sorted(text[s.span.start:s.span.end] for s in segments_of_document(project, doc_id))


def test_applying_all_findings_keeps_codings_on_their_words(study) -> None:
    project, doc_id = study
    findings = find_in_project(project)
    assert {f.finding.text for f in findings} >= {"Anna", "ANNA KOWALSKA", "Kyiv", "Hope House", "Kowalska"}
    apply_pseudonymisation(project, findings, who="Dilnoza")
    assert _texts(project, doc_id) == sorted(["P07's friends at [Shelter A] helped me", "left [City] with",
                                              "nothing."])
    with project.unit_of_work() as uow:
        text = uow.documents.get(doc_id).text
        turns = uow.documents.turns(doc_id)
    assert [t.speaker for t in turns] == ["Interviewer", "P07", "Interviewer", "P07"]
    assert [text[t.span.start:t.span.end].split(": ", 1)[1] for t in turns][2] == "And the peer group?"
    assert [t.timestamp for t in turns] == [0.0, 10.0, 20.0, 30.0]
    assert text.splitlines()[1] == "P07: I left [City] with nothing. P07 was just a number there."


def test_exports_after_applying_contain_no_roster_name(study, tmp_path: Path) -> None:
    project, doc_id = study
    [first, *_] = segments_of_document(project, doc_id)
    set_segment_memo(project, first.id, "Anna cried here; ask Anna Kowalska again in Kyiv?")
    add_memo(project, MemoTarget.DOCUMENT, doc_id, "Hope House is where Anna stayed.", None, title="Kowalska's story")
    apply_pseudonymisation(project, find_in_project(project), who="Dilnoza")
    export_segments_table(project, tmp_path / "segments.csv")
    export_report_docx(project, tmp_path / "report.docx")
    csv_text = (tmp_path / "segments.csv").read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(tmp_path / "report.docx") as z:
        xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    for name in NAMES:
        assert name.lower() not in csv_text.lower()
        assert name.lower() not in xml.lower()
    assert "P07" in csv_text
    assert "P07 cried here; ask P07 again in [City]?" in csv_text  # segment memos too
    [memo] = find_memos(project)
    assert (memo.title, memo.text) == ("P07's story", "[Shelter A] is where P07 stayed.")


def test_no_original_is_left_in_the_project_file(study, tmp_path: Path) -> None:
    project, _doc = study
    apply_pseudonymisation(project, find_in_project(project), who="Dilnoza")
    project.close()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("study.qcproj*"))
    for name in ("Kowalska", "Hope House", "Kyiv"):
        assert name.encode() not in data


def test_one_undo_puts_everything_back_and_redo_replaces_again(study) -> None:
    project, doc_id = study
    add_memo(project, MemoTarget.DOCUMENT, doc_id, "Anna again.", None)
    before = _texts(project, doc_id)
    with project.unit_of_work() as uow:
        text_before = uow.documents.get(doc_id).text
    stack = OperationStack(project)
    stack.push(PseudonymiseOperation(project, find_in_project(project), "Dilnoza"))
    after = _texts(project, doc_id)
    assert get_roster(project) == []  # a plaintext mapping: sealed or gone, never left as it was
    stack.undo()
    assert _texts(project, doc_id) == before
    assert get_roster(project) == ROSTER
    assert [m.text for m in find_memos(project)] == ["Anna again."]
    with project.unit_of_work() as uow:
        assert uow.documents.get(doc_id).text == text_before
        assert [t.speaker for t in uow.documents.turns(doc_id)][1] == "Anna"
    stack.redo()
    assert _texts(project, doc_id) == after
    assert [e.action for e in audit_entries(project)] == [
        "pseudonymise", "pseudonymise (undo)", "pseudonymise (redo)"]


def test_rejected_and_edited_findings(study) -> None:
    project, doc_id = study
    findings = find_in_project(project)
    kept = [f for f in findings if f.finding.text != "Kyiv"]
    edited = [f if f.finding.entity != "Hope House" else type(f)(f.document_id, f.document_name, f.finding, "[NGO]")
              for f in kept]
    apply_pseudonymisation(project, edited, who="Dilnoza")
    assert "left Kyiv with" in _texts(project, doc_id)
    assert "P07's friends at [NGO] helped me" in _texts(project, doc_id)


def test_mapping_is_sealed_under_the_password_or_not_kept(study, tmp_path: Path) -> None:
    project, _doc = study
    apply_pseudonymisation(project, find_in_project(project), who="Dilnoza", mapping_password="correct horse")
    with project.unit_of_work() as uow:
        [stored] = uow.privacy.mappings()
    sealed = Sealed(stored.scheme, stored.salt, stored.nonce, stored.sealed)
    assert b"Kowalska" not in stored.sealed
    assert ["Anna", "P07", "participant"] in open_sealed(sealed, "correct horse")
    with pytest.raises(WrongPasswordError):
        open_sealed(sealed, "wrong")


def test_audit_log_says_who_when_what_but_no_original(study, tmp_path: Path) -> None:
    project, _doc = study
    apply_pseudonymisation(project, find_in_project(project), who="Dilnoza")
    [entry] = audit_entries(project, action="pseudonymise")
    assert entry.who == "Dilnoza" and entry.at is not None
    assert "participant -> P07" in entry.detail["replacements"]
    write_audit_csv(audit_entries(project), tmp_path / "audit.csv")
    written = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert "Dilnoza" in written and "P07" in written
    for name in NAMES:
        assert name not in written and name not in repr(entry)


def test_a_stale_finding_changes_nothing(study) -> None:
    project, doc_id = study
    findings = find_in_project(project)
    apply_pseudonymisation(project, findings[:1], who="Dilnoza")
    with project.unit_of_work() as uow:
        text = uow.documents.get(doc_id).text
    with pytest.raises(ValidationError, match="no longer"):
        apply_pseudonymisation(project, findings, who="Dilnoza")
    with project.unit_of_work() as uow:
        assert uow.documents.get(doc_id).text == text
    assert len(audit_entries(project)) == 1


def test_two_speakers_that_become_one_pseudonym_and_undo(tmp_path: Path) -> None:
    from qualcode.core.case import SpeakerMapping

    project = new_project(tmp_path / "speakers.qcproj")
    text = "Anna: hello.\nAnna Kowalska: hello again.\n"
    turns = (Turn("Anna", Span(0, 12)), Turn("Anna Kowalska", Span(13, len(text) - 1)))
    doc = add_document(project, "Anna Kowalska interview", text, turns=turns).value
    with project.unit_of_work() as uow:
        uow.cases.add_speaker_mappings([SpeakerMapping(doc.id, "Anna", None, False),
                                        SpeakerMapping(doc.id, "Anna Kowalska", None, True)])
    stack = OperationStack(project)
    stack.push(PseudonymiseOperation(project, find_in_project(project, ROSTER), "Dilnoza"))
    with project.unit_of_work() as uow:
        assert uow.documents.get(doc.id).name == "P07 interview"
        assert [m.speaker for m in uow.cases.speaker_mappings(doc.id)] == ["P07"]
    stack.undo()
    with project.unit_of_work() as uow:
        assert uow.documents.get(doc.id).name == "Anna Kowalska interview"
        assert sorted((m.speaker, m.is_interviewer) for m in uow.cases.speaker_mappings(doc.id)) == [
            ("Anna", False), ("Anna Kowalska", True)]
    project.close()


def test_two_codings_that_would_become_one_are_refused_and_nothing_changes(tmp_path: Path) -> None:
    project = new_project(tmp_path / "clash.qcproj")
    text = "Then Anna Kowalska left."
    doc = add_document(project, "D", text).value
    coder = ensure_coder(project, "c")
    code = add_code(project, "Leaving").value
    apply_code(project, doc.id, Span(5, 9), code.id, coder.id)  # "Anna"
    apply_code(project, doc.id, Span(5, 18), code.id, coder.id)  # "Anna Kowalska"
    from qualcode.nlp.identifiers import Finding
    from qualcode.services.privacy import DocumentFinding

    whole = DocumentFinding(doc.id, "D", Finding(5, 18, "Anna Kowalska", "participant", "roster", "x"), "P07")
    with pytest.raises(ValidationError, match="same code, same coder"):
        apply_pseudonymisation(project, [whole], who="c")
    assert _texts(project, doc.id) == ["Anna", "Anna Kowalska"]
    assert audit_entries(project) == []
    project.close()


def test_proposed_numbers_never_reuse_a_roster_replacement(tmp_path: Path) -> None:
    project = new_project(tmp_path / "numbers.qcproj")
    add_document(project, "D", "Anna Kowalska met Anna Petrenko; later ANNA phoned.")
    set_roster(project, [RosterName("Anna Kowalska", "participant", "P01"),
                         RosterName("Anna Petrenko", "participant", "")])
    proposals = {f.finding.text: f.replacement for f in find_in_project(project)}
    assert proposals["Anna Kowalska"] == "P01"
    assert proposals["Anna Petrenko"] not in ("P01", "")
    assert proposals["ANNA"] not in ("P01", "", proposals["Anna Petrenko"])  # which Anna? the user decides
    project.close()


def test_case_names_follow_and_the_case_table_export_holds_no_name(tmp_path: Path) -> None:
    from qualcode.services.mixed.joint_export import export_case_table

    project = new_project(tmp_path / "cases.qcproj")
    with project.unit_of_work() as uow:
        case = uow.cases.get_or_create("Anna Kowalska")
    add_document(project, "D", "Anna Kowalska: I stayed.", case_id=case.id)
    set_roster(project, ROSTER)
    stack = OperationStack(project)
    stack.push(PseudonymiseOperation(project, find_in_project(project), "c"))
    export_case_table(project, tmp_path / "cases.csv")
    assert "Kowalska" not in (tmp_path / "cases.csv").read_text(encoding="utf-8-sig")
    stack.undo()
    with project.unit_of_work() as uow:
        assert [c.key for c in uow.cases.all()] == ["Anna Kowalska"]
    project.close()
