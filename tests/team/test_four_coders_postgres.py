"""Acceptance: four coder processes code, uncode and redefine codes on one PostgreSQL project at
once. Nothing is lost or duplicated, every conflict is reported, and the final state equals a
serial replay of the operations the server accepted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.pg_fixtures import fresh_schema

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
TEXT = "In the peer group I was a person again. " * 30  # 1,200 characters
CODES = ("Peer support", "Stigma", "Services")
# two processes share a coder name, so they collide on identical codings
CODERS = ("Amina", "Amina", "Lan", "Dilnoza")


@pytest.fixture
def two_schemas():
    first, second = fresh_schema(), fresh_schema()
    yield next(first)[0], next(second)[0]
    for gen in (first, second):
        next(gen, None)


def _seed(url: str):
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import new_project

    project = new_project(url)
    add_document(project, "P01", TEXT)
    for name in CODES:
        add_code(project, name)
    return project


def _state(project) -> tuple[list[tuple[int, str, int, int]], dict[int, str]]:
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.coding.segments import segments_of_document
    from qualcode.services.projects import list_coders

    names = {c.id: c.name for c in list_coders(project)}
    segments = sorted((s.code_id, names[s.coder_id], s.span.start, s.span.end) for s in segments_of_document(project, 1))
    return segments, {c.id: c.definition for c in list_codes(project).values()}


def test_four_coders_at_once_lose_nothing_and_match_a_serial_replay(two_schemas, tmp_path):
    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import list_codes, update_code
    from qualcode.services.coding.segments import apply_code, remove_codings
    from qualcode.services.projects import ensure_coder

    url, replay_url = two_schemas
    _seed(url).close()
    go = tmp_path / "go"
    logs = [tmp_path / f"coder{k}.jsonl" for k in range(4)]
    procs = [subprocess.Popen([sys.executable, "-m", "tests.team.pg_coder_worker", url, str(k), CODERS[k], str(go),
                               str(logs[k])], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k in range(4)]
    go.touch()
    for proc in procs:
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
    entries = [json.loads(line) for log in logs for line in log.read_text().splitlines()]
    applies = [e for e in entries if e["op"] == "apply"]
    removes = {e["id"] for e in entries if e["op"] == "remove"}
    conflicts = [e for e in entries if e["op"] == "conflict"]
    assert len(applies) + sum(c["kind"] == "already coded" for c in conflicts) == 4 * 500  # every attempt accounted
    assert conflicts, "two processes shared a coder and spans: some conflicts must have been reported"
    assert all(c["message"] for c in conflicts)
    defines = [(e["code"], e["version"]) for e in entries if e["op"] == "define"]
    assert len(set(defines)) == len(defines)  # no two accepted codebook edits wrote the same version
    print(f"accepted codings {len(applies)}, removed {len(removes)}, codebook edits {len(defines)}, conflicts "
          f"{sum(c['kind'] == 'already coded' for c in conflicts)} already coded / "
          f"{sum(c['kind'] == 'concurrent edit' for c in conflicts)} concurrent edits")

    from qualcode.services.projects import load_project

    live = load_project(url)
    final_segments, final_definitions = _state(live)
    live.close()
    expected = sorted((e["code"], e["coder"], e["start"], e["start"] + 3) for e in applies if e["id"] not in removes)
    assert final_segments == expected  # nothing lost, nothing extra
    assert len(set(final_segments)) == len(final_segments)  # nothing duplicated

    # serial replay of the accepted operations, in the order the server accepted them
    replay = _seed(replay_url)
    try:
        coders = {name: ensure_coder(replay, name).id for name in set(CODERS)}
        replayed_ids: dict[int, int] = {}
        events = sorted([(e["id"], 0, e) for e in applies] + [(i, 1, {"id": i}) for i in removes],
                        key=lambda t: (t[0], t[1]))
        for _id, kind, e in events:
            if kind == 0:
                replayed_ids[e["id"]] = apply_code(replay, 1, Span(e["start"], e["start"] + 3), e["code"],
                                                   coders[e["coder"]]).value.id
            else:
                remove_codings(replay, [replayed_ids[e["id"]]])
        for e in sorted((e for e in entries if e["op"] == "define"), key=lambda e: (e["code"], e["version"])):
            from dataclasses import replace

            code = list_codes(replay)[e["code"]]
            update_code(replay, replace(code, definition=e["definition"]))
        assert _state(replay) == (final_segments, final_definitions)
    finally:
        replay.close()
