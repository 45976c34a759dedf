"""Every coefficient against the base-R implementations in tests/agreement/r/agreement_reference.R.

The R script is written from the papers independently of quant.agreement (pairs of values
loop for Krippendorff, explicit table loops for Cohen); its output is stored beside it as
agreement_reference_out.csv (R 4.2.2). Bootstrap intervals (Holsti, Krippendorff) depend on
numpy's generator and are not compared; analytic standard errors and intervals are.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from quant.agreement.compute import compute

R_DIR = Path(__file__).parent / "r"


def _rows() -> list[dict[str, str]]:
    with open(R_DIR / "agreement_reference_out.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _matrix(fixture: str) -> list[list[str | float | None]]:
    with open(R_DIR / f"{fixture}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    cells = [r[1:] for r in rows]
    numeric = all(c == "" or c.lstrip("-").replace(".", "", 1).isdigit() for r in cells for c in r)
    return [[None if c == "" else (float(c) if numeric else c) for c in r] for r in cells]


def _num(text: str) -> float:
    return math.nan if text in ("", "NA") else float(text)


ROWS = _rows()


def test_the_r_output_covers_every_statistic_and_fixture():
    assert {r["statistic"] for r in ROWS} == {"percent", "fleiss", "brennan-prediger", "gwet", "cohen",
                                              "krippendorff", "holsti"}
    assert len({r["fixture"] for r in ROWS}) == 5


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['fixture']}-{r['statistic']}-{r['option']}" for r in ROWS])
def test_matches_r(row):
    kwargs = {"level": row["option"]} if row["statistic"] == "krippendorff" else (
        {"weights": row["option"]} if row["option"] else {})
    result = compute(row["statistic"], _matrix(row["fixture"]), **kwargs)
    assert result.value == pytest.approx(_num(row["value"]), abs=1e-9)
    if row["std_error"] not in ("", "NA"):
        assert result.details["std_error"] == pytest.approx(_num(row["std_error"]), abs=1e-9)
        low = _num(row["ci_low"])
        if row["statistic"] == "percent":
            low = max(low, 0.0)
        elif row["statistic"] == "cohen":
            low = max(low, -1.0)
        assert result.ci_low == pytest.approx(low, abs=1e-9)
        assert result.ci_high == pytest.approx(_num(row["ci_high"]), abs=1e-9)
