"""Exports of the linked data: joint displays to Word, the case table to CSV / XLSX / SAV."""

from __future__ import annotations

from pathlib import Path

from qualcode.core.changes import Changes, OpResult
from qualcode.core.clock import utcnow
from qualcode.core.errors import ValidationError
from qualcode.core.joint_display import JointDisplayView
from qualcode.core.survey import Variable, VariableType
from qualcode.io.surveys.writers import write_csv, write_sav, write_xlsx
from qualcode.io.word.joint_display_docx import side_by_side_rows, stats_rows, write_joint_displays_docx
from qualcode.services.export import ExportSummary
from qualcode.services.mixed.joint_view import compute_all, compute_joint_display
from qualcode.services.mixed.linking import KEY, build_case_table
from qualcode.services.output_language import project_labels
from qualcode.services.privacy.guard import ensure_export_allowed
from qualcode.storage.project import Project

__all__ = ["export_joint_displays_docx", "export_case_table", "joint_display_rows", "CASE_TABLE_FORMATS"]

CASE_TABLE_FORMATS = (".csv", ".xlsx", ".sav")


def export_joint_displays_docx(project: Project, path: str | Path, *, display_ids: list[int] | None = None,
                               language: str | None = None) -> OpResult[ExportSummary]:
    """Write the joint displays (all, or ``display_ids``), computed now, to a Word file, with the
    fixed labels of ``language`` (en, ru, uz; default: the project's output language)."""
    labels = project_labels(project, language)
    ensure_export_allowed(project)  # pseudonymised exports only (issue 13)
    if display_ids:
        views = [compute_joint_display(project, i) for i in display_ids]
    else:
        views = compute_all(project)
    if not views:
        raise ValidationError("This project has no joint displays yet.")
    with project.unit_of_work() as uow:
        title = uow.meta.get("title", "") or Path(project.location).stem
    write_joint_displays_docx(views, path, project=title, date=utcnow().strftime("%Y-%m-%d"), labels=labels)
    return OpResult(ExportSummary(str(path), "joint-displays-docx", len(views)), Changes())


def joint_display_rows(view: JointDisplayView) -> list[list[str]]:
    """A display's table as plain-text rows, header first, as the Word export lays it out
    (side-by-side rows, or the statistics-by-theme grid when the display has columns)."""
    return side_by_side_rows(view) if view.side_rows or not view.columns else stats_rows(view)


def export_case_table(project: Project, path: str | Path, *, unit: str = "case",
                      survey_table: str | None = None) -> OpResult[ExportSummary]:
    """Write the linked case table (survey + quantitized codes/themes) as .csv, .xlsx or .sav.

    XLSX gets a ``variables`` sheet and SAV variable labels and measurement levels, so
    SPSS users see "Finally having rights (present)" rather than a column name.
    """
    ensure_export_allowed(project)  # pseudonymised exports only (issue 13)
    suffix = Path(path).suffix.lower()
    if suffix not in CASE_TABLE_FORMATS:
        raise ValidationError(f"The case table can be written as {', '.join(CASE_TABLE_FORMATS)}, not {suffix or path!r}.")
    # The file carries the survey's own missing codes (the .sav/.xlsx declare them), as before.
    table = build_case_table(project, unit=unit, survey_table=survey_table, keep_missing_codes=True)
    frame = table.frame.copy()
    variables = [Variable(KEY, "case key", VariableType.ID), Variable("words", "words spoken", VariableType.COUNT)]
    variables += [v for v in table.survey_variables if v.name in frame.columns]
    variables += [Variable(q.column, q.label, VariableType(q.type)) for q in table.quant_variables]
    if suffix == ".csv":
        write_csv(frame, path)
    elif suffix == ".xlsx":
        write_xlsx(frame, path, variables=variables, sheet_name="cases")
    else:
        for column in frame.columns:  # SPSS has no categorical dtype: write the level text
            if str(frame[column].dtype) == "category":
                frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
        write_sav(frame, variables, path)
    return OpResult(ExportSummary(str(path), f"case-table-{suffix[1:]}", len(frame)), Changes())
