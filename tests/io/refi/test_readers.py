"""Reading the REFI-QDA files other tools write: the spec's codebooks, ATLAS.ti, tolerant forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from qualcode.core.errors import InputFileError
from qualcode.io.refi import guid_key, read_qdc, read_qdpx
from tests.io.refi.refi_files import project_xml, qdpx

DATA = Path(__file__).parents[2] / "data" / "refi"


def _xml_codes(path: Path) -> list[tuple[str, str]]:
    root = etree.parse(str(path)).getroot()
    return [(e.get("name"), e.get("guid")) for e in root.iter("{*}Code")]


def _flat(codes):  # depth-first (name, guid)
    out = []
    for c in codes:
        out.append((c.name, c.guid))
        out.extend(_flat(c.children))
    return out


@pytest.mark.parametrize("name", ["REFI-QDA-1-5_AnnexA1_codebook.qdc", "portableQDA_REFI-QDA-1-5_with_empty_Sets.qdc"])
def test_spec_codebooks_read_every_code_with_its_guid(name):
    project = read_qdc(DATA / name)
    assert _flat(project.codes) == _xml_codes(DATA / name)
    economy = next(c for c in project.codes if c.name == "Economy")
    assert economy.color == "#ffff00"
    assert economy.description == "Anything about jobs or taxes or business"
    assert not next(c for c in project.codes if c.name == "Topics").is_codable


def test_empty_sets_is_accepted_and_reported():
    project = read_qdc(DATA / "portableQDA_REFI-QDA-1-5_with_empty_Sets.qdc")
    assert project.sets == []
    assert any("Sets" in a for a in project.report.adaptations)


def test_atlas_ti_23_project_users_and_nested_codes():
    path = DATA / "ponte_atlasti23_target-atlas-project.qdpx"
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(path).read("project.qde"))
    project = read_qdpx(path)
    assert [(u.name, u.guid) for u in project.users] == [(u.get("name"), u.get("guid")) for u in root.iter("{*}User")]
    assert _flat(project.codes) == [(e.get("name"), e.get("guid")) for e in root.iter("{*}Code")]
    assert len(project.codes) == 1 and len(project.codes[0].children) == 2


def test_braced_and_unbraced_guids_compare_equal():
    assert guid_key("{5215cc69-b628-4e02-afb9-9beeaee55808}") == guid_key("5215CC69-B628-4E02-AFB9-9BEEAEE55808")


def _source(path_attr: str, start: int, end: int) -> str:
    return f"""<TextSource guid="aaaaaaaa-0000-0000-0000-000000000001" name="Interview 1" {path_attr}>
      <PlainTextSelection guid="aaaaaaaa-0000-0000-0000-000000000002" startPosition="{start}" endPosition="{end}">
        <Coding guid="aaaaaaaa-0000-0000-0000-000000000003">
          <CodeRef targetGUID="9FA9BCB7-5B59-47A9-8C3E-F65CFFDC7520"/></Coding>
      </PlainTextSelection></TextSource>"""


@pytest.mark.parametrize("attr, member", [
    ('plainTextPath="internal://one.txt"', "sources/one.txt"),
    ('plainTextPath="one.txt"', "sources/one.txt"),
    ('plainTextPath="internal://one.txt"', "Sources/one.txt"),
    ('plainTextPath="internal://ONE.txt"', "sources/one.txt"),
])
def test_plain_text_path_forms_and_folder_case(tmp_path, attr, member):
    raw = "Line one\r\nI worry about rent\r\n"
    start = raw.index("worry")
    path = qdpx(tmp_path / "s.qdpx", project_xml(_source(attr, start, start + len("worry about rent"))),
                {member: raw})
    source = read_qdpx(path).sources[0]
    sel = source.selections[0]
    assert source.text[sel.start:sel.end] == "worry about rent"
    assert "\r" not in source.text


def test_qde_named_after_the_project_and_old_namespace(tmp_path):
    xml = project_xml(_source('plainTextPath="internal://a.txt"', 0, 3), ns="urn:QDA-XML:project:0:4")
    path = qdpx(tmp_path / "Study.qdpx", xml, {"sources/a.txt": "abcdef"}, qde_name="Study.qde")
    project = read_qdpx(path)
    assert project.sources[0].selections[0].end == 3
    assert any("Study.qde" in a for a in project.report.adaptations)


def test_duplicate_names_under_different_parents_are_both_kept(tmp_path):
    path = qdpx(tmp_path / "d.qdpx", project_xml(""))
    project = read_qdpx(path)
    names = [[k.name for k in c.children] for c in project.codes]
    assert names == [["Worry"], ["Worry"]]
    assert project.codes[1].children[0].description == "as attr"
    assert project.report.adaptations


def test_unkept_elements_are_counted(tmp_path):
    sources = ('<PDFSource guid="bbbbbbbb-0000-0000-0000-000000000001" name="scan.pdf">'
               '<PDFSelection guid="bbbbbbbb-0000-0000-0000-000000000002" page="1" firstX="0" firstY="0" '
               'secondX="1" secondY="1"/></PDFSource>'
               '<PictureSource guid="bbbbbbbb-0000-0000-0000-000000000003" name="p.png"/>')
    path = qdpx(tmp_path / "u.qdpx", project_xml(sources))
    report = read_qdpx(path).report
    assert report.not_kept["PDF sources"] == 1
    assert report.not_kept["selections in PDF sources"] == 1
    assert report.not_kept["picture sources"] == 1


def test_docx_source_used_when_plain_text_is_missing(tmp_path):
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("I worry about rent")
    buffer = io.BytesIO()
    document.save(buffer)
    attr = 'richTextPath="internal://one.docx"'
    path = qdpx(tmp_path / "r.qdpx", project_xml(_source(attr, 2, 7)), {"sources/one.docx": buffer.getvalue()})
    project = read_qdpx(path)
    source = project.sources[0]
    assert source.text.startswith("I worry about rent")
    assert source.text[2:7] == "worry"
    assert any("docx" in a for a in project.report.adaptations)


def test_a_source_with_no_text_is_reported_not_kept(tmp_path):
    path = qdpx(tmp_path / "m.qdpx", project_xml(_source('plainTextPath="internal://gone.txt"', 0, 3)))
    report = read_qdpx(path).report
    assert report.not_kept["text sources whose text is not in the archive"] == 1
    assert report.not_kept["selections of those sources"] == 1


def test_a_codebook_that_is_not_one_is_refused(tmp_path):
    path = tmp_path / "x.qdc"
    path.write_text("<html><body/></html>")
    with pytest.raises(InputFileError, match="x.qdc"):
        read_qdc(path)


def test_old_codebook_namespace_and_description_attribute(tmp_path):
    path = tmp_path / "old.qdc"
    path.write_text('<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:0:4"><Codes>'
                    '<Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="Money" isCodable="true" '
                    'description="About money"/></Codes></CodeBook>')
    project = read_qdc(path)
    assert [(c.name, c.description) for c in project.codes] == [("Money", "About money")]
    assert any("attribute" in a for a in project.report.adaptations)


def test_a_bom_in_the_plain_text_is_not_counted_and_is_reported(tmp_path):
    raw = "\ufeffI worry\r\n".encode()
    path = qdpx(tmp_path / "b.qdpx", project_xml(_source('plainTextPath="internal://a.txt"', 2, 7)),
                {"sources/a.txt": raw})
    project = read_qdpx(path)
    source = project.sources[0]
    assert source.text[source.selections[0].start:source.selections[0].end] == "worry"
    assert any("byte-order mark" in a for a in project.report.adaptations)
