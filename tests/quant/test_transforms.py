"""Formula transforms and numeric-coded factors in every model family, against R.

Provenance: tests/quant/r/transforms_reference.R (R 4.2.2; sandwich, lmtest, ordinal)
on tests/quant/data/cohort150.csv with ``edu_num`` = education coded 1..4, stored in
tests/quant/results/transforms_reference.json. The formula has ``np.log(x + 1)``,
``np.sqrt``, ``I(x**2)``, ``C(numeric)`` and an interaction; OLS standardised betas are
lm.beta's (every non-0/1 design column z-scored). Everything is compared to 1e-6
relative (no stored value here is near 0).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.api import fit_model

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "transforms_reference.json").read_text())
RHS = "LA * PSSI + np.log(months_exit + 1) + np.sqrt(age) + I(age**2) + C(edu_num)"
OUTCOME = {"ols": "PWB", "logit": "SR", "count": "UNC", "ordinal": "RA_o"}
REL = 1e-6


def _data() -> pd.DataFrame:
    d = pd.read_csv(HERE / "data" / "cohort150.csv")
    d["edu_num"] = d["education"].map({"none": 1, "primary": 2, "secondary": 3, "tertiary": 4})
    d["RA_o"] = pd.Categorical(d["RA"], ["low", "medium", "high"], ordered=True)
    return d


def r_name(term: str) -> str:
    """patsy column name -> R's model.matrix name."""
    if term == "Intercept":
        return "(Intercept)"
    term = term.replace("np.log(", "log(").replace("np.sqrt(", "sqrt(").replace("I(age ** 2)", "I(age^2)")
    return re.sub(r"^C\(edu_num\)\[T\.(\d+)(?:\.0)?\]$", r"factor(edu_num)\1", term)


@pytest.mark.parametrize("kind", ["ols", "logit", "count", "ordinal"])
def test_transformed_terms_match_r(kind: str) -> None:
    opts = {"family": "poisson"} if kind == "count" else {}
    res = fit_model(kind, _data(), f"{OUTCOME[kind]} ~ {RHS}", **opts)
    ref = REF[kind]
    assert res.nobs == ref["n"]
    got = {r_name(t.term): t for t in res.terms}
    assert set(ref["names"]) <= set(got), sorted(set(ref["names"]) - set(got))
    for i, name in enumerate(ref["names"]):
        t = got[name]
        assert t.estimate == pytest.approx(ref["coef"][i], rel=REL), name
        assert t.std_error == pytest.approx(ref["se"][i], rel=REL), name
        assert t.p_value == pytest.approx(ref["p"][i], rel=REL), name


def test_ols_standardised_betas_are_lm_beta_on_design_columns() -> None:
    res = fit_model("ols", _data(), f"PWB ~ {RHS}")
    got = {r_name(t.term): t.extra.get("beta_std") for t in res.terms}
    ref = REF["ols"]
    for name, beta in zip(ref["names"][1:], ref["beta_std"][1:]):
        assert got[name] == pytest.approx(beta, rel=REL), name
    assert any("log(months_exit + 1)" in n and "z-scored" in n for n in res.notes)


@pytest.mark.parametrize("kind", ["ols", "logit", "count", "ordinal"])
def test_transforms_survive_multiple_imputation(kind: str) -> None:
    opts = {"family": "poisson"} if kind == "count" else {}
    res = fit_model(kind, _data(), f"{OUTCOME[kind]} ~ {RHS}", impute=3, seed=1, **opts)
    names = {r_name(t.term) for t in res.terms}
    assert {"log(months_exit + 1)", "sqrt(age)", "I(age^2)", "factor(edu_num)2", "LA:PSSI"} <= names
    assert all(np.isfinite(t.estimate) and np.isfinite(t.std_error) for t in res.terms)
    if kind == "ols":
        assert all(np.isfinite(t.extra["beta_std"]) for t in res.terms if t.term != "Intercept")


@pytest.mark.parametrize("kind", ["ols", "logit", "count", "ordinal"])
def test_terms_come_in_r_order(kind: str) -> None:
    # patsy alone would put C(edu_num) before LA; R keeps the formula's order
    opts = {"family": "poisson"} if kind == "count" else {}
    res = fit_model(kind, _data(), f"{OUTCOME[kind]} ~ {RHS}", **opts)
    ours = [r_name(t.term) for t in res.terms if "|" not in t.term]
    assert ours == [n for n in REF[kind]["names"] if "|" not in n]


def test_ols_overall_f_is_summary_lm() -> None:
    fit = fit_model("ols", _data(), f"PWB ~ {RHS}").fit
    ref = REF["ols"]
    assert (fit["f_df1"], fit["f_df2"]) == (ref["f_df1"], ref["f_df2"])
    assert fit["f_stat"] == pytest.approx(ref["f_stat"], rel=REL)
    assert fit["f_p"] == pytest.approx(ref["f_p"], rel=REL)


@pytest.mark.parametrize("kind,key", [("count", "irr_per_sd"), ("ordinal", "or_per_sd")])
def test_per_sd_ratio_for_ordinal_and_count(kind: str, key: str) -> None:
    opts = {"family": "poisson"} if kind == "count" else {}
    res = fit_model(kind, _data(), f"{OUTCOME[kind]} ~ {RHS}", **opts)
    extra = res.term("PSSI").extra
    got = [extra[key], extra[f"{key}_low"], extra[f"{key}_high"]]
    assert got == pytest.approx(REF[kind]["per_sd_PSSI"], rel=REL)
