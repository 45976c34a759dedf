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


# --- CLI parity (issue 12): R reference from tests/quant/r/transforms_reference.R (R 4.2.2)
TRANSFORMS = json.loads((HERE / "quant" / "results" / "transforms_reference.json").read_text())


@pytest.fixture(scope="module")
def edu_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pandas as pd

    d = pd.read_csv(DATA)
    d["edu_num"] = d["education"].map({"none": 1, "primary": 2, "secondary": 3, "tertiary": 4})
    path = tmp_path_factory.mktemp("edu") / "cohort_edu.csv"
    d.to_csv(path, index=False)
    return path


def test_repeated_references_numeric_factor_and_robust_none_match_r(edu_csv: Path) -> None:
    proc = _cli("stats", str(edu_csv), "--model", "ols", "--formula", "PWB ~ LA + edu_num + programme",
                "--reference", "edu_num=2", "--reference", "programme=shelter", "--robust", "none", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    ref = TRANSFORMS["cli_reference"]
    names = {"(Intercept)": "Intercept", "edu_f1": "edu_num[T.1]", "edu_f3": "edu_num[T.3]",
             "edu_f4": "edu_num[T.4]", "prog_fcommunity": "programme[T.community]"}
    assert [t["term"] for t in out["terms"]] == [names.get(n, n) for n in ref["names"]]  # R's order too
    assert out["n"] == ref["n"]
    for i, term in enumerate(out["terms"]):
        assert term["estimate"] == pytest.approx(ref["coef"][i], rel=1e-6)
        assert term["std_error"] == pytest.approx(ref["se"][i], rel=1e-6)  # classical, as summary(lm)
        assert term["p_value"] == pytest.approx(ref["p"][i], rel=1e-6)
    assert out["fit"]["f_stat"] == pytest.approx(ref["f_stat"], rel=1e-6)
    assert any("edu_num is numeric" in n and "categories" in n for n in out["notes"])


def test_reference_to_an_unknown_column_is_refused(edu_csv: Path) -> None:
    proc = _cli("stats", str(edu_csv), "--model", "ols", "--formula", "PWB ~ LA + edu_num",
                "--reference", "eduction=2", "--json")
    assert proc.returncode == 2
    assert "eduction" in json.loads(proc.stdout)["error"]


def test_type_option_turns_a_column_into_a_factor(edu_csv: Path) -> None:
    proc = _cli("stats", str(edu_csv), "--model", "ols", "--formula", "PWB ~ LA + edu_num",
                "--type", "edu_num=categorical", "--json")
    assert proc.returncode == 0, proc.stderr
    terms = [t["term"] for t in json.loads(proc.stdout)["terms"]]
    assert any(t.startswith("edu_num[T.") for t in terms)


def test_per_sd_ratio_and_transforms_through_the_cli(edu_csv: Path) -> None:
    proc = _cli("stats", str(edu_csv), "--model", "count", "--family", "poisson", "--formula",
                "UNC ~ LA * PSSI + np.log(months_exit + 1) + np.sqrt(age) + I(age**2) + C(edu_num)", "--json")
    assert proc.returncode == 0, proc.stderr
    pssi = next(t for t in json.loads(proc.stdout)["terms"] if t["term"] == "PSSI")
    assert pssi["irr_per_sd"] == pytest.approx(TRANSFORMS["count"]["per_sd_PSSI"][0], rel=1e-6)
