"""A .qdpx is a zip from a stranger: each attack is refused with a message naming the file."""

from __future__ import annotations

import io
import zipfile

import pytest

from qualcode.core.errors import InputFileError
from qualcode.io.refi import read_qdc, read_qdpx
from tests.io.refi.refi_files import project_xml, qdpx

XXE = """<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>"""

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{0}" name="&lol3;" isCodable="true"/></Codes></CodeBook>"""


def test_external_entity_is_refused(tmp_path):
    with pytest.raises(InputFileError, match=r"x\.qdpx.*(DTD|entit)"):
        read_qdpx(qdpx(tmp_path / "x.qdpx", XXE))


def test_billion_laughs_is_refused(tmp_path):
    path = tmp_path / "laughs.qdc"
    path.write_text(LAUGHS)
    with pytest.raises(InputFileError, match=r"laughs\.qdc.*(DTD|entit)"):
        read_qdc(path)


@pytest.mark.parametrize("member", ["../evil.txt", "/etc/evil.txt", "sources/../../evil.txt"])
def test_zip_slip_is_refused(tmp_path, member):
    path = qdpx(tmp_path / "slip.qdpx", project_xml(""), {member: "x"})
    with pytest.raises(InputFileError, match=r"slip\.qdpx.*outside the archive"):
        read_qdpx(path)


def test_zip_bomb_is_refused(tmp_path):
    path = qdpx(tmp_path / "bomb.qdpx", project_xml(""), {"sources/a.txt": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(InputFileError, match=r"bomb\.qdpx.*zip bomb"):
        read_qdpx(path)


def test_a_hundred_thousand_members_are_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("project.qde", project_xml(""))
        for i in range(100_000):
            archive.writestr(f"sources/{i}.txt", b"")
    path = tmp_path / "many.qdpx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputFileError, match=r"many\.qdpx.*parts"):
        read_qdpx(path)


def test_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "plain.qdpx"
    path.write_text("hello")
    with pytest.raises(InputFileError, match=r"plain\.qdpx"):
        read_qdpx(path)
