"""import(export(project)) keeps codes, segments (positions and text), cases, variables, memos,
themes and the structured codebook fields; exports validate against the official schemas."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import xmlschema

from qualcode.core.codebook import Code, CodeOrigin
from qualcode.core.document import DocumentKind
from qualcode.core.memo import MemoTarget
from qualcode.core.span import Span
from qualcode.core.theme import Theme, ThemeStatus
from qualcode.services.exchange import export_refi, import_refi
from qualcode.services.projects import new_project
from tests.services.exchange.snapshot import project_snapshot

SCHEMAS = Path(__file__).parents[3] / "qualcode" / "resources" / "refi"
TEXT_1 = "Q: How was it?\nA: I worried 😀 about the rent,\nand my family (Ünïcode, 𝔘).\n"
TEXT_2 = "Field notes: the café was loud.\n\nSecond paragraph."


def _fill(project) -> None:
    with project.unit_of_work() as uow:
        ana = uow.coders.get_or_create("Ana")
        ben = uow.coders.get_or_create("Ben")
        money = uow.codes.add(Code(0, "Money", None, "#E69F00", definition="Talk about money",
                                   inclusion="rent, debts", exclusion="shopping", example="\"I couldn't pay\"",
                                   atypical_example="a lottery win", origin=CodeOrigin.DEDUCTIVE, quick_key=3))
        worry = uow.codes.add(Code(0, "Worry", money.id, "#56b4e9", origin=CodeOrigin.IN_VIVO, position=1))
        family = uow.codes.add(Code(0, "Family", None, "#009e73", position=2))
        uow.codes.add(Code(0, "Worry", family.id, "#d55e00", definition="Worry about family", position=3))
        p01 = uow.cases.add("P01", "First participant", {"age": 34, "town": "Leeds", "score": 2.5, "consent": True})
        uow.cases.add("P02", "", {"age": 51, "town": "York"})
        d1 = uow.documents.add("Interview 1", TEXT_1, DocumentKind.INTERVIEW, case_id=p01.id)
        d2 = uow.documents.add("Notes", TEXT_2, DocumentKind.FIELD_NOTES)
        start = TEXT_1.index("worried")
        uow.segments.add(d1.id, worry.id, Span(start, start + len("worried 😀 about the rent")), ana.id, "key quote")
        uow.segments.add(d1.id, money.id, Span(start, start + len("worried 😀 about the rent")), ben.id)
        uow.segments.add(d1.id, family.id, Span(TEXT_1.index("family"), len(TEXT_1) - 1), ana.id)
        uow.segments.add(d2.id, money.id, Span(0, 5), ben.id, "two\nlines")
        uow.memos.add(MemoTarget.PROJECT, None, "Project memo", ana.id, title="Plan")
        uow.memos.add(MemoTarget.DOCUMENT, d1.id, "Talkative", ben.id)
        uow.memos.add(MemoTarget.CODE, money.id, "Split later?", ana.id, title="Money memo")
        uow.memos.add(MemoTarget.CASE, p01.id, "Came late", ana.id)
        uow.memos.add(MemoTarget.PROJECT, None, "I expected more worry", ana.id, is_journal=True)
        theme = uow.themes.add(Theme(0, "Precarity", None, ThemeStatus.REVIEWED, "defn", "story",
                                     (money.id, worry.id)))
        uow.themes.add(Theme(0, "Sub-theme", theme.id, code_ids=(family.id,)))
        uow.memos.add(MemoTarget.THEME, theme.id, "Theme memo", None)


@pytest.fixture
def filled(tmp_path):
    project = new_project(tmp_path / "orig.qcproj")
    _fill(project)
    yield project
    project.close()


def test_project_round_trip_keeps_everything(filled, tmp_path):
    out = tmp_path / "study.qdpx"
    export_refi(filled, out)
    copy = new_project(tmp_path / "copy.qcproj")
    try:
        report = import_refi(copy, out).value
        assert project_snapshot(copy) == project_snapshot(filled)
        assert report.not_kept == {}
        assert report.counts["themes"] == 2
        assert report.counts["codings"] == 4 and report.counts["codes"] == 4 and report.counts["cases"] == 2
    finally:
        copy.close()


def test_exported_project_validates_against_the_official_schema(filled, tmp_path):
    out = tmp_path / "study.qdpx"
    export_refi(filled, out)
    archive = zipfile.ZipFile(out)
    xmlschema.XMLSchema(str(SCHEMAS / "Project-mrt2019.xsd")).validate(archive.read("project.qde").decode())
    members = set(archive.namelist())
    assert "project.qde" in members and sum(m.startswith("sources/") for m in members) == 2


def test_codebook_round_trip_keeps_the_structured_fields(filled, tmp_path):
    out = tmp_path / "codes.qdc"
    export_refi(filled, out)
    xmlschema.XMLSchema(str(SCHEMAS / "Codebook.xsd")).validate(str(out))
    copy = new_project(tmp_path / "copy.qcproj")
    try:
        import_refi(copy, out)
        strip = {path: fields[:7] for path, fields in project_snapshot(filled)["codes"].items()}
        assert {p: f[:7] for p, f in project_snapshot(copy)["codes"].items()} == strip
    finally:
        copy.close()


def test_a_bad_file_changes_nothing(filled, tmp_path):
    from qualcode.core.errors import InputFileError

    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really")
    before = project_snapshot(filled)
    with pytest.raises(InputFileError, match="bad.qdpx"):
        import_refi(filled, bad)
    assert project_snapshot(filled) == before


def test_a_failure_midway_rolls_everything_back(filled, tmp_path, monkeypatch):
    out = tmp_path / "study.qdpx"
    export_refi(filled, out)
    copy = new_project(tmp_path / "copy.qcproj")
    try:
        before = project_snapshot(copy)
        from qualcode.services.exchange import refi_sources

        def boom(*args, **kwargs):
            raise RuntimeError("disk gone")

        monkeypatch.setattr(refi_sources, "_unique", boom)
        with pytest.raises(RuntimeError):
            import_refi(copy, out)
        assert project_snapshot(copy) == before
    finally:
        copy.close()


def test_demo_project_round_trip(tmp_path):
    from qualcode.services.demo.build_demo import build_demo

    demo = build_demo(tmp_path / "demo.qcproj")
    copy = new_project(tmp_path / "copy.qcproj")
    try:
        out = tmp_path / "demo.qdpx"
        written = export_refi(demo, out).value
        # what REFI-QDA cannot carry is named in the export report, not dropped silently
        assert written.not_kept["saved analyses"] > 0 and written.not_kept["joint displays"] > 0
        xmlschema.XMLSchema(str(SCHEMAS / "Project-mrt2019.xsd")).validate(
            zipfile.ZipFile(out).read("project.qde").decode())
        report = import_refi(copy, out).value
        original, back = project_snapshot(demo), project_snapshot(copy)
        assert original["speakers"] and any(turns for *_rest, turns in original["documents"].values())
        for part in ("codes", "documents", "speakers", "segments", "cases", "memos", "themes"):
            assert back[part] == original[part], part
        assert report.counts["codings"] == len(original["segments"])
    finally:
        copy.close()
        demo.close()
