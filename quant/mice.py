"""Chained-equation imputation (MICE) that scales: the m completed data sets.

See :mod:`quant.imputation` for the algorithm (PMM for continuous, count and ordinal
variables, logistic draws for binary ones) and for pooling. Built for n = 100,000:
a PMM step updates the cross-products ``a'a`` of the working matrix instead of
refitting from scratch, finds donors by a sorted search instead of a distance matrix,
and the m chains run in threads, each with its own random stream.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from quant.formula import infer_type
from quant.result import QuantError

__all__ = ["impute"]


@dataclass
class _Target:
    name: str
    method: str  # "pmm" or "logreg"
    decode: Callable[[np.ndarray], Any]


def _encode(data: pd.DataFrame, variables: Sequence[str], types: Mapping[str, str]) -> tuple[
    pd.DataFrame, pd.DataFrame, list[_Target]
]:
    """Numeric working matrix of the variables to impute, dummies of complete nominal ones."""
    work: dict[str, pd.Series] = {}
    dummies: list[pd.DataFrame] = []
    targets: list[_Target] = []
    for v in variables:
        col = data[v]
        kind = types.get(v) or infer_type(col)
        if kind in ("id", "text"):
            continue
        incomplete = bool(col.isna().any())
        if isinstance(col.dtype, pd.CategoricalDtype) or not pd.api.types.is_numeric_dtype(col):
            cat = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype("category")
            levels = list(cat.cat.categories)
            ordered = kind == "ordinal" or bool(getattr(cat.cat, "ordered", False))
            if len(levels) == 2 or ordered:
                codes = cat.cat.codes.astype(float).where(cat.notna())
                work[v] = codes
                if incomplete:
                    method = "logreg" if len(levels) == 2 and not ordered else "pmm"
                    targets.append(_Target(v, method, _categorical_decoder(cat)))
                continue
            if incomplete:
                raise QuantError(
                    f"{v!r} is nominal with {len(levels)} levels and has missing values; "
                    "multiple imputation here handles continuous, count, ordinal and binary variables only."
                )
            dummies.append(pd.get_dummies(cat, prefix=v, drop_first=True, dtype=float))
            continue
        work[v] = col.astype(float)
        if incomplete:
            binary = kind == "binary" or (kind not in ("continuous", "count") and infer_type(col) == "binary")
            targets.append(_Target(v, "logreg" if binary else "pmm", _numeric_decoder(col)))
    frame = pd.DataFrame(work, index=data.index)
    dummy_frame = pd.concat(dummies, axis=1) if dummies else pd.DataFrame(index=data.index)
    return frame, dummy_frame, targets


def _categorical_decoder(cat: pd.Series) -> Callable[[np.ndarray], Any]:
    dtype = cat.dtype

    def decode(codes: np.ndarray) -> Any:
        return pd.Categorical.from_codes(np.rint(codes).astype(int), dtype=dtype)

    return decode


def _numeric_decoder(col: pd.Series) -> Callable[[np.ndarray], Any]:
    dtype = col.dtype

    def decode(values: np.ndarray) -> Any:
        return values.astype(dtype) if pd.api.types.is_float_dtype(dtype) else values

    return decode


def _nearest_donors(yhat_obs: np.ndarray, yhat_mis: np.ndarray, k: int, rng: np.random.Generator,
                    chunk: int = 65_536) -> np.ndarray:
    """Index of one of the k observed rows nearest each missing row's prediction, at random.

    PMM matches on one number per row, so the k nearest lie among the k
    neighbours on either side of its place in the sorted observed predictions:
    sort once (``np.searchsorted``), compare 2k candidates per missing row, in
    chunks, so time is O((n_obs + n_mis) log n_obs) and memory O(chunk * k),
    never the n_mis x n_obs distance matrix.
    """
    order = np.argsort(yhat_obs, kind="stable")
    sorted_obs = yhat_obs[order]
    n_obs = len(sorted_obs)
    offsets = np.arange(-k, k)
    out = np.empty(len(yhat_mis), dtype=np.intp)
    for start in range(0, len(yhat_mis), chunk):
        target = yhat_mis[start : start + chunk]
        pos = np.searchsorted(sorted_obs, target)
        cand = np.clip(pos[:, None] + offsets[None, :], 0, n_obs - 1)
        dist = np.abs(sorted_obs[cand] - target[:, None])
        dist[(pos[:, None] + offsets[None, :] < 0) | (pos[:, None] + offsets[None, :] >= n_obs)] = np.inf
        nearest = np.take_along_axis(cand, np.argpartition(dist, k - 1, axis=1)[:, :k], axis=1)
        out[start : start + chunk] = nearest[np.arange(len(target)), rng.integers(0, k, len(target))]
    return order[out]


def _logreg(y_obs: np.ndarray, x_obs: np.ndarray, x_mis: np.ndarray, rng: np.random.Generator,
            start: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Logistic draw (mice.impute.logreg); returns the imputations and the ML coef (warm start)."""
    # Newton-Raphson with a small ridge so separated data still give finite draws
    # (mice augments the data for the same reason). The previous sweep's estimate is
    # the start: the same ML estimate, reached in two or three steps instead of eight.
    coef = np.zeros(x_obs.shape[1]) if start is None or len(start) != x_obs.shape[1] else start.copy()
    ridge = 1e-4 * np.eye(x_obs.shape[1])
    info = ridge
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x_obs @ coef, -30, 30)))
        info = x_obs.T @ (x_obs * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(info, x_obs.T @ (y_obs - p) - ridge @ coef)
        coef = coef + step
        if np.max(np.abs(step)) < 1e-8:
            break
    cov = np.linalg.inv(info)
    beta_star = coef + np.linalg.cholesky((cov + cov.T) / 2) @ rng.standard_normal(len(coef))
    p_mis = 1.0 / (1.0 + np.exp(-np.clip(x_mis @ beta_star, -30, 30)))
    return (rng.random(len(p_mis)) < p_mis).astype(float), coef


@dataclass(frozen=True)
class _Plan:
    """What every chain shares: the encoded data, its incomplete targets and their missing rows."""

    data: pd.DataFrame
    base: np.ndarray
    names: list[str]
    targets: list[_Target]
    missing: dict[str, np.ndarray]
    maxit: int
    donors: int


def _plan(data: pd.DataFrame, variables: Sequence[str], types: Mapping[str, str] | None, maxit: int,
          donors: int) -> _Plan:
    work, dummies, targets = _encode(data, variables, dict(types or {}))
    base = np.column_stack([work.to_numpy(dtype=float), dummies.to_numpy(dtype=float)])
    missing = {t.name: work[t.name].isna().to_numpy() for t in targets}
    for t in targets:
        if (~missing[t.name]).sum() < 2:
            raise QuantError(f"{t.name!r} has fewer than 2 observed values; it cannot be imputed.")
    return _Plan(data, base, list(work.columns), targets, missing, maxit, donors)


def _chain(plan: _Plan, rng: np.random.Generator) -> pd.DataFrame:
    """One completed data set: random start, then ``maxit`` sweeps of PMM / logistic draws.

    The working matrix ``a = [1, variables]`` keeps its cross-product ``a'a`` up to date
    (one column changes per step), so a PMM step costs O(n p) instead of O(n p^2).
    """
    a = np.column_stack([np.ones(len(plan.base)), plan.base])
    cols = {t.name: plan.names.index(t.name) + 1 for t in plan.targets}
    starts: dict[str, np.ndarray] = {}
    for t in plan.targets:
        c, mis = cols[t.name], plan.missing[t.name]
        a[mis, c] = rng.choice(a[~mis, c], size=int(mis.sum()))
    gram = a.T @ a
    for _ in range(plan.maxit if plan.targets else 0):
        for t in plan.targets:
            c, mis = cols[t.name], plan.missing[t.name]
            if t.method == "pmm":
                a[mis, c] = _pmm_gram(a, gram, c, mis, rng, plan.donors)
            else:
                x = np.delete(a, c, axis=1)
                a[mis, c], starts[t.name] = _logreg(a[~mis, c], x[~mis], x[mis], rng, starts.get(t.name))
            column = a.T @ a[:, c]
            gram[:, c] = column
            gram[c, :] = column
    done = plan.data.copy()
    for t in plan.targets:
        done[t.name] = pd.Series(t.decode(a[:, cols[t.name]]), index=plan.data.index)
    return done


def _pmm_gram(a: np.ndarray, gram: np.ndarray, c: int, mis: np.ndarray, rng: np.random.Generator,
              donors: int, ridge: float = 1e-5) -> np.ndarray:
    """:func:`_pmm` of column c on the other columns of ``a``, from the cross-products ``a'a``.

    The observed rows' ``X'X`` and ``X'y`` are the whole sample's minus the missing rows'
    (few); the draws (``.norm.draw``: chi-square, then normal) come in mice's order.
    """
    idx = np.r_[0:c, c + 1 : a.shape[1]]
    a_mis = a[mis]
    x_mis = a_mis[:, idx]
    xtx = gram[np.ix_(idx, idx)] - x_mis.T @ x_mis
    xty = gram[idx, c] - x_mis.T @ a_mis[:, c]
    v = np.linalg.inv(xtx + np.diag(ridge * np.diag(xtx)))
    coef = v @ xty
    full = np.zeros(a.shape[1])
    full[idx] = coef
    obs = ~mis
    yhat_obs = (a @ full)[obs]
    y_obs = a[obs, c]
    resid = y_obs - yhat_obs
    df = max(len(y_obs) - len(idx), 1)
    sigma_star = math.sqrt(float(resid @ resid) / rng.chisquare(df))
    chol = np.linalg.cholesky((v + v.T) / 2)
    beta_star = coef + chol @ rng.standard_normal(len(idx)) * sigma_star
    pick = _nearest_donors(yhat_obs, x_mis @ beta_star, min(donors, len(y_obs)), rng)
    return y_obs[pick]


def _workers(m: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, min(m, int(workers)))
    return max(1, min(m, os.cpu_count() or 1))


def _map_chains(fn: Callable[[np.random.Generator], Any], m: int, seed: int, workers: int | None) -> list[Any]:
    """``fn`` on the m chains' generators, in threads (numpy releases the GIL in its array work).

    Each chain has its own stream (``default_rng(seed).spawn(m)``), so the result does not
    depend on the number of threads or their scheduling.
    """
    rngs = np.random.default_rng(seed).spawn(m)
    n = _workers(m, workers)
    if n == 1:
        return [fn(r) for r in rngs]
    with _one_blas_thread(), ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(fn, rngs))


