"""quant.imputation: Rubin's-rules pooling against mice, imputation by properties.

Pooling reference: tests/quant/results/pooling_reference.json, produced by
``Rscript tests/quant/r/pooling_reference.R`` (R 4.2.2, mice 3.15.0: as.mids on
tests/quant/data/q2_imputed_long_m5.csv, with(lm / glm(binomial)), pool(),
summary(conf.int = TRUE), pool.r.squared). The five completed data sets in that
CSV are fixed; the random imputation itself is tested by its properties.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.imputation import describe_missing, fit_pooled, impute, impute_and_fit, pool
from quant.logit import fit_logit
from quant.ols import fit_ols
from quant.result import ModelResult, QuantError, Term
from quant.synthetic import make_cohort

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "pooling_reference.json").read_text())
R_NAMES = {"(Intercept)": "Intercept", "programmeshelter": "programme[T.shelter]"}
OLS_F = "PWB ~ LA + TIC + PSSI + months_exit + programme"
LOGIT_F = "SR ~ LA + TIC + PSSI + months_exit"


@pytest.fixture(scope="module")
def long():
    return pd.read_csv(HERE / "data" / "q2_imputed_long_m5.csv")


def _sets(long):
    original = long[long[".imp"] == 0].drop(columns=[".imp", ".id"])
    sets = [g.drop(columns=[".imp", ".id"]) for k, g in long.groupby(".imp") if k > 0]
    return original, sets


@pytest.mark.parametrize("model", ["ols", "logit"])
def test_pooling_matches_mice_pool(long, model):
    original, sets = _sets(long)
    if model == "ols":
        def fitter(d):
            return fit_ols(d, OLS_F, cov_type="nonrobust", reference={"programme": "community"})
    else:
        def fitter(d):
            return fit_logit(d, LOGIT_F)
    res = fit_pooled(fitter, sets, original=original, kind=model)
    ref = REF[model]
    frame = res.to_frame().loc[[R_NAMES.get(t, t) for t in ref["term"]]]
    for ours, theirs in [("estimate", "estimate"), ("std_error", "std_error"), ("statistic", "statistic"),
                         ("df", "df"), ("p_value", "p_value"), ("ci_low", "ci_low"), ("ci_high", "ci_high"),
                         ("ubar", "ubar"), ("b", "b"), ("riv", "riv"), ("lambda", "lambda"), ("fmi", "fmi")]:
        np.testing.assert_allclose(frame[ours], ref[theirs], rtol=1e-7, atol=1e-9, err_msg=ours)
    assert res.model == f"mi-{model}"
    if model == "ols":
        assert res.fit["r2"] == pytest.approx(ref["r2"], abs=1e-9)
        assert res.fit["adj_r2"] == pytest.approx(ref["adj_r2"], abs=1e-9)
        cc = REF["complete_case_ols"]
        assert res.complete_case.nobs == cc["n"]
        names = [R_NAMES.get(t, t) for t in ref["term"]]
        np.testing.assert_allclose(frame.loc[names, "cc_estimate"], cc["estimate"], atol=1e-9)
        np.testing.assert_allclose(frame.loc[names, "cc_std_error"], cc["std_error"], atol=1e-9)


def test_pool_needs_same_terms(long):
    _, sets = _sets(long)
    a = fit_logit(sets[0], LOGIT_F)
    b = fit_logit(sets[1], "SR ~ LA + TIC")
    with pytest.raises(QuantError, match="different terms"):
        pool([a, b])


def test_describe_missing_counts():
    data = pd.read_csv(HERE / "data" / "q2_cohort150_seed7.csv")
    table = describe_missing(data, ["PWB", "PSSI", "RA", "LA", "months_exit"])
    # counted by hand in the CSV (NA cells): PWB 10, PSSI 10, RA 8, LA 0, months_exit 2
    assert table["n_missing"].tolist() == [10, 10, 8, 0, 2]
    assert table.loc["RA", "pct_missing"] == pytest.approx(100 * 8 / 150)
    assert (table["n"] == 150).all()


@pytest.fixture(scope="module")
def cohort():
    return make_cohort(150, seed=5, missing_rate=0.08)


@pytest.fixture(scope="module")
def imputed(cohort):
    return impute(cohort, ["PWB", "LA", "TIC", "PSSI", "RA", "SR", "UNC", "programme", "origin"], m=3, seed=2)


def test_observed_values_untouched(cohort, imputed):
    for d in imputed:
        for col in ["PWB", "TIC", "PSSI", "SR", "UNC"]:
            obs = cohort[col].notna()
            pd.testing.assert_series_equal(d.loc[obs, col], cohort.loc[obs, col])
        assert d[["PWB", "LA", "TIC", "PSSI", "RA", "SR", "UNC"]].notna().all().all()
        # columns outside the imputation model are copied unchanged
        pd.testing.assert_series_equal(d["months_exit"], cohort["months_exit"])


def test_pmm_imputes_observed_donor_values(cohort, imputed):
    for d in imputed:
        for col in ["PWB", "PSSI", "UNC"]:
            mis = cohort[col].isna()
            assert mis.any()
            assert set(d.loc[mis, col]) <= set(cohort[col].dropna())


def test_binary_and_ordinal_stay_in_range(cohort, imputed):
    for d in imputed:
        assert set(d["TIC"].unique()) <= {0.0, 1.0}
        assert set(d["SR"].unique()) <= {0.0, 1.0}
        assert d["RA"].dtype == cohort["RA"].dtype  # ordered categorical low < medium < high kept


def test_seed_determinism(cohort, imputed):
    cols = ["PWB", "LA", "TIC", "PSSI", "RA", "SR", "UNC", "programme", "origin"]
    again = impute(cohort, cols, m=3, seed=2)
    for a, b in zip(imputed, again):
        pd.testing.assert_frame_equal(a, b)
    other = impute(cohort, cols, m=3, seed=3)
    assert not other[0]["PWB"].equals(imputed[0]["PWB"])
    # the chains differ from each other
    assert not imputed[0]["PWB"].equals(imputed[1]["PWB"])


def test_nominal_with_missing_is_refused():
    d = make_cohort(60, seed=1, missing_rate=0)
    d.loc[[1, 2], "origin"] = np.nan
    with pytest.raises(QuantError, match="nominal"):
        impute(d, ["PWB", "origin"], m=2)


def test_mi_result_has_pooled_and_complete_case(cohort):
    res = impute_and_fit("ols", cohort, "PWB ~ LA + TIC + PSSI", m=5, seed=1)
    d = res.to_dict()
    assert d["model"] == "mi-ols"
    row = d["terms"][1]
    for key in ("estimate", "std_error", "fmi", "df", "cc_estimate", "cc_std_error", "cc_p_value"):
        assert key in row
    assert res.complete_case is not None and res.complete_case.nobs < 150
    assert res.nobs == 150
    assert 0 <= res.term("PSSI").extra["fmi"] <= 1


def _fast_ols(d):
    # Plain least squares as a ModelResult, so the coverage loop stays quick.
    x = np.column_stack([np.ones(len(d)), d["x"].to_numpy()])
    y = d["y"].to_numpy()
    coef, *_ = np.linalg.lstsq(x, y, rcond=None)
    resid = y - x @ coef
    cov = resid @ resid / (len(y) - 2) * np.linalg.inv(x.T @ x)
    se = np.sqrt(np.diag(cov))
    return ModelResult("ols", "y ~ x", len(y), tuple(Term(n, b, s) for n, b, s in zip(["Intercept", "x"], coef, se)))


def test_coverage_under_mcar():
    # y = 1 + 0.5 x + e, x and y 25% MCAR; the pooled 95% CI for the slope should
    # cover 0.5 in roughly 95% of replicates (>= 34/40 leaves ample room for chance:
    # P(X <= 33 | Binomial(40, .95)) < 0.01).
    rng = np.random.default_rng(123)
    hits = 0
    for _ in range(40):
        n = 120
        x = rng.normal(size=n)
        y = 1 + 0.5 * x + rng.normal(size=n)
        d = pd.DataFrame({"y": y, "x": x, "z": x + rng.normal(size=n)})
        d.loc[rng.random(n) < 0.25, "x"] = np.nan
        d.loc[rng.random(n) < 0.25, "y"] = np.nan
        sets = impute(d, ["y", "x", "z"], m=5, seed=int(rng.integers(1 << 30)), maxit=5)
        t = fit_pooled(_fast_ols, sets).term("x")
        hits += t.ci_low <= 0.5 <= t.ci_high
    assert hits >= 34
