"""Synthetic cohort shaped like the seed study (trafficking survivors, n = 150).

The seed paper (``seed-paper-beyond-rescue.txt``, section 5.3 and Tables 7-9)
describes its variables but publishes no data.  :func:`make_cohort` draws a
cohort with the same variables, scales and effect directions so that every
planned model (correlations, OLS, logit, ordinal, count, alpha, IPW, multiple
imputation) can be run end to end.  The numbers are *not* the paper's data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["RA_LEVELS", "EDUCATION_LEVELS", "make_cohort", "cohort_variable_types"]

RA_LEVELS: tuple[str, ...] = ("low", "medium", "high")
EDUCATION_LEVELS: tuple[str, ...] = ("none", "primary", "secondary", "tertiary")
_ORIGINS: tuple[str, ...] = ("Indonesia", "Vietnam", "Philippines", "other")
_MARITAL: tuple[str, ...] = ("single", "married", "separated")


def _logistic(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _likert(latent: np.ndarray) -> np.ndarray:
    # Items on a 1-5 scale: centre 3, latent SD ~1.3 maps onto roughly the full range.
    return np.clip(np.rint(3.0 + 0.8 * latent), 1, 5)


def make_cohort(n: int = 150, seed: int = 0, missing_rate: float = 0.05) -> pd.DataFrame:
    """Draw a synthetic survivor cohort mirroring the seed study's variables.

    Parameters
    ----------
    n : int
        Number of participants.
    seed : int
        Seed of the NumPy ``default_rng``; the same seed gives the same frame.
    missing_rate : float
        Average share of missing values in each variable that has missing
        data (PWB, pssi items, months_exit, TIC, RA, SR, UNC). Missingness
        is MAR: its probability depends on fully observed ``age`` and
        ``programme``. ``0`` gives a complete frame.

    Returns
    -------
    pandas.DataFrame
        Columns ``participant_id, age, origin, education, marital, programme,
        months_exit, LA, TIC, pssi1, pssi2, pssi3, PSSI, RA, PWB, SR, UNC``.
        ``RA`` and ``education`` are ordered pandas Categoricals; ``LA``,
        ``TIC``, ``SR`` are 0/1 floats (float so they can hold NaN);
        ``UNC`` is a non-negative count (float for the same reason).

    Notes
    -----
    Effects follow the directions the paper reports: legal aid (LA),
    counselling (TIC) and social support (PSSI) raise well-being (PWB),
    reintegration (SR) and rights awareness (RA), and lower unmet needs
    (UNC, negative binomial with alpha ~ 0.4). The three PSSI items share
    one latent factor so Cronbach's alpha is about 0.75.

    Examples
    --------
    >>> df = make_cohort(150, seed=1)
    >>> df.shape
    (150, 17)
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    if not 0.0 <= missing_rate < 0.5:
        raise ValueError("missing_rate must be in [0, 0.5)")
    rng = np.random.default_rng(seed)

    width = max(3, len(str(n)))
    pid = [f"S{i:0{width}d}" for i in range(1, n + 1)]
    age = np.clip(np.rint(rng.normal(29.0, 7.0, n)), 18, 60)
    origin = rng.choice(_ORIGINS, size=n, p=[0.35, 0.25, 0.25, 0.15])
    edu_idx = rng.choice(4, size=n, p=[0.15, 0.40, 0.35, 0.10])
    marital = rng.choice(_MARITAL, size=n, p=[0.55, 0.25, 0.20])
    shelter = rng.random(n) < 0.45
    months_exit = np.clip(np.rint(rng.gamma(2.0, 9.0, n)), 1, 96)

    # Exposures: shelter residents and older survivors reach legal aid more often
    # (this confounding is what the IPW robustness check is for).
    la = (rng.random(n) < _logistic(-0.2 + 0.8 * shelter + 0.03 * (age - 29))).astype(float)
    tic = (rng.random(n) < _logistic(0.1 + 0.5 * shelter + 0.2 * la)).astype(float)

    # Social support: one latent factor, three noisy Likert items (alpha ~ .75).
    support = rng.normal(0.0, 1.0, n) + 0.3 * (~shelter) + 0.01 * months_exit
    items = [_likert(support + rng.normal(0.0, 0.95, n)) for _ in range(3)]
    pssi = np.mean(items, axis=0)
    z_pssi = (pssi - pssi.mean()) / pssi.std()

    # Rights awareness: proportional-odds latent variable, cut into thirds.
    ra_latent = 0.51 * tic + 0.35 * la + 0.3 * z_pssi + 0.02 * months_exit + rng.logistic(0, 1, n)
    cuts = np.quantile(ra_latent, [1 / 3, 2 / 3])
    ra_code = np.searchsorted(cuts, ra_latent, side="right")

    # Well-being (higher = better), a T-like score.
    pwb = (
        50.0
        + 4.5 * la
        + 4.0 * tic
        + 3.2 * z_pssi
        + 0.08 * months_exit
        + 1.2 * (edu_idx - 1.5)
        - 0.05 * (age - 29)
        + rng.normal(0.0, 7.0, n)
    )

    sr_eta = -1.2 + 0.77 * la + 0.49 * tic + 0.36 * z_pssi + 0.27 * ra_code + 0.01 * months_exit
    sr = (rng.random(n) < _logistic(sr_eta)).astype(float)

    # Unmet needs: NB2 with alpha = 0.41 (gamma-Poisson mixture).
    mu = np.exp(1.3 - 0.25 * la - 0.15 * z_pssi - 0.1 * tic + 0.15 * shelter)
    alpha_nb = 0.41
    lam = rng.gamma(1.0 / alpha_nb, alpha_nb * mu)
    unc = rng.poisson(lam).astype(float)

    df = pd.DataFrame(
        {
            "participant_id": pid,
            "age": age,
            "origin": pd.Categorical(origin, categories=list(_ORIGINS)),
            "education": pd.Categorical.from_codes(edu_idx, categories=list(EDUCATION_LEVELS), ordered=True),
            "marital": pd.Categorical(marital, categories=list(_MARITAL)),
            "programme": np.where(shelter, "shelter", "community"),
            "months_exit": months_exit,
            "LA": la,
            "TIC": tic,
            "pssi1": items[0],
            "pssi2": items[1],
            "pssi3": items[2],
            "PSSI": pssi,
            "RA": pd.Categorical.from_codes(ra_code, categories=list(RA_LEVELS), ordered=True),
            "PWB": np.round(pwb, 2),
            "SR": sr,
            "UNC": unc,
        }
    )
    if missing_rate > 0:
        _add_mar_missing(df, rng, missing_rate, age, shelter)
    return df


