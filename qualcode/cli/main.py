"""Argument parsing, dispatch and the exit-code policy.

Exit status: 0 success; 2 the user's input is wrong (a bad file, value or option: one
line on stderr naming it); 1 a bug in QualCode (one line asking for a report; the
traceback with ``QUALCODE_DEBUG=1``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from qualcode import __version__
from qualcode.cli import (
    agreement_commands,
    analysis_commands,
    assistant_commands,
    clean_copy_commands,
    coding_commands,
    exchange_commands,
    export_commands,
    import_commands,
    joint_commands,
    language_commands,
    privacy_commands,
    merge_commands,
    project_commands,
    survey_commands,
    team_commands,
)
from qualcode.cli.output import CliError, fail
from qualcode.cli.passwords import password_for_project
from qualcode.core.errors import QualCodeError
from quant.errors import QuantError

GuiLauncher = Callable[[str | None], int]

_MODULES = (project_commands, import_commands, survey_commands, coding_commands, analysis_commands,
            export_commands, joint_commands, clean_copy_commands, agreement_commands, exchange_commands,
            privacy_commands, merge_commands, team_commands, language_commands, assistant_commands)

#: Errors that describe the user's input or their machine (a missing file, no permission,
#: a full disk). A bare ValueError is *not* here: raised from deep in a library it is a
#: bug, so user-input checks raise QualCodeError, CliError or quant's QuantError instead.
USER_ERRORS: tuple[type[BaseException], ...] = (QualCodeError, CliError, QuantError, OSError)


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints the usage block before an error; the CLI promises one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="qualcode", description="QualCode: code transcripts, build themes, link them to survey data."
    )
    parser.add_argument("--version", action="version", version=f"qualcode {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES:
        module.register(sub)
    return parser


def _user_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc)


def _bug_message(exc: BaseException) -> str:
    first = str(exc).splitlines()[0] if str(exc).strip() else ""
    return (f"unexpected {type(exc).__name__}{': ' + first if first else ''}. This is a bug in QualCode: "
            "please report it (set QUALCODE_DEBUG=1 to see the traceback).")


def main(argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None) -> int:
    """Run one ``qualcode`` command line.

    Parameters
    ----------
    argv
        The arguments after ``qualcode`` (default: ``sys.argv[1:]``).
    gui
        Opens the desktop app on a project path (or none); ``None`` where Qt is unavailable.

    Returns
    -------
    int
        0 on success, 2 for bad input (one line on stderr), 1 for a bug (one line asking
        for a report; with ``QUALCODE_DEBUG=1`` the exception propagates instead).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if gui is not None:
            return gui(None)
        parser.print_help()
        return 0
    as_json = bool(getattr(args, "json", False))
    from qualcode.services.password_source import set_password_source

    previous_source = set_password_source(password_for_project)  # encrypted projects: env or prompt
    try:
        return int(args.handler(args, gui) or 0)
    except USER_ERRORS as exc:
        return fail(_user_message(exc), as_json)
    except Exception as exc:  # a bug: one line, the traceback on request
        if os.environ.get("QUALCODE_DEBUG"):
            raise
        fail(_bug_message(exc), as_json)
        sys.stderr.flush()
        return 1
    finally:
        set_password_source(previous_source)
