"""Agreement tables to CSV (formula-safe cells, atomic) and to Word (APA-style table)."""

from __future__ import annotations

from pathlib import Path

from qualcode.core.labels import OutputLabels, output_labels
from qualcode.io.tables_out import write_rows_csv
from qualcode.io.word.result_table_docx import write_result_table_docx
from qualcode.services.output_language import project_labels
from qualcode.services.team.agreement import ProjectAgreement
from qualcode.storage.project import Project

__all__ = ["AGREEMENT_COLUMNS", "agreement_rows", "write_agreement_csv", "write_agreement_docx"]

AGREEMENT_COLUMNS = ("code", "statistic", "value", "ci_low", "ci_high", "n_units", "n_coders")
_NAMES = {"krippendorff": "Krippendorff's alpha", "fleiss": "Fleiss' kappa", "cohen": "Cohen's kappa",
          "percent": "Percent agreement", "holsti": "Holsti's CR", "brennan-prediger": "Brennan-Prediger kappa",
          "gwet": "Gwet's AC1"}


def agreement_rows(table: ProjectAgreement) -> list[list[object]]:
    """One list per row in :data:`AGREEMENT_COLUMNS` order (None where a value is undefined)."""
    return [[r.code, *(r.to_dict()[k] for k in AGREEMENT_COLUMNS[1:])] for r in table.rows]


def _fmt(v: object) -> str:
    return "NA" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def write_agreement_csv(table: ProjectAgreement, path: str | Path) -> None:
    """The table as CSV: one row per code and statistic."""
    write_rows_csv(Path(path), AGREEMENT_COLUMNS, [["" if v is None else v for v in r] for r in agreement_rows(table)])


_INTERVALS = ("Intervals: Cohen, Fleiss, Gwet, Brennan-Prediger and percent analytic; Krippendorff and Holsti "
              "by seeded bootstrap over units.")


def write_agreement_docx(table: ProjectAgreement, path: str | Path, labels: OutputLabels | None = None, *,
                         project: Project | None = None) -> None:
    """The table as a Word document: code, statistic, value and 95% CI, units; fixed labels and
    decimal mark of ``labels``, else of the ``project``'s output language (services/output_language),
    else English."""
    tr = labels if labels is not None else project_labels(project) if project is not None else output_labels("en")
    rows = [[str(r[0]), tr(_NAMES.get(str(r[1]), str(r[1]))), _fmt(r[2]), f"[{_fmt(r[3])}, {_fmt(r[4])}]",
             str(r[5])] for r in agreement_rows(table)]
    unit = tr(table.unit)
    title = tr("Inter-coder agreement: {coders} ({unit} units)", coders=", ".join(table.coders), unit=unit)
    scope = ("Units: {unit}; including text no coder coded." if table.include_uncoded
             else "Units: {unit}; excluding text no coder coded.")
    notes = [tr(scope, unit=unit) + " " + tr(_INTERVALS)]
    write_result_table_docx(path, title, ["Code", "Statistic", "Value", "95% CI", "Units"], rows, notes=notes,
                            labels=tr)
