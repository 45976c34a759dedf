"""Design-matrix checks shared by every model: constant and aliased columns, n < p.

:func:`aliased_columns` follows R's ``lm`` (LINPACK ``dqrdc2`` pivoting, tolerance
1e-7). Re-exported by :mod:`quant.formula`.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import pandas as pd
import patsy

from quant.result import QuantError

__all__ = ["aliased_columns", "check_design", "design_matrices", "in_formula_order"]


def check_design(exog: pd.DataFrame, *, intercept: str = "Intercept") -> None:
    """Reject design matrices with a constant or aliased column.

    Parameters
    ----------
    exog : pandas.DataFrame
        Design matrix with named columns (patsy names).
    intercept : str
        Name of the intercept column, which is allowed to be constant.

    Raises
    ------
    QuantError
        Naming the first constant column, or the first column that is a
        linear combination of earlier ones.
    """
    x = np.asarray(exog, dtype=float)
    if x.shape[0] <= x.shape[1]:
        raise QuantError(
            f"Only {x.shape[0]} complete cases for {x.shape[1]} coefficients; the model cannot be fitted."
        )
    for j, name in enumerate(exog.columns):
        if name != intercept and np.ptp(x[:, j]) == 0:
            raise QuantError(
                f"Predictor column {name!r} is constant in the estimation sample "
                f"(all values {x[0, j]:g}); drop it from the model."
            )
    aliased = aliased_columns(x)
    if aliased:
        names = ", ".join(repr(str(exog.columns[j])) for j in aliased)
        verb = "is a linear combination" if len(aliased) == 1 else "are linear combinations"
        raise QuantError(
            f"Predictor column {names} {verb} of the other predictors, exactly or to within "
            "R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA "
            "coefficients); drop it or the predictor it duplicates."
        )


def aliased_columns(x: np.ndarray, tol: float = 1e-7) -> list[int]:
    """Columns R's ``lm`` would drop as aliased: LINPACK ``dqrdc2`` limited pivoting.

    Householder QR column by column; a column whose norm, after removing the
    columns kept before it, falls below ``tol`` times its original norm is
    moved to the end and not used as a pivot (R's ``lm.fit(tol = 1e-7)``).

    Parameters
    ----------
    x : numpy.ndarray
        Design matrix (n x p).
    tol : float
        Relative tolerance (R's default 1e-7).

    Returns
    -------
    list of int
        Indices of the aliased columns in their original order (empty when the
        design has full rank).
    """
    a = np.array(x, dtype=float, copy=True)
    n, p = a.shape
    original = np.linalg.norm(a, axis=0)
    original[original == 0] = 1.0
    if n >= p:
        # fast path: |R_jj| of an unpivoted QR is column j's residual norm against the columns
        # before it; far above the tolerance everywhere means no column is aliased
        r = np.abs(np.diag(np.linalg.qr(a, mode="r")))
        if np.all(r > 1e3 * tol * original):
            return []
    order = list(range(p))
    k = p  # columns still eligible as pivots occupy positions 0..k-1
    col = 0
    while col < min(n, k):
        if np.linalg.norm(a[col:, col]) < tol * original[order[col]]:
            # move the column to the end (dqrdc2 rotates it past the others)
            a = np.concatenate([a[:, :col], a[:, col + 1 :], a[:, col : col + 1]], axis=1)
            order = order[:col] + order[col + 1 :] + order[col : col + 1]
            k -= 1
            continue
        v = a[col:, col].copy()
        alpha = -np.copysign(np.linalg.norm(v), v[0] if v[0] != 0 else 1.0)
        v[0] -= alpha
        vn = np.linalg.norm(v)
        if vn > 0:
            v /= vn
            a[col:, col:] -= 2.0 * np.outer(v, v @ a[col:, col:])
        col += 1
    return sorted(order[k:])


def design_matrices(formula: str, data: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Outcome and design matrix of *formula* on a prepared sample (patsy names).

    Raises
    ------
    QuantError
        If patsy cannot build the matrices or the outcome is not one column.
    """
    try:
        y, x = patsy.dmatrices(formula, data, return_type="dataframe", NA_action="raise")
    except patsy.PatsyError as exc:
        raise QuantError(f"Cannot build the model from {formula!r}: {exc}") from exc
    if y.shape[1] != 1:
        raise QuantError(f"The outcome of {formula!r} must be one numeric column.")
    return y, in_formula_order(formula, x)


def in_formula_order(formula: str, design: pd.DataFrame) -> pd.DataFrame:
    """Reorder a patsy design matrix into R's term order, keeping its design info.

    patsy puts terms without numeric factors first (``C(g)`` before ``x``); R's
    ``terms()`` keeps the formula's order, main effects before interactions. The
    columns are rebuilt from a :class:`patsy.DesignInfo` whose term codings are
    in R's order, so ``term_name_slices`` and later rebuilds agree with them.

    Parameters
    ----------
    formula : str
        The formula (or right-hand side) the design was built from.
    design : pandas.DataFrame
        ``patsy.dmatrix(..., return_type="dataframe")`` output.

    Returns
    -------
    pandas.DataFrame
        The same columns in R's order, with a matching ``design_info``.
    """
    info = design.design_info
    rhs = formula.split("~", 1)[1] if "~" in formula else formula
    try:
        written = patsy.ModelDesc.from_formula(rhs).rhs_termlist
    except patsy.PatsyError:
        return design
    position = {term: i for i, term in enumerate(written)}
    terms = list(info.term_codings)
    ordered = sorted(terms, key=lambda t: (len(t.factors), position.get(t, len(written))))
    if ordered == terms:
        return design
    slices = info.term_slices
    columns = [name for t in ordered for name in info.column_names[slices[t]]]
    codings = OrderedDict((t, info.term_codings[t]) for t in ordered)
    new_info = patsy.DesignInfo(columns, factor_infos=info.factor_infos, term_codings=codings)
    out = design[columns]
    out.design_info = new_info  # type: ignore[attr-defined]
    return out
