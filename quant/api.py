"""One entry point for every quant analysis: :func:`fit_model`.

The CLI (``qualcode stats DATA --model ... --json``) and the UI call
``fit_model(...).to_dict()``; this module only dispatches and imports each
model module lazily, so importing :mod:`quant.api` stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from quant.models import MODEL_KINDS, model_function
from quant.result import ModelResult, QuantError

__all__ = ["KINDS", "MODEL_KINDS", "fit_model", "model_function"]

#: Every kind :func:`fit_model` accepts.
KINDS: tuple[str, ...] = ("corr", "ols", "logit", "ordinal", "count", "alpha", "descriptives")


def _variables_from(data: pd.DataFrame, formula: str | None, variables: Sequence[str] | None) -> list[str]:
    """Variables for table-like analyses: explicit list, else names in the formula."""
    if variables:
        return list(variables)
    if formula:
        # "PWB, PSSI, months_exit" or "~ PWB + PSSI" or "PWB + PSSI"
        names = [n for n in re.split(r"[\s,+~]+", formula) if n]
        unknown = [n for n in names if n not in data.columns]
        if unknown:
            raise QuantError(f"{unknown[0]!r} is not a column of the data.")
        return names
    raise QuantError("Give the variables to analyse (variables=[...] or a formula such as 'PWB + PSSI').")


def fit_model(
    kind: str,
    data: pd.DataFrame,
    formula: str | None,
    *,
    robust: str | None = None,
    impute: int | None = None,
    reference: Mapping[str, str] | None = None,
    types: Mapping[str, str] | None = None,
    variables: Sequence[str] | None = None,
    seed: int = 0,
    **options: Any,
) -> ModelResult:
    """Fit one analysis of the study plan and return its result object.

    Parameters
    ----------
    kind : {"corr", "ols", "logit", "ordinal", "count", "alpha", "descriptives"}
        ``corr``: correlation table (``options["method"]`` "pearson" or
        "spearman"); ``alpha``: Cronbach's alpha of the items in *variables*;
        ``descriptives``: per-variable summary; the rest are regressions.
    data : pandas.DataFrame
        One row per participant.
    formula : str or None
        Patsy formula for regressions; for table analyses a list of
        variables such as ``"PWB + PSSI"`` may be given instead of *variables*.
    robust : str, optional
        OLS covariance (``"HC3"`` default, ``"HC0"``, ``"HC1"``, ``"HC2"``,
        ``"nonrobust"``). Other models use model-based SEs and reject it.
    impute : int, optional
        Number of imputations m: run chained-equation multiple imputation
        and pool with Rubin's rules (regressions only).
    reference : Mapping[str, str], optional
        Reference level per categorical predictor.
    types : Mapping[str, str], optional
        Variable types (see :func:`quant.formula.prepare`).
    variables : Sequence[str], optional
        Variables of a table analysis (corr, alpha, descriptives).
    seed : int
        Seed for multiple imputation.
    **options
        Passed to the model function (e.g. ``family="negbin"`` for count,
        ``levels=[...]`` for ordinal, ``method="spearman"`` for corr,
        ``auxiliary=[...]``/``maxit`` for imputation).

    Returns
    -------
    ModelResult
        Its ``to_dict()`` is JSON-ready.

    Examples
    --------
    >>> from quant.synthetic import make_cohort
    >>> res = fit_model("count", make_cohort(150), "UNC ~ LA + PSSI")
    >>> sorted(res.to_dict())
    ['fit', 'formula', 'model', 'n', 'notes', 'terms']
    """
    if kind not in KINDS:
        raise QuantError(f"Unknown analysis {kind!r}; choose one of {', '.join(KINDS)}.")
    if kind in MODEL_KINDS:
        if not formula:
            raise QuantError(f"A {kind} model needs a formula such as 'y ~ x1 + x2'.")
        if robust is not None:
            if kind != "ols":
                raise QuantError(f"robust={robust!r} applies to OLS only; {kind} models use model-based SEs.")
            options["cov_type"] = robust
        try:
            if impute:
                from quant.imputation import impute_and_fit

                mi_keys = {"auxiliary", "maxit", "donors", "workers"}
                mi_opts = {k: options.pop(k) for k in list(options) if k in mi_keys}
                return impute_and_fit(kind, data, formula, m=int(impute), seed=seed, types=types,
                                      reference=reference, **mi_opts, **options)
            return model_function(kind)(data, formula, reference=reference, types=types, **options)
        except np.linalg.LinAlgError as exc:
            # degenerate data, not a bug: say so in the user's terms (it was a bare "Singular matrix")
            raise QuantError(
                f"The {kind} model cannot be estimated on these data (singular matrix): too few cases for "
                "the number of terms, predictors that duplicate each other, or an outcome split that "
                "one predictor separates perfectly."
            ) from exc
    if impute:
        raise QuantError(f"Multiple imputation applies to regression models, not to {kind!r}.")
    names = _variables_from(data, formula, variables) if (formula or variables or kind != "descriptives") else None
    if kind == "corr":
        from quant.correlation import correlation_table

        return correlation_table(data, names or [], **options)
    if kind == "alpha":
        from quant.reliability import cronbach_alpha

        return cronbach_alpha(data, names or [], **options)
    from quant.descriptives import describe

    return describe(data, names, types=types, **options)
