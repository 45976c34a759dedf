"""The thematic report, read back with python-docx: map figure, APA summary table, each theme."""

from __future__ import annotations

import io

import docx
import pytest

from qualcode.core.thematic_map import NodeKind
from qualcode.services.themes import thematic_map
from qualcode.services.export import export_report_docx
from tests.services.theme_project import QUOTES, build


@pytest.fixture
def report(project, coder, tmp_path):
    b = build(project, coder.id)
    thematic_map.auto_layout(project)
    nodes = {n.ref_id: n.id for n in thematic_map.get_map(project).nodes if n.kind is NodeKind.THEME}
    thematic_map.add_link(project, nodes[b.themes["Struggling with materials"]],
                          nodes[b.themes["Demanding but worthwhile"]], "busy slides add to the load")
    path = tmp_path / "report.docx"
    export_report_docx(project, path)
    return docx.Document(str(path))


def test_structure_and_styles(report):
    styled = [(p.style.name, p.text) for p in report.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert styled == [("Title", "Thematic report"), ("Heading 1", "Thematic map"),
                      ("Heading 1", "Overview of themes"), ("Heading 1", "Demanding but worthwhile"),
                      ("Heading 1", "Struggling with materials")]
    captions = [p.text for p in report.paragraphs if p.style.name == "Caption"]
    assert captions[0].startswith("Figure 1. Thematic map") and "Table 1" in captions


def test_map_is_a_real_picture(report):
    blips = report.inline_shapes
    assert len(blips) == 1
    image = report.part.related_parts[blips[0]._inline.graphic.graphicData.pic.blipFill.blip.embed]
    from PIL import Image

    picture = Image.open(io.BytesIO(image.blob))
    assert picture.format == "PNG" and picture.mode == "RGB" and picture.width >= 800


def test_summary_table_prevalence_by_hand(report):
    table = report.tables[0]
    assert table.style.name == "Light Shading"
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows == [["Theme", "Status", "Cases", "%", "Segments", "Documents"],
                    ["Demanding but worthwhile", "candidate", "2/3", "67", "4", "1"],
                    ["Struggling with materials", "candidate", "1/3", "33", "1", "1"]]


def test_theme_sections_definition_narrative_quotes(report):
    texts = [p.text for p in report.paragraphs]
    start = texts.index("Demanding but worthwhile", texts.index("Overview of themes"))
    section = texts[start:texts.index("Struggling with materials", start)]
    assert "Definition. Students weigh the workload against what the course gives them." in section
    assert "Two of the three students find the assignments too many." in section  # narrative paragraphs
    assert "Yet both say they learn a lot." in section
    assert "Prevalence. Found in 2 of 3 cases (67 %); 4 coded segments in 1 document." in section
    assert "Codes. Workload; Value of the course." in section
    quotes = [p.text for p in report.paragraphs[start:] if p.style.name == "Quote"][:4]
    assert len(quotes) == 4
    assert f"\u201c{QUOTES['assign_id3']}\u201d\n\u2014 id3 · transcript" in quotes
