"""Bad input must give a clear QuantError, never garbage numbers or a raw traceback."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from quant.correlation import correlation_table
from quant.formatting import format_bounded, format_ci, format_estimate, format_p, stars
from quant.formula import prepare
from quant.logit import fit_logit
from quant.ols import compare_nested, fit_ols
from quant.reliability import cronbach_alpha
from quant.result import ModelResult, QuantError, Term

DATA = pd.read_csv(Path(__file__).parent / "data" / "cohort150.csv")


def test_quant_error_is_a_value_error() -> None:
    assert issubclass(QuantError, ValueError)


def test_constant_predictor_is_named() -> None:
    d = DATA.assign(const=1.0)
    with pytest.raises(QuantError, match="'const' is constant"):
        fit_ols(d, "PWB ~ LA + const")
    with pytest.raises(QuantError, match="'const' is constant"):
        fit_logit(d, "SR ~ LA + const")


def test_collinear_predictor_is_named() -> None:
    d = DATA.assign(LA2=2 * DATA["LA"])
    with pytest.raises(QuantError, match="'LA2' is a linear combination"):
        fit_ols(d, "PWB ~ LA + LA2")


def test_one_level_factor_after_deletion() -> None:
    d = DATA.assign(site="A")
    with pytest.raises(QuantError, match="only one level"):
        fit_ols(d, "PWB ~ LA + site")


def test_all_missing_column() -> None:
    d = DATA.assign(empty=np.nan)
    for call in (
        lambda: fit_ols(d, "PWB ~ LA + empty"),
        lambda: fit_logit(d, "SR ~ empty"),
        lambda: correlation_table(d, ["PWB", "empty"]),
        lambda: cronbach_alpha(d, ["pssi1", "empty"]),
    ):
        with pytest.raises(QuantError, match="'empty' has no non-missing values"):
            call()


def test_unknown_column_and_bad_reference() -> None:
    with pytest.raises(QuantError, match="'agee'.*not a column"):
        fit_ols(DATA, "PWB ~ agee")
    with pytest.raises(QuantError, match="Reference level 'Laos'"):
        fit_ols(DATA, "PWB ~ origin", reference={"origin": "Laos"})
    with pytest.raises(QuantError, match="id variable"):
        fit_ols(DATA, "PWB ~ id", types={"id": "id"})


def test_complete_separation_by_continuous_predictor() -> None:
    d = DATA.dropna(subset=["PWB"]).copy()
    d["hit"] = (d["PWB"] > d["PWB"].median()).astype(float)
    with pytest.raises(QuantError, match="[Ss]eparation"):
        fit_logit(d, "hit ~ PWB + LA")


def test_quasi_separation_by_binary_predictor_names_it() -> None:
    d = DATA.copy()
    d.loc[d["TIC"] == 1, "SR"] = 1.0  # every counselled participant succeeds
    with pytest.raises(QuantError, match="every case with TIC = 1 has SR = 1"):
        fit_logit(d, "SR ~ LA + TIC + PSSI")


def test_logit_outcome_must_be_binary() -> None:
    with pytest.raises(QuantError, match="coded 0/1"):
        fit_logit(DATA, "UNC ~ LA")


def test_nested_requires_nesting() -> None:
    with pytest.raises(QuantError, match="not nested"):
        compare_nested(DATA, ["PWB ~ LA + age", "PWB ~ LA + TIC"])


def test_prepare_unpacks_and_keeps_row_labels() -> None:
    d = DATA.set_index("id")
    sample, formula = prepare(d, "PWB ~ LA + origin", reference={"origin": "Vietnam"})
    assert formula == "PWB ~ LA + origin"
    assert list(sample["origin"].cat.categories)[0] == "Vietnam"
    assert len(sample) == 146 and "P001" in sample.index  # 4 PWB values missing
    res = fit_ols(d, "PWB ~ LA + origin", reference={"origin": "Vietnam"})
    assert set(res.influential) <= set(d.index)
    assert "origin[T.Indonesia]" in res.term_names


def test_apa_formatting() -> None:
    assert format_p(0.0081) == ".008"
    assert format_p(0.0004) == "< .001"
    assert format_p(0.9999) == "> .999"
    assert format_p(math.nan) == "n/a"
    assert format_estimate(0.214) == "0.21" and format_estimate(-0.001) == "0.00"
    assert format_bounded(0.34) == ".34" and format_bounded(-0.05) == "-.05"
    assert format_ci(0.19, 0.47) == "[0.19, 0.47]"
    assert [stars(p) for p in (0.0005, 0.005, 0.03, 0.2)] == ["***", "**", "*", ""]


def test_result_to_dict_turns_nan_into_none() -> None:
    res = ModelResult("ols", "y ~ x", 10, (Term("x", 1.5, math.nan, extra={"beta_std": 0.3}),), {"r2": math.nan})
    d = res.to_dict()
    assert d["terms"][0] == {
        "term": "x", "estimate": 1.5, "std_error": None, "statistic": None, "p_value": None,
        "ci_low": None, "ci_high": None, "beta_std": 0.3,
    }
    assert d["fit"] == {"r2": None} and d["n"] == 10
    with pytest.raises(QuantError, match="95% intervals only"):
        res.summary(alpha=0.1)


def test_separation_detector_is_quiet_on_ordinary_data() -> None:
    from quant.formula import design_matrices
    from quant.logit import _separated

    sample, formula = prepare(DATA, "SR ~ LA + TIC + PSSI + age")
    y, x = design_matrices(formula, sample)
    assert not _separated(y.iloc[:, 0].to_numpy(), x)
    x_sep = x.assign(PSSI=np.where(y.iloc[:, 0] == 1, 5.0, 1.0))
    assert _separated(y.iloc[:, 0].to_numpy(), x_sep)
