"""quant.propensity against R.

Reference values: tests/quant/results/propensity_reference.json, produced by
``Rscript tests/quant/r/propensity_reference.R`` (R 4.2.2: glm propensity model,
lm/glm with weights, sandwich 3.0-2 vcovHC(type = "HC0") / sandwich(), lmtest
coeftest; SMDs in base R with the cobalt/tableone definition) on
tests/quant/data/q2_cohort150_seed7.csv.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.propensity import propensity_ipw
from quant.result import QuantError

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "propensity_reference.json").read_text())
R_NAMES = {
    "(Intercept)": "Intercept", "programmeshelter": "programme[T.shelter]", "originVietnam": "origin[T.Vietnam]",
    "originPhilippines": "origin[T.Philippines]", "originother": "origin[T.other]",
}
COVARIATES = ["age", "programme", "origin", "months_exit"]
REFS = {"programme": "community", "origin": "Indonesia"}
CASES = {
    "ate_ols": ("PWB ~ LA", "ols", "ATE"),
    "ate_ols_adjusted": ("PWB ~ LA + PSSI + programme", "ols", "ATE"),
    "att_logit": ("SR ~ LA", "logit", "ATT"),
}


@pytest.fixture(scope="module")
def cohort():
    return pd.read_csv(HERE / "data" / "q2_cohort150_seed7.csv")


@pytest.mark.parametrize("case", list(CASES))
def test_matches_r(cohort, case):
    formula, kind, estimand = CASES[case]
    res = propensity_ipw(cohort, "LA", COVARIATES, formula, kind=kind, estimand=estimand, reference=REFS)
    ref = REF[case]
    assert res.nobs == ref["n"]
    frame = res.to_frame().loc[[R_NAMES.get(t, t) for t in ref["term"]]]
    for col in ("estimate", "std_error", "statistic", "p_value", "ci_low", "ci_high"):
        np.testing.assert_allclose(frame[col], ref[col], rtol=1e-8, atol=1e-10, err_msg=col)
    assert res.fit["ps_min"] == pytest.approx(ref["ps_range"][0], abs=1e-10)
    assert res.fit["weight_max"] == pytest.approx(ref["weight_range"][1], abs=1e-9)
    assert res.fit["ess_exposed"] == pytest.approx(ref["ess_exposed"], abs=1e-9)
    assert res.fit["ess_unexposed"] == pytest.approx(ref["ess_unexposed"], abs=1e-9)
    for r_name, row in ref["balance"].items():
        name = R_NAMES.get(r_name, r_name)
        assert res.balance.loc[name, "smd_before"] == pytest.approx(row["smd_before"], abs=1e-10)
        assert res.balance.loc[name, "smd_after"] == pytest.approx(row["smd_after"], abs=1e-10)
        assert res.balance.loc[name, "wmean_exposed"] == pytest.approx(row["wmean_exposed"], abs=1e-10)
    if kind == "logit":
        assert frame.loc["LA", "odds_ratio"] == pytest.approx(np.exp(ref["estimate"][1]), rel=1e-9)


def test_weights_balance_and_notes(cohort):
    res = propensity_ipw(cohort, "LA", COVARIATES, "PWB ~ LA", reference=REFS)
    # weighting must shrink the worst imbalance (R: 0.36 -> 0.026)
    assert res.fit["max_abs_smd_after"] < 0.1 < res.fit["max_abs_smd_before"]
    assert any("HC0" in n for n in res.notes)
    assert len(res.weights) == res.nobs == len(res.propensity)


def test_input_errors(cohort):
    with pytest.raises(QuantError, match="must contain the exposure"):
        propensity_ipw(cohort, "LA", COVARIATES, "PWB ~ TIC")
    with pytest.raises(QuantError, match="0/1"):
        propensity_ipw(cohort, "PSSI", ["age"], "PWB ~ PSSI")
    with pytest.raises(QuantError, match="estimand"):
        propensity_ipw(cohort, "LA", ["age"], "PWB ~ LA", estimand="ATC")
