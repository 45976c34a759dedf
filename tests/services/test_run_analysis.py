"""One spec, one run: the panel's blocks, a saved analysis and ``qualcode stats`` fit the same model.

Checked against statsmodels directly, with the stored form of specs older projects hold.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.errors import ValidationError
from qualcode.services.mixed.analysis import DataTable, default_reference_level, run_analysis
from quant.result import ModelFamily
from quant.synthetic import cohort_variable_types, make_cohort


@pytest.fixture(scope="module")
def table() -> DataTable:
    frame = make_cohort(150, seed=11)
    frame["case"] = frame["participant_id"]
    return DataTable(frame, cohort_variable_types())


def test_panel_blocks_are_stored_as_nested_formulas_and_read_back_from_json():
    spec = AnalysisSpec.from_blocks("ols", "PWB", [["PSSI"], [], ["PSSI"], ["LA", "PSSI", "TIC"]], name=" m ")
    assert (spec.kind, spec.predictors, spec.nested, spec.robust) == ("ols", ("PSSI", "LA", "TIC"),
                                                                      ("PWB ~ PSSI",), None)
    assert spec.formulas() == ("PWB ~ PSSI", "PWB ~ PSSI + LA + TIC")
    assert AnalysisSpec.from_json(0, "m", spec.to_json()) == spec
    poisson = AnalysisSpec.from_blocks("poisson", "UNC", [["LA"], ["PSSI"]], robust="HC3", seed=7)
    # one kind "count" with the family as an option; no nested models or robust SEs outside OLS
    assert (poisson.kind, dict(poisson.options), poisson.nested, poisson.robust) == (
        "count", {"family": "poisson", "seed": 7}, (), None)
    assert poisson.family == "poisson" and poisson.family_label == "Poisson regression"


def test_a_spec_saved_by_an_older_version_still_loads_and_runs(table):
    stored = {"kind": "count", "outcome": "", "predictors": [], "formula": 'UNC ~ LA + Q("PSSI")',
              "reference": {}, "robust": None, "impute": None, "nested": [], "options": {"family": "negbin"},
              "unit": "case", "survey_table": None, "note": ""}
    spec = AnalysisSpec.from_json(3, "old", stored)
    assert spec.family == "negbin"
    result = run_analysis(spec, table).result
    assert result.family is ModelFamily.NEGBIN and result.model == "negbin"


def test_columns_that_are_not_identifiers_are_quoted_not_refused(table):
    frame = table.frame.rename(columns={"PWB": "well being", "PSSI": "social.support"})
    spec = AnalysisSpec.from_blocks("ols", "well being", [["social.support", "LA"]], name="quoted")
    assert spec.validate().model_formula() == 'Q("well being") ~ Q("social.support") + LA'
    result = run_analysis(spec, DataTable(frame, {}), extras=False).result
    direct = run_analysis(AnalysisSpec.from_blocks("ols", "PWB", [["PSSI", "LA"]]), table, extras=False).result
    assert result.term("LA").estimate == pytest.approx(direct.term("LA").estimate, rel=1e-12)


def test_ols_and_its_nested_models_use_hc3_unless_told_otherwise(table):
    sample = table.frame.dropna(subset=["PWB", "PSSI", "LA", "TIC"])
    for robust, cov_type in ((None, "HC3"), ("nonrobust", "nonrobust")):
        spec = AnalysisSpec.from_blocks("ols", "PWB", [["PSSI"], ["LA", "TIC"]], robust=robust)
        run = run_analysis(spec, table)
        full = smf.ols("PWB ~ PSSI + LA + TIC", data=sample).fit(cov_type=cov_type)
        small = smf.ols("PWB ~ PSSI", data=sample).fit(cov_type=cov_type)
        assert run.result.term("LA").std_error == pytest.approx(full.bse["LA"], rel=1e-9)
        assert run.nested is not None
        assert run.nested.models[0].term("PSSI").std_error == pytest.approx(small.bse["PSSI"], rel=1e-9)


def test_results_say_their_family_and_plot_on_the_reported_scale(table):
    logit = run_analysis(AnalysisSpec.from_blocks("logit", "SR", [["LA", "PSSI"]]), table)
    sample = table.frame.dropna(subset=["SR", "LA", "PSSI"])
    ref = sm.Logit(sample["SR"].astype(float), sm.add_constant(sample[["LA", "PSSI"]].astype(float))).fit(disp=False)
    assert logit.result.family is ModelFamily.LOGIT
    assert (logit.plots.forest_label, logit.plots.log_scale) == ("Odds ratio", True)
    assert {r[0]: r[1] for r in logit.plots.forest}["LA"] == pytest.approx(math.exp(ref.params["LA"]), rel=1e-7)
    ols = run_analysis(AnalysisSpec.from_blocks("ols", "PWB", [["LA"]]), table)
    assert ols.result.family is ModelFamily.OLS and not ols.plots.log_scale and ols.plots.roc == ()


def test_a_pooled_count_model_reports_incidence_rate_ratios(table):
    spec = AnalysisSpec.from_blocks("poisson", "UNC", [["LA", "PSSI"]], impute=3)
    run = run_analysis(spec, table)
    assert run.result.model == "mi-count" and run.result.family is ModelFamily.POISSON
    assert run.plots.forest_label == "Incidence rate ratio" and run.plots.log_scale
    la = run.result.term("LA")
    assert {r[0]: r[1] for r in run.plots.forest}["LA"] == pytest.approx(math.exp(la.estimate), rel=1e-9)


def test_table_analyses_run_through_the_same_spec(table):
    corr = run_analysis(AnalysisSpec(0, "", "corr", predictors=("PWB", "PSSI"), options={"method": "spearman"}),
                        table, extras=False).result
    sample = table.frame[["PWB", "PSSI"]].dropna()
    assert corr.terms[0].estimate == pytest.approx(sample["PWB"].corr(sample["PSSI"], method="spearman"), rel=1e-9)


@pytest.mark.parametrize(("spec", "message"), [
    (AnalysisSpec(0, "", "ols", "PWB"), "Add at least one predictor"),
    (AnalysisSpec(0, "", "ols", "", ("LA",)), "Choose an outcome"),
    (AnalysisSpec(0, "", "ols", "PWB", ("PWB", "LA")), "cannot also be a predictor"),
    (AnalysisSpec(0, "", "logit", "SR", ("LA",), robust="HC3"), "OLS models only"),
    (AnalysisSpec(0, "", "corr", impute=5, predictors=("PWB", "PSSI")), "not to 'corr'"),
    (AnalysisSpec(0, "", "probit", "SR", ("LA",)), "'probit'"),
])
def test_specs_that_cannot_run_are_refused_with_a_sentence(table, spec, message):
    with pytest.raises(ValidationError, match=message):
        run_analysis(spec, table)


def test_only_regressions_can_be_saved():
    with pytest.raises(ValidationError, match="'corr'"):
        AnalysisSpec(0, "correlations", "corr", predictors=("PWB", "PSSI")).validate()


def test_the_proposed_reference_level_is_quants_most_frequent_level_with_ties_in_level_order():
    frame = pd.DataFrame({"g": ["b", "c", "a", "b", "a", None], "o": pd.Categorical(
        ["hi", "lo", "lo", "lo", "hi", "hi"], categories=["lo", "hi"], ordered=True)})
    assert default_reference_level(DataTable(frame), "g") == "a"  # a and b tie: level order decides
    assert default_reference_level(DataTable(frame), "o") == "lo"  # ordered: the lowest level
    assert default_reference_level(DataTable(frame.assign(g=None)), "g") == ""
