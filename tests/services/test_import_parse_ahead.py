"""A parse started before the project is open (what ``qualcode import`` does: forked workers
read while the storage layer loads), then handed to the import: the same all-or-nothing
transaction, the same text, offsets, speakers and timestamps as an import that parses itself."""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys
from pathlib import Path

import pytest

from qualcode.core.errors import InputFileError, ValidationError
from qualcode.io.transcripts.batch import MIN_PARALLEL
from qualcode.services.corpus.importing import ImportCancelled, import_transcripts
from qualcode.services.corpus.parse_ahead import start_parsing
from tests.table_dump import dump_tables as _dump

N = MIN_PARALLEL + 10  # above the threshold: worker processes parse, this process stores


def _write(folder: Path, i: int) -> tuple[Path, list[tuple[str, str, float | None]]]:
    """File i and its turns as (speaker, utterance, seconds): even files timed, odd ones not;
    a non-ASCII word and a continuation line, whose offsets must survive the trip."""
    turns = [("Interviewer", f"Question {i} about the café?", None),
             (f"P{i}", f"Answer {i}, naïve.\nAnd a second line.", None),
             ("Interviewer", "And then?", None), (f"P{i}", f"Then {i} more words (€200).", None)]
    if i % 2 == 0:
        turns = [(s, u, float(10 * k + i)) for k, (s, u, _) in enumerate(turns)]
        lines = [f"[00:{int(t) // 60:02d}:{int(t) % 60:02d}] {s}: {u}" for s, u, t in turns]
    else:
        lines = [f"{s}: {u}" for s, u, _ in turns]
    path = folder / f"int_{i:03d}.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path, turns


def _stored(location: str) -> dict[str, list[tuple[str, str, float | None]]]:
    """Each document's turns as a reader sees them: speaker, the text the offsets cut out, time."""
    raw = sqlite3.connect(location)
    rows = raw.execute("select d.name, t.speaker, substr(d.text, t.start + 1, t.\"end\" - t.start), t.timestamp "
                       "from turns t join documents d on d.id = t.document_id order by d.id, t.start").fetchall()
    raw.close()
    out: dict[str, list[tuple[str, str, float | None]]] = {}
    for name, speaker, utterance, ts in rows:
        out.setdefault(name, []).append((speaker, utterance, ts))
    return out

FORK = pytest.param(True, marks=pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork: Linux only"),
                    id="fork")


@pytest.mark.parametrize("fork", [FORK, pytest.param(False, id="spawn")])
def test_a_stream_started_early_stores_every_turn_as_the_files_say(project, tmp_path, fork):
    written = dict(_write(tmp_path, i) for i in range(N))
    stream = start_parsing(list(written), fork=fork)
    report = import_transcripts(project, list(written), case_from_filename=True, stream=stream).value
    assert [r.path for r in report] == [str(p) for p in written]
    assert [r.turns for r in report] == [4] * N
    assert _stored(project.location) == {p.stem: turns for p, turns in written.items()}  # untimed -> NULL
    assert multiprocessing.active_children() == []  # the workers are gone once the import returns


def test_the_workers_are_forked_on_linux_only_while_this_process_has_one_thread(tmp_path):
    import threading

    written = [_write(tmp_path, i)[0] for i in range(N)]
    with start_parsing(written, fork=True) as stream:
        method = stream._pool._mp_context.get_start_method() if stream._pool else None
    expected = "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"
    assert method == expected
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:  # a second thread (the GUI's, a test runner's): never fork
        with start_parsing(written, fork=True) as stream:
            assert stream._pool._mp_context.get_start_method() == "spawn"
    finally:
        release.set()
        other.join()


def test_an_import_cancelled_mid_way_stores_nothing_and_stops_the_workers(project, tmp_path):
    written = [_write(tmp_path, i)[0] for i in range(N)]
    before = _dump(project.location)
    seen = []

    def cancel() -> bool:
        seen.append(1)
        return len(seen) > N // 2  # half the files were stored in the transaction, then the user cancels

    with pytest.raises(ImportCancelled):
        import_transcripts(project, written, cancel=cancel, stream=start_parsing(written, fork=True))
    assert _dump(project.location) == before
    assert multiprocessing.active_children() == []


def test_a_bad_file_in_a_stream_is_named_and_nothing_is_stored(project, tmp_path):
    written = [_write(tmp_path, i)[0] for i in range(N)]
    bad = tmp_path / "int_bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    files = [*written[:30], bad, *written[30:]]
    with pytest.raises(InputFileError, match="int_bad.docx"):
        import_transcripts(project, files, stream=start_parsing(files, fork=True))
    assert _stored(project.location) == {}
    assert multiprocessing.active_children() == []


def test_an_unknown_encoding_is_refused_before_any_worker_starts(tmp_path):
    written = [_write(tmp_path, i)[0] for i in range(N)]
    with pytest.raises(ValidationError, match="koi9"):
        start_parsing(written, encoding="koi9", fork=True)
    assert multiprocessing.active_children() == []


def test_a_stream_for_other_files_is_refused_and_closed(project, tmp_path):
    written = [_write(tmp_path, i)[0] for i in range(N)]
    stream = start_parsing(written, fork=True)
    with pytest.raises(ValueError, match="other files"):
        import_transcripts(project, written[1:], stream=stream)
    assert multiprocessing.active_children() == []
    assert _stored(project.location) == {}
