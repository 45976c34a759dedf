"""`qualcode suggest` and `qualcode search --mode meaning` from a shell: JSON out, the index
built on first use and said so on stderr, then reused."""

from __future__ import annotations

import json

from qualcode.cli.main import main
from qualcode.services.projects import new_project
from tests.services.assistant.assistant_project import PARAPHRASE, build


def test_suggest_and_meaning_search_print_json_and_build_the_index_once(tmp_path, capsys):
    path = tmp_path / "study.qcproj"
    project = new_project(path)
    build(project)
    project.close()

    assert main(["suggest", str(path), "--code", "Not being believed", "--top", "3", "--json"]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert rows[0]["text"] == PARAPHRASE and "believe" in rows[0]["matched_lemmas"]
    assert rows[0]["code"] == "Not being believed" and rows[0]["model"]
    assert "index" in err and "3 of 3" in err

    assert main(["search", str(path), "felt nobody believed me", "--mode", "meaning", "--top", "2", "--json"]) == 0
    out, err = capsys.readouterr()
    hits = json.loads(out)
    assert PARAPHRASE in [h["match"] for h in hits] and {"before", "after", "score"} <= set(hits[0])
    assert err == ""  # the index was current

    assert main(["search", str(path), "felt nobody believed me", "--mode", "plain", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
