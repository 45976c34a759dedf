"""`qualcode export`: the codebook and the thematic report to Word; codebook and coded
segments to CSV / XLSX; `qualcode codebook-import`: a (deductive) codebook from CSV/XLSX/Word."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import CliError, emit
from qualcode.core.labels import OUTPUT_LANGUAGES

_TARGETS = (
    ("codebook", "--codebook", "the structured codebook as a Word document (.docx)"),
    ("report", "--report", "the thematic report as a Word document (.docx)"),
    ("codebook_csv", "--codebook-csv", "the codebook as CSV (re-importable)"),
    ("codebook_xlsx", "--codebook-xlsx", "the codebook as Excel (re-importable)"),
    ("segments_csv", "--segments-csv", "every coded segment as CSV"),
    ("segments_xlsx", "--segments-xlsx", "every coded segment as Excel"),
    ("joint", "--joint", "the joint displays, computed now, as a Word document (.docx)"),
)


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="export the codebook, the thematic report or coded segments")
    p.add_argument("project")
    for dest, flag, text in _TARGETS:
        p.add_argument(flag, dest=dest, metavar="OUT", help=text)
    p.add_argument("--language", choices=OUTPUT_LANGUAGES,
                   help="language of the Word documents' fixed labels (default: the project's, see `qualcode "
                        "language`); CSV/XLSX column names stay English")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("codebook-import", help="import a codebook (CSV, XLSX or a Word table)")
    p.add_argument("project")
    p.add_argument("file", help="codebook file; use 'seed' for the seed study's deductive codebook")
    p.add_argument("--origin", choices=("deductive", "inductive", "in-vivo"), default="deductive",
                   help="origin of codes whose row does not say (default: deductive)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_codebook_import)


def cmd_export(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services import export
    from qualcode.services.projects import load_project

    chosen = [(dest, getattr(args, dest)) for dest, _f, _t in _TARGETS if getattr(args, dest)]
    if not chosen:
        raise CliError("say what to export: " + ", ".join(f for _d, f, _t in _TARGETS))
    for dest, out in chosen:
        want = ".docx" if dest in ("codebook", "report", "joint") else (".csv" if dest.endswith("csv") else ".xlsx")
        if not out.lower().endswith(want):
            raise CliError(f"--{dest.replace('_', '-')} writes a {want} file; {out!r} does not end in {want}")
    project = load_project(args.project)
    results = []
    try:
        for dest, out in chosen:
            if dest == "codebook":
                summary = export.export_codebook_docx(project, out, language=args.language).value
            elif dest == "report":
                summary = export.export_report_docx(project, out, language=args.language).value
            elif dest == "joint":
                from qualcode.services.mixed.joint_export import export_joint_displays_docx

                summary = export_joint_displays_docx(project, out, language=args.language).value
            elif dest.startswith("codebook"):
                summary = export.export_codebook(project, out).value
            else:
                summary = export.export_segments_table(project, out).value
            results.append({"kind": summary.kind, "path": summary.path, "items": summary.items})
    finally:
        project.close()
    text = "\n".join(f"Wrote {r['path']} ({r['kind']}, {r['items']} items)" for r in results)
    emit(results, args.json, text)
    return 0


def cmd_codebook_import(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.core.codebook import CodeOrigin
    from qualcode.services.codebook.codebook_io import import_codebook, seed_codebook_path
    from qualcode.services.projects import load_project

    source = seed_codebook_path() if args.file == "seed" else args.file
    project = load_project(args.project)
    try:
        result = import_codebook(project, source, default_origin=CodeOrigin(args.origin)).value
    finally:
        project.close()
    payload = {"source": result.source, "created": len(result.created), "updated": len(result.previous)}
    emit(payload, args.json, f"Imported {result.source}: {payload['created']} codes created, "
                             f"{payload['updated']} updated")
    return 0
