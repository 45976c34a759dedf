"""Write REFI-QDA codebooks (.qdc) and projects (.qdpx) that validate against the official XSDs.

The XML is built in memory and validated against the schema (shipped in
``qualcode/resources/refi``) *before* anything is written; a failure is a bug in QualCode and
raises :class:`RefiSchemaError` with the schema's first complaint, and no file appears. The
archive is written atomically: the complete new file or the untouched old one.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from lxml import etree

from qualcode.io.atomic_write import atomic_path
from qualcode.io.refi.model import RefiCode, RefiProject, RefiTextSource
from qualcode.io.refi.reader import EXTENSION_MEMBER

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "QualCode"


class RefiSchemaError(RuntimeError):
    """What we built does not validate: a bug in QualCode, never the user's input."""


@lru_cache(maxsize=2)
def _schema(filename: str) -> etree.XMLSchema:
    path = files("qualcode") / "resources" / "refi" / filename
    return etree.XMLSchema(etree.fromstring(path.read_bytes()))


def _check(root: etree._Element, filename: str) -> bytes:
    schema = _schema(filename)
    if not schema.validate(root):
        error = schema.error_log.last_error
        raise RefiSchemaError(f"The REFI-QDA file we built does not validate against {filename} "
                              f"(line {error.line}: {error.message}); nothing was written. "
                              "This is a bug in QualCode: please report it.")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


def _sub(parent: etree._Element, ns: str, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{ns}}}{tag}", {k: v for k, v in attrs.items() if v != ""})


def _text(parent: etree._Element, ns: str, tag: str, text: str) -> None:
    if text:
        _sub(parent, ns, tag).text = text


def _code(parent: etree._Element, ns: str, code: RefiCode, with_notes: bool) -> None:
    el = _sub(parent, ns, "Code", guid=code.guid, name=code.name,
              isCodable="true" if code.is_codable else "false", color=code.color)
    _text(el, ns, "Description", code.description)
    if with_notes:
        for guid in code.note_guids:
            _sub(el, ns, "NoteRef", targetGUID=guid)
    for child in code.children:
        _code(el, ns, child, with_notes)


def codebook_xml(project: RefiProject) -> bytes:
    """The validated bytes of a .qdc holding ``project``'s codes (and sets of codes)."""
    ns = CODEBOOK_NS
    root = etree.Element(f"{{{ns}}}CodeBook", nsmap={None: ns}, origin=ORIGIN)
    codes = _sub(root, ns, "Codes")
    for code in project.codes:
        _code(codes, ns, code, with_notes=False)
    sets = [s for s in project.sets if s.code_guids]
    if sets:
        sets_el = _sub(root, ns, "Sets")
        for s in sets:
            el = _sub(sets_el, ns, "Set", guid=s.guid, name=s.name)
            _text(el, ns, "Description", s.description)
            for guid in s.code_guids:
                _sub(el, ns, "MemberCode", guid=guid)
    return _check(root, "Codebook.xsd")


def _value(parent: etree._Element, ns: str, var_guid: str, type_of: str, value: object) -> None:
    vv = _sub(parent, ns, "VariableValue")
    _sub(vv, ns, "VariableRef", targetGUID=var_guid)
    if type_of == "Boolean":
        _sub(vv, ns, "BooleanValue").text = "true" if value else "false"
    elif type_of in ("Integer", "Float"):
        _sub(vv, ns, f"{type_of}Value").text = str(value)
    else:
        _sub(vv, ns, "TextValue").text = str(value)


def _source(parent: etree._Element, ns: str, source: RefiTextSource, path: str, types: dict[str, str]) -> None:
    el = _sub(parent, ns, "TextSource", guid=source.guid, name=source.name, plainTextPath=path,
              creatingUser=source.user_guid)
    _text(el, ns, "Description", source.description)
    # The hot loop of a big export (200,000 codings): element names built once, attributes set directly.
    sel_tag, coding_tag, ref_tag, note_tag = (f"{{{ns}}}{t}" for t in ("PlainTextSelection", "Coding", "CodeRef", "NoteRef"))
    sub = etree.SubElement
    for sel in source.selections:
        s = sub(el, sel_tag, guid=sel.guid, startPosition=str(sel.start), endPosition=str(sel.end))
        if sel.name:
            s.set("name", sel.name)
        if sel.user_guid:
            s.set("creatingUser", sel.user_guid)
        _text(s, ns, "Description", sel.description)
        for coding in sel.codings:
            c = sub(s, coding_tag, guid=coding.guid)
            if coding.user_guid:
                c.set("creatingUser", coding.user_guid)
            sub(c, ref_tag, targetGUID=coding.code_guid)
        for guid in sel.note_guids:
            sub(s, note_tag, targetGUID=guid)
    for guid in source.note_guids:
        _sub(el, ns, "NoteRef", targetGUID=guid)
    for var_guid, value in source.variables:
        _value(el, ns, var_guid, types.get(var_guid, "Text"), value)


