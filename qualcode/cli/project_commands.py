"""`qualcode new`, `qualcode info`, `qualcode gui`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qualcode.cli.output import CliError, emit
from qualcode.services.projects import load_project, new_project, project_info


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument("path")
    p.add_argument("--title")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("info", help="counts of documents, codes, segments ... and the schema version")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("gui", help="open the desktop app (optionally on a project)")
    p.add_argument("path", nargs="?")
    p.add_argument("--json", action="store_true", help="accepted for symmetry; prints nothing")
    p.set_defaults(handler=cmd_gui)


def cmd_new(args: argparse.Namespace, _gui: Any) -> int:
    target = args.path
    if "://" not in target and not target.endswith(".qcproj"):
        target += ".qcproj"
    project = new_project(target, title=args.title)
    info = project_info(project)
    project.close()
    emit(info, args.json, f"Created {info['location']}")
    return 0


def cmd_info(args: argparse.Namespace, _gui: Any) -> int:
    project = load_project(args.path)
    try:
        info = project_info(project)
    finally:
        project.close()
    emit(info, args.json)
    return 0


def cmd_gui(args: argparse.Namespace, gui: Any) -> int:
    if gui is None:
        raise CliError("the desktop app is not available in this entry point; run `qualcode gui`")
    if args.path and not Path(args.path).exists() and "://" not in args.path:
        raise CliError(f"{args.path} does not exist")
    if args.path:
        # a file that is not a project fails here, as one line, before the app starts
        load_project(args.path).close()
    return int(gui(args.path))
