"""Units must not decide whether a model is 'separated'; true separation is still refused.

Provenance: tests/quant/r/rescaled_reference.R (R 4.2.2; ordinal::clm, glm, lpSolve for
the Konis 2007 linear program that detectseparation runs) on tests/quant/data/cohort150.csv
with PSSI / 1000, months_exit / 10000 and age / 1e5, stored in
tests/quant/results/rescaled_reference.json. Estimates, SEs and p-values to 1e-6 relative
(none is near 0).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.logit import fit_logit
from quant.ordinal import fit_ordinal
from quant.propensity import propensity_ipw
from quant.result import QuantError
from quant.separation import logit_separated, ordinal_separated

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "rescaled_reference.json").read_text())
REL = 1e-6


def _data() -> pd.DataFrame:
    d = pd.read_csv(HERE / "data" / "cohort150.csv")
    d["PSSI_k"] = d["PSSI"] / 1000
    d["months_k"] = d["months_exit"] / 10000
    d["age_k"] = d["age"] / 1e5
    d["RA_o"] = pd.Categorical(d["RA"], ["low", "medium", "high"], ordered=True)
    idn = d["id"].str.removeprefix("P").astype(int)
    d["rare"] = ((idn % 10 == 0) & (d["RA"] != "low")).astype(int)
    d["SR_sep"] = (d["PSSI"] > 3).astype(int)
    return d


def _match(res: object, ref: dict) -> None:
    got = {("(Intercept)" if t.term == "Intercept" else t.term): t for t in res.terms}  # type: ignore[attr-defined]
    assert res.nobs == ref["n"]  # type: ignore[attr-defined]
    for i, name in enumerate(ref["names"]):
        assert got[name].estimate == pytest.approx(ref["coef"][i], rel=REL), name
        assert got[name].std_error == pytest.approx(ref["se"][i], rel=REL), name
        assert got[name].p_value == pytest.approx(ref["p"][i], rel=REL), name


def test_ordinal_with_rescaled_predictors_matches_clm() -> None:
    res = fit_ordinal(_data(), "RA_o ~ LA + PSSI_k + months_k")
    _match(res, REF["ordinal"])
    assert res.fit["brant_p"] is not None  # the binary splits are not 'separated' either


def test_brant_is_unit_free() -> None:
    d = _data()
    small = fit_ordinal(d, "RA_o ~ LA + PSSI_k + months_k").fit
    plain = fit_ordinal(d, "RA_o ~ LA + PSSI + months_exit").fit
    assert small["brant_chi2"] == pytest.approx(plain["brant_chi2"], rel=1e-6)


def test_logit_with_rescaled_predictors_matches_glm() -> None:
    res = fit_logit(_data(), "SR ~ LA + PSSI_k + months_k")
    _match(res, REF["logit"])
    assert REF["logit"]["separated"] is False


def test_propensity_with_rescaled_covariates_matches_glm() -> None:
    res = propensity_ipw(_data(), "LA", ["age_k", "PSSI_k"], "PWB ~ LA")
    assert res.nobs == REF["propensity"]["n"]
    assert res.propensity.to_numpy() == pytest.approx(REF["propensity"]["ps"], rel=REL)


def test_only_brant_unavailable_fits_the_model_with_a_note() -> None:
    ref = REF["brant_unavailable"]
    assert ref["split1_separated"] is True
    res = fit_ordinal(_data(), "RA_o ~ LA + PSSI + rare")
    _match(res, ref)
    assert res.fit["brant_p"] is None
    assert any(n.startswith("Brant test not available") for n in res.notes)


def test_true_separation_is_refused_in_any_units() -> None:
    d = _data()
    assert REF["separated_logit"]["separated"] is True
    for col in ("PSSI", "PSSI_k"):
        with pytest.raises(QuantError, match="Separation"):
            fit_logit(d, f"SR_sep ~ LA + {col}")
    d["RA_sep"] = pd.Categorical(np.select([d["PSSI"] < 2.5, d["PSSI"] < 3.5], ["low", "medium"], "high"),
                                 ["low", "medium", "high"], ordered=True)
    for col in ("PSSI", "PSSI_k"):
        with pytest.raises(QuantError, match="Separation"):
            fit_ordinal(d, f"RA_sep ~ LA + {col}")


def test_lp_checks_are_scale_free() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(60, 1))
    y = (x[:, 0] + rng.normal(size=60) > 0).astype(float)
    design = np.column_stack([np.ones(60), x])
    for scale in (1e-4, 1.0, 1e4):
        assert not logit_separated(y, design * [1, scale])
        assert logit_separated((x[:, 0] > 0).astype(float), design * [1, scale])
    codes = np.digitize(x[:, 0], [-0.5, 0.5])
    assert ordinal_separated(x * 1e-3, codes, 3)
    assert not ordinal_separated(x * 1e-3, np.digitize(x[:, 0] + rng.normal(size=60), [-0.5, 0.5]), 3)
