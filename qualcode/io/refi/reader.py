"""Read REFI-QDA codebooks (.qdc) and projects (.qdpx) into :mod:`qualcode.io.refi.model`.

Tolerant of what tools really write: any namespace (``urn:QDA-XML:codebook:0:4``, ``…:1:0``,
none), an empty ``<Sets/>``, a Description given as an attribute, ``plainTextPath`` with or
without ``internal://``, a lowercase ``sources/``, a ``.qde`` named after the project, a docx
source when the plain text is missing, braced or unbraced GUIDs, CRLF/LF/CR line ends. What
was adapted and what could not be kept is counted in ``project.report``.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from qualcode.core.errors import InputFileError
from qualcode.io.refi.archive import (
    MAX_QDE_BYTES,
    MAX_SOURCE_BYTES,
    RefiArchive,
    read_archive,
)
from qualcode.io.refi.model import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiLink,
    RefiNote,
    RefiProject,
    RefiReport,
    RefiSelection,
    RefiSet,
    RefiTextSource,
    RefiUser,
    RefiVariable,
)
from qualcode.io.refi.positions import normalise_with_map
from qualcode.io.transcripts.xml_safety import parse_xml

MAX_QDC_BYTES = 64 * 1024**2
EXTENSION_MEMBER = "qualcode/extension.json"
_NOT_TEXT = {"PictureSource": "picture sources", "PDFSource": "PDF sources", "AudioSource": "audio sources",
             "VideoSource": "video sources"}


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _kids(el: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if el is None else [c for c in el if _tag(c) == name]


def _kid(el: etree._Element | None, name: str) -> etree._Element | None:
    found = _kids(el, name)
    return found[0] if found else None


def _description(el: etree._Element, report: RefiReport) -> str:
    child = _kid(el, "Description")
    if child is not None:
        return child.text or ""
    if el.get("description") is not None:
        report.adapt("Description given as an attribute, read as the element")
        return el.get("description") or ""
    return ""


def _refs(el: etree._Element, name: str, attr: str = "targetGUID") -> tuple[str, ...]:
    return tuple(r.get(attr) or r.get("guid") or "" for r in _kids(el, name))


def _code(el: etree._Element, report: RefiReport) -> RefiCode:
    codable = (el.get("isCodable") or "true").strip().casefold() in ("true", "1")
    return RefiCode(
        guid=el.get("guid") or "", name=el.get("name") or "", is_codable=codable, color=el.get("color") or "",
        description=_description(el, report), note_guids=_refs(el, "NoteRef"),
        children=tuple(_code(c, report) for c in _kids(el, "Code")),
    )


def _codes(root: etree._Element, report: RefiReport) -> list[RefiCode]:
    codes_el = _kid(root, "Codes")
    if codes_el is None:
        codes_el = _kid(_kid(root, "CodeBook"), "Codes")
    return [_code(c, report) for c in _kids(codes_el, "Code")]


def _sets(root: etree._Element, report: RefiReport) -> list[RefiSet]:
    sets_el = _kid(root, "Sets")
    if sets_el is not None and not _kids(sets_el, "Set"):
        report.adapt("empty <Sets/> accepted (the schema wants at least one Set)")
    return [
        RefiSet(guid=s.get("guid") or "", name=s.get("name") or "", description=_description(s, report),
                code_guids=_refs(s, "MemberCode"), source_guids=_refs(s, "MemberSource"),
                note_guids=_refs(s, "MemberNote"))
        for s in _kids(sets_el, "Set")
    ]


def read_qdc_bytes(data: bytes, name: str) -> RefiProject:
    """A codebook's codes and sets from the bytes of a .qdc (or of a project.qde)."""
    root = parse_xml(data, name, "codebook", max(len(data), 1 << 16))
    project = RefiProject(name=Path(name).stem, origin=root.get("origin") or "")
    if _tag(root) not in ("CodeBook", "Project"):
        raise InputFileError(name, f"The root element is <{_tag(root)}>, not a REFI-QDA <CodeBook>.")
    project.codes = _codes(root, project.report)
    project.sets = _sets(root, project.report)
    return project


