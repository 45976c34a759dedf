"""PMM at scale: the sorted donor search finds mice's k nearest donors without an
n_mis x n_obs distance matrix, and threads do not change the imputations."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd

from quant.imputation import impute
from quant.mice import _nearest_donors


def test_donors_are_among_the_k_nearest_by_brute_force() -> None:
    rng = np.random.default_rng(5)
    obs = np.round(rng.normal(size=400), 2)  # rounded: ties, as with real scores
    mis = np.r_[rng.normal(size=200) * 1.5, obs.min() - 1, obs.max() + 1]
    k = 5
    picks = _nearest_donors(obs, mis, k, np.random.default_rng(1))
    dist = np.abs(mis[:, None] - obs[None, :])
    kth = np.sort(dist, axis=1)[:, k - 1]
    assert np.all(dist[np.arange(len(mis)), picks] <= kth + 1e-12)


def test_every_one_of_the_k_donors_can_be_drawn() -> None:
    obs = np.arange(20.0)
    picks = {int(_nearest_donors(obs, np.array([10.2]), 5, np.random.default_rng(s))[0]) for s in range(200)}
    assert picks == {8, 9, 10, 11, 12}


def test_memory_stays_bounded_for_many_missing_rows() -> None:
    rng = np.random.default_rng(0)
    obs, mis = rng.normal(size=30_000), rng.normal(size=30_000)
    tracemalloc.start()
    _nearest_donors(obs, mis, 5, rng)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 60e6  # the full distance matrix would be 7.2 GB


def test_threads_give_the_same_imputations() -> None:
    rng = np.random.default_rng(2)
    n = 300
    d = pd.DataFrame({"x": rng.normal(size=n), "z": rng.integers(0, 2, n).astype(float)})
    d["y"] = d["x"] + rng.normal(size=n)
    d.loc[rng.choice(n, 60, replace=False), "y"] = np.nan
    d.loc[rng.choice(n, 40, replace=False), "z"] = np.nan
    one = impute(d, ["y", "x", "z"], m=4, seed=9, workers=1)
    two = impute(d, ["y", "x", "z"], m=4, seed=9, workers=2)
    for a, b in zip(one, two):
        pd.testing.assert_frame_equal(a, b)