def project_xml(project: RefiProject, source_paths: dict[str, str]) -> bytes:
    """The validated bytes of a project.qde; ``source_paths`` maps a source GUID to its
    ``plainTextPath`` (``internal://<guid>.txt``)."""
    ns = PROJECT_NS
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = etree.Element(f"{{{ns}}}Project", nsmap={None: ns}, name=project.name or "QualCode project",
                         origin=ORIGIN, creationDateTime=now)
    if project.users:
        users = _sub(root, ns, "Users")
        for user in project.users:
            _sub(users, ns, "User", guid=user.guid, name=user.name)
    if project.codes:
        codes = _sub(_sub(root, ns, "CodeBook"), ns, "Codes")
        for code in project.codes:
            _code(codes, ns, code, with_notes=True)
    types = {v.guid: v.type_of for v in project.variables}
    if project.variables:
        variables = _sub(root, ns, "Variables")
        for var in project.variables:
            v = _sub(variables, ns, "Variable", guid=var.guid, name=var.name, typeOfVariable=var.type_of)
            _text(v, ns, "Description", var.description)
    if project.cases:
        cases = _sub(root, ns, "Cases")
        for case in project.cases:
            c = _sub(cases, ns, "Case", guid=case.guid, name=case.name)
            _text(c, ns, "Description", case.description)
            for var_guid, value in case.values:
                _value(c, ns, var_guid, types.get(var_guid, "Text"), value)
            for guid in case.source_guids:
                _sub(c, ns, "SourceRef", targetGUID=guid)
    if project.sources:
        sources = _sub(root, ns, "Sources")
        for source in project.sources:
            _source(sources, ns, source, source_paths[source.guid], types)
    if project.notes:
        notes = _sub(root, ns, "Notes")
        for note in project.notes:
            n = _sub(notes, ns, "Note", guid=note.guid, name=note.name, creatingUser=note.user_guid)
            _text(n, ns, "PlainTextContent", note.text)
    if project.links:
        links = _sub(root, ns, "Links")
        for link in project.links:
            _sub(links, ns, "Link", guid=link.guid, name=link.name, direction=link.direction,
                 originGUID=link.origin_guid, targetGUID=link.target_guid)
    sets = [s for s in project.sets if s.code_guids or s.source_guids or s.note_guids]
    if sets:
        sets_el = _sub(root, ns, "Sets")
        for s in sets:
            el = _sub(sets_el, ns, "Set", guid=s.guid, name=s.name)
            _text(el, ns, "Description", s.description)
            for tag, guids in (("MemberCode", s.code_guids), ("MemberSource", s.source_guids),
                               ("MemberNote", s.note_guids)):
                for guid in guids:
                    _sub(el, ns, tag, targetGUID=guid)
    _text(root, ns, "Description", project.description)
    for guid in project.note_guids:
        _sub(root, ns, "NoteRef", targetGUID=guid)
    return _check(root, "Project-mrt2019.xsd")


def write_qdc(project: RefiProject, path: str | Path) -> None:
    """Validate, then write the codebook atomically."""
    data = codebook_xml(project)
    with atomic_path(Path(path)) as tmp:
        tmp.write_bytes(data)


def write_qdpx(project: RefiProject, path: str | Path) -> None:
    """Validate project.qde, then write the archive (project.qde, sources/<guid>.txt as UTF-8
    with the LF line ends we count positions in, and our extension member) atomically."""
    paths = {s.guid: f"internal://{s.guid.strip('{}')}.txt" for s in project.sources}
    qde = project_xml(project, paths)
    with atomic_path(Path(path)) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("project.qde", qde)
        for source in project.sources:
            archive.writestr(f"sources/{source.guid.strip('{}')}.txt", source.text.encode("utf-8"))
        if project.extension:
            archive.writestr(EXTENSION_MEMBER, project.extension.encode("utf-8"))
