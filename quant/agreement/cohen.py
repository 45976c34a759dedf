"""Cohen's kappa for two coders: plain (Cohen 1960) and weighted (Cohen 1968).

The standard error is the large-sample one of Fleiss, Cohen & Everitt (1969), which SAS
PROC FREQ reports as ASE; the interval is kappa +/- 1.96 ASE. Linear weights are
Cicchetti-Allison's ``1 - |i-j|/(max-min)``, quadratic Fleiss-Cohen's ``1 - (i-j)^2/(max-min)^2``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from quant.agreement.matrix import (
    AgreementResult,
    Ratings,
    ratings_matrix,
    weight_matrix,
)
from quant.result import QuantError

__all__ = ["cohen_kappa", "cohen_kappa_table"]

_Z = 1.959963984540054


def cohen_kappa_table(table: Sequence[Sequence[float]] | np.ndarray, *, weights: str = "none",
                      values: Sequence[float] | None = None, n_coders: int = 2) -> AgreementResult:
    """Cohen's kappa from a q x q contingency table (rows coder 1, columns coder 2).

    Parameters
    ----------
    table : q x q counts
    weights : {"none", "linear", "quadratic"}
    values : numeric category values for the weights (default 1..q)

    Examples
    --------
    >>> round(cohen_kappa_table([[20, 5], [10, 15]]).value, 2)
    0.4
    """
    t = np.asarray(table, dtype=float)
    if t.ndim != 2 or t.shape[0] != t.shape[1] or t.shape[0] < 1:
        raise QuantError("Cohen's kappa needs a square table of counts")
    q = t.shape[0]
    x = np.arange(1, q + 1, dtype=float) if values is None else np.asarray(values, dtype=float)
    ratings = Ratings(np.zeros((2, 0), dtype=int), tuple(x.tolist()))
    w = weight_matrix(ratings, weights)
    n = float(t.sum())
    if n == 0:
        return AgreementResult("cohen", math.nan, math.nan, math.nan, 0, n_coders)
    p = t / n
    row, col = p.sum(axis=1), p.sum(axis=0)
    po = float((w * p).sum())
    pe = float(row @ w @ col)
    if pe >= 1:
        return AgreementResult("cohen", math.nan, math.nan, math.nan, int(n), n_coders, "",
                               {"p_observed": po, "p_chance": pe})
    kappa = (po - pe) / (1 - pe)
    wi = w @ col  # wbar_i. = sum_j p_.j w_ij
    wj = row @ w  # wbar_.j = sum_i p_i. w_ij
    inner = (p * (w - (wi[:, None] + wj[None, :]) * (1 - kappa)) ** 2).sum()
    var = (inner - (kappa - pe * (1 - kappa)) ** 2) / (n * (1 - pe) ** 2)
    ase = math.sqrt(max(var, 0.0))
    return AgreementResult("cohen", kappa, max(-1.0, kappa - _Z * ase), min(1.0, kappa + _Z * ase), int(n),
                           n_coders, "analytic (Fleiss, Cohen & Everitt 1969 ASE, normal)",
                           {"p_observed": po, "p_chance": pe, "std_error": ase, "weights": weights})


def cohen_kappa(data: Any, *, weights: str = "none") -> AgreementResult:
    """Cohen's kappa of two coders on the units both coded.

    Parameters
    ----------
    data : two rows (coders) x units; None / NaN / "" = not coded
    weights : {"none", "linear", "quadratic"}

    Raises
    ------
    QuantError
        When the matrix does not have exactly two coders.
    """
    ratings = ratings_matrix(data)
    if ratings.n_coders != 2:
        raise QuantError(f"Cohen's kappa is for two coders; the matrix has {ratings.n_coders} "
                         "(use fleiss, gwet or krippendorff)")
    a, b = ratings.codes
    both = (a >= 0) & (b >= 0)
    q = len(ratings.categories)
    table = np.zeros((q, q))
    np.add.at(table, (a[both], b[both]), ratings.weights()[both])
    return cohen_kappa_table(table, weights=weights, values=ratings.values().tolist())
