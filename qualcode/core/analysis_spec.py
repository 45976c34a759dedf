"""A saved analysis: the model a researcher set up, kept in the project so the
regression panel, the joint display and the demo can reopen and re-run it.

Only the *specification* is stored; results are always computed from the current
codings and survey, so a saved analysis never goes stale.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qualcode.core.errors import ValidationError

#: Regression families a saved analysis may use (as quant.api.MODEL_KINDS).
ANALYSIS_KINDS: tuple[str, ...] = ("ols", "logit", "ordinal", "count")
#: Option keys a spec may carry through to quant (anything else is refused).
ALLOWED_OPTIONS: frozenset[str] = frozenset({"family", "levels", "maxit", "auxiliary", "seed"})
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


@dataclass(frozen=True)
class AnalysisSpec:
    """One saved regression.

    Parameters
    ----------
    id : int
        Storage id (0 before it is saved).
    name : str
        Shown in the panel and the joint display, e.g. ``"Table 9: SR logit"``.
    kind : {"ols", "logit", "ordinal", "count"}
    outcome : str
        Column of the case table (survey variable or quantitized theme).
    predictors : tuple of str
        Right-hand-side columns, in order. Ignored when ``formula`` is given.
    formula : str
        An explicit patsy formula; empty means ``outcome ~ p1 + p2 + ...``.
    reference : Mapping[str, str]
        Reference level per categorical predictor.
    robust : str or None
        OLS covariance (``"HC3"`` by the project's conventions).
    impute : int or None
        Multiple imputation with m data sets, pooled by Rubin's rules.
    nested : tuple of str
        Smaller OLS models (formulas) this one extends: Model 1, Model 2 ...
        for the Delta R^2 / F-change comparison; the spec's own formula is the last.
    options : Mapping[str, Any]
        ``family`` (count), ``levels`` (ordinal), ``seed``, ``maxit``, ``auxiliary``.
    unit, survey_table
        Which case table: per case (default) and which survey table (default the last).
    note : str
        The researcher's note.
    """

    id: int
    name: str
    kind: str
    outcome: str = ""
    predictors: tuple[str, ...] = ()
    formula: str = ""
    reference: Mapping[str, str] = field(default_factory=dict)
    robust: str | None = None
    impute: int | None = None
    nested: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    unit: str = "case"
    survey_table: str | None = None
    note: str = ""

    def model_formula(self) -> str:
        """The formula to fit: the explicit one, else ``outcome ~ predictors``."""
        if self.formula.strip():
            return self.formula.strip()
        return f"{self.outcome} ~ {' + '.join(self.predictors) if self.predictors else '1'}"

    def validate(self) -> AnalysisSpec:
        """Return self, or raise :class:`ValidationError` with a sentence the user can act on."""
        if not self.name.strip():
            raise ValidationError("Give the analysis a name.")
        if self.kind not in ANALYSIS_KINDS:
            raise ValidationError(f"Model {self.kind!r} is not one of {', '.join(ANALYSIS_KINDS)}.")
        if not self.formula.strip():
            if not self.outcome:
                raise ValidationError("Choose an outcome (or write a formula).")
            for name in (self.outcome, *self.predictors):
                if not _NAME.match(name) and not name.startswith(("C(", "I(", "Q(")):
                    raise ValidationError(f"{name!r} is not a usable column name; write a formula instead.")
        elif "~" not in self.formula:
            raise ValidationError(f"The formula {self.formula!r} needs a '~' between outcome and predictors.")
        if self.robust is not None and self.kind != "ols":
            raise ValidationError("Robust (HC) standard errors apply to OLS models only.")
        if self.impute is not None and not 2 <= self.impute <= 200:
            raise ValidationError("Multiple imputation needs between 2 and 200 data sets.")
        if self.nested and self.kind != "ols":
            raise ValidationError("Nested-model comparison (Delta R^2) applies to OLS models only.")
        unknown = sorted(set(self.options) - ALLOWED_OPTIONS)
        if unknown:
            raise ValidationError(f"Unknown model option {unknown[0]!r}.")
        if self.unit not in ("case", "document"):
            raise ValidationError(f"Unit must be 'case' or 'document', not {self.unit!r}.")
        return self

    def to_json(self) -> dict[str, Any]:
        """The stored fields except id and name (a JSON object)."""
        return {
            "kind": self.kind, "outcome": self.outcome, "predictors": list(self.predictors),
            "formula": self.formula, "reference": dict(self.reference), "robust": self.robust,
            "impute": self.impute, "nested": list(self.nested), "options": dict(self.options),
            "unit": self.unit, "survey_table": self.survey_table, "note": self.note,
        }

    @classmethod
    def from_json(cls, id: int, name: str, data: Mapping[str, Any]) -> AnalysisSpec:  # noqa: A002
        """Rebuild a spec from :meth:`to_json` output (unknown keys ignored: newer files)."""
        return cls(
            id=id, name=name, kind=str(data.get("kind", "")), outcome=str(data.get("outcome", "")),
            predictors=tuple(data.get("predictors", ())), formula=str(data.get("formula", "")),
            reference=dict(data.get("reference") or {}), robust=data.get("robust"), impute=data.get("impute"),
            nested=tuple(data.get("nested", ())), options=dict(data.get("options") or {}),
            unit=str(data.get("unit", "case")), survey_table=data.get("survey_table"),
            note=str(data.get("note", "")),
        )
