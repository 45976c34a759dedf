"""Saved analyses: store a model specification in the project, reopen it, re-run it on the
*current* case table (quantitized themes joined to the survey), so results follow re-coding.

Undo pairs: ``save_analysis`` -> ``delete_analysis(id)``; ``update_analysis(new)`` -> old
spec -> ``update_analysis(old)``; ``delete_analysis`` -> spec -> ``restore_analysis(spec)``
(same id).
"""

from __future__ import annotations

import re
from dataclasses import replace

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.changes import Changes, OpResult
from qualcode.core.errors import ValidationError
from qualcode.services.mixed.analysis import run_analysis, run_nested
from qualcode.services.mixed.linking import CaseTable, build_case_table
from qualcode.services.operations.publish import publishes
from qualcode.storage.project import Project
from quant.result import ModelResult

__all__ = [
    "save_analysis", "update_analysis", "delete_analysis", "restore_analysis", "list_analyses",
    "get_analysis", "find_analysis", "run_saved_analysis", "run_saved_nested", "case_table_for",
]

ANALYSES = Changes(links=True)


def list_analyses(project: Project) -> list[AnalysisSpec]:
    """Every saved analysis, in the order they were saved."""
    with project.unit_of_work() as uow:
        return uow.analyses.all()


def get_analysis(project: Project, analysis_id: int) -> AnalysisSpec:
    with project.unit_of_work() as uow:
        return uow.analyses.get(analysis_id)


def find_analysis(project: Project, name: str) -> AnalysisSpec | None:
    """The saved analysis of that name (case-insensitive), or None."""
    with project.unit_of_work() as uow:
        return uow.analyses.find(name)


@publishes
def save_analysis(project: Project, spec: AnalysisSpec, *, initiator: object | None = None) -> OpResult[AnalysisSpec]:
    """Store a new analysis (``spec.id`` is ignored). Names are unique per project."""
    spec.validate()
    with project.unit_of_work() as uow:
        if uow.analyses.find(spec.name) is not None:
            raise ValidationError(f"There is already an analysis named {spec.name.strip()!r}.")
        return OpResult(uow.analyses.add(spec), ANALYSES.by(initiator))


@publishes
def update_analysis(project: Project, spec: AnalysisSpec, *,
                    initiator: object | None = None) -> OpResult[AnalysisSpec]:
    """Replace a saved analysis's spec; returns the old spec (for undo)."""
    spec.validate()
    with project.unit_of_work() as uow:
        old = uow.analyses.get(spec.id)
        other = uow.analyses.find(spec.name)
        if other is not None and other.id != spec.id:
            raise ValidationError(f"There is already an analysis named {spec.name.strip()!r}.")
        uow.analyses.update(spec)
        return OpResult(old, ANALYSES.by(initiator))


@publishes
def delete_analysis(project: Project, analysis_id: int, *, initiator: object | None = None) -> OpResult[AnalysisSpec]:
    """Delete a saved analysis; joint display rows that used it keep their labels and notes."""
    with project.unit_of_work() as uow:
        old = uow.analyses.get(analysis_id)
        uow.analyses.delete(analysis_id)
        return OpResult(old, ANALYSES.by(initiator))


@publishes
def restore_analysis(project: Project, spec: AnalysisSpec, *,
                     initiator: object | None = None) -> OpResult[AnalysisSpec]:
    """Undo of :func:`delete_analysis`: the same id comes back.

    Joint display rows lost their link on delete (SET NULL); the UI's undo command
    re-points them with :func:`qualcode.services.mixed.joint_displays.update_row`.
    """
    with project.unit_of_work() as uow:
        return OpResult(uow.analyses.add(spec, keep_id=True), ANALYSES.by(initiator))


def case_table_for(project: Project, spec: AnalysisSpec) -> CaseTable:
    """The case table a spec runs on (built fresh: current codings, current survey)."""
    return build_case_table(project, unit=spec.unit, survey_table=spec.survey_table)


_QUOTED = re.compile(r"""Q\(\s*(['"])(.+?)\1\s*\)""")
_STRING = re.compile(r"""(['"]).*?\1""")
_PATSY_NAMES = frozenset({"C", "I", "Q", "np", "log", "exp", "sqrt", "center", "standardize", "Treatment", "Sum",
                          "Poly", "Diff", "Helmert", "T"})


def _missing_columns(spec: AnalysisSpec, table: CaseTable) -> list[str]:
    formula = spec.model_formula()
    names = {m.group(2) for m in _QUOTED.finditer(formula)}  # Q("a column") names a column verbatim
    rest = _STRING.sub(" ", _QUOTED.sub(" ", formula))
    names |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_.]*", rest))
    known = set(table.frame.columns) | _PATSY_NAMES
    return sorted(n for n in names if n not in known and not n.isdigit())


def run_saved_analysis(project: Project, analysis_id: int, *, table: CaseTable | None = None) -> ModelResult:
    """Fit a saved analysis on the project's current case table.

    Parameters
    ----------
    project : Project
    analysis_id : int
    table : CaseTable, optional
        A case table already built (saves rebuilding it when running several models).

    Returns
    -------
    ModelResult
        As :func:`qualcode.services.mixed.analysis.run_analysis` fits it; ``to_dict()`` is JSON-ready.

    Raises
    ------
    ValidationError
        A column the spec names is no longer in the case table (a theme renamed or deleted).
    """
    spec = get_analysis(project, analysis_id)
    table = table if table is not None else case_table_for(project, spec)
    missing = _missing_columns(spec, table)
    if missing:
        raise ValidationError(
            f"The analysis {spec.name!r} uses {', '.join(repr(m) for m in missing)}, which is not a column of the "
            "case table now (was a theme renamed or deleted?). Edit the analysis."
        )
    return run_analysis(spec, table, extras=False).result


def run_saved_nested(project: Project, analysis_id: int, *, table: CaseTable | None = None) -> ModelResult:
    """The nested-model comparison (Delta R^2, F change) of an OLS analysis with ``nested`` formulas."""
    spec = get_analysis(project, analysis_id)
    if not spec.nested:
        raise ValidationError(f"The analysis {spec.name!r} has no nested models to compare.")
    table = table if table is not None else case_table_for(project, spec)
    return run_nested(spec, table)


def renamed(spec: AnalysisSpec, name: str) -> AnalysisSpec:
    """A copy with another name (for "Duplicate analysis")."""
    return replace(spec, id=0, name=name)