_BLAS_NAMES = (("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
               ("scipy_openblas_get_num_threads", "scipy_openblas_set_num_threads"),
               ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
               ("openblas_get_num_threads", "openblas_set_num_threads"))


def _openblas_controls() -> list[tuple[Any, Any]]:
    """(get, set) thread-count functions of the OpenBLAS builds numpy and scipy ship, if found."""
    import ctypes
    import glob

    import scipy

    found = []
    for package in (np, scipy):
        libs = os.path.join(os.path.dirname(os.path.dirname(package.__file__ or "")), f"{package.__name__}.libs")
        for path in glob.glob(os.path.join(libs, "*openblas*.so*")):
            try:
                lib = ctypes.CDLL(path)  # already loaded by the package: the same handle
            except OSError:
                continue
            for get_name, set_name in _BLAS_NAMES:
                if hasattr(lib, get_name) and hasattr(lib, set_name):
                    found.append((getattr(lib, get_name), getattr(lib, set_name)))
                    break
    return found


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """One BLAS thread per imputation while the chains run in parallel.

    The chains' matrices are tall and thin (n x p, p ~ 15): OpenBLAS's own threads only
    contend with the chain threads (CPU time 49 s instead of 13 s for m = 20 at n = 100,000).
    Restored afterwards; a no-op where OpenBLAS is not found.
    """
    controls = _openblas_controls()
    before = [int(get()) for get, _set in controls]
    for _get, set_ in controls:
        set_(1)
    try:
        yield
    finally:
        for (_get, set_), n in zip(controls, before):
            set_(n)


def impute(
    data: pd.DataFrame,
    variables: Sequence[str],
    *,
    m: int = 20,
    seed: int = 0,
    maxit: int = 10,
    donors: int = 5,
    types: Mapping[str, str] | None = None,
    workers: int | None = None,
) -> list[pd.DataFrame]:
    """Create m completed copies of *data* by chained equations.

    Parameters
    ----------
    data : pandas.DataFrame
        The data; columns not in *variables* are copied unchanged.
    variables : Sequence[str]
        Columns in the imputation model (incomplete ones are imputed).
    m, seed, maxit, donors : int
        Number of imputations, RNG seed, sweeps per chain, PMM donor pool.
    types : Mapping[str, str], optional
        Variable types (``"binary"`` -> logistic, else PMM); inferred where absent.
    workers : int, optional
        Chains run at once (default: the number of CPU cores). The result is
        the same for any number.

    Returns
    -------
    list of pandas.DataFrame
        m completed data sets (same index and columns as *data*).
    """
    if m < 2:
        raise QuantError("Multiple imputation needs m >= 2 imputations.")
    plan = _plan(data, variables, types, maxit, donors)
    return _map_chains(lambda rng: _chain(plan, rng), m, seed, workers)


