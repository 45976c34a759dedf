"""The benchmark runner's one table and its --json form, on fake benchmarks (nothing is timed)."""

from __future__ import annotations

import json

import pytest

from benchmarks.__main__ import main

FAKE = {
    "fast": [
        {"name": "open a fake project (shell, start to exit)", "value": 0.25, "unit": "s", "target": 0.3,
         "ok": True, "peak_rss_mb": 41.6},
        {"name": "fake documents stored", "value": 1000, "unit": "docs", "target": 1000, "ok": True,
         "target_op": ">=", "peak_rss_mb": 41.6},
    ],
    "slow": [
        {"name": "export a fake report", "value": 12.5, "unit": "s", "target": "<= 10", "ok": False,
         "peak_rss_mb": 612.0},
    ],
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv, run=lambda name: [dict(r) for r in FAKE[name]], names_known=lambda: sorted(FAKE))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_one_table_with_target_measured_result_and_peak_rss(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run([], capsys)
    assert code == 1  # one figure fails
    lines = out.splitlines()
    assert lines[0].split() == ["figure", "target", "measured", "result", "peak", "RSS"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    body = {line.split("  ")[0].strip(): line.split() for line in lines[2:5]}
    fast = body["open a fake project (shell, start to exit)"]
    assert fast[-8:] == ["<=", "0.3", "s", "0.25", "s", "pass", "42", "MB"]
    assert body["fake documents stored"][-8:] == [">=", "1,000", "docs", "1,000", "docs", "pass", "42", "MB"]
    assert body["export a fake report"][-7:] == ["10", "s", "12.5", "s", "FAIL", "612", "MB"]
    assert "2 of 3 figures pass; 1 FAIL." in out
    assert "Total wall time" in lines[-1]
    assert "fast: 2 of 2 pass" in err and "slow: 0 of 1 pass" in err  # progress on stderr only


def test_json_holds_every_row_and_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["slow", "fast", "--json"], capsys)
    assert code == 1
    data = json.loads(out)
    assert [r["name"] for r in data["rows"]] == [
        "export a fake report", "open a fake project (shell, start to exit)", "fake documents stored"]
    assert [r["benchmark"] for r in data["rows"]] == ["slow", "fast", "fast"]
    assert [r["target_text"] for r in data["rows"]] == ["<= 10 s", "<= 0.3 s", ">= 1,000 docs"]
    assert data["rows"][1]["value"] == 0.25 and data["rows"][1]["peak_rss_mb"] == 41.6
    assert data["total_seconds"] >= 0


def test_all_passing_exits_zero_and_unknown_names_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["fast"], capsys)[0] == 0
    code, _, err = _run(["nope"], capsys)
    assert code == 2 and "unknown benchmark(s): nope" in err
