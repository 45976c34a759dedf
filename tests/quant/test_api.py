"""quant.api.fit_model end to end: every model family on make_cohort(150) -> JSON."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from quant.api import KINDS, fit_model
from quant.result import QuantError
from quant.synthetic import cohort_variable_types, make_cohort

REQUIRED_FIT = {
    "ols": {"r2", "adj_r2", "aic"},
    "logit": {"aic", "auc", "auc_ci_low", "auc_ci_high", "brier", "hl_stat", "hl_p"},
    "ordinal": {"aic", "brant_p"},
    "count": {"aic", "alpha", "lr_alpha_p"},
    "alpha": {"alpha"},
}
PLAN = [
    ("descriptives", None, {}),
    ("corr", "PWB + PSSI + RA_level + months_exit", {}),
    ("corr", "PWB + PSSI + RA_level + months_exit", {"method": "spearman"}),
    ("alpha", "pssi1 + pssi2 + pssi3", {}),
    ("ols", "PWB ~ LA + TIC + PSSI + age + origin + education + months_exit + programme",
     {"reference": {"origin": "Indonesia", "education": "primary", "programme": "community"}}),
    ("logit", "SR ~ LA + TIC + PSSI + RA_level + age", {}),
    ("ordinal", "RA ~ LA + TIC + PSSI + months_exit", {}),
    ("count", "UNC ~ LA + TIC + PSSI + months_exit", {}),
]


@pytest.fixture(scope="module")
def cohort():
    d = make_cohort(150, seed=0)
    d["RA_level"] = d["RA"].cat.codes.astype(float).where(d["RA"].notna())
    return d


@pytest.fixture(scope="module")
def types():
    t = cohort_variable_types()
    t["RA_level"] = "continuous"  # "per level" of rights awareness, as Table 9
    return t


@pytest.mark.parametrize("kind,formula,opts", PLAN, ids=[f"{p[0]}-{i}" for i, p in enumerate(PLAN)])
def test_every_family_is_json_ready(cohort, types, kind, formula, opts):
    res = fit_model(kind, cohort, formula, types=types, **opts)
    d = res.to_dict()
    text = json.dumps(d, allow_nan=False)  # NaN must have become null
    back = json.loads(text)
    assert {"model", "n", "formula", "terms", "fit", "notes"} <= set(back)
    assert back["terms"] and all({"term", "estimate", "std_error", "p_value", "ci_low", "ci_high"} <= set(t)
                                 for t in back["terms"])
    key = kind if kind in REQUIRED_FIT else None
    if key:
        assert REQUIRED_FIT[key] <= set(back["fit"]), set(back["fit"])
    assert 0 < back["n"] <= 150
    str(res.summary())  # renders


@pytest.mark.parametrize("kind,formula", [("ols", "PWB ~ LA + TIC + PSSI"), ("logit", "SR ~ LA + TIC + PSSI"),
                                          ("ordinal", "RA ~ LA + TIC + PSSI"), ("count", "UNC ~ LA + PSSI")])
def test_imputed_models_are_json_ready(cohort, kind, formula):
    res = fit_model(kind, cohort, formula, impute=3, seed=4)
    back = json.loads(json.dumps(res.to_dict(), allow_nan=False))
    assert back["model"] == f"mi-{kind}"
    assert back["n"] == 150
    assert {"fmi", "cc_estimate", "cc_std_error"} <= set(back["terms"][0])


def test_expected_terms_and_extras(cohort, types):
    ols = fit_model("ols", cohort, "PWB ~ LA + origin", reference={"origin": "Vietnam"})
    assert "origin[T.Indonesia]" in ols.term_names and "beta_std" in ols.to_dict()["terms"][1]
    count = fit_model("count", cohort, "UNC ~ LA + PSSI", family="poisson")
    assert count.model == "poisson" and "irr" in count.to_dict()["terms"][1]
    ordinal = fit_model("ordinal", cohort, "RA ~ LA + TIC")
    assert ordinal.term("TIC").extra["odds_ratio"] > 0


def test_dispatch_errors(cohort):
    assert set(KINDS) == {"corr", "ols", "logit", "ordinal", "count", "alpha", "descriptives"}
    with pytest.raises(QuantError, match="Unknown analysis"):
        fit_model("anova", cohort, "PWB ~ LA")
    with pytest.raises(QuantError, match="formula"):
        fit_model("ols", cohort, None)
    with pytest.raises(QuantError, match="OLS only"):
        fit_model("logit", cohort, "SR ~ LA", robust="HC3")
    with pytest.raises(QuantError, match="regression"):
        fit_model("corr", cohort, "PWB + PSSI", impute=5)
    with pytest.raises(QuantError, match="not a column"):
        fit_model("corr", cohort, "PWB + nonsense")


def test_robust_option_reaches_ols(cohort):
    classic = fit_model("ols", cohort, "PWB ~ LA + PSSI", robust="nonrobust").term("LA").std_error
    hc3 = fit_model("ols", cohort, "PWB ~ LA + PSSI").term("LA").std_error
    assert classic != hc3 and isinstance(pd.Series([classic]).iloc[0], float)
