"""The fitting function of each regression kind, imported lazily.

:func:`model_function` lives here, below both :mod:`quant.api` (which dispatches
every analysis) and :mod:`quant.imputation` (which refits one kind on each imputed
data set), so neither of those imports the other back.
"""

from __future__ import annotations

from collections.abc import Callable

from quant.result import ModelResult, QuantError

__all__ = ["MODEL_KINDS", "model_function"]

#: Regression models that take a formula (and can be multiply imputed).
MODEL_KINDS: tuple[str, ...] = ("ols", "logit", "ordinal", "count")


def model_function(kind: str) -> Callable[..., ModelResult]:
    """Return the fitting function of a regression *kind*.

    Parameters
    ----------
    kind : {"ols", "logit", "ordinal", "count"}

    Returns
    -------
    callable
        ``f(data, formula, *, reference=None, types=None, **options) -> ModelResult``.

    Raises
    ------
    QuantError
        *kind* is not a regression model.
    """
    if kind == "ols":
        from quant.ols import fit_ols

        return fit_ols
    if kind == "logit":
        from quant.logit import fit_logit

        return fit_logit
    if kind == "ordinal":
        from quant.ordinal import fit_ordinal

        return fit_ordinal
    if kind == "count":
        from quant.count import fit_count

        return fit_count
    raise QuantError(f"Unknown model {kind!r}; regression models are {', '.join(MODEL_KINDS)}.")
