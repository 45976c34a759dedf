"""`qualcode refi import FILE PROJECT` / `qualcode refi export PROJECT OUT`: REFI-QDA projects (.qdpx) and codebooks (.qdc),
the exchange format of NVivo, ATLAS.ti, MAXQDA and QualCoder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qualcode.cli.output import CliError, emit

_SUFFIXES = (".qdpx", ".qdc")


def register(sub: Any) -> None:
    refi = sub.add_parser("refi", help="exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)")
    actions = refi.add_subparsers(dest="refi_command", metavar="import|export", required=True)
    p = actions.add_parser("import", help="import a REFI-QDA project (.qdpx) or codebook (.qdc)")
    p.add_argument("file", help="a .qdpx project or .qdc codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder...")
    p.add_argument("project")
    p.add_argument("--coder", default="", help="who codings without a user are attributed to")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_refi_import)

    p = actions.add_parser("export", help="export the project as REFI-QDA (.qdpx) or its codebook (.qdc)")
    p.add_argument("project")
    p.add_argument("out", help="OUT.qdpx (the whole project) or OUT.qdc (the codebook)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_refi_export)


def _check_suffix(path: str, what: str) -> None:
    if Path(path).suffix.casefold() not in _SUFFIXES:
        raise CliError(f"{what} {path!r} is not a .qdpx project or a .qdc codebook")


def cmd_refi_import(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.exchange import import_refi
    from qualcode.services.projects import load_project

    _check_suffix(args.file, "the file")
    if not Path(args.file).is_file():
        raise CliError(f"{args.file}: no such file")
    project = load_project(args.project)
    try:
        report = import_refi(project, args.file, coder_name=args.coder, initiator="cli").value
    finally:
        project.close()
    emit(report.as_dict(), args.json, "\n".join(report.lines()))
    return 0


def cmd_refi_export(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.exchange import export_refi
    from qualcode.services.projects import load_project

    _check_suffix(args.out, "the output")
    project = load_project(args.project)
    try:
        report = export_refi(project, args.out).value
    finally:
        project.close()
    payload = report.as_dict() | {"path": str(args.out)}
    emit(payload, args.json, f"Wrote {args.out}: " + "\n".join(report.lines()).split(": ", 1)[1])
    return 0
