"""`qualcode stats` on a CSV gives R's numbers end to end (file reading, types, model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent.parent
DATA = HERE / "quant" / "data" / "cohort150.csv"
# Produced by tests/quant/r/reference.R (R 4.2.2, sandwich 3.0-2, lmtest 0.9-40) on the same file.
REFERENCE = json.loads((HERE / "quant" / "results" / "q1_reference.json").read_text())


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qualcode", *args], capture_output=True, text=True, timeout=120)


def test_ols_hc3_through_the_cli_matches_r():
    proc = _cli("stats", str(DATA), "--model", "ols", "--formula", "PWB ~ LA + TIC + PSSI + age + programme",
                "--robust", "HC3", "--reference", "programme=community", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    ref = REFERENCE["ols1"]
    names = {"(Intercept)": "Intercept", "programmeshelter": "programme[T.shelter]"}
    terms = {t["term"]: t for t in out["terms"]}
    assert out["n"] == ref["nobs"] == 143
    for i, r_name in enumerate(ref["terms"]):
        term = terms[names.get(r_name, r_name)]
        for key in ("estimate", "std_error", "p_value", "ci_low", "ci_high"):
            assert term[key] == pytest.approx(ref[key][i], abs=1e-6, rel=1e-6), (r_name, key)
    assert out["fit"]["adj_r2"] == pytest.approx(ref["adj_r2"], abs=1e-9)


def test_bad_formula_is_a_one_line_error_naming_the_variable():
    proc = _cli("stats", str(DATA), "--model", "ols", "--formula", "PWB ~ nosuchvar", "--json")
    assert proc.returncode == 2
    assert "nosuchvar" in json.loads(proc.stdout)["error"]
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_data_file_is_a_clear_error(tmp_path):
    proc = _cli("stats", str(tmp_path / "nope.csv"), "--model", "corr", "--variables", "a", "b")
    assert proc.returncode == 2 and "nope.csv" in proc.stderr


def test_stats_on_a_project_uses_its_linked_case_table(tmp_path):
    from quant.synthetic import make_cohort

    cohort = make_cohort(60, seed=3)
    csv = tmp_path / "survey.csv"
    cohort.to_csv(csv, index=False)
    project = tmp_path / "p.qcproj"
    assert _cli("new", str(project)).returncode == 0
    proc = _cli("survey", str(project), str(csv), "--id", "participant_id", "--create-cases", "--json")
    assert proc.returncode == 0, proc.stderr
    proc = _cli("stats", str(project), "--model", "ols", "--formula", "PWB ~ LA + PSSI", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    # the same model straight on the generator's frame: the project round trip must not change the data
    from quant.ols import fit_ols

    direct = fit_ols(cohort, "PWB ~ LA + PSSI")
    assert out["n"] == direct.nobs
    assert [t["term"] for t in out["terms"]] == [term.term for term in direct.terms]
    for term in direct.terms:
        got = next(t for t in out["terms"] if t["term"] == term.term)
        assert got["estimate"] == pytest.approx(term.estimate, rel=1e-9)


def test_a_correlation_table_runs_through_the_same_spec():
    import pandas as pd

    proc = _cli("stats", str(DATA), "--model", "corr", "--variables", "PWB", "PSSI", "--method", "spearman",
                "--json")
    assert proc.returncode == 0, proc.stderr
    pair = pd.read_csv(DATA)[["PWB", "PSSI"]].dropna()
    estimate = json.loads(proc.stdout)["terms"][0]["estimate"]
    assert estimate == pytest.approx(pair["PWB"].corr(pair["PSSI"], method="spearman"), rel=1e-9)


def test_robust_errors_on_a_logit_are_a_one_line_error():
    proc = _cli("stats", str(DATA), "--model", "logit", "--formula", "SR ~ LA", "--robust", "HC3", "--json")
    assert proc.returncode == 2
    assert "OLS" in json.loads(proc.stdout)["error"]
    assert len(proc.stderr.strip().splitlines()) == 1
