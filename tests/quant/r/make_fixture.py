"""Write tests/quant/data/cohort150.csv once (seeded); kept for provenance.

A synthetic cohort of n = 150 shaped like the seed study (seed-paper-beyond-rescue,
section 5.3): PWB continuous, LA/TIC/SR 0/1, PSSI = mean of pssi1..pssi3 (Likert 1-5),
RA low/medium/high, UNC count, age, origin, months_exit, education, programme,
with a few missing values.  Values are rounded in the CSV so R and Python read
identical doubles.  Run:  .venv/bin/python tests/quant/r/make_fixture.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20250150
OUT = Path(__file__).resolve().parents[1] / "data" / "cohort150.csv"


def make(n: int = 150, seed: int = SEED) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    age = np.round(rng.normal(29, 7, n).clip(18, 55)).astype(int)
    origin = rng.choice(["Indonesia", "Vietnam", "Philippines", "other"], n, p=[0.4, 0.25, 0.2, 0.15])
    education = rng.choice(["none", "primary", "secondary", "tertiary"], n, p=[0.15, 0.35, 0.35, 0.15])
    programme = rng.choice(["shelter", "community"], n, p=[0.45, 0.55])
    months_exit = np.round(rng.gamma(2.0, 9.0, n), 1)
    la = rng.binomial(1, 0.5, n)
    tic = rng.binomial(1, 0.45 + 0.1 * (programme == "shelter"), n)
    support = rng.normal(0, 1, n) + 0.3 * (programme == "community")
    items = np.column_stack(
        [np.clip(np.round(3 + 0.9 * support + rng.normal(0, 0.8, n)), 1, 5) for _ in range(3)]
    )
    pssi = items.mean(axis=1)
    edu_score = pd.Series(education).map({"none": 0, "primary": 1, "secondary": 2, "tertiary": 3}).to_numpy()
    ra_latent = 0.5 * tic + 0.3 * la + 0.25 * edu_score + rng.logistic(0, 1, n) * 0.8
    ra = np.where(ra_latent < 0.3, "low", np.where(ra_latent < 1.4, "medium", "high"))
    pwb = (
        0.35 * la + 0.3 * tic + 0.35 * (pssi - 3) + 0.01 * months_exit
        + 0.1 * (origin == "Vietnam") - 0.15 * (origin == "other") + rng.normal(0, 0.8, n)
    )
    lin = -1.6 + 0.8 * la + 0.45 * tic + 0.5 * (pssi - 3) + 0.3 * (ra == "medium") + 0.6 * (ra == "high")
    sr = rng.binomial(1, 1 / (1 + np.exp(-lin)))
    mu = np.exp(1.2 - 0.25 * la - 0.15 * (pssi - 3) + 0.1 * (programme == "shelter"))
    unc = rng.negative_binomial(2.5, 2.5 / (2.5 + mu))
    df = pd.DataFrame(
        {
            "id": [f"P{i:03d}" for i in range(1, n + 1)],
            "PWB": np.round(pwb, 4),
            "LA": la,
            "TIC": tic,
            "pssi1": items[:, 0],
            "pssi2": items[:, 1],
            "pssi3": items[:, 2],
            "RA": ra,
            "SR": sr.astype(float),
            "UNC": unc,
            "age": age,
            "origin": origin,
            "months_exit": months_exit,
            "education": education,
            "programme": programme,
        }
    )
    # a few missing values, as in a real survey (<= 10% per column)
    for col, k in [("PWB", 4), ("pssi2", 3), ("months_exit", 3), ("education", 2), ("SR", 2)]:
        rows = rng.choice(n, k, replace=False)
        if pd.api.types.is_numeric_dtype(df[col]):
            df[col] = df[col].astype(float)
        df.loc[rows, col] = np.nan
    df.insert(7, "PSSI", np.round(df[["pssi1", "pssi2", "pssi3"]].mean(axis=1, skipna=False), 6))
    return df


if __name__ == "__main__":
    frame = make()
    frame.to_csv(OUT, index=False, na_rep="NA")
    print(f"wrote {OUT} ({len(frame)} rows)")
