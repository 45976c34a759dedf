"""The panel's worker job (``run_analysis`` on the panel's spec), without widgets, checked against
statsmodels/scipy directly."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats
from statsmodels.stats.outliers_influence import OLSInfluence

from qualcode.core.analysis_spec import AnalysisSpec, formula_name, propose_family
from qualcode.core.errors import ValidationError
from qualcode.services.mixed.analysis import AnalysisRun, DataTable, run_analysis
from qualcode.ui.analysis.result_table import format_run, term_label, term_variable
from quant.synthetic import cohort_variable_types, make_cohort


@pytest.fixture(scope="module")
def cohort() -> pd.DataFrame:
    df = make_cohort(150, seed=11)
    df["case"] = df["participant_id"]
    return df


TYPES = cohort_variable_types()


def run_regression(frame: pd.DataFrame, spec: AnalysisSpec) -> AnalysisRun:
    return run_analysis(spec, DataTable(frame, TYPES))


def panel_spec(family: str, outcome: str, *blocks: tuple[str, ...]) -> AnalysisSpec:
    return AnalysisSpec.from_blocks(family, outcome, blocks, robust="HC3" if family == "ols" else None)


def test_family_follows_the_outcome_type():
    assert [propose_family(t) for t in ("continuous", "binary", "ordinal", "count", "categorical")] == [
        "ols", "logit", "ordinal", "count", None]


def test_columns_that_are_not_identifiers_are_quoted():
    assert formula_name("PWB") == "PWB"
    assert formula_name("well being (1-5)") == 'Q("well being (1-5)")'
    spec = panel_spec("ols", "well being", ("age", "a b"))
    assert spec.model_formula() == 'Q("well being") ~ age + Q("a b")'
    assert term_label('Q("a b")', {"a b": "A and B"}) == "A and B"
    assert term_label("programme[T.shelter]") == "programme: shelter"
    assert term_variable("programme[T.shelter]", ["programme"]) == "programme"


def test_ols_hc3_and_cooks_distance_match_statsmodels(cohort):
    spec = panel_spec("ols", "PWB", ("LA", "TIC", "PSSI"))
    run = run_regression(cohort, spec)
    sample = cohort.dropna(subset=["PWB", "LA", "TIC", "PSSI"])
    x = sm.add_constant(sample[["LA", "TIC", "PSSI"]].astype(float))
    ref = sm.OLS(sample["PWB"].astype(float), x).fit(cov_type="HC3", use_t=True)
    for name in ("LA", "TIC", "PSSI"):
        t = run.result.term(name)
        assert t.estimate == pytest.approx(ref.params[name], abs=1e-10)
        assert t.std_error == pytest.approx(ref.bse[name], abs=1e-10)
        assert t.p_value == pytest.approx(ref.pvalues[name], abs=1e-10)
    cooks = OLSInfluence(sm.OLS(sample["PWB"].astype(float), x).fit()).cooks_distance[0]
    assert [k for k, _d in run.plots.cooks] == list(sample["case"])  # case keys, not row numbers
    assert np.allclose([d for _k, d in run.plots.cooks], cooks, atol=1e-10)
    assert run.plots.cooks_threshold == pytest.approx(4 / len(sample))
    resid = ref.resid.to_numpy()
    assert np.allclose([r for _f, r in run.plots.residuals], resid)
    assert run.diagnostics["bp_p"] == pytest.approx(
        sm.stats.diagnostic.het_breuschpagan(resid, x.to_numpy())[1], abs=1e-10)  # studentised (Koenker)
    assert run.n_rows == 150 and run.result.nobs == len(sample)
    assert not run.plots.log_scale and [r[0] for r in run.plots.forest] == ["LA", "TIC", "PSSI"]


def test_logit_roc_and_auc_match_mann_whitney(cohort):
    run = run_regression(cohort, panel_spec("logit", "SR", ("LA", "PSSI")))
    sample = cohort.dropna(subset=["SR", "LA", "PSSI"])
    x = sm.add_constant(sample[["LA", "PSSI"]].astype(float))
    ref = sm.Logit(sample["SR"].astype(float), x).fit(disp=False)
    p = ref.predict()
    y = sample["SR"].to_numpy()
    u = stats.mannwhitneyu(p[y == 1], p[y == 0]).statistic
    assert run.plots.auc == pytest.approx(u / ((y == 1).sum() * (y == 0).sum()), abs=1e-10)
    assert run.plots.roc[0] == (0.0, 0.0) and run.plots.roc[-1] == (1.0, 1.0)
    assert run.plots.log_scale
    forest = {r[0]: r[1:] for r in run.plots.forest}
    assert forest["LA"][0] == pytest.approx(math.exp(ref.params["LA"]), rel=1e-7)
    assert run.plots.cooks == () and run.plots.qq == ()
    table = format_run(run)
    assert table.header[:4] == ("Term", "OR", "95% CI", "p") and "Intercept" not in table.terms


def test_nested_blocks_give_delta_r2_on_the_common_sample(cohort):
    spec = panel_spec("ols", "PWB", ("PSSI",), ("LA", "TIC"))
    run = run_regression(cohort, spec)
    sample = cohort.dropna(subset=["PWB", "PSSI", "LA", "TIC"])
    y = sample["PWB"].astype(float)
    r2_small = sm.OLS(y, sm.add_constant(sample[["PSSI"]].astype(float))).fit().rsquared
    r2_big = sm.OLS(y, sm.add_constant(sample[["PSSI", "LA", "TIC"]].astype(float))).fit().rsquared
    assert run.nested is not None
    assert run.nested.fit["delta_r2"] == pytest.approx(r2_big - r2_small, abs=1e-12)
    assert "Model 2 vs Model 1: ΔR²" in format_run(run).fit_line


def test_count_family_choice_is_passed_through(cohort):
    run = run_regression(cohort, panel_spec("poisson", "UNC", ("LA", "PSSI")))
    sample = cohort.dropna(subset=["UNC", "LA", "PSSI"])
    x = sm.add_constant(sample[["LA", "PSSI"]].astype(float))
    ref = sm.GLM(sample["UNC"].astype(float), x, family=sm.families.Poisson()).fit()
    assert run.result.model == "poisson"
    assert run.result.term("LA").extra["irr"] == pytest.approx(math.exp(ref.params["LA"]), rel=1e-7)
    assert format_run(run).header[1] == "IRR"


def test_user_errors_are_sentences(cohort):
    with pytest.raises(ValidationError, match="Add at least one predictor"):
        run_regression(cohort, panel_spec("ols", "PWB"))
    with pytest.raises(ValidationError, match="outcome; it cannot also be a predictor"):
        run_regression(cohort, panel_spec("ols", "PWB", ("PWB", "LA")))
