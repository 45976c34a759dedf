"""End to end on the demo project: import -> code -> themes -> link -> every model family
(through saved analyses) -> joint display -> Word; and a re-coding changes the numbers."""

from __future__ import annotations

import docx
import numpy as np
import pytest
import statsmodels.formula.api as smf

from qualcode.services.demo import demo_text
from qualcode.services.coding.segments import remove_codings
from qualcode.services.demo.build_demo import SEED, build_demo
from qualcode.services.mixed.joint_displays import list_joint_displays
from qualcode.services.mixed.joint_export import export_case_table, export_joint_displays_docx
from qualcode.services.mixed.joint_view import compute_joint_display
from qualcode.services.mixed.linking import build_case_table
from qualcode.services.coding.retrieval import segment_rows
from qualcode.services.mixed.saved_analyses import find_analysis, list_analyses, run_saved_analysis, run_saved_nested
from quant.synthetic import make_cohort


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "Demo.qcproj"
    project = build_demo(path)  # how fast: benchmarks/project_bench.py
    yield project
    project.close()


def test_demo_builds_with_the_planned_corpus(demo):
    project = demo
    with project.unit_of_work() as uow:
        headers = uow.documents.list_headers()
        title = uow.meta.get("title", "")
    assert "SYNTHETIC" in title
    names = sorted(h[1] for h in headers)
    assert len(names) == 27 + 24 + 3
    assert sum(n.startswith("KI") for n in names) == 24 and sum(n.startswith("FG") for n in names) == 3
    table = build_case_table(project)
    # 27 interviewees + 3 focus groups x 6 survivors link to survey rows; key informants do not
    assert len(table.summary.matched) == 45
    assert set(table.summary.cases_without_row) == {f"KI{i:02d}" for i in range(1, 25)}
    assert len(table.summary.rows_without_case) == 150 - 45


def test_codings_land_on_the_sentences_written_for_them(demo):
    project = demo
    templates = {code: demo_text.SURVIVOR_CODED.get(code, ()) + demo_text.KI_CODED.get(code, ())
                 for code in {*demo_text.SURVIVOR_CODED, *demo_text.KI_CODED}}
    rows = segment_rows(project)
    assert len(rows) > 300
    for row in rows:
        code = row["code"]
        if code.startswith("In vivo/"):
            assert row["text"] == code.split("/", 1)[1]
            continue
        stems = [t.split("{")[0].replace("[[", "").replace("]]", "") for t in templates[code]]
        assert any(row["text"].startswith(s[:25]) or s == "" for s in stems), (code, row["text"])


def _cohort_frame():
    df = make_cohort(150, seed=SEED)
    df["programme"] = df["programme"].astype(str)
    return df


def test_every_model_family_runs_from_saved_analyses_and_matches_statsmodels(demo):
    project = demo
    table = build_case_table(project)
    models = {a.name: run_saved_analysis(project, a.id, table=table) for a in list_analyses(project)}
    families = {r.model for r in models.values()}
    assert {"ols", "logit", "ordinal"} <= families and families & {"poisson", "negbin"}
    # the survey went through CSV import unchanged: refit Table 9 directly on the generator's frame
    df = _cohort_frame()
    sr = models["Table 9: reintegration (logit)"]
    direct = smf.logit("SR ~ C(RA, levels=['low', 'medium', 'high']) + LA + TIC + PSSI + age + months_exit",
                       data=df).fit(disp=0)
    assert sr.nobs == int(direct.nobs)
    assert sr.term("LA").estimate == pytest.approx(direct.params["LA"], rel=1e-6)
    assert sr.term("LA").extra["odds_ratio"] == pytest.approx(np.exp(direct.params["LA"]), rel=1e-6)
    nested = run_saved_nested(project, find_analysis(project, "Table 8: well-being (OLS, HC3)").id, table=table)
    small = smf.ols("PWB ~ LA + TIC + PSSI + age + months_exit", data=df.dropna(
        subset=["PWB", "LA", "TIC", "PSSI", "age", "months_exit", "origin", "education", "programme"])).fit()
    assert nested.fit["r2_1"] == pytest.approx(small.rsquared, rel=1e-9)
    # quantitized themes as predictors: only interviewed survivors enter
    themed = models["Themes as predictors: well-being"]
    assert themed.nobs <= 45


def test_joint_display_word_export_and_live_link(demo, tmp_path):
    project = demo
    displays = {d.name: d for d in list_joint_displays(project)}
    side = compute_joint_display(project, displays["Support domains: survey results beside themes"].id)
    legal = side.side_rows[0]
    assert legal.quant is not None and legal.quant.effect == "OR" and legal.quant.term == "LA"
    assert legal.quotes and legal.cases_total == 45
    out = tmp_path / "joint.docx"
    export_joint_displays_docx(project, out)
    doc = docx.Document(str(out))
    headers = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    assert headers[0] == ["Domain", "Quantitative result", "Theme (cases)", "Exemplar quotes", "Meta-inference"]
    assert headers[1][0] == "Theme" and headers[1][1].startswith("LA: yes")
    body = doc.tables[0].rows[1].cells
    ci = f"[{legal.quant.ci_low:.2f}, {legal.quant.ci_high:.2f}]"
    assert ci in body[1].text and legal.quotes[0].text in body[3].text and "Confirm" in body[4].text

    # statistics by themes, counted independently: linked LA=1 cases with a segment of the theme's codes
    by_la = displays["Themes by legal aid"]
    view = compute_joint_display(project, by_la.id)
    rights_row = next(r for r in view.stats_rows if r.theme == "Finally having rights")
    df = _cohort_frame()
    la_yes = set(df.loc[df["LA"] == 1, "participant_id"])
    theme_codes = ("Legal support/Legal aid", "Legal support/Access to justice", "Legal support/Legal literacy",
                   "In vivo/I had some rights")
    rows = [r for r in segment_rows(project) if r["code"] in theme_codes]
    cases = {r["case"] for r in rows if r["case"] in la_yes}
    assert rights_row.cells[0].n == len(cases)

    # re-code: remove one LA=yes survivor's rights segments -> case table and cell drop by one
    victim = sorted(cases)[0]
    remove_codings(project, [r["segment_id"] for r in rows if r["case"] == victim])
    table = build_case_table(project).frame.set_index("case")
    assert table.loc[victim, "theme_finally_having_rights_any"] == 0
    after = compute_joint_display(project, by_la.id)
    row_after = next(r for r in after.stats_rows if r.theme == "Finally having rights")
    assert row_after.cells[0].n == len(cases) - 1
    assert row_after.cells[1].n == rights_row.cells[1].n


def test_case_table_exports_read_back(demo, tmp_path):
    import pandas as pd
    import pyreadstat

    project = demo
    for suffix in ("csv", "xlsx", "sav"):
        export_case_table(project, tmp_path / f"cases.{suffix}")
    csv = pd.read_csv(tmp_path / "cases.csv")
    sav, meta = pyreadstat.read_sav(str(tmp_path / "cases.sav"))
    assert len(csv) == len(sav) == 150 + 24  # survey rows + key informants without a row
    assert meta.column_names_to_labels["theme_counselling_that_listens_any"] == "Counselling that listens (present)"
    xlsx = pd.read_excel(tmp_path / "cases.xlsx", sheet_name="variables")
    assert "theme_being_a_person_again_cov" in set(xlsx["name"])
