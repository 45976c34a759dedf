"""quant.synthetic: the cohort has the seed study's variables, scales and effect directions.

The expected directions come from the seed paper (seed-paper-beyond-rescue.txt,
Tables 8-9 and section 1.2): LA, TIC and PSSI raise PWB, SR and RA and lower
UNC; UNC is over-dispersed (alpha ~ .41); the PSSI items have alpha >= .70.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from quant.formula import VARIABLE_TYPES
from quant.reliability import cronbach_alpha
from quant.synthetic import cohort_variable_types, make_cohort


def test_columns_types_and_ids():
    d = make_cohort(150, seed=0)
    types = cohort_variable_types()
    assert list(d.columns) == list(types)
    assert set(types.values()) <= set(VARIABLE_TYPES)
    assert d["participant_id"].iloc[0] == "S001" and d["participant_id"].iloc[-1] == "S150"
    assert d["participant_id"].is_unique
    assert list(d["RA"].cat.categories) == ["low", "medium", "high"] and d["RA"].cat.ordered
    assert set(d["origin"].dropna()) <= {"Indonesia", "Vietnam", "Philippines", "other"}
    assert set(d["programme"]) == {"shelter", "community"}
    for col in ("LA", "TIC", "SR"):
        assert set(d[col].dropna()) <= {0.0, 1.0}
    unc = d["UNC"].dropna()
    assert (unc >= 0).all() and (unc == np.round(unc)).all()
    # PSSI is the mean of its three 1-5 items
    items = d[["pssi1", "pssi2", "pssi3"]]
    np.testing.assert_allclose(d["PSSI"], items.mean(axis=1, skipna=False))
    assert items.stack().dropna().between(1, 5).all()


def test_seed_determinism():
    pd.testing.assert_frame_equal(make_cohort(80, seed=3), make_cohort(80, seed=3))
    assert not make_cohort(80, seed=3)["PWB"].equals(make_cohort(80, seed=4)["PWB"])


def test_missingness_rate_and_mar():
    big = make_cohort(6000, seed=1, missing_rate=0.05)
    assert big[["PWB", "TIC", "SR", "UNC", "months_exit"]].isna().mean().between(0.035, 0.065).all()
    assert big["PSSI"].isna().mean() < 0.10  # the paper's <= 10% threshold
    assert big[["age", "LA", "origin", "programme"]].notna().all().all()
    # MAR: community participants skip more (depends on observed programme)
    by_prog = big["PWB"].isna().groupby(big["programme"]).mean()
    assert by_prog["community"] > by_prog["shelter"]
    assert make_cohort(100, missing_rate=0).notna().all().all()


def test_reliability_of_pssi_items():
    d = make_cohort(2000, seed=2, missing_rate=0)
    alpha = cronbach_alpha(d, ["pssi1", "pssi2", "pssi3"]).fit["alpha"]
    assert 0.70 <= alpha <= 0.80


@pytest.fixture(scope="module")
def big():
    d = make_cohort(4000, seed=9, missing_rate=0)
    d["RA_level"] = d["RA"].cat.codes
    return d


def test_effect_directions(big):
    ols = smf.ols("PWB ~ LA + TIC + PSSI", big).fit()
    assert (ols.params[["LA", "TIC", "PSSI"]] > 0).all()
    logit = smf.logit("SR ~ LA + TIC + PSSI + RA_level", big).fit(disp=0)
    assert (logit.params[["LA", "TIC", "PSSI", "RA_level"]] > 0).all()
    unc = smf.negativebinomial("UNC ~ LA + PSSI", big).fit(disp=0, method="newton")
    assert unc.params["LA"] < 0 and unc.params["PSSI"] < 0
    assert 0.3 < unc.params["alpha"] < 0.55
    # counselling raises rights awareness: higher RA more common with TIC
    assert big.loc[big.TIC == 1, "RA_level"].mean() > big.loc[big.TIC == 0, "RA_level"].mean()
    # confounding for the IPW check: shelter residents get legal aid more often
    assert big.groupby("programme")["LA"].mean()["shelter"] > big.groupby("programme")["LA"].mean()["community"]


def test_bad_arguments():
    with pytest.raises(ValueError):
        make_cohort(0)
    with pytest.raises(ValueError):
        make_cohort(10, missing_rate=0.7)
