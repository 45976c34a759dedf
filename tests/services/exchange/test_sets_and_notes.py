"""Sets, notes on selections and unreferenced notes from another tool: kept, and written back."""

from __future__ import annotations

from qualcode.io.refi import guid_key, read_qdpx
from qualcode.services.exchange import export_refi, import_refi
from tests.io.refi.refi_files import project_xml, qdpx

SOURCE = """<TextSource guid="aaaaaaaa-0000-0000-0000-000000000001" name="Interview 1" plainTextPath="internal://one.txt">
  <PlainTextSelection guid="aaaaaaaa-0000-0000-0000-000000000002" startPosition="10" endPosition="15">
    <Coding guid="aaaaaaaa-0000-0000-0000-000000000003"><CodeRef targetGUID="9FA9BCB7-5B59-47A9-8C3E-F65CFFDC7520"/></Coding>
    <NoteRef targetGUID="cccccccc-0000-0000-0000-000000000001"/>
  </PlainTextSelection>
  <PlainTextSelection guid="aaaaaaaa-0000-0000-0000-000000000004" startPosition="0" endPosition="4">
    <NoteRef targetGUID="cccccccc-0000-0000-0000-000000000002"/>
  </PlainTextSelection>
</TextSource>"""
EXTRA = """<Notes>
  <Note guid="cccccccc-0000-0000-0000-000000000001" name="why"><PlainTextContent>strong word</PlainTextContent></Note>
  <Note guid="cccccccc-0000-0000-0000-000000000002" name="intro"><PlainTextContent>greeting</PlainTextContent></Note>
  <Note guid="cccccccc-0000-0000-0000-000000000003" name="loose"><PlainTextContent>free memo</PlainTextContent></Note>
</Notes>
<Links><Link guid="dddddddd-0000-0000-0000-000000000001" originGUID="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520"
   targetGUID="7c108712-b650-4892-ac0b-fc9a10190c3b"/></Links>
<Sets><Set guid="eeeeeeee-0000-0000-0000-000000000001" name="Worries">
  <MemberCode targetGUID="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520"/>
  <MemberSource targetGUID="{aaaaaaaa-0000-0000-0000-000000000001}"/>
  <MemberNote targetGUID="cccccccc-0000-0000-0000-000000000003"/>
</Set></Sets>"""


def test_sets_notes_and_links(project, tmp_path):
    path = qdpx(tmp_path / "other.qdpx", project_xml(SOURCE, extra=EXTRA), {"sources/one.txt": "Hi there\r\nworry a lot"})
    report = import_refi(project, path).value
    assert report.counts["sets"] == 1
    assert report.not_kept["links between objects (QualCode has no links)"] == 1
    assert report.not_kept["set members that are not codes or documents kept here (notes, missing objects)"] == 1
    with project.unit_of_work() as uow:
        segments = uow.segments.all()
        doc = uow.documents.all()[0]
        memos = {(m.target.value, m.title): m.text for m in uow.memos.list()}
    assert [(doc.text[s.span.start:s.span.end], s.memo) for s in segments] == [("worry", "strong word")]
    assert memos[("project", "loose")] == "free memo"
    assert "greeting" in memos[("document", "intro")] and "'Hi t'" in memos[("document", "intro")]
    out = tmp_path / "again.qdpx"
    written = export_refi(project, out).value
    assert written.counts["sets"] == 1
    back = read_qdpx(out)
    names = {guid_key(c.guid): c.name for top in back.codes for c in (top, *top.children)}
    (worries,) = back.sets
    assert worries.name == "Worries"
    assert [names[guid_key(g)] for g in worries.code_guids] == ["Worry"]
    assert [s.name for s in back.sources if s.guid in worries.source_guids] == ["Interview 1"]
