"""quant.count against R.

Reference values: tests/quant/results/count_reference.json, produced by
``Rscript tests/quant/r/count_reference.R`` (R 4.2.2, MASS 7.3-58.2: glm(poisson)
and glm.nb, the latter with glm.control(epsilon = 1e-13) so theta is the joint ML
to ~1e-9, plus glm.nb with its default control) on
tests/quant/data/q2_cohort150_seed7.csv and tests/quant/data/count_poisson200.csv
(Poisson counts simulated by that R script, set.seed(20261123)).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.count import fit_count
from quant.result import QuantError

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "count_reference.json").read_text())
FORMULA = "UNC ~ LA + TIC + PSSI + months_exit + programme"
R_ORDER = ["Intercept", "LA", "TIC", "PSSI", "months_exit", "programme[T.shelter]"]


@pytest.fixture(scope="module")
def cohort():
    return pd.read_csv(HERE / "data" / "q2_cohort150_seed7.csv")


@pytest.fixture(scope="module")
def auto_fit(cohort):
    return fit_count(cohort, FORMULA, reference={"programme": "community"})


def _check_table(res, ref, atol):
    frame = res.to_frame().loc[R_ORDER]
    for ours, theirs in [("estimate", "coef"), ("std_error", "se"), ("statistic", "z"), ("p_value", "p"),
                         ("ci_low", "ci_low"), ("ci_high", "ci_high"), ("irr", "irr"),
                         ("irr_ci_low", "irr_ci_low"), ("irr_ci_high", "irr_ci_high")]:
        np.testing.assert_allclose(frame[ours], ref[theirs], atol=atol, err_msg=ours)


def test_negbin_matches_glm_nb(auto_fit):
    ref = REF["cohort"]
    assert auto_fit.model == "negbin"
    assert auto_fit.nobs == ref["n"]
    _check_table(auto_fit, ref["negbin"], atol=1e-6)
    nb = ref["negbin"]
    assert auto_fit.fit["theta"] == pytest.approx(nb["theta"], abs=1e-7)
    assert auto_fit.fit["alpha"] == pytest.approx(nb["alpha"], abs=1e-8)
    assert auto_fit.fit["loglik"] == pytest.approx(nb["loglik"], abs=1e-7)
    assert auto_fit.fit["aic"] == pytest.approx(nb["aic"], abs=1e-7)
    assert auto_fit.fit["bic"] == pytest.approx(nb["bic"], abs=1e-7)
    assert auto_fit.fit["deviance"] == pytest.approx(nb["deviance"], abs=1e-6)
    # R's SE.theta uses the information at theta.ml's penultimate Newton iterate
    # (step tolerance 1.2e-4); ours is evaluated at the estimate: agree to ~1e-5.
    assert auto_fit.fit["theta_se"] == pytest.approx(nb["theta_se"], abs=2e-5)


def test_negbin_agrees_with_default_glm_nb_to_4_decimals(auto_fit):
    _check_table(auto_fit, REF["cohort"]["negbin_default_control"], atol=1e-5)
    assert auto_fit.fit["theta"] == pytest.approx(REF["cohort"]["negbin_default_control"]["theta"], abs=1e-4)


def test_boundary_lr_test(auto_fit):
    ref = REF["cohort"]
    assert auto_fit.fit["lr_alpha"] == pytest.approx(ref["lr_alpha"], abs=1e-7)
    assert auto_fit.fit["lr_alpha_p"] == pytest.approx(ref["lr_alpha_p"], rel=1e-6)
    assert any("Negative binomial chosen" in n for n in auto_fit.notes)


def test_poisson_matches_glm(cohort, auto_fit):
    ref = REF["cohort"]["poisson"]
    forced = fit_count(cohort, FORMULA, family="poisson", reference={"programme": "community"})
    for res in (forced, auto_fit.alternative):
        assert res.model == "poisson"
        _check_table(res, ref, atol=1e-7)
        assert res.fit["loglik"] == pytest.approx(ref["loglik"], abs=1e-8)
        assert res.fit["aic"] == pytest.approx(ref["aic"], abs=1e-8)
    assert forced.fit["pearson_dispersion"] == pytest.approx(ref["pearson_chi2"] / ref["df_resid"], abs=1e-9)
    assert any("over-dispersed" in n for n in forced.notes)


def test_equidispersed_counts_keep_poisson():
    data = pd.read_csv(HERE / "data" / "count_poisson200.csv")
    res = fit_count(data, "y ~ x")
    ref = REF["equidispersed"]["poisson"]
    assert res.model == "poisson"
    assert res.fit["lr_alpha_p"] >= 0.05
    np.testing.assert_allclose(res.to_frame()["estimate"], ref["coef"], atol=1e-8)
    np.testing.assert_allclose(res.to_frame()["std_error"], ref["se"], atol=1e-8)
    assert any("Poisson kept" in n for n in res.notes)


def test_rejects_non_counts():
    d = pd.DataFrame({"y": [0.5, 1, 2, 3] * 5, "x": np.arange(20.0)})
    with pytest.raises(QuantError, match="count"):
        fit_count(d, "y ~ x")
    with pytest.raises(QuantError, match="family"):
        fit_count(d, "y ~ x", family="zip")
