"""fit_logit against R golden values.

Provenance: tests/quant/data/cohort150.csv (tests/quant/r/make_fixture.py);
tests/quant/r/reference.R with R 4.2.2: glm(binomial, epsilon = 1e-14) +
confint.default; per-SD OR = exp(b * sd(x)) on the model frame; pROC 1.18.0
roc(levels = c(0, 1), direction = "<") + ci.auc(method = "delong") + coords("all");
Hosmer-Lemeshow = base-R transcription of ResourceSelection::hoslem.test (not in
Debian); Brier = mean((p - y)^2); classification at p >= 0.5.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.discrimination import delong_auc, hosmer_lemeshow, midrank
from quant.logit import fit_logit

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "q1_reference.json").read_text())["logit"]
DATA = pd.read_csv(HERE / "data" / "cohort150.csv")
DATA["RA_num"] = DATA["RA"].map({"low": 1, "medium": 2, "high": 3})
FORMULA = "SR ~ LA + TIC + PSSI + RA_num + age + programme"
TOL = {"rel": 1e-6, "abs": 1e-12}  # relative: a p of 4e-8 replaced by 0 must fail


def r_name(term: str) -> str:
    return "(Intercept)" if term == "Intercept" else re.sub(r"\[T\.(.*)\]$", r"\1", term)


@pytest.fixture(scope="module")
def res():  # type: ignore[no-untyped-def]
    return fit_logit(DATA, FORMULA, reference={"programme": "community"})


def test_coefficients_and_wald_ci_match_glm(res) -> None:  # type: ignore[no-untyped-def]
    f = res.to_frame()
    f.index = [r_name(t) for t in f.index]
    f = f.loc[REF["terms"]]
    for col in ("estimate", "std_error", "statistic", "p_value", "ci_low", "ci_high"):
        assert f[col].to_numpy() == pytest.approx(REF[col], **TOL), col
    for col in ("odds_ratio", "or_ci_low", "or_ci_high"):
        assert f[col].to_numpy()[1:] == pytest.approx(REF[col][1:], **TOL), col
    assert res.nobs == REF["nobs"]


def test_or_per_sd_for_continuous_predictors_only(res) -> None:  # type: ignore[no-untyped-def]
    f = res.to_frame()
    for v, val in REF["or_per_sd"].items():
        assert f.loc[v, "or_per_sd"] == pytest.approx(val, **TOL)
        assert f.loc[v, "or_per_sd_low"] == pytest.approx(REF["or_per_sd_low"][v], **TOL)
        assert f.loc[v, "or_per_sd_high"] == pytest.approx(REF["or_per_sd_high"][v], **TOL)
    assert np.isnan(f.loc["LA", "or_per_sd"])  # a 0/1 predictor has no per-SD OR


def test_model_fit_auc_brier_hl_match_r(res) -> None:  # type: ignore[no-untyped-def]
    fit = res.fit
    assert fit["aic"] == pytest.approx(REF["aic"], **TOL)
    assert fit["deviance"] == pytest.approx(REF["deviance"], **TOL)
    assert fit["null_deviance"] == pytest.approx(REF["null_deviance"], **TOL)
    assert fit["auc"] == pytest.approx(REF["auc"], **TOL)
    assert fit["auc_ci_low"] == pytest.approx(REF["auc_ci_low"], **TOL)
    assert fit["auc_ci_high"] == pytest.approx(REF["auc_ci_high"], **TOL)
    assert fit["brier"] == pytest.approx(REF["brier"], **TOL)
    assert fit["hl_stat"] == pytest.approx(REF["hl_stat"], **TOL)
    assert fit["hl_df"] == REF["hl_df"]
    assert fit["hl_p"] == pytest.approx(REF["hl_p"], **TOL)
    assert res.fitted.to_numpy() == pytest.approx(REF["fitted"], **TOL)


def test_classification_and_roc_points_match_r(res) -> None:  # type: ignore[no-untyped-def]
    c = res.classification
    assert (c["tn"], c["fp"], c["fn"], c["tp"]) == (REF["tn"], REF["fp"], REF["fn"], REF["tp"])
    ours = sorted(zip(res.roc_points["fpr"].round(12), res.roc_points["tpr"].round(12)))
    theirs = sorted(zip(np.round(REF["roc_fpr"], 12), np.round(REF["roc_tpr"], 12)))
    assert ours == theirs


def test_delong_variance_matches_proc() -> None:
    ref_p = np.asarray(REF["fitted"])
    y = fit_logit(DATA, FORMULA, reference={"programme": "community"}).observed
    out = delong_auc(y, ref_p)
    assert out["var"] == pytest.approx(REF["auc_var"], **TOL)


def test_delong_hand_example_with_ties() -> None:
    """Hand-computed: cases {0.9, 0.5}, controls {0.5, 0.1}.

    Pairs (case > control): 0.9>0.5, 0.9>0.1, 0.5=0.5 (1/2), 0.5>0.1 -> AUC = 3.5/4.
    Placements: V10 = (1, 0.75), V01 = 1 - (0.25, 0) -> (0.75, 1);
    var = var(V10)/2 + var(V01)/2 = 0.03125/2 + 0.03125/2 = 0.03125.
    """
    out = delong_auc(np.array([1, 1, 0, 0]), np.array([0.9, 0.5, 0.5, 0.1]))
    assert out["auc"] == pytest.approx(0.875, abs=1e-12)
    assert out["var"] == pytest.approx(0.03125, abs=1e-12)
    assert midrank(np.array([3.0, 1.0, 3.0])).tolist() == [2.5, 1.0, 2.5]


def test_hosmer_lemeshow_merges_tied_quantiles_like_r() -> None:
    """With heavy ties hoslem.test keeps df = g - 2 although fewer groups form."""
    p = np.repeat([0.2, 0.5, 0.8], 10)
    y = np.tile([1, 0, 0, 0, 0, 1, 1, 0, 1, 0], 3).astype(float)
    out = hosmer_lemeshow(y, p, 10)
    assert out["groups"] == 2  # breaks unique(quantile) = 0.2, 0.5, 0.8
    assert out["df"] == 8
    # [0.2, 0.5] holds 20 rows (obs 1s: 4 + 4 = 8, exp 2 + 5 = 7); (0.5, 0.8]: obs 4, exp 8
    expected = (8 - 7) ** 2 / 7 + (12 - 13) ** 2 / 13 + (4 - 8) ** 2 / 8 + (6 - 2) ** 2 / 2
    assert out["statistic"] == pytest.approx(expected, abs=1e-12)


def test_hosmer_lemeshow_ignores_an_empty_quantile_group() -> None:
    # Three cases: the ten interpolated quantile breaks leave most intervals with
    # no case; R's hoslem.test returns NaN (0/0) there, we skip empty groups.
    import warnings

    from quant.discrimination import hosmer_lemeshow

    p = np.array([0.1, 0.5, 0.9])
    y = np.array([0, 1, 1], dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = hosmer_lemeshow(y, p)
    # by hand, one case per filled group: (O-E)^2/E over both columns
    expected = (0.1**2 / 0.1 + 0.1**2 / 0.9) + (0.5**2 / 0.5 + 0.5**2 / 0.5) + (0.1**2 / 0.9 + 0.1**2 / 0.1)
    assert out["statistic"] == pytest.approx(expected)
    assert out["groups"] == 3
