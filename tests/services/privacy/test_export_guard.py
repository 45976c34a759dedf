"""'Pseudonymised exports only': every export refuses while identifiers are unreviewed, and
runs once they are replaced or rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.services.corpus.documents import add_document
from qualcode.services.export import (
    export_codebook_docx,
    export_report_docx,
    export_segments_table,
)
from qualcode.services.mixed.joint_export import export_case_table
from qualcode.services.privacy import (
    RosterName,
    apply_pseudonymisation,
    find_in_project,
    set_roster,
)
from qualcode.services.privacy.guard import (
    ExportBlockedError,
    remember_rejected,
    set_pseudonymised_exports_only,
)
from qualcode.services.projects import new_project

EXPORTS = [
    ("segments.csv", export_segments_table),
    ("report.docx", export_report_docx),
    ("codebook.docx", export_codebook_docx),
    ("cases.csv", export_case_table),
]


@pytest.fixture
def project(tmp_path: Path):
    p = new_project(tmp_path / "g.qcproj")
    add_document(p, "Interview 1", "Interviewer: Hello.\nP07: Anna went to Kyiv. Call +380 44 123 4567.\n")
    set_roster(p, [RosterName("Anna Kowalska", "participant", "P07"), RosterName("Kyiv", "place", "[City]")])
    yield p
    p.close()


@pytest.mark.parametrize(("name", "export"), EXPORTS, ids=[n for n, _ in EXPORTS])
def test_exports_refuse_while_identifiers_are_unreviewed(project, tmp_path: Path, name, export) -> None:
    set_pseudonymised_exports_only(project, True)
    with pytest.raises(ExportBlockedError, match="Interview 1") as info:
        export(project, tmp_path / name)
    assert "Anna" not in str(info.value)  # the message names no identifier
    assert not (tmp_path / name).exists()


def test_after_review_the_exports_run(project, tmp_path: Path) -> None:
    set_pseudonymised_exports_only(project, True)
    findings = find_in_project(project)
    kyiv = [f for f in findings if f.finding.text == "Kyiv"]
    apply_pseudonymisation(project, [f for f in findings if f.finding.text != "Kyiv"], who="Dilnoza")
    with pytest.raises(ExportBlockedError):
        export_segments_table(project, tmp_path / "s.csv")
    remember_rejected(project, kyiv)  # the researcher decided a city may stay
    for name, export in EXPORTS:
        export(project, tmp_path / name)
        assert (tmp_path / name).exists()


def test_with_the_setting_off_exports_run_as_before(project, tmp_path: Path) -> None:
    export_segments_table(project, tmp_path / "s.csv")
    assert (tmp_path / "s.csv").exists()
