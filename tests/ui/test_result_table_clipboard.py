"""Copying a result table for a spreadsheet: a survey variable named like a formula stays text."""

from __future__ import annotations

from qualcode.ui.analysis.result_table import ResultTable


def test_tsv_escapes_cells_a_spreadsheet_would_run():
    table = ResultTable(
        title="Table 1", header=("Predictor", "b", "p"),
        rows=(("=HYPERLINK(\"http://x\")", "-0.25", ".010"), ("@SUM(A1)", "1.20", "< .001"), ("Age", "0.03", ".5")),
        terms=("x", "y", "Age"), fit_line="R2 = .10", notes=(),
    )
    lines = table.to_tsv().splitlines()
    assert lines[2].split("\t")[0] == "'=HYPERLINK(\"http://x\")"
    assert lines[2].split("\t")[1] == "-0.25"  # a negative number stays a number
    assert lines[3].split("\t")[0] == "'@SUM(A1)"
    assert lines[4] == "Age\t0.03\t.5"
