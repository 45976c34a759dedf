"""The published values in tests/data/icr/icr_reference_open.json (see tests/data/icr/SOURCES.md)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from quant.agreement import (
    brennan_prediger,
    cohen_kappa,
    cohen_kappa_table,
    fleiss_kappa,
    gwet_ac,
    holsti,
    krippendorff_alpha,
    percent_agreement,
)
from quant.result import QuantError

CASES = {c["id"]: c for c in json.loads(
    (Path(__file__).parents[1] / "data" / "icr" / "icr_reference_open.json").read_text(encoding="utf-8"))["cases"]}


def _fleiss_matrix() -> list[list[int]]:
    """The 10 subjects x 14 raters count table as 14 coder rows (which rater gave what is arbitrary)."""
    counts = CASES["fleiss_kappa_wikipedia_10subjects_14raters"]["count_table"]["counts"]
    columns = [[k + 1 for k, c in enumerate(row) for _ in range(c)] for row in counts]
    return [[col[i] for col in columns] for i in range(14)]


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_krippendorff_wikipedia_example_with_missing_values(level):
    case = CASES["krippendorff_wikipedia_3coders_15units"]
    result = krippendorff_alpha(case["reliability_data"], level=level)
    assert result.value == pytest.approx(case["reproduced_krippendorff_0.9.0"][level], abs=5e-7)
    if level in case["expected"]:
        assert result.value == pytest.approx(case["expected"][level], abs=5e-7)
    assert result.n_units == 12  # units 2 and 14 are empty, unit 1 has one value
    assert result.ci_low < result.value <= result.ci_high


def test_cohen_wikipedia_2x2():
    case = CASES["cohen_kappa_wikipedia_2x2"]
    result = cohen_kappa_table(case["contingency_table"]["counts"])
    assert result.value == pytest.approx(case["expected"]["kappa"], abs=1e-12)
    assert result.details["p_observed"] == pytest.approx(case["expected"]["p_o"])
    assert result.details["p_chance"] == pytest.approx(case["expected"]["p_e"])


@pytest.mark.parametrize(("weights", "key"), [("none", "unweighted"), ("linear", "weighted_linear")])
def test_cohen_sas_3x3_value_ase_and_interval(weights, key):
    case = CASES["cohen_kappa_sas_3x3"]
    expected = case["expected"][key]
    result = cohen_kappa_table(case["contingency_table"]["counts"], weights=weights)
    assert result.value == pytest.approx(expected["kappa"], abs=5e-5)
    assert result.details["std_error"] == pytest.approx(expected["ASE"], abs=5e-5)
    assert (result.ci_low, result.ci_high) == pytest.approx(tuple(expected["ci95"]), abs=5e-5)


def test_cohen_from_a_matrix_equals_the_table():
    counts = np.array(CASES["cohen_kappa_sas_3x3"]["contingency_table"]["counts"])
    a = [i + 1 for i in range(3) for j in range(3) for _ in range(counts[i, j])]
    b = [j + 1 for i in range(3) for j in range(3) for _ in range(counts[i, j])]
    assert cohen_kappa([a, b]).value == pytest.approx(0.4842, abs=5e-5)
    assert cohen_kappa([a, b], weights="linear").value == pytest.approx(0.4701, abs=5e-5)


def test_fleiss_wikipedia_10_subjects_14_raters():
    case = CASES["fleiss_kappa_wikipedia_10subjects_14raters"]
    result = fleiss_kappa(_fleiss_matrix())
    assert result.value == pytest.approx(case["expected"]["kappa"], abs=5e-4)
    assert result.value == pytest.approx(case["reproduced_statsmodels"]["kappa"], abs=5e-7)
    assert result.details["p_observed"] == pytest.approx(case["expected"]["P_bar"], abs=5e-4)
    assert result.details["p_chance"] == pytest.approx(case["expected"]["P_e_bar"], abs=5e-4)
    assert (result.n_units, result.n_coders) == (10, 14)


def test_every_chance_corrected_statistic_is_one_on_perfect_agreement():
    data = [[1, 2, 3, 1, 2, 3, 1, 2], [1, 2, 3, 1, 2, 3, 1, 2], [1, 2, 3, 1, 2, 3, 1, None]]
    for fn in (percent_agreement, fleiss_kappa, brennan_prediger, gwet_ac, krippendorff_alpha):
        result = fn(data)
        assert result.value == pytest.approx(1.0), fn.__name__


def test_bootstrap_is_seeded_and_the_seed_matters():
    case = CASES["krippendorff_wikipedia_3coders_15units"]["reliability_data"]
    a = krippendorff_alpha(case, seed=1)
    assert (a.ci_low, a.ci_high) == (krippendorff_alpha(case, seed=1).ci_low, krippendorff_alpha(case, seed=1).ci_high)
    assert (a.ci_low, a.ci_high) != (krippendorff_alpha(case, seed=2).ci_low, krippendorff_alpha(case, seed=2).ci_high)


def test_holsti_counts_a_unit_one_coder_skipped_against_agreement():
    # percent agreement looks only at units both coded; Holsti's 2M/(N1+N2) does not
    data = [[1, 2, None, None], [1, 2, 2, 1]]
    assert percent_agreement(data).value == 1.0
    assert holsti(data).value == pytest.approx(2 * 2 / (2 + 4))


@pytest.mark.parametrize(("data", "message"), [
    ([[1, 2, 3]], "at least two coders"),
    ([[1, 2], [1]], "row 2 has 1 units"),
    ([[None, None], [None, None]], "no coded value"),
])
def test_bad_matrices_raise_one_sentence(data, message):
    with pytest.raises(QuantError, match=message):
        percent_agreement(data)


def test_cohen_refuses_three_coders_and_interval_refuses_words():
    with pytest.raises(QuantError, match="two coders"):
        cohen_kappa([[1, 2], [1, 2], [2, 2]])
    with pytest.raises(QuantError, match="numeric values"):
        krippendorff_alpha([["a", "b"], ["a", "a"]], level="interval")


@pytest.mark.parametrize("statistic", ["percent", "fleiss", "brennan-prediger", "gwet", "cohen",
                                       "krippendorff", "holsti"])
def test_weighted_columns_equal_the_expanded_matrix(statistic):
    # character units: 10,000 characters with one pattern are one column of weight 10,000
    from quant.agreement import compute, ratings_matrix

    columns = [(1, 1), (1, 0), (0, 0), (0, 1), (1, None)]
    weights = [40, 7, 120, 5, 3]
    expanded = [[c[k] for c, w in zip(columns, weights) for _ in range(w)] for k in range(2)]
    compact = ratings_matrix([[c[k] for c in columns] for k in range(2)], unit_weights=weights)
    a, b = compute(statistic, expanded), compute(statistic, compact)
    assert (b.value, b.ci_low, b.ci_high, b.n_units) == pytest.approx((a.value, a.ci_low, a.ci_high, a.n_units))
