"""Every subcommand, from the user's side: bad input is exit 2 with one line naming the file
or value (and the project is left as it was); a bug is exit 1 with one line asking for a
report, and the traceback with QUALCODE_DEBUG=1."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from qualcode.cli.main import main
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import new_project
from tests.table_dump import dump_tables

TEXT = "Interviewer: How was it?\nP01: The peer group helped me."


@dataclass
class Workspace:
    root: Path
    project: Path
    gui_calls: list[str | None] = field(default_factory=list)

    def gui(self, path: str | None) -> int:
        self.gui_calls.append(path)
        return 0

    def argv(self, template: list[str]) -> list[str]:
        return [part.format(root=self.root, project=self.project) for part in template]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("QUALCODE_PASSWORD", "correct horse")  # encrypt/decrypt reach their checks
    project = tmp_path / "study.qcproj"
    proj = new_project(project)
    add_document(proj, "P01", TEXT)  # document 1
    proj.close()
    (tmp_path / "notes.qcproj").write_text("Not a project, just notes.\n", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("Interviewer: hi\n", encoding="utf-8")
    (tmp_path / "P07.txt").write_text("Interviewer: How?\nAmina: Like this.\n", encoding="utf-8")
    (tmp_path / "survey.csv").write_text(
        "participant_id,age,score,group\nP01,34,3.5,a\nP02,41,4.0,b\nP03,29,2.5,a\nP04,52,3.0,b\n", encoding="utf-8")
    (tmp_path / "bad_roster.csv").write_text("name,kind,replacement\nAnna,alien,P01\n", encoding="utf-8")
    return Workspace(tmp_path, project)


def _run(ws: Workspace, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    try:
        status = main(ws.argv(argv), gui=ws.gui)
    except SystemExit as exc:  # argparse's own errors
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err.strip().splitlines()


# (subcommand, argv, what the one line must name). README's "Command line" table lists them all.
BAD_INPUT = [
    ("demo", ["demo", "{root}/notes.qcproj", "--no-gui"], "notes.qcproj"),
    ("new", ["new", "{project}"], "study.qcproj"),
    ("new", ["new", "{root}/no-such-folder/x.qcproj"], "no-such-folder"),
    ("info", ["info", "{root}/absent.qcproj"], "absent.qcproj"),
    ("info", ["info", "{root}/notes.qcproj"], "notes.qcproj"),
    ("gui", ["gui", "{root}/absent.qcproj"], "absent.qcproj"),
    ("gui", ["gui", "{root}/notes.qcproj"], "notes.qcproj"),
    ("import", ["import", "{project}", "{root}/absent.txt"], "absent.txt"),
    ("import", ["import", "{project}", "{root}/notes.xyz"], "notes.xyz"),
    ("import", ["import", "{project}", "{root}/P07.txt", "--interviewer", "Zed"], "Zed"),
    ("survey", ["survey", "{project}", "{root}/survey.csv", "--id", "pid"], "pid"),
    ("survey", ["survey", "{project}", "{root}/survey.csv", "--id", "participant_id", "--type", "age=weird"],
     "weird"),
    ("survey", ["survey", "{project}", "{root}/absent.csv", "--id", "participant_id"], "absent.csv"),
    ("code", ["code", "{project}", "--doc", "1", "--start", "0", "--end", "9999", "--code", "Peer", "--create"],
     "9999"),
    ("code", ["code", "{project}", "--doc", "99", "--start", "0", "--end", "3", "--code", "Peer", "--create"],
     "99"),
    ("code", ["code", "{project}", "--doc", "one", "--start", "0", "--end", "3", "--code", "Peer"], "one"),
    ("segments", ["segments", "{project}", "--code", "No such code"], "No such code"),
    ("codebook-import", ["codebook-import", "{project}", "{root}/survey.csv"], "survey.csv"),
    ("codebook-import", ["codebook-import", "{project}", "{root}/absent.csv"], "absent.csv"),
    ("export", ["export", "{project}", "--report", "{root}/report.pdf"], "report.pdf"),
    ("export", ["export", "{project}", "--segments-csv", "{root}/no-such-folder/s.csv"], "no-such-folder"),
    ("link", ["link", "{project}", "--survey", "wave9"], "wave9"),
    ("link", ["link", "{project}", "--out", "{root}/table.txt"], "table.txt"),
    ("stats", ["stats", "{root}/survey.csv", "--model", "ols", "--formula", "score ~ income"], "income"),
    ("stats", ["stats", "{root}/absent.csv", "--model", "corr", "--variables", "age", "score"], "absent.csv"),
    ("stats", ["stats", "{root}/survey.csv", "--model", "anova"], "anova"),
    ("stats", ["stats", "{root}/survey.csv", "--model", "ols", "--formula", "score ~ age", "--reference", "agee=30"],
     "agee"),
    ("stats", ["stats", "{root}/survey.csv", "--model", "ols", "--formula", "score ~ age", "--type", "age=weird"],
     "weird"),
    ("stats", ["stats", "{root}/survey.csv", "--model", "ols", "--formula", "score ~ age", "--type", "agee=count"],
     "agee"),
    ("stats", ["stats", "{root}/survey.csv", "--model", "ols", "--formula", "score ~ age", "--robust", "HC9"], "HC9"),
    ("joint", ["joint", "{project}", "--id", "99"], "99"),
    ("joint", ["joint", "{root}/absent.qcproj"], "absent.qcproj"),
    ("clean-copy", ["clean-copy", "{root}/absent.qcproj", "{root}/copy.qcproj"], "absent.qcproj"),
    ("clean-copy", ["clean-copy", "{root}/notes.qcproj", "{root}/copy.qcproj"], "notes.qcproj"),
    ("clean-copy", ["clean-copy", "{project}", "{project}"], "study.qcproj"),
    ("agreement", ["agreement", "--matrix", "{root}/absent.csv"], "absent.csv"),
    ("agreement", ["agreement", "--matrix", "{root}/notes.xyz", "--level", "ratio"], "notes.xyz"),
    ("agreement", ["agreement", "{project}", "--coders", "Ana,Zoe"], "Ana"),
    ("agreement", ["agreement", "{root}/absent.qcproj", "--coders", "A,B"], "absent.qcproj"),
    ("refi", ["refi", "import", "{root}/absent.qdpx", "{project}"], "absent.qdpx"),
    ("refi", ["refi", "import", "{root}/notes.xyz", "{project}"], "notes.xyz"),
    ("refi", ["refi", "import", "{root}/survey.csv", "{project}"], "survey.csv"),
    ("refi", ["refi", "import", "{root}/absent.qdpx", "{root}/absent.qcproj"], "absent"),
    ("refi", ["refi", "export", "{project}", "{root}/out.docx"], "out.docx"),
    ("refi", ["refi", "export", "{project}", "{root}/no-such-folder/o.qdpx"], "no-such-folder"),
    ("refi", ["refi", "frobnicate", "{project}"], "frobnicate"),
    ("roster", ["roster", "{project}", "--import", "{root}/absent.csv"], "absent.csv"),
    ("roster", ["roster", "{project}", "--import", "{root}/bad_roster.csv"], "alien"),
    ("roster", ["roster", "{root}/notes.qcproj"], "notes.qcproj"),
    ("pseudonymise", ["pseudonymise", "{project}", "--roster", "{root}/survey.csv"], "survey.csv"),
    ("pseudonymise", ["pseudonymise", "{project}", "--ner", "xx_missing_pipeline_sm"], "xx_missing_pipeline_sm"),
    ("pseudonymise", ["pseudonymise", "{project}", "--keep-mapping"], "--keep-mapping"),
    ("pseudonymise", ["pseudonymise", "{root}/absent.qcproj"], "absent.qcproj"),
    ("audit", ["audit", "{project}", "--out", "{root}/audit.pdf"], "audit.pdf"),
    ("encrypt", ["encrypt", "{root}/notes.qcproj", "{root}/n.qcenc"], "notes.qcproj"),
    ("encrypt", ["encrypt", "{project}", "{project}"], "study.qcproj"),
    ("decrypt", ["decrypt", "{root}/notes.xyz", "{root}/back.qcproj"], "notes.xyz"),
    ("decrypt", ["decrypt", "{root}/absent.qcenc", "{root}/back.qcproj"], "absent.qcenc"),
    ("decrypt", ["decrypt", "{project}", "{root}/back.qcproj"], "study.qcproj"),
    ("new", ["new", "{project}", "--encrypt"], "study.qcproj"),
    ("new", ["new", "postgresql://host/db", "--encrypt"], "postgresql://host/db"),
    ("passwd", ["passwd", "{project}"], "study.qcproj"),
    ("passwd", ["passwd", "{root}/absent.qcproj"], "absent.qcproj"),
    ("passwd", ["passwd", "{root}/notes.qcproj"], "notes.qcproj"),
    ("audit", ["audit", "{project}", "--out", "{root}/no-such-folder/a.csv"], "no-such-folder"),
    ("merge", ["merge", "{root}/absent.qcproj", "{project}", "{root}/out.qcproj"], "absent.qcproj"),
    ("merge", ["merge", "{project}", "{root}/notes.qcproj", "{root}/out.qcproj"], "notes.qcproj"),
    ("merge", ["merge", "{project}", "{root}/notes.qcproj", "{root}/survey.csv"], "survey.csv"),
    ("merge", ["merge", "{project}", "{project}", "{root}/out.qcproj"], "study.qcproj"),
    ("merge", ["merge", "{project}", "{root}/notes.qcproj", "{root}/out.qcproj", "--decisions", "{root}/survey.csv"],
     "survey.csv"),
    ("team", ["team", "{project}", "list"], "study.qcproj"),
    ("team", ["team", "{root}/absent.qcproj", "list"], "absent.qcproj"),
    ("team", ["team", "{project}", "add"], "--role"),
    ("language", ["language", "{project}", "fr"], "fr"),
    ("language", ["language", "{root}/absent.qcproj", "ru"], "absent.qcproj"),
    ("language", ["language", "{project}", "ru", "--decimal", "dot"], "dot"),
    ("new", ["new", "{root}/fresh.qcproj", "--language", "de"], "de"),
    ("export", ["export", "{project}", "--report", "{root}/r.docx", "--language", "kk"], "kk"),
    ("suggest", ["suggest", "{project}", "--code", "No such code"], "No such code"),
    ("suggest", ["suggest", "{project}", "--code", "Peer", "--top", "0"], "--top"),
    ("suggest", ["suggest", "{root}/absent.qcproj", "--code", "Peer"], "absent.qcproj"),
    ("search", ["search", "{project}", "(unclosed", "--mode", "regex"], "regular expression"),
    ("search", ["search", "{project}", "peer", "--mode", "telepathy"], "telepathy"),
    ("search", ["search", "{project}", "   ", "--mode", "meaning"], "search for"),
    ("search", ["search", "{root}/notes.qcproj", "peer", "--mode", "meaning"], "notes.qcproj"),
]


@pytest.mark.parametrize(("command", "argv", "named"), BAD_INPUT,
                         ids=[f"{c}-{i}" for i, (c, _a, _n) in enumerate(BAD_INPUT)])
def test_bad_input_is_exit_2_with_one_line_naming_it(ws, capsys, command, argv, named):
    before = dump_tables(str(ws.project))
    files_before = sorted(p.name for p in ws.root.iterdir())
    status, _out, err = _run(ws, argv, capsys)
    assert status == 2, err
    assert len(err) == 1, err
    assert err[0].startswith("qualcode") and named in err[0]
    assert "please report" not in err[0]
    assert dump_tables(str(ws.project)) == before  # nothing half-done
    # no stray output files or backups (sqlite's -wal/-shm come and go with any reader)
    assert [n for n in sorted(p.name for p in ws.root.iterdir()) if not n.endswith(("-wal", "-shm"))] == \
        [n for n in files_before if not n.endswith(("-wal", "-shm"))]
    assert ws.gui_calls == []  # the app never started


def test_bad_input_with_json_also_prints_the_error_object(ws, capsys):
    import json

    status, out, err = _run(ws, ["info", "{root}/absent.qcproj", "--json"], capsys)
    assert status == 2 and len(err) == 1
    assert "absent.qcproj" in json.loads(out)["error"]


def _boom(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("injected fault\nsecond line of detail")


# subcommand -> (argv that would succeed, the service (or launcher) the handler calls, made to fail)
BUG_PATH: dict[str, tuple[list[str], str | None]] = {
    "demo": (["demo", "{root}/Demo.qcproj", "--no-gui"], "qualcode.services.demo.build_demo.build_demo"),
    "new": (["new", "{root}/fresh.qcproj"], "qualcode.services.projects.new_project"),
    "info": (["info", "{project}"], "qualcode.services.quick_info.describe_project"),
    "gui": (["gui", "{project}"], None),  # the launcher itself fails
    "import": (["import", "{project}", "{root}/notes.xyz"], "qualcode.services.corpus.importing.import_transcripts"),
    "survey": (["survey", "{project}", "{root}/survey.csv", "--id", "participant_id"],
               "qualcode.services.corpus.surveys.import_survey"),
    "code": (["code", "{project}", "--doc", "1", "--start", "0", "--end", "3", "--code", "Peer", "--create"],
             "qualcode.services.coding.retrieval.find_code_by_path"),
    "segments": (["segments", "{project}"], "qualcode.services.coding.retrieval.segment_rows"),
    "codebook-import": (["codebook-import", "{project}", "seed"], "qualcode.services.codebook.codebook_io.import_codebook"),
    "export": (["export", "{project}", "--report", "{root}/r.docx"], "qualcode.services.export.export_report_docx"),
    "link": (["link", "{project}"], "qualcode.services.mixed.linking.build_case_table"),
    "stats": (["stats", "{root}/survey.csv", "--model", "corr", "--variables", "age", "score"],
              "qualcode.services.mixed.analysis.run_analysis"),
    "joint": (["joint", "{project}"], "qualcode.services.mixed.joint_view.compute_all"),
    "clean-copy": (["clean-copy", "{project}", "{root}/copy.qcproj"], "qualcode.services.projects.write_cleaned_copy"),
    "agreement": (["agreement", "--matrix", "{root}/survey.csv"],
                  "qualcode.services.team.agreement.agreement_from_table"),
    "refi": (["refi", "import", str(Path(__file__).parents[1] / "data" / "refi" / "REFI-QDA-1-5_AnnexA1_codebook.qdc"), "{project}"],
                    "qualcode.services.exchange.import_refi"),
    "roster": (["roster", "{project}"], "qualcode.cli.privacy_commands.get_roster"),
    "pseudonymise": (["pseudonymise", "{project}"], "qualcode.cli.privacy_commands.find_in_project"),
    "audit": (["audit", "{project}"], "qualcode.cli.privacy_commands.audit_entries"),
    "encrypt": (["encrypt", "{project}", "{root}/s.qcenc"], "qualcode.services.privacy.archive.encrypt_project_copy"),
    "decrypt": (["decrypt", "{root}/s.qcenc", "{root}/back.qcproj"], "qualcode.services.privacy.archive.check_archive"),
    "merge": (["merge", "{project}", "{root}/notes.qcproj", "{root}/o.qcproj"], "qualcode.services.team.merge.merge_projects"),
    "team": (["team", "{project}", "list"], "qualcode.services.team.live.list_team_members"),
    "encrypt": (["encrypt", "{project}", "{root}/s.qcproj"], "qualcode.services.projects.encrypt_project"),
    "decrypt": (["decrypt", "{project}", "{root}/back.qcproj"], "qualcode.services.projects.decrypt_project"),
    "passwd": (["passwd", "{project}"], "qualcode.services.projects.is_encrypted_project"),
    "language": (["language", "{project}", "ru"], "qualcode.services.output_language.set_project_language"),
    "suggest": (["suggest", "{project}", "--code", "Peer"], "qualcode.services.coding.retrieval.find_code_by_path"),
    "search": (["search", "{project}", "peer", "--mode", "plain"], "qualcode.services.assistant.search"),
}
BUG_PATH_COMMANDS = tuple(BUG_PATH)


def _inject(ws: Workspace, monkeypatch: pytest.MonkeyPatch, target: str | None) -> None:
    if target is None:
        monkeypatch.setattr(ws, "gui", _boom)
    else:
        monkeypatch.setattr(target, _boom)


@pytest.mark.parametrize("command", BUG_PATH_COMMANDS)
def test_a_bug_is_exit_1_asking_for_a_report(ws, capsys, monkeypatch, command):
    argv, target = BUG_PATH[command]
    monkeypatch.delenv("QUALCODE_DEBUG", raising=False)
    _inject(ws, monkeypatch, target)
    status, _out, err = _run(ws, argv, capsys)
    assert status == 1, err
    assert len(err) == 1, err
    assert "please report" in err[0] and "RuntimeError: injected fault" in err[0]
    assert "QUALCODE_DEBUG=1" in err[0]
    assert "not changed" not in err[0]  # a bug may strike after a write: promise nothing


@pytest.mark.parametrize("command", ["info", "gui", "stats"])
def test_with_qualcode_debug_the_traceback_propagates(ws, capsys, monkeypatch, command):
    argv, target = BUG_PATH[command]
    monkeypatch.setenv("QUALCODE_DEBUG", "1")
    _inject(ws, monkeypatch, target)
    with pytest.raises(RuntimeError, match="injected fault"):
        main(ws.argv(argv), gui=ws.gui)


def test_a_bare_value_error_from_deep_inside_is_a_bug_not_bad_input(ws, capsys, monkeypatch):
    def deep(*_args: object, **_kwargs: object) -> None:
        raise ValueError("operands could not be broadcast together")

    monkeypatch.setattr("qualcode.services.mixed.analysis.run_analysis", deep)
    status, _out, err = _run(ws, BUG_PATH["stats"][0], capsys)
    assert status == 1 and len(err) == 1 and "please report" in err[0]


def test_every_subcommand_has_a_bad_input_case():
    from qualcode.cli.main import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == {c for c, _a, _n in BAD_INPUT} == set(BUG_PATH_COMMANDS)
