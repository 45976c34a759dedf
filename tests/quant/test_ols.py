"""fit_ols / compare_nested against R golden values.

Provenance: tests/quant/data/cohort150.csv (seeded synthetic cohort, written by
tests/quant/r/make_fixture.py); reference numbers from tests/quant/r/reference.R
run with R 4.2.2 (sandwich 3.0-2, lmtest 0.9-40, car 3.1-1), stored in
tests/quant/results/q1_reference.json:
lm + sandwich::vcovHC(type="HC3") + lmtest::coeftest(df = df.residual) + coefci;
standardised betas = coef(lm) on the model frame with PWB, PSSI, age, months_exit scale()d;
car::vif; cooks.distance; lmtest::bptest; qqnorm(rstandard(m)); anova(m1, m2).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.ols import compare_nested, fit_ols

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "q1_reference.json").read_text())
DATA = pd.read_csv(HERE / "data" / "cohort150.csv")
REFERENCE = {"origin": "Indonesia", "education": "primary", "programme": "community"}
F1 = "PWB ~ LA + TIC + PSSI + age + programme"
F2 = "PWB ~ LA + TIC + PSSI + age + programme + origin + education + months_exit"
TOL = {"rel": 1e-6, "abs": 1e-12}  # relative: a p of 4e-8 replaced by 0 must fail


def r_name(term: str) -> str:
    """patsy 'origin[T.Vietnam]' -> R 'originVietnam'; 'Intercept' -> '(Intercept)'."""
    if term == "Intercept":
        return "(Intercept)"
    return re.sub(r"\[T\.(.*)\]$", r"\1", term)


@pytest.fixture(scope="module", params=["ols1", "ols2"])
def case(request: pytest.FixtureRequest) -> tuple[object, dict]:
    formula = F1 if request.param == "ols1" else F2
    return fit_ols(DATA, formula, reference=REFERENCE), REF[request.param]


def test_coefficients_hc3_match_r(case: tuple) -> None:
    res, ref = case
    frame = res.to_frame()
    frame.index = [r_name(t) for t in frame.index]
    frame = frame.loc[ref["terms"]]
    for ours, theirs in [
        ("estimate", "estimate"),
        ("std_error", "std_error"),
        ("statistic", "statistic"),
        ("p_value", "p_value"),
        ("ci_low", "ci_low"),
        ("ci_high", "ci_high"),
    ]:
        assert frame[ours].to_numpy() == pytest.approx(ref[theirs], **TOL), ours
    # intercept has no standardised beta; the others match the R refit
    assert frame["beta_std"].to_numpy()[1:] == pytest.approx(ref["beta_std"][1:], **TOL)


def test_fit_statistics_match_r(case: tuple) -> None:
    res, ref = case
    assert res.nobs == ref["nobs"]
    for key in ("r2", "adj_r2", "aic", "bic", "sigma"):
        assert res.fit[key] == pytest.approx(ref[key], **TOL), key


def test_vif_and_gvif_match_car(case: tuple) -> None:
    res, ref = case
    vif = res.vif.copy()
    vif.index = [r_name(t) for t in vif.index]
    assert vif.loc[list(ref["vif_column"])].to_numpy() == pytest.approx(list(ref["vif_column"].values()), **TOL)
    gv = res.gvif.loc[ref["car_vif"]["term"]]
    assert gv["gvif"].to_numpy() == pytest.approx(ref["car_vif"]["gvif"], **TOL)
    if "df" in ref["car_vif"]:
        assert gv["df"].tolist() == ref["car_vif"]["df"]
        assert gv["gvif_adj"].to_numpy() == pytest.approx(ref["car_vif"]["gvif_adj"], **TOL)


def test_cooks_distance_and_flagged_rows_match_r(case: tuple) -> None:
    res, ref = case
    ids = DATA.loc[res.cooks_distance.index, "id"].tolist()
    assert ids == ref["cooks_ids"]
    assert res.cooks_distance.to_numpy() == pytest.approx(ref["cooks"], **TOL)
    # row labels point back to the participant in the input frame
    assert DATA.loc[list(res.influential), "id"].tolist() == ref["flagged_ids"]


def test_breusch_pagan_matches_lmtest(case: tuple) -> None:
    res, ref = case
    bp = res.breusch_pagan
    assert bp["statistic"] == pytest.approx(ref["bp_stat"], **TOL)
    assert bp["df"] == ref["bp_df"]
    assert bp["p_value"] == pytest.approx(ref["bp_p"], **TOL)


def test_residuals_and_qq_points_match_r(case: tuple) -> None:
    res, ref = case
    rf = res.residual_frame
    assert rf["residual"].to_numpy() == pytest.approx(ref["residuals"], **TOL)
    assert rf["fitted"].to_numpy() == pytest.approx(ref["fitted"], **TOL)
    assert rf["std_residual"].to_numpy() == pytest.approx(ref["std_residuals"], **TOL)
    assert rf["theoretical"].to_numpy() == pytest.approx(ref["theoretical"], **TOL)


def test_nested_delta_r2_and_f_change_match_anova() -> None:
    ref = REF["nested"]
    res = compare_nested(DATA, [F1, F2], reference=REFERENCE)
    assert res.nobs == ref["n"]
    assert all(m.nobs == ref["n"] for m in res.models)
    assert res.fit["r2_1"] == pytest.approx(ref["r2_1"], **TOL)
    assert res.fit["delta_r2"] == pytest.approx(ref["delta_r2"], **TOL)
    step = res.terms[0]
    assert step.statistic == pytest.approx(ref["f"], **TOL)
    assert step.p_value == pytest.approx(ref["p"], **TOL)
    assert (step.extra["df_num"], step.extra["df_den"]) == (ref["df_num"], ref["df_den"])


def test_model1_on_own_sample_differs_from_nested_sample() -> None:
    """Model 1 alone uses more rows (143) than on model 2's sample (138): the convention matters."""
    alone = fit_ols(DATA, F1, reference=REFERENCE)
    assert alone.nobs == REF["ols1"]["nobs"] == 143
    assert alone.fit["r2"] != pytest.approx(REF["nested"]["r2_1"], abs=1e-4)


