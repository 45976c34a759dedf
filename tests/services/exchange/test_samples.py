"""Every REFI-QDA sample in tests/data/refi (and the team's shared folder, when present) imports
with a report; contents are checked against the files themselves."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from qualcode.core.codebook import code_path
from qualcode.services.exchange import import_refi

DATA = Path(__file__).parents[2] / "data" / "refi"
SHARED = Path("/work/shared/data/refi-qda")
SAMPLES = sorted([*DATA.glob("*.qd[cp]*"), *SHARED.glob("*/*.qd[cp]*")])


def _xml(path: Path) -> etree._Element:
    if path.suffix == ".qdpx":
        return etree.fromstring(zipfile.ZipFile(path).read("project.qde"))
    return etree.parse(str(path)).getroot()


def _paths(el: etree._Element, prefix: str = "") -> list[str]:
    out = []
    for code in el.findall("{*}Code"):
        path = prefix + code.get("name")
        out.append(path)
        out.extend(_paths(code, path + "/"))
    return out


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_imports_every_code_with_a_report(project, path):
    root = _xml(path)
    codes_el = next(root.iter("{*}Codes"))
    expected = _paths(codes_el)
    report = import_refi(project, path).value
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        colours = {code_path(codes, c.id): c.colour for c in codes.values()}
    assert sorted(colours) == sorted(expected)
    for el in root.iter("{*}Code"):
        if el.get("color"):
            assert colours[el.get("name")].lower() == el.get("color").lower()
    assert report.counts["codes"] == len(expected)
    assert report.counts["users"] == len(list(root.iter("{*}User")))
    assert report.lines()[0].startswith(path.name)
