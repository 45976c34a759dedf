"""`qualcode agreement --matrix FILE.csv`: the issue's JSON, from the user's side."""

from __future__ import annotations

import json

import pytest

from qualcode.cli.main import main

WIKI = "coder,u1,u2,u3,u4,u5,u6,u7,u8,u9,u10,u11,u12,u13,u14,u15\n" \
       "A,,,,,,3,4,1,2,1,1,3,3,,3\nB,1,,2,1,3,3,4,3,,,,,,,\nC,,,2,1,3,4,4,,2,1,1,3,3,,4\n"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize(("level", "expected"), [("nominal", 0.691358), ("interval", 0.810845)])
def test_krippendorff_json_has_exactly_the_issue_keys(tmp_path, capsys, level, expected):
    f = tmp_path / "m.csv"
    f.write_text(WIKI, encoding="utf-8")
    status, out, _ = _run(["agreement", "--matrix", str(f), "--statistic", "krippendorff", "--level", level,
                           "--json"], capsys)
    assert status == 0
    payload = json.loads(out)
    assert set(payload) == {"statistic", "value", "ci_low", "ci_high", "n_units", "n_coders"}
    assert payload["value"] == pytest.approx(expected, abs=5e-7)
    assert (payload["statistic"], payload["n_units"], payload["n_coders"]) == ("krippendorff", 12, 3)
    assert payload["ci_low"] < payload["value"] <= payload["ci_high"]


def test_cohen_weighted_on_a_semicolon_table_without_labels(tmp_path, capsys):
    # SAS 3x3 example as two coder rows; linear-weighted kappa 0.4701
    a = "1;1;1;1;1;2;2;2;2;2;2;2;2;3;3;3;3;3;3"
    b = "2;2;2;2;3;2;2;2;2;2;2;2;2;2;3;3;3;3;3"
    f = tmp_path / "sas.csv"
    f.write_text(f"{a}\n{b}\n", encoding="utf-8")
    status, out, _ = _run(["agreement", "--matrix", str(f), "--no-labels", "--statistic", "cohen",
                           "--weights", "linear", "--json"], capsys)
    assert status == 0
    assert json.loads(out)["value"] == pytest.approx(0.4701, abs=5e-5)


def test_text_output_is_one_readable_line(tmp_path, capsys):
    f = tmp_path / "m.csv"
    f.write_text("coder,u1,u2,u3,u4\nA,yes,no,yes,yes\nB,yes,no,no,yes\n", encoding="utf-8")
    status, out, _ = _run(["agreement", "--matrix", str(f), "--statistic", "percent"], capsys)
    assert status == 0
    assert out.startswith("percent: 0.750 (95% CI") and "4 units, 2 coders" in out


@pytest.mark.parametrize(("content", "argv_extra", "named"), [
    ("coder,u1,u2\nA,1,2\n", [], "at least two coders"),
    ("coder,u1,u2\nA,,\nB,,\n", [], "No coder coded any unit"),
    ("coder,u1\nA,1,2,3\nB,1\n", [], "line 2"),
    ("coder,u1,u2\nA,a,b\nB,a,a\n", ["--level", "interval"], "numeric values"),
    ("coder,u1,u2\nA,1,2\nB,1,2\nC,2,2\n", ["--statistic", "cohen"], "two coders"),
])
def test_bad_tables_are_exit_2_naming_the_problem(tmp_path, capsys, content, argv_extra, named):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    status, _out, err = _run(["agreement", "--matrix", str(f), *argv_extra], capsys)
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and named in err


def test_an_undefined_coefficient_is_null_in_json_not_nan(tmp_path, capsys):
    f = tmp_path / "same.csv"
    f.write_text("coder,u1,u2,u3\nA,1,1,1\nB,1,1,1\n", encoding="utf-8")  # one category: kappa is 0/0
    status, out, _ = _run(["agreement", "--matrix", str(f), "--statistic", "cohen", "--json"], capsys)
    assert status == 0
    payload = json.loads(out)
    assert payload["value"] is None and payload["n_units"] == 3
