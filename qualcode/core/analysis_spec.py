"""A saved analysis: the model a researcher set up, kept in the project so the
regression panel, the joint display and the demo can reopen and re-run it.

Only the *specification* is stored; results are always computed from the current
codings and survey, so a saved analysis never goes stale.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qualcode.core.errors import ValidationError

__all__ = [
    "ALLOWED_OPTIONS",
    "ANALYSIS_KINDS",
    "DEFAULT_ROBUST",
    "IDENTIFIER",
    "MODEL_FAMILIES",
    "TABLE_KINDS",
    "AnalysisSpec",
    "formula_name",
    "propose_family",
]

#: Regression families a saved analysis may use (as quant.api.MODEL_KINDS).
ANALYSIS_KINDS: tuple[str, ...] = ("ols", "logit", "ordinal", "count")
#: Table analyses (``qualcode stats``): variables in, one table out; never saved.
TABLE_KINDS: tuple[str, ...] = ("corr", "alpha", "descriptives")
#: Option keys a spec may carry through to quant (anything else is refused).
ALLOWED_OPTIONS: frozenset[str] = frozenset({"family", "levels", "maxit", "auxiliary", "seed", "method"})
#: Model family -> (label, kind, options): Poisson, NB2 and "choose by LR test" are one kind, "count".
MODEL_FAMILIES: dict[str, tuple[str, str, dict[str, str]]] = {
    "ols": ("Linear regression (OLS)", "ols", {}),
    "logit": ("Logistic regression", "logit", {}),
    "ordinal": ("Proportional-odds logit", "ordinal", {}),
    "poisson": ("Poisson regression", "count", {"family": "poisson"}),
    "negbin": ("Negative binomial (NB2)", "count", {"family": "negbin"}),
    "count": ("Count: Poisson or NB2 by LR test", "count", {"family": "auto"}),
}
#: OLS covariance when a spec names none, for the model and its nested models alike (STATS_CONVENTIONS.md).
DEFAULT_ROBUST = "HC3"
#: A column name patsy reads as it is; any other is quoted ``Q("...")``.
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PROPOSED = {"continuous": "ols", "binary": "logit", "ordinal": "ordinal", "count": "count"}
_TERM_PREFIXES = ("C(", "I(", "Q(")


def formula_name(column: str) -> str:
    """A column as a patsy term: plain when it is an identifier, else ``Q("...")``.

    Terms already written as ``C(...)``, ``I(...)`` or ``Q(...)`` are kept as they are.

    Examples
    --------
    >>> formula_name("PWB"), formula_name("well being")
    ('PWB', 'Q("well being")')
    """
    if IDENTIFIER.match(column) or column.startswith(_TERM_PREFIXES):
        return column
    return f'Q("{column}")' if '"' not in column else f"Q('{column}')"


def propose_family(variable_type: str) -> str | None:
    """The model family (a key of :data:`MODEL_FAMILIES`) for an outcome of this type; None when none fits."""
    return _PROPOSED.get(variable_type)


def _formula(outcome: str, predictors: Sequence[str]) -> str:
    rhs = " + ".join(formula_name(p) for p in predictors) or "1"
    return f"{formula_name(outcome)} ~ {rhs}"


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
        Or, for a table analysis that is run but never saved, ``"corr"``, ``"alpha"``
        or ``"descriptives"`` (``predictors`` are then the variables).
    outcome : str
        Column of the case table (survey variable or quantitized theme).
    predictors : tuple of str
        Right-hand-side columns, in order. Ignored when ``formula`` is given.
    formula : str
        An explicit patsy formula; empty means ``outcome ~ p1 + p2 + ...``.
    reference : Mapping[str, str]
        Reference level per categorical predictor.
    robust : str or None
        OLS covariance; None means :data:`DEFAULT_ROBUST` (HC3), for the nested models too.
    impute : int or None
        Multiple imputation with m data sets, pooled by Rubin's rules.
    nested : tuple of str
        Smaller OLS models (formulas) this one extends: Model 1, Model 2 ...
        for the Delta R^2 / F-change comparison; the spec's own formula is the last.
        The regression panel's predictor blocks are stored this way.
    options : Mapping[str, Any]
        ``family`` (count: ``"poisson"``, ``"negbin"``, ``"auto"``), ``levels`` (ordinal),
        ``seed``, ``maxit``, ``auxiliary`` (imputation), ``method`` (corr).
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

    @classmethod
    def from_blocks(cls, family: str, outcome: str, blocks: Sequence[Sequence[str]], *, name: str = "",
                    reference: Mapping[str, str] | None = None, robust: str | None = None,
                    impute: int | None = None, seed: int = 0, survey_table: str | None = None) -> AnalysisSpec:
        """The spec of the regression panel: a family and predictors entered in blocks.

        Parameters
        ----------
        family : str
            A key of :data:`MODEL_FAMILIES` (``"poisson"`` -> kind ``"count"``, ``family="poisson"``).
        outcome : str
        blocks : sequence of sequence of str
            Predictors by block: Model 1 = block 1, Model 2 = blocks 1-2 ... The spec's model
            uses all of them; for OLS the smaller models become ``nested``.
        name, reference, impute, survey_table
            As the fields.
        robust : str, optional
            OLS covariance; dropped for other families.
        seed : int
            Seed of the imputation (stored in ``options`` when not 0).

        Raises
        ------
        ValidationError
            Unknown family.
        """
        if family not in MODEL_FAMILIES:
            raise ValidationError(f"Model {family!r} is not one of {', '.join(MODEL_FAMILIES)}.")
        _label, kind, family_options = MODEL_FAMILIES[family]
        cumulative: list[tuple[str, ...]] = []
        for block in blocks:
            previous = cumulative[-1] if cumulative else ()
            grown = tuple(dict.fromkeys((*previous, *block)))
            if len(grown) > len(previous):  # a block adding nothing new is no further model
                cumulative.append(grown)
        predictors = cumulative[-1] if cumulative else ()
        options: dict[str, Any] = dict(family_options)
        if seed:
            options["seed"] = seed
        nested = tuple(_formula(outcome, p) for p in cumulative[:-1]) if kind == "ols" else ()
        return cls(0, name.strip(), kind, outcome=outcome, predictors=predictors, reference=dict(reference or {}),
                   robust=robust if kind == "ols" else None, impute=impute or None, nested=nested, options=options,
                   survey_table=survey_table)

    @property
    def family(self) -> str:
        """The key of :data:`MODEL_FAMILIES`: the kind, or the count family chosen."""
        if self.kind == "count":
            chosen = str(self.options.get("family", "auto"))
            return {"poisson": "poisson", "negbin": "negbin"}.get(chosen, "count")
        return self.kind

    @property
    def family_label(self) -> str:
        """``"Logistic regression"`` ...; the kind itself for a table analysis."""
        entry = MODEL_FAMILIES.get(self.family)
        return entry[0] if entry is not None else self.kind

    @property
    def cov_type(self) -> str | None:
        """The OLS covariance to fit with (``robust`` or HC3); None for other kinds."""
        return (self.robust or DEFAULT_ROBUST) if self.kind == "ols" else None

    @property
    def is_table(self) -> bool:
        """A table analysis (correlations, alpha, descriptives) rather than a regression."""
        return self.kind in TABLE_KINDS

    def model_formula(self) -> str:
        """The formula to fit: the explicit one, else ``outcome ~ predictors`` (names quoted as needed)."""
        if self.formula.strip():
            return self.formula.strip()
        return _formula(self.outcome, self.predictors)

    def formulas(self) -> tuple[str, ...]:
        """Nested models then the spec's own: the formulas of the Delta R^2 comparison."""
        return (*self.nested, self.model_formula())

    def validate_model(self) -> AnalysisSpec:
        """Return self if the model can be run, or raise :class:`ValidationError` with a sentence.

        The rules that do not depend on the data; the name is not needed to run.
        """
        if self.kind not in ANALYSIS_KINDS + TABLE_KINDS:
            raise ValidationError(f"Model {self.kind!r} is not one of {', '.join(ANALYSIS_KINDS)}.")
        if self.is_table:
            if not (self.predictors or self.formula.strip()):
                raise ValidationError(f"Give the variables of the {self.kind} table.")
        elif not self.formula.strip():
            if not self.outcome:
                raise ValidationError("Choose an outcome variable (or write a formula).")
            if not self.predictors:
                raise ValidationError("Add at least one predictor.")
            if self.outcome in self.predictors:
                raise ValidationError(f"{self.outcome} is the outcome; it cannot also be a predictor.")
        elif "~" not in self.formula:
            raise ValidationError(f"The formula {self.formula!r} needs a '~' between outcome and predictors.")
        if self.robust is not None and self.kind != "ols":
            raise ValidationError("Robust (HC) standard errors apply to OLS models only.")
        if self.impute is not None and not 2 <= self.impute <= 200:
            raise ValidationError("Multiple imputation needs between 2 and 200 data sets.")
        if self.impute is not None and self.is_table:
            raise ValidationError(f"Multiple imputation applies to regression models, not to {self.kind!r}.")
        if self.nested and self.kind != "ols":
            raise ValidationError("Nested-model comparison (Delta R^2) applies to OLS models only.")
        unknown = sorted(set(self.options) - ALLOWED_OPTIONS)
        if unknown:
            raise ValidationError(f"Unknown model option {unknown[0]!r}.")
        if self.unit not in ("case", "document"):
            raise ValidationError(f"Unit must be 'case' or 'document', not {self.unit!r}.")
        return self

    def validate(self) -> AnalysisSpec:
        """Return self if it can be saved, or raise :class:`ValidationError` with a sentence the user can act on."""
        if not self.name.strip():
            raise ValidationError("Give the analysis a name.")
        if self.kind not in ANALYSIS_KINDS:
            raise ValidationError(f"Model {self.kind!r} is not one of {', '.join(ANALYSIS_KINDS)}.")
        return self.validate_model()

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
