"""quant.ordinal against R.

Reference values: tests/quant/results/ordinal_reference.json, produced by
``Rscript tests/quant/r/ordinal_reference.R`` (R 4.2.2, MASS 7.3-58.2 polr,
ordinal 2022.11.16 clm; the Brant test re-implemented in base R after
brant::brant because that package is not in Debian) on
tests/quant/data/q2_cohort150_seed7.csv (= quant.synthetic.make_cohort(150, seed=7))
and tests/quant/data/ordinal_nonpo.csv (a simulated outcome whose effect of x
reverses between cut-points).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.ordinal import fit_ordinal, ordered_levels
from quant.result import QuantError

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "ordinal_reference.json").read_text())
R_NAMES = {"programmeshelter": "programme[T.shelter]"}


@pytest.fixture(scope="module")
def cohort_fit():
    data = pd.read_csv(HERE / "data" / "q2_cohort150_seed7.csv")
    return fit_ordinal(
        data, "RA ~ LA + TIC + PSSI + months_exit + programme", reference={"programme": "community"}
    )


def _by_r_order(res, ref):
    names = [R_NAMES.get(n, n) for n in ref["coef_names"]]
    return res.to_frame().loc[names + list(ref["threshold_names"])]


def test_matches_clm_to_6_decimals(cohort_fit):
    ref = REF["cohort"]
    clm = ref["clm"]
    frame = _by_r_order(cohort_fit, ref)
    k = len(ref["coef_names"])
    np.testing.assert_allclose(frame.estimate[:k], clm["coef"], atol=1e-7)
    np.testing.assert_allclose(frame.std_error[:k], clm["se"], atol=1e-7)
    np.testing.assert_allclose(frame.statistic[:k], clm["z"], atol=1e-6)
    np.testing.assert_allclose(frame.p_value[:k], clm["p"], atol=1e-7)
    np.testing.assert_allclose(frame.ci_low[:k], clm["ci_low"], atol=1e-7)
    np.testing.assert_allclose(frame.ci_high[:k], clm["ci_high"], atol=1e-7)
    np.testing.assert_allclose(frame.odds_ratio[:k], clm["or"], atol=1e-7)
    np.testing.assert_allclose(frame.estimate[k:], clm["thresholds"], atol=1e-7)
    np.testing.assert_allclose(frame.std_error[k:], clm["threshold_se"], atol=1e-7)
    assert cohort_fit.nobs == ref["n"]
    assert cohort_fit.fit["loglik"] == pytest.approx(clm["loglik"], abs=1e-8)
    assert cohort_fit.fit["aic"] == pytest.approx(clm["aic"], abs=1e-7)
    assert cohort_fit.fit["bic"] == pytest.approx(clm["bic"], abs=1e-7)
    assert cohort_fit.fit["loglik_null"] == pytest.approx(clm["loglik_null"], abs=1e-8)


def test_matches_polr_sign_convention_to_4_decimals(cohort_fit):
    # polr's thresholds (zeta) and slopes have the same signs as ours; its SEs
    # come from optim's numerical Hessian, good to ~1e-5 only.
    ref = REF["cohort"]
    frame = _by_r_order(cohort_fit, ref)
    k = len(ref["coef_names"])
    np.testing.assert_allclose(frame.estimate[:k], ref["polr"]["coef"], atol=1e-6)
    np.testing.assert_allclose(frame.estimate[k:], ref["polr"]["zeta"], atol=1e-6)
    np.testing.assert_allclose(frame.std_error[:k], ref["polr"]["se"], atol=1e-4)
    np.testing.assert_allclose(frame.std_error[k:], ref["polr"]["zeta_se"], atol=1e-4)


@pytest.mark.parametrize("case", ["cohort", "nonpo"])
def test_brant_matches_r(case, cohort_fit):
    ref = REF[case]
    if case == "cohort":
        res = cohort_fit
    else:
        res = fit_ordinal(pd.read_csv(HERE / "data" / "ordinal_nonpo.csv"), "y ~ x + z")
    table = res.brant_frame()
    omni = ref["brant"]["omnibus"]
    assert table.loc["Omnibus", "chi2"] == pytest.approx(omni["chi2"], abs=1e-7)
    assert table.loc["Omnibus", "df"] == omni["df"]
    assert table.loc["Omnibus", "p_value"] == pytest.approx(omni["p"], abs=1e-9)
    for r_name, row in ref["brant"]["terms"].items():
        name = R_NAMES.get(r_name, r_name)
        assert table.loc[name, "chi2"] == pytest.approx(row["chi2"], abs=1e-7)
        assert table.loc[name, "p_value"] == pytest.approx(row["p"], abs=1e-9)
    assert res.fit["brant_p"] == pytest.approx(omni["p"], abs=1e-9)


def test_po_failure_is_said_plainly():
    res = fit_ordinal(pd.read_csv(HERE / "data" / "ordinal_nonpo.csv"), "y ~ x + z")
    text = " ".join(res.notes)
    assert "proportional-odds assumption fails for x" in text
    assert "z (Brant" not in text  # z satisfies the assumption (R: p = .768)
    assert "partial proportional-odds model with cut-specific odds ratios for x" in text


def test_partial_po_matches_clm_nominal_and_vglm():
    ref = REF["nonpo"]["partial"]
    res = fit_ordinal(pd.read_csv(HERE / "data" / "ordinal_nonpo.csv"), "y ~ x + z").partial
    assert res is not None and res.model == "ordinal-ppo"
    frame = res.to_frame()
    # clm nominal effects are on the threshold side: our slope = -clm's
    pairs = {"z": ("z", 1), "x [low|medium]": ("low|medium.x", -1), "x [medium|high]": ("medium|high.x", -1),
             "low|medium": ("low|medium.(Intercept)", 1), "medium|high": ("medium|high.(Intercept)", 1)}
    for ours, (theirs, sign) in pairs.items():
        assert frame.loc[ours, "estimate"] == pytest.approx(sign * ref["clm_coef"][theirs], abs=1e-6)
        assert frame.loc[ours, "std_error"] == pytest.approx(ref["clm_se"][theirs], abs=1e-6)
    assert res.fit["loglik"] == pytest.approx(ref["loglik"], abs=1e-8)
    assert res.fit["aic"] == pytest.approx(ref["aic"], abs=1e-7)
    # VGAM (Fisher scoring, default tolerance): estimates agree to ~1e-6
    vg = ref["vglm_coef"]
    assert frame.loc["x [low|medium]", "estimate"] == pytest.approx(-vg["x:1"], abs=5e-6)
    assert frame.loc["x [medium|high]", "estimate"] == pytest.approx(-vg["x:2"], abs=5e-6)
    assert frame.loc["z", "estimate"] == pytest.approx(-vg["z"], abs=5e-6)
    assert frame.loc["x [low|medium]", "odds_ratio"] == pytest.approx(np.exp(-vg["x:1"]), rel=1e-5)
    # LR test against the PO model, from the two R log-likelihoods
    lr = 2 * (ref["loglik"] - REF["nonpo"]["clm"]["loglik"])
    assert res.fit["lr_chi2"] == pytest.approx(lr, abs=1e-7)


def test_no_partial_model_when_po_holds(cohort_fit):
    assert cohort_fit.partial is None


def test_holding_assumption_is_reported(cohort_fit):
    assert any("assumption holds" in n for n in cohort_fit.notes)


def test_text_outcome_order():
    s = pd.Series(["high", "low", "medium", "low"])
    assert ordered_levels(s) == ["low", "medium", "high"]
    with pytest.raises(QuantError, match="order of the outcome"):
        ordered_levels(pd.Series(["b", "a", "c"]))
    assert ordered_levels(pd.Series(["b", "a", "c"]), ["c", "b", "a"]) == ["c", "b", "a"]


def test_two_categories_rejected():
    d = pd.DataFrame({"y": [0, 1] * 20, "x": np.arange(40.0)})
    with pytest.raises(QuantError, match="at least 3"):
        fit_ordinal(d, "y ~ x")


def test_same_estimates_as_statsmodels_ordered_model(cohort_fit):
    # The convention names statsmodels OrderedModel(distr="logit"): its BFGS
    # optimum of the same likelihood agrees with ours (to its own ~1e-4 tolerance).
    from statsmodels.miscmodels.ordinal_model import OrderedModel

    raw = cohort_fit._raw
    sm_fit = OrderedModel(raw.endog, raw.exog, distr="logit").fit(method="bfgs", disp=False, maxiter=1000, gtol=1e-8)
    k = raw.exog.shape[1]
    np.testing.assert_allclose(cohort_fit.to_frame().estimate.to_numpy()[:k], sm_fit.params[:k], atol=1e-4)
    assert sm_fit.llf == pytest.approx(cohort_fit.fit["loglik"], abs=1e-7)