def _add_mar_missing(
    df: pd.DataFrame, rng: np.random.Generator, rate: float, age: np.ndarray, shelter: np.ndarray
) -> None:
    # MAR: older participants and community-programme participants skip more
    # items; the probabilities are rescaled so their mean equals ``rate``.
    score = np.exp(0.04 * (age - 29) + 0.5 * (~shelter))
    prob = np.clip(rate * score / score.mean(), 0.0, 0.95)
    for col in ("PWB", "months_exit", "TIC", "SR", "UNC"):
        df.loc[rng.random(len(df)) < prob, col] = np.nan
    # A third of the rate per item keeps the derived PSSI near ``rate`` too.
    for col in ("pssi1", "pssi2", "pssi3"):
        df.loc[rng.random(len(df)) < prob / 3.0, col] = np.nan
    ra_missing = rng.random(len(df)) < prob
    df["RA"] = df["RA"].mask(ra_missing)
    # PSSI is the mean of its items: missing when any item is missing.
    df["PSSI"] = df[["pssi1", "pssi2", "pssi3"]].mean(axis=1, skipna=False)


def cohort_variable_types() -> dict[str, str]:
    """Map each :func:`make_cohort` column to its measurement type.

    Returns
    -------
    dict of str to str
        Values among ``"id"``, ``"continuous"``, ``"binary"``, ``"ordinal"``,
        ``"categorical"``, ``"count"`` (the types ``quant.formula.prepare``
        accepts).
    """
    return {
        "participant_id": "id",
        "age": "continuous",
        "origin": "categorical",
        "education": "ordinal",
        "marital": "categorical",
        "programme": "categorical",
        "months_exit": "continuous",
        "LA": "binary",
        "TIC": "binary",
        "pssi1": "ordinal",
        "pssi2": "ordinal",
        "pssi3": "ordinal",
        "PSSI": "continuous",
        "RA": "ordinal",
        "PWB": "continuous",
        "SR": "binary",
        "UNC": "count",
    }
