"""Properties every coefficient must have, on random reliability matrices (hypothesis)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quant.agreement import compute, krippendorff_alpha

STATISTICS = ["percent", "fleiss", "brennan-prediger", "gwet", "krippendorff", "holsti"]


@st.composite
def matrices(draw: st.DrawFn, min_coders: int = 2) -> list[list[int | None]]:
    coders = draw(st.integers(min_coders, 4))
    units = draw(st.integers(3, 12))
    cell = st.one_of(st.none(), st.integers(1, 3))
    rows = [[draw(cell) for _ in range(units)] for _ in range(coders)]
    rows[0][0], rows[1][0] = 1, 2  # at least one pairable unit and two categories
    return rows


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(matrices(), st.randoms(use_true_random=False))
def test_order_of_coders_and_units_does_not_matter(rows, rnd):
    units = list(range(len(rows[0])))
    rnd.shuffle(units)
    shuffled = [[r[u] for u in units] for r in rows]
    rnd.shuffle(shuffled)
    for name in STATISTICS:
        a, b = compute(name, rows, n_boot=0), compute(name, shuffled, n_boot=0)
        assert _same(a.value, b.value), name
        assert a.n_units == b.n_units


@settings(max_examples=40, deadline=None)
@given(matrices())
def test_values_stay_in_their_ranges(rows):
    # chance-corrected coefficients have no general lower bound (with missing data Gwet's
    # Fleiss can go below -1, as irrCAC's does); all stop at 1, and the proportions at 0
    for name in STATISTICS:
        result = compute(name, rows, n_boot=0)
        value = result.value
        if math.isnan(value):
            continue
        assert value <= 1.0 + 1e-9, name
        if not math.isnan(result.ci_low):  # analytic intervals hold their estimate
            assert result.ci_low <= value + 1e-12 and value <= result.ci_high + 1e-12, name
        if name in ("percent", "holsti"):
            assert value >= 0.0


@settings(max_examples=30, deadline=None)
@given(matrices(min_coders=2))
def test_two_coders_without_missing_fleiss_is_scotts_pi_and_alpha_is_its_small_sample_form(rows):
    a, b = rows[0], rows[1]
    pairs = [(x if x is not None else 1, y if y is not None else 1) for x, y in zip(a, b)]
    two = [[p[0] for p in pairs], [p[1] for p in pairs]]
    n = len(pairs)
    po = sum(x == y for x, y in pairs) / n
    values = [v for p in pairs for v in p]
    pe = sum((values.count(c) / (2 * n)) ** 2 for c in set(values))
    scott = (po - pe) / (1 - pe)
    assert compute("fleiss", two).value == pytest.approx(scott)
    # Krippendorff (2011): alpha = 1 - (2n - 1) D_o / D_e, i.e. pi corrected for sample size
    expected = 1 - (2 * n - 1) * (1 - po) / (2 * n * (1 - pe))
    assert krippendorff_alpha(two).value == pytest.approx(expected)


def test_bootstrap_interval_covers_the_estimate_on_real_data():
    rng = np.random.default_rng(3)
    truth = rng.integers(1, 4, 80)
    noisy = np.where(rng.random(80) < 0.25, rng.integers(1, 4, 80), truth)
    result = krippendorff_alpha([truth.tolist(), noisy.tolist()])
    assert result.ci_low < result.value < result.ci_high
    assert result.ci_high - result.ci_low < 0.5