def test_reference_levels_and_notes() -> None:
    res = fit_ols(DATA, F2, reference=REFERENCE)
    assert "origin[T.Vietnam]" in res.term_names
    assert not any("origin[T.Indonesia]" == t for t in res.term_names)
    assert any("Standardised beta" in n and "z-scored" in n for n in res.notes)
    auto = fit_ols(DATA, "PWB ~ LA + origin")
    # Indonesia is the most frequent origin (53 of 150) -> default reference, with a note
    assert "origin[T.Indonesia]" not in auto.term_names
    assert any("Reference level of origin: Indonesia" in n for n in auto.notes)


def test_nonrobust_covariance_gives_classical_se() -> None:
    """Classical SEs differ from HC3 (guards against silently ignoring cov_type)."""
    hc3 = fit_ols(DATA, F1, reference=REFERENCE)
    ols = fit_ols(DATA, F1, reference=REFERENCE, cov_type="nonrobust")
    assert hc3.term("PSSI").estimate == pytest.approx(ols.term("PSSI").estimate, abs=1e-12)
    assert hc3.term("PSSI").std_error != pytest.approx(ols.term("PSSI").std_error, abs=1e-4)


def test_to_dict_is_json_ready() -> None:
    res = fit_ols(DATA, F1, reference=REFERENCE)
    d = json.loads(json.dumps(res.to_dict(), allow_nan=False))
    assert d["model"] == "ols" and d["n"] == 143
    assert {"r2", "adj_r2", "aic"} <= set(d["fit"])
    la = next(t for t in d["terms"] if t["term"] == "LA")
    assert la["beta_std"] == pytest.approx(REF["ols1"]["beta_std"][1], **TOL)
    assert "LA" in str(res.summary()) and "<table>" in res.summary().as_html()
    assert np.isfinite(res.to_frame().loc["LA", "beta_std"])
