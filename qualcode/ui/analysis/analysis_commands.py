"""Undoable "Save analysis" and "Add to joint display" for the regression panel.

Each command calls one service in ``redo`` (``save_analysis`` / ``add_row``) and its
inverse in ``undo``; a redo after undo restores the same id (``restore_*``).
:func:`analysis_spec_of` turns the panel's spec into the stored :class:`AnalysisSpec`.
"""

from __future__ import annotations

import re

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.services.operations.joint_ops import SaveAnalysisOperation
from qualcode.ui.analysis.regression_run import FAMILIES, RegressionSpec
from qualcode.ui.commands.base import OperationCommand
from qualcode.ui.session import ProjectSession

__all__ = ["analysis_spec_of", "SaveAnalysisCommand"]

_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


def analysis_spec_of(spec: RegressionSpec, name: str, *, survey_table: str | None = None) -> AnalysisSpec:
    """The stored form of a panel spec (an explicit formula when a column needs quoting)."""
    plain = all(_PLAIN.match(c) for c in (spec.outcome, *spec.predictors))
    options = {k: v for k, v in FAMILIES[spec.family][2].items()}
    if spec.seed:
        options["seed"] = spec.seed
    nested = tuple(spec.formula(i) for i in range(1, len(spec.blocks))) if spec.kind == "ols" else ()
    return AnalysisSpec(
        0, name.strip(), spec.kind, outcome=spec.outcome, predictors=spec.predictors if plain else (),
        formula="" if plain else spec.formula(), reference=dict(spec.reference),
        robust=(spec.robust or "nonrobust") if spec.kind == "ols" else None, impute=spec.impute,
        nested=nested, options=options, survey_table=survey_table,
    )


class SaveAnalysisCommand(OperationCommand[SaveAnalysisOperation]):
    def __init__(self, session: ProjectSession, spec: AnalysisSpec, *, initiator: object | None = None) -> None:
        super().__init__(session, SaveAnalysisOperation(session.project, spec), initiator=initiator)

    @property
    def saved(self) -> AnalysisSpec | None:
        return self.operation.saved
