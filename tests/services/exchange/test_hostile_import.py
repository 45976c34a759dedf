"""Hostile REFI-QDA files are refused with a message naming the file, and the project is unchanged."""

from __future__ import annotations

import io
import zipfile

import pytest

from qualcode.core.errors import InputFileError
from qualcode.services.exchange import import_refi
from tests.io.refi.refi_files import project_xml, qdpx
from tests.io.refi.test_hostile_archives import LAUGHS, XXE
from tests.services.exchange.snapshot import project_snapshot
from tests.services.exchange.test_round_trip import _fill


def _many(path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("project.qde", project_xml(""))
        for i in range(100_000):
            archive.writestr(f"sources/{i}.txt", b"")
    path.write_bytes(buffer.getvalue())
    return path


HOSTILE = {
    "xxe.qdpx": lambda p: qdpx(p, XXE),
    "laughs.qdc": lambda p: p.write_text(LAUGHS) and p,
    "slip.qdpx": lambda p: qdpx(p, project_xml(""), {"../../evil.txt": "x"}),
    "bomb.qdpx": lambda p: qdpx(p, project_xml(""), {"sources/a.txt": b"\0" * (20 * 1024 * 1024)}),
    "many.qdpx": _many,
    "truncated.qdpx": lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 40) and p,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_and_changes_nothing(project, tmp_path, name):
    _fill(project)
    path = tmp_path / name
    HOSTILE[name](path)
    before = project_snapshot(project)
    heard = []
    project.hub.subscribe(heard.append)
    with pytest.raises(InputFileError, match=name.replace(".", r"\.")):
        import_refi(project, path)
    assert project_snapshot(project) == before
    assert heard == []
