"""`qualcode new`, `qualcode info`, `qualcode passwd`, `qualcode gui`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qualcode.cli.output import CliError, emit
from qualcode.cli.passwords import ask_password
from qualcode.core.labels import OUTPUT_LANGUAGES


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument("path")
    p.add_argument("--title")
    p.add_argument("--encrypt", action="store_true",
                   help="an encrypted project (SQLCipher); password from QUALCODE_PASSWORD or a prompt")
    p.add_argument("--language", choices=OUTPUT_LANGUAGES, default="en",
                   help="language of Word and table output (default en; change later with `qualcode language`)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("passwd", help="change the password of an encrypted project (old password from "
                                      "QUALCODE_PASSWORD, new from QUALCODE_NEW_PASSWORD, or prompts)")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("info", help="counts of documents, codes, segments ... and the schema version")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("gui", help="open the desktop app (optionally on a project)")
    p.add_argument("path", nargs="?")
    p.add_argument("--json", action="store_true", help="accepted for symmetry; prints nothing")
    p.set_defaults(handler=cmd_gui)


def cmd_new(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.projects import new_project, project_info

    target = args.path
    if "://" not in target and not target.endswith(".qcproj"):
        target += ".qcproj"
    if args.encrypt and "://" in target:
        raise CliError(f"{target} is a database server: encryption at rest is the server's job, not QualCode's")
    if args.encrypt and Path(target).exists():
        raise CliError(f"{target} already exists; choose another name or open it")
    password = ask_password("--encrypt", confirm=True) if args.encrypt else None
    project = new_project(target, title=args.title, password=password)
    if args.language != "en":
        from qualcode.services.output_language import set_project_language

        set_project_language(project, args.language, initiator="cli")
    info = project_info(project) | {"encrypted": bool(args.encrypt), "output_language": args.language}
    project.close()
    emit(info, args.json, f"Created {info['location']}" + (", encrypted" if args.encrypt else ""))
    return 0


def cmd_passwd(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.projects import PasswordNeededError, change_project_password, is_encrypted_project

    path = args.path
    if "://" in path:
        raise CliError(f"{path} is a database server: its passwords are the server's to change")
    if not Path(path).is_file():
        raise CliError(f"{path} does not exist" if not Path(path).exists() else f"{path} is not a project file")
    if not is_encrypted_project(path):
        raise PasswordNeededError(f"{path} is not an encrypted QualCode project; nothing was changed.")
    old = ask_password("passwd", prompt="Current password: ")
    new = ask_password("passwd", env="QUALCODE_NEW_PASSWORD", prompt="New password: ", confirm=True)
    change_project_password(path, old, new)
    emit({"project": path, "changed": True}, args.json, f"Changed the password of {path}.")
    return 0


def cmd_info(args: argparse.Namespace, _gui: Any) -> int:
    # a plain project file is read without SQLAlchemy (issue 18: info within 0.3 s of spawn)
    from qualcode.services.quick_info import describe_project

    emit(describe_project(args.path), args.json)
    return 0


def cmd_gui(args: argparse.Namespace, gui: Any) -> int:
    if gui is None:
        raise CliError("the desktop app is not available in this entry point; run `qualcode gui`")
    if args.path and not Path(args.path).exists() and "://" not in args.path:
        raise CliError(f"{args.path} does not exist")
    if args.path:
        from qualcode.services.projects import load_project

        # a file that is not a project fails here, as one line, before the app starts
        load_project(args.path).close()
    return int(gui(args.path))