def read_qdc(path: str | Path) -> RefiProject:
    """Read a REFI-QDA codebook file."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_QDC_BYTES:
            raise InputFileError(p.name, f"The file is larger than {MAX_QDC_BYTES:,} bytes; not a codebook.")
        data = p.read_bytes()
    except OSError as exc:
        raise InputFileError(p.name, f"The file could not be read ({exc.strerror or exc}).") from None
    return read_qdc_bytes(data, p.name)


def _value(vv: etree._Element) -> tuple[str, object] | None:
    ref = _kid(vv, "VariableRef")
    if ref is None:
        return None
    for child in vv:
        tag = _tag(child)
        if tag.endswith("Value"):
            text = child.text or ""
            value: object = text
            try:
                if tag == "IntegerValue":
                    value = int(text)
                elif tag == "FloatValue":
                    value = float(text)
                elif tag == "BooleanValue":
                    value = text.strip().casefold() in ("true", "1")
            except ValueError:
                value = text
            return ref.get("targetGUID") or "", value
    return ref.get("targetGUID") or "", ""


def _source_text(el: etree._Element, archive: RefiArchive | None, report: RefiReport) -> str | None:
    """The raw plain text of a text source, or None when it cannot be found."""
    plain: str | None = None
    content = _kid(el, "PlainTextContent")
    if content is not None and content.text:
        plain = content.text
    path = el.get("plainTextPath")
    if plain is None and path and archive is not None:
        if not path.casefold().startswith("internal://"):
            report.adapt("plainTextPath without internal:// looked up in sources/")
        member = archive.source_member(path)
        if member is not None:
            raw = archive.read(member, MAX_SOURCE_BYTES)
            if raw.startswith(b"\xef\xbb\xbf"):
                report.adapt("byte-order mark at the start of a plain text (positions count from after it)")
                raw = raw[3:]
            try:
                plain = raw.decode("utf-8")
            except UnicodeDecodeError:
                report.adapt("plain text not in UTF-8, read as Windows-1252")
                plain = raw.decode("cp1252", errors="replace")
    if plain is not None and plain.strip():
        return plain
    rich = el.get("richTextPath")
    if rich and archive is not None and rich.casefold().endswith(".docx"):
        member = archive.source_member(rich)
        if member is not None:
            from qualcode.io.transcripts.docx_reader import read_docx

            extracted = read_docx(archive.read(member, MAX_SOURCE_BYTES), member, MAX_SOURCE_BYTES)
            report.adapt("text taken from the rich-text (.docx) source: the plain text was missing or empty "
                         "(positions follow our text of the document)")
            return extracted.text
    return plain


def _text_source(el: etree._Element, archive: RefiArchive | None, report: RefiReport) -> RefiTextSource | None:
    name = el.get("name") or "Untitled"
    raw = _source_text(el, archive, report)
    if raw is None:
        report.drop("text sources whose text is not in the archive")
        report.drop("selections of those sources", len(_kids(el, "PlainTextSelection")))
        return None
    mapped = normalise_with_map(raw)
    if mapped.starts is not None:
        crlf, cr = raw.count("\r\n"), raw.count("\r") - raw.count("\r\n")
        if crlf:
            report.adapt("CRLF line ends turned into LF (positions mapped exactly)", crlf)
        if cr:
            report.adapt("CR line ends turned into LF (positions mapped exactly)", cr)
    selections = []
    for sel in _kids(el, "PlainTextSelection"):
        try:
            start, end = int(sel.get("startPosition") or ""), int(sel.get("endPosition") or "")
        except ValueError:
            report.drop("selections with positions that are not numbers")
            continue
        if start > end:
            start, end = end, start
            report.adapt("selections with start after end, swapped")
        if start < 0 or end > mapped.raw_length:
            report.adapt("selections reaching outside their text, clipped to it")
        a, b = mapped.span(start, end)
        if b <= a:
            report.drop("empty selections")
            continue
        codings: list[RefiCoding] = []
        notes: list[str] = []
        description = ""
        for child in sel:  # one pass: 200,000 selections make this the import's hot loop
            tag = _tag(child)
            if tag == "Coding":
                ref = _kid(child, "CodeRef")
                codings.append(RefiCoding(child.get("guid") or "", (ref.get("targetGUID") or "") if ref is not None
                                          else "", child.get("creatingUser") or ""))
            elif tag == "NoteRef":
                notes.append(child.get("targetGUID") or "")
            elif tag == "Description":
                description = child.text or ""
        if not description and sel.get("description") is not None:
            description = _description(sel, report)
        selections.append(RefiSelection(
            guid=sel.get("guid") or "", start=a, end=b, name=sel.get("name") or "",
            user_guid=sel.get("creatingUser") or "", description=description, codings=tuple(codings),
            note_guids=tuple(notes),
        ))
    if _kids(el, "Coding"):
        report.drop("codings of whole sources (no selection)", len(_kids(el, "Coding")))
    values = tuple(v for v in (_value(vv) for vv in _kids(el, "VariableValue")) if v is not None)
    return RefiTextSource(
        guid=el.get("guid") or "", name=name, text=mapped.text, description=_description(el, report),
        user_guid=el.get("creatingUser") or "", selections=tuple(selections), note_guids=_refs(el, "NoteRef"),
        variables=values,
    )


def _note(el: etree._Element, archive: RefiArchive | None, report: RefiReport) -> RefiNote:
    raw = _source_text(el, archive, report)
    if _kids(el, "PlainTextSelection"):
        report.drop("selections inside notes", len(_kids(el, "PlainTextSelection")))
    text = normalise_with_map(raw).text if raw is not None else _description(el, report)
    return RefiNote(guid=el.get("guid") or "", name=el.get("name") or "", text=text,
                    user_guid=el.get("creatingUser") or "")


def read_project_xml(data: bytes, name: str, archive: RefiArchive | None = None) -> RefiProject:
    """A project from the bytes of its project.qde; sources are looked up in ``archive``."""
    root = parse_xml(data, name, "project.qde", MAX_QDE_BYTES)
    if _tag(root) != "Project":
        raise InputFileError(name, f"The root element is <{_tag(root)}>, not a REFI-QDA <Project>.")
    report = RefiReport()
    project = RefiProject(name=root.get("name") or Path(name).stem, origin=root.get("origin") or "", report=report)
    project.users = [RefiUser(u.get("guid") or "", u.get("name") or u.get("id") or "")
                     for u in _kids(_kid(root, "Users"), "User")]
    project.codes = _codes(root, report)
    project.variables = [RefiVariable(v.get("guid") or "", v.get("name") or "", v.get("typeOfVariable") or "Text",
                                      _description(v, report)) for v in _kids(_kid(root, "Variables"), "Variable")]
    for c in _kids(_kid(root, "Cases"), "Case"):
        project.cases.append(RefiCase(
            guid=c.get("guid") or "", name=c.get("name") or "", description=_description(c, report),
            values=tuple(v for v in (_value(vv) for vv in _kids(c, "VariableValue")) if v is not None),
            source_guids=_refs(c, "SourceRef")))
        for what, label in (("CodeRef", "codes attached to cases"), ("SelectionRef", "selections attached to cases")):
            if _kids(c, what):
                report.drop(label, len(_kids(c, what)))
    sources_el = _kid(root, "Sources")
    for el in list(sources_el) if sources_el is not None else []:
        tag = _tag(el)
        if tag == "TextSource":
            source = _text_source(el, archive, report)
            if source is not None:
                project.sources.append(source)
        elif tag in _NOT_TEXT:
            report.drop(_NOT_TEXT[tag])
            n = sum(1 for x in el.iter() if isinstance(x.tag, str) and _tag(x).endswith("Selection"))
            if n:
                report.drop(f"selections in {_NOT_TEXT[tag]}", n)
    project.notes = [_note(n, archive, report) for n in _kids(_kid(root, "Notes"), "Note")]
    for link in _kids(_kid(root, "Links"), "Link"):
        origin, target = link.get("originGUID") or "", link.get("targetGUID") or ""
        project.links.append(RefiLink(link.get("guid") or "", link.get("name") or "", origin, target,
                                      link.get("direction") or "Associative"))
    project.sets = _sets(root, report)
    graphs = _kids(_kid(root, "Graphs"), "Graph")
    if graphs:
        report.drop("graphs", len(graphs))
    project.description = _description(root, report)
    project.note_guids = list(_refs(root, "NoteRef"))
    return project


def read_qdpx(path: str | Path) -> RefiProject:
    """Read a REFI-QDA project archive."""
    p = Path(path)
    archive = read_archive(p)
    member, renamed = archive.project_member()
    project = read_project_xml(archive.read(member, MAX_QDE_BYTES), p.name, archive)
    if renamed:
        project.report.adapt(f"project file named {member!r}, not project.qde")
    ext = archive.source_member(EXTENSION_MEMBER)
    if ext is not None:
        project.extension = archive.read(ext, MAX_SOURCE_BYTES).decode("utf-8", errors="replace")
    return project
