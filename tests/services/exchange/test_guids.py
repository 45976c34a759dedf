"""A re-export keeps the GUIDs the other tool gave (so its objects are recognised), never twice."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from qualcode.io.refi import guid_key, read_qdpx
from qualcode.services.exchange import export_refi, import_refi
from tests.io.refi.refi_files import project_xml, qdpx

DATA = Path(__file__).parents[2] / "data" / "refi"
SOURCE = """<TextSource guid="aaaaaaaa-0000-0000-0000-000000000001" name="Interview 1" plainTextPath="internal://one.txt"/>"""


def test_codebook_guids_survive_a_re_export(project, tmp_path):
    path = DATA / "REFI-QDA-1-5_AnnexA1_codebook.qdc"
    wanted = {e.get("name"): e.get("guid") for e in etree.parse(str(path)).getroot().iter("{*}Code")}
    import_refi(project, path)
    out = tmp_path / "again.qdpx"
    export_refi(project, out)
    assert {c.name: c.guid for c in read_qdpx(out).codes} == wanted


def test_a_file_imported_twice_does_not_give_one_guid_to_two_documents(project, tmp_path):
    path = qdpx(tmp_path / "s.qdpx", project_xml(SOURCE), {"sources/one.txt": "hello"})
    import_refi(project, path)
    import_refi(project, path)
    out = tmp_path / "again.qdpx"
    export_refi(project, out)
    sources = read_qdpx(out).sources
    assert len(sources) == 2 and len({guid_key(s.guid) for s in sources}) == 2
    assert guid_key("aaaaaaaa-0000-0000-0000-000000000001") in {guid_key(s.guid) for s in sources}
