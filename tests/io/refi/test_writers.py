"""What we write validates against the official schemas (checked with xmlschema, not our own
lxml check) and reads back the same."""

from __future__ import annotations

import zipfile
from pathlib import Path

import xmlschema
from hypothesis import example, given
from hypothesis import strategies as st

from qualcode.io.refi import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSet,
    RefiTextSource,
    RefiUser,
    RefiVariable,
    compose_description,
    parse_description,
    read_qdc,
    read_qdpx,
    write_qdc,
    write_qdpx,
)

SCHEMAS = Path(__file__).parents[3] / "qualcode" / "resources" / "refi"
SHARED = Path("/work/shared/data/refi-qda/schemas")  # the team's copy, when present


def _project() -> RefiProject:
    g = [f"00000000-0000-0000-0000-{i:012d}" for i in range(20)]
    return RefiProject(
        name="Study", users=[RefiUser(g[0], "Ana")],
        codes=[RefiCode(g[1], "Money", color="#e69f00", description="Talk about money\n\nInclusion: rent",
                        children=(RefiCode(g[2], "Worry"),))],
        variables=[RefiVariable(g[3], "age", "Integer"), RefiVariable(g[4], "town")],
        cases=[RefiCase(g[5], "P01", values=((g[3], 34), (g[4], "Leeds")), source_guids=(g[6],))],
        sources=[RefiTextSource(g[6], "Interview 1", "Q: hi\nA: I worry 😀 about rent\n", user_guid=g[0],
                                selections=(RefiSelection(g[7], 8, 15, user_guid=g[0],
                                                          codings=(RefiCoding(g[8], g[2], g[0]),),
                                                          note_guids=(g[9],)),))],
        notes=[RefiNote(g[9], "memo", "A note\nover lines", g[0])],
        sets=[RefiSet(g[10], "Set A", code_guids=(g[1],), source_guids=(g[6],))],
    )


def test_project_validates_and_reads_back(tmp_path):
    out = tmp_path / "out.qdpx"
    write_qdpx(_project(), out)
    qde = zipfile.ZipFile(out).read("project.qde")
    for folder in (SCHEMAS, SHARED):
        if (folder / "Project-mrt2019.xsd").exists():
            xmlschema.XMLSchema(str(folder / "Project-mrt2019.xsd")).validate(qde.decode("utf-8"))
    back = read_qdpx(out)
    assert back.codes == _project().codes
    assert back.sources == _project().sources
    assert back.cases == _project().cases
    assert back.notes == _project().notes
    assert not back.report.adaptations and not back.report.not_kept


def test_codebook_validates_and_reads_back(tmp_path):
    out = tmp_path / "out.qdc"
    write_qdc(_project(), out)
    xmlschema.XMLSchema(str(SCHEMAS / "Codebook.xsd")).validate(str(out))
    assert read_qdc(out).codes == _project().codes


def test_a_failed_export_writes_nothing(tmp_path):
    import pytest

    from qualcode.io.refi import RefiSchemaError

    bad = RefiProject(name="x", codes=[RefiCode("not-a-guid", "Money")])
    with pytest.raises(RefiSchemaError, match="bug"):
        write_qdpx(bad, tmp_path / "bad.qdpx")
    assert list(tmp_path.iterdir()) == []


_FIELD = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20).filter(
    lambda s: "\n" not in s and s == s.strip())


_DEFINITION = st.one_of(_FIELD, st.sampled_from(["Inclusion: not a field", "Definition: x", "Example: a\n\nOrigin: b",
                                                   "two\n\nparagraphs", "a\n\nExclusion: tricky"]))


@given(_DEFINITION, _FIELD, _FIELD, _FIELD, _FIELD, st.sampled_from(["", "deductive", "inductive", "in-vivo"]))
@example("a\n\nExclusion: tricky", "", "", "", "", "")
@example("Inclusion: not a field", "x", "", "", "", "deductive")
def test_structured_fields_round_trip_through_description(definition, inc, exc, ex, aty, origin):
    fields = {"inclusion": inc, "exclusion": exc, "example": ex, "atypical_example": aty, "origin": origin}
    text = compose_description(definition, fields)
    got_def, got = parse_description(text)
    assert got_def == definition
    assert {k: got.get(k, "") for k in fields} == fields
