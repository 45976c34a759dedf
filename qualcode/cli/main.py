"""Argument parsing and dispatch."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence

from qualcode import __version__
from qualcode.cli import (
    analysis_commands,
    clean_copy_commands,
    coding_commands,
    export_commands,
    import_commands,
    joint_commands,
    project_commands,
    survey_commands,
)
from qualcode.cli.output import CliError, fail
from qualcode.core.errors import QualCodeError

GuiLauncher = Callable[[str | None], int]

_MODULES = (project_commands, import_commands, survey_commands, coding_commands, analysis_commands,
            export_commands, joint_commands, clean_copy_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qualcode", description="QualCode: code transcripts, build themes, link them to survey data."
    )
    parser.add_argument("--version", action="version", version=f"qualcode {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if gui is not None:
            return gui(None)
        parser.print_help()
        return 0
    as_json = bool(getattr(args, "json", False))
    try:
        return int(args.handler(args, gui) or 0)
    except (QualCodeError, CliError, ValueError, OSError) as exc:
        return fail(str(exc), as_json)
    except Exception as exc:  # noqa: BLE001 - a bug: still one line, details on request
        if os.environ.get("QUALCODE_DEBUG"):
            raise
        return fail(f"unexpected {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''} "
                    "(set QUALCODE_DEBUG=1 for the traceback; your project was not changed)", as_json) or 1
