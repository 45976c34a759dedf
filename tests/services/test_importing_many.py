"""Importing enough files that parsing runs in worker processes (the bulk path): what is
stored must be what the files say, turn by turn."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode.core.document import DocumentKind
from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.batch import MIN_PARALLEL
from qualcode.services.corpus.import_plan import FilePlan, SpeakerPlan
from qualcode.services.corpus.importing import import_transcripts

N = MIN_PARALLEL + 10  # above the threshold: two spawned workers parse, this process stores


def _write(folder: Path, i: int) -> tuple[Path, list[tuple[str, str, float | None]]]:
    """File i and its turns as (speaker, utterance, seconds): even files timed, odd ones not."""
    turns = [("Interviewer", f"Question {i} about the course?", None), (f"P{i}", f"Answer {i}, quite long.", None),
             ("Interviewer", "And then?", None), (f"P{i}", f"Then {i} more words.", None)]
    if i % 2 == 0:
        turns = [(s, u, float(10 * k + i)) for k, (s, u, _) in enumerate(turns)]
        lines = [f"[00:{int(t) // 60:02d}:{int(t) % 60:02d}] {s}: {u}" for s, u, t in turns]
    else:
        lines = [f"{s}: {u}" for s, u, _ in turns]
    path = folder / f"int_{i:03d}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, turns


def _stored(location: str) -> dict[str, list[tuple[str, str, float | None]]]:
    raw = sqlite3.connect(location)
    rows = raw.execute("select d.name, t.speaker, substr(d.text, t.start + 1, t.\"end\" - t.start), t.timestamp "
                       "from turns t join documents d on d.id = t.document_id order by d.id, t.start").fetchall()
    raw.close()
    out: dict[str, list[tuple[str, str, float | None]]] = {}
    for name, speaker, utterance, ts in rows:
        out.setdefault(name, []).append((speaker, utterance, ts))
    return out


def test_every_turn_of_many_files_is_stored_with_its_speaker_text_and_time(project, tmp_path):
    written = dict(_write(tmp_path, i) for i in range(N))
    report = import_transcripts(project, list(written), case_from_filename=True).value
    assert [r.path for r in report] == [str(p) for p in written]  # the caller's order
    assert [r.turns for r in report] == [4] * N
    assert _stored(project.location) == {p.stem: turns for p, turns in written.items()}  # untimed -> NULL


def test_renamed_speakers_are_stored_and_counted_under_their_new_name(project, tmp_path):
    written = dict(_write(tmp_path, i) for i in range(N))
    first = next(iter(written))
    plan = FilePlan(first, first.stem, DocumentKind.INTERVIEW, "P0", {
        "Interviewer": SpeakerPlan("Interviewer", True, None), "P0": SpeakerPlan("Ines", False, "P0")})
    report = import_transcripts(project, list(written), plans={str(first): plan}).value
    assert report[0].speakers == {"Interviewer": 2, "Ines": 2}
    assert [s for s, _, _ in _stored(project.location)[first.stem]] == ["Interviewer", "Ines"] * 2
    assert report[1].speakers == {"Interviewer": 2, "P1": 2}  # the other files keep their names


def test_one_bad_file_among_many_is_named_and_nothing_is_stored(project, tmp_path):
    written = [_write(tmp_path, i)[0] for i in range(N)]
    bad = tmp_path / "int_bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(InputFileError, match="int_bad.docx"):
        import_transcripts(project, [*written[:30], bad, *written[30:]])
    assert _stored(project.location) == {}


def test_files_of_every_turn_count_are_stored_whole_across_the_insert_batches(project, tmp_path):
    """Turns are written in multi-row statements: documents of 0, 1, 99, 100, 101, 250 ... turns
    cross every batch boundary; each turn must still land with its own document, text and time."""
    counts = [1, 99, 100, 101, 250, 0, 7, 199, 1, 300] * 5  # 50 files: the parallel path
    written = {}
    for i, count in enumerate(counts):
        turns = [(("Interviewer" if k % 2 else f"Иштирокчи {i}"), f"Utterance {k} of file {i}.",
                  float(k) if k % 3 == 0 else None) for k in range(count)]
        lines = [(f"[00:{int(t) // 60:02d}:{int(t) % 60:02d}] " if t is not None else "") + f"{s}: {u}"
                 for s, u, t in turns] or ["No labels in this file at all."]
        path = tmp_path / f"many_{i:03d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written[path] = turns
    report = import_transcripts(project, list(written)).value
    assert [r.turns for r in report] == counts
    stored = _stored(project.location)
    assert {p.stem: stored.get(p.stem, []) for p in written} == {p.stem: turns for p, turns in written.items()}
    raw = sqlite3.connect(project.location)
    assert raw.execute("select count(*) from turns").fetchone()[0] == sum(counts)
    raw.close()
