"""correlation_table, cronbach_alpha and describe against R golden values.

Provenance: tests/quant/data/cohort150.csv (tests/quant/r/make_fixture.py) and
tests/quant/r/reference.R (R 4.2.2, psych 2.2.9) -> tests/quant/results/q1_reference.json:
cor.test(method = "pearson") and cor.test(method = "spearman", exact = FALSE) on the
pairwise-complete rows, Spearman CI = tanh(atanh(rho) -/+ qnorm(.975)/sqrt(n - 3)),
p.adjust(p, "BH"); psych::alpha(items) (pairwise) and psych::alpha(na.omit(items));
mean/sd/quantile(type 7)/t.test for descriptives.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.correlation import bh_adjust, correlation_table
from quant.descriptives import describe
from quant.reliability import cronbach_alpha

HERE = Path(__file__).parent
REF = json.loads((HERE / "results" / "q1_reference.json").read_text())
DATA = pd.read_csv(HERE / "data" / "cohort150.csv")
DATA["RA_num"] = DATA["RA"].map({"low": 1, "medium": 2, "high": 3})
VARS = ["PWB", "PSSI", "RA_num", "months_exit"]
TOL = {"rel": 1e-6, "abs": 1e-12}  # relative: a p of 4e-8 replaced by 0 must fail


@pytest.mark.parametrize("method", ["pearson", "spearman"])
def test_correlation_table_matches_cor_test(method: str) -> None:
    ref = pd.DataFrame(REF[f"corr_{method}"])
    res = correlation_table(DATA, VARS, method=method)
    f = res.to_frame()
    assert list(f.index) == [f"{a}, {b}" for a, b in zip(ref["x"], ref["y"])]
    assert f["n"].tolist() == ref["n"].tolist()
    assert f["estimate"].to_numpy() == pytest.approx(ref["r"].to_numpy(), **TOL)
    assert f["p_value"].to_numpy() == pytest.approx(ref["p"].to_numpy(), **TOL)
    assert f["ci_low"].to_numpy() == pytest.approx(ref["ci_low"].to_numpy(), **TOL)
    assert f["ci_high"].to_numpy() == pytest.approx(ref["ci_high"].to_numpy(), **TOL)
    assert f["p_bh"].to_numpy() == pytest.approx(ref["p_bh"].to_numpy(), **TOL)


def test_correlation_matrix_views() -> None:
    res = correlation_table(DATA, VARS)
    r = REF["corr_pearson"][0]["r"]  # PWB, PSSI
    assert res.matrix.loc["PSSI", "PWB"] == pytest.approx(r, **TOL)
    assert res.apa_matrix().iloc[1, 0] == f"{r:.2f}".lstrip("0") + "***"


def test_ordered_categorical_is_scored_in_order() -> None:
    d = DATA.assign(RA=pd.Categorical(DATA["RA"], ["low", "medium", "high"], ordered=True))
    res = correlation_table(d, ["PWB", "RA"], method="spearman")
    assert res.terms[0].estimate == pytest.approx(REF["corr_spearman"][1]["r"], **TOL)


def test_bh_adjust_hand_values() -> None:
    # R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.5), "BH") = 0.04 0.0533333333333333 0.0533333333333333 0.5
    assert bh_adjust([0.01, 0.04, 0.03, 0.5]).tolist() == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.5], abs=1e-12)
    out = bh_adjust([0.02, np.nan])
    assert out[0] == pytest.approx(0.02) and np.isnan(out[1])


@pytest.mark.parametrize("missing", ["pairwise", "listwise"])
def test_cronbach_alpha_matches_psych(missing: str) -> None:
    ref = REF[f"alpha_{missing}"]
    res = cronbach_alpha(DATA, ["pssi1", "pssi2", "pssi3"], missing=missing)
    assert res.fit["alpha"] == pytest.approx(ref["raw_alpha"], **TOL)
    assert res.fit["std_alpha"] == pytest.approx(ref["std_alpha"], **TOL)
    f = res.to_frame()
    for item, val in ref["r_drop"].items():
        assert f.loc[item, "estimate"] == pytest.approx(val, **TOL)
        assert f.loc[item, "alpha_if_deleted"] == pytest.approx(ref["alpha_if_deleted"][item], **TOL)
    assert any("reaches the target of 0.70" in n for n in res.notes)


def test_describe_matches_r() -> None:
    res = describe(DATA, ["PWB", "PSSI", "age", "months_exit", "UNC", "origin", "id"])
    f = res.to_frame()
    for v, ref in REF["descriptives"].items():
        row = f.loc[v]
        assert row["estimate"] == pytest.approx(ref["mean"], **TOL)
        assert row["std_error"] == pytest.approx(ref["se"], **TOL)
        assert (row["n"], row["missing"]) == (ref["n"], ref["missing"])
        for key in ("sd", "median", "q1", "q3", "min", "max", "ci_low", "ci_high"):
            assert row[key] == pytest.approx(ref[key], **TOL), (v, key)
    for level, n in REF["origin_counts"].items():
        assert f.loc[f"origin[{level}]", "n"] == n
    assert not any(t.startswith("id[") for t in f.index)  # identifiers are not tabulated
