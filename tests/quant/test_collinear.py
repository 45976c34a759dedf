"""Near-collinearity: aliased columns named as R's lm names them; VIF never raises.

Provenance: tests/quant/r/collinear_reference.R (R 4.2.2; sandwich, lmtest, car) on
tests/quant/data/collinear.csv, stored in tests/quant/results/collinear_reference.json.
R's lm drops a column whose residual norm falls below 1e-7 of its own (pivoted QR) and
reports it as NA; quant refuses such a model with a message naming the same columns, in
every family. (R's glm uses a tolerance of 1e-11 and so fits ``LA_near`` with an absurd
coefficient; quant applies lm's 1e-7 to every family.) A column that is close to but not
aliased (1e-4 noise) is fitted and matched to 1e-6 relative, VIFs of ~9e7 included.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.api import fit_model
from quant.diagnostics import gvif, vif_columns
from quant.formula import aliased_columns
from quant.ols import fit_ols
from quant.result import QuantError

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "collinear_reference.json").read_text())
DATA = pd.read_csv(HERE / "data" / "collinear.csv")
OUTCOME = {"ols": "PWB", "logit": "SR", "count": "UNC"}


@pytest.mark.parametrize("case,rhs", [("near", "LA + LA_near + PSSI"), ("months", "age + PSSI + age_months")])
@pytest.mark.parametrize("kind", ["ols", "logit", "count"])
def test_aliased_column_is_refused_by_name(kind: str, case: str, rhs: str) -> None:
    with pytest.raises(QuantError) as err:
        fit_model(kind, DATA, f"{OUTCOME[kind]} ~ {rhs}")
    named = re.findall(r"'([^']+)'", str(err.value))
    assert named == REF[case]["lm"]
    assert "linear combination" in str(err.value)


def test_aliased_columns_follow_lm_pivoting() -> None:
    x = np.column_stack([np.ones(len(DATA)), DATA[["LA", "LA_near", "PSSI"]].to_numpy()])
    assert aliased_columns(x) == [2]
    assert aliased_columns(np.column_stack([np.ones(len(DATA)), DATA[["LA", "PSSI"]].to_numpy()])) == []


def test_close_but_not_aliased_matches_r() -> None:
    ref = REF["close"]
    res = fit_ols(DATA, "PWB ~ LA + PSSI + PSSI_close")
    for i, name in enumerate(ref["names"]):
        t = res.term("Intercept" if name == "(Intercept)" else name)
        assert t.estimate == pytest.approx(ref["coef"][i], rel=1e-6), name
        assert t.std_error == pytest.approx(ref["se"][i], rel=1e-6), name
        assert t.p_value == pytest.approx(ref["p"][i], rel=1e-6), name
    for name, value in ref["vif"].items():
        assert res.vif[name] == pytest.approx(value[0], rel=1e-6), name


def test_vif_of_an_exactly_dependent_design_is_infinite_not_an_error() -> None:
    x = pd.DataFrame({"Intercept": 1.0, "a": DATA["age"], "b": DATA["PSSI"], "c": DATA["age_months"]})
    vif = vif_columns(x)
    assert math.isinf(vif["a"]) and math.isinf(vif["c"]) and np.isfinite(vif["b"])
    g = gvif(x, {"Intercept": slice(0, 1), "a": slice(1, 2), "b": slice(2, 3), "c": slice(3, 4)})
    assert math.isinf(g.loc["a", "gvif"])
