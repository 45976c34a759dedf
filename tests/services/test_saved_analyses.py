"""Saved analyses: stored specs survive reopening, undo restores the same id, runs follow the data."""

from __future__ import annotations

import pytest
import statsmodels.formula.api as smf

from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.errors import ValidationError
from qualcode.services.projects import load_project
from qualcode.services.mixed.saved_analyses import (
    delete_analysis,
    list_analyses,
    restore_analysis,
    run_saved_analysis,
    save_analysis,
    update_analysis,
)
from qualcode.services.corpus.surveys import import_survey
from quant.synthetic import make_cohort


@pytest.fixture
def surveyed(project, tmp_path):
    df = make_cohort(80, seed=3, missing_rate=0)
    df.to_csv(tmp_path / "s.csv", index=False)
    import_survey(project, tmp_path / "s.csv", "participant_id")
    return df


def test_spec_round_trip_and_undo_keep_the_id(project, tmp_path):
    spec = AnalysisSpec(0, "PWB model", "ols", "PWB", ("LA", "PSSI"), robust="HC3", reference={"origin": "other"},
                        nested=("PWB ~ LA",), options={"seed": 4})
    saved = save_analysis(project, spec).value
    location = project.location
    project.close()
    reopened = load_project(location)
    try:
        again = list_analyses(reopened)[0]
        assert (again.id, again.name, again.predictors, again.robust, dict(again.reference), again.nested) == (
            saved.id, "PWB model", ("LA", "PSSI"), "HC3", {"origin": "other"}, ("PWB ~ LA",))
        old = delete_analysis(reopened, saved.id).value
        assert list_analyses(reopened) == []
        assert restore_analysis(reopened, old).value.id == saved.id
        with pytest.raises(ValidationError):
            save_analysis(reopened, spec)  # same name
        before = update_analysis(reopened, AnalysisSpec(saved.id, "PWB model", "ols", "PWB", ("LA",))).value
        assert before.predictors == ("LA", "PSSI")
    finally:
        reopened.close()


@pytest.mark.parametrize("bad", [
    AnalysisSpec(0, "", "ols", "PWB"),
    AnalysisSpec(0, "x", "probit", "SR"),
    AnalysisSpec(0, "x", "logit", "SR", ("LA",), robust="HC3"),
    AnalysisSpec(0, "x", "logit", "SR", formula="SR LA"),
    AnalysisSpec(0, "x", "ols", "PWB", ("LA",), options={"evil": 1}),
])
def test_invalid_specs_are_refused(project, bad):
    with pytest.raises(ValidationError):
        save_analysis(project, bad)


def test_run_matches_statsmodels_hc3_on_the_imported_survey(project, surveyed):
    spec = save_analysis(project, AnalysisSpec(0, "m", "ols", "PWB", ("LA", "TIC", "PSSI"), robust="HC3")).value
    result = run_saved_analysis(project, spec.id)
    direct = smf.ols("PWB ~ LA + TIC + PSSI", data=surveyed).fit(cov_type="HC3")
    assert result.nobs == 80
    for term in ("LA", "TIC", "PSSI"):
        assert result.term(term).estimate == pytest.approx(direct.params[term], rel=1e-8)
        assert result.term(term).std_error == pytest.approx(direct.bse[term], rel=1e-8)


def test_a_column_that_disappeared_is_named(project, surveyed):
    spec = save_analysis(project, AnalysisSpec(0, "m", "logit", "SR", ("theme_gone_any",))).value
    with pytest.raises(ValidationError, match="theme_gone_any"):
        run_saved_analysis(project, spec.id)
