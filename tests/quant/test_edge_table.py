"""Edge cases a researcher meets: each gives R's result or one clear sentence.

R's answers: tests/quant/r/edge_reference.R (R 4.2.2; ordinal) stored in
tests/quant/results/edge_reference.json, plus the separation and aliasing fixtures
(rescaled_reference.json, collinear_reference.json). "Sentence" rows assert a
:class:`QuantError` (never another exception, which the CLI would report as a bug)
with one line that names the column or value. R rows compare to 1e-6 relative.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from quant.api import fit_model
from quant.result import QuantError

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "edge_reference.json").read_text())
SEP = json.loads((HERE / "results" / "rescaled_reference.json").read_text())
ALIAS = json.loads((HERE / "results" / "collinear_reference.json").read_text())


def _data() -> pd.DataFrame:
    d = pd.read_csv(HERE / "data" / "cohort150.csv")
    d["const"] = 1.0
    d["allna"] = np.nan
    d["allna_text"] = pd.Series([None] * len(d), dtype=object)
    d["zero"] = 0
    d["txt"] = d["PSSI"].astype(str).where(d["PSSI"].notna(), None)
    d.loc[3, "txt"] = "n/a"
    d["SR_str"] = pd.Series(np.where(d["SR"] == 1, "yes", "no"), dtype=object).where(d["SR"].notna(), None)
    d["RA4"] = pd.Categorical(d["RA"], ["low", "medium", "high", "very high"], ordered=True)
    d["SR_sep"] = (d["PSSI"] > 3).astype(int)
    d["LA2"] = 2 * d["LA"]
    return d


# (case, kind, formula, regex of the one sentence) -- R has no finite answer for these
SENTENCES = [
    ("separation", "logit", "SR_sep ~ LA + PSSI", r"^Separation: .*infinite"),
    ("constant predictor", "ols", "PWB ~ LA + const", r"'const' is constant"),
    ("collinear predictor", "ols", "PWB ~ LA + LA2", r"'LA2' is a linear combination"),
    ("all-missing predictor", "ols", "PWB ~ LA + allna", r"'allna' has no non-missing values"),
    ("all-missing in corr", "corr", "PWB + allna", r"'allna' has no non-missing values"),
    ("all-missing text in corr", "corr", "PWB + allna_text", r"'allna_text' has no non-missing values"),
    ("all-zero counts", "count", "zero ~ LA + PSSI", r"'zero' is 0 for every case"),
    ("text in a numeric predictor", "ols", "PWB ~ LA + txt", r"'txt' holds numbers but also text \('n/a'\)"),
    ("text in a numeric outcome", "ols", "txt ~ LA", r"'txt' holds numbers but also text"),
    ("text in corr", "corr", "PWB + txt", r"'txt' holds numbers but also text \('n/a'\)"),
    ("unknown variable", "ols", "PWB ~ LA + nosuch", r"'nosuch', which is not a column"),
    ("unknown variable in corr", "corr", "PWB + nosuch", r"'nosuch' is not a column"),
]


@pytest.mark.parametrize("case,kind,formula,message", SENTENCES, ids=[c[0] for c in SENTENCES])
def test_edge_case_gives_one_clear_sentence(case: str, kind: str, formula: str, message: str) -> None:
    with pytest.raises(QuantError, match=message) as err:
        fit_model(kind, _data(), formula)
    assert "\n" not in str(err.value)


def test_n_smaller_than_p_is_one_sentence() -> None:
    # R's lm returns NA for the coefficients it cannot estimate (TIC, months_exit)
    assert REF["n_lt_p"]["na_coef"] == ["TIC", "months_exit"]
    with pytest.raises(QuantError, match=r"Only 4 complete cases for 6 coefficients"):
        fit_model("ols", _data().head(4), "PWB ~ LA + PSSI + age + TIC + months_exit")


def test_separation_and_aliasing_agree_with_r() -> None:
    assert SEP["separated_logit"]["separated"] is True
    assert ALIAS["near"]["lm"] == ["LA_near"]


def _match(res: Any, ref: dict) -> None:
    got = {("(Intercept)" if t.term == "Intercept" else t.term): t for t in res.terms}
    assert res.nobs == ref["n"]
    for i, name in enumerate(ref["names"]):
        assert got[name].estimate == pytest.approx(ref["coef"][i], rel=1e-6), name
        assert got[name].std_error == pytest.approx(ref["se"][i], rel=1e-6), name
        assert got[name].p_value == pytest.approx(ref["p"][i], rel=1e-6), name


def test_string_logit_outcome_is_coded_as_r_codes_a_factor() -> None:
    res = fit_model("logit", _data(), "SR_str ~ LA + PSSI")
    _match(res, REF["string_logit"])
    assert any("coded 1 = 'yes', 0 = 'no'" in n for n in res.notes)


def test_empty_ordinal_category_is_dropped_as_clm_does() -> None:
    res = fit_model("ordinal", _data(), "RA4 ~ LA + PSSI")
    _match(res, REF["empty_category"])
    assert any("very high" in n and "dropped" in n for n in res.notes)


def test_all_missing_column_in_descriptives_is_na_as_in_r() -> None:
    res = fit_model("descriptives", _data(), "PWB + allna")
    row = {t.term: t for t in res.terms}["allna"]
    assert math.isnan(row.estimate)
    assert any("allna has no non-missing values" in n for n in res.notes)
