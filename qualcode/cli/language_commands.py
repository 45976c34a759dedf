"""`qualcode language`: show or set the language of the project's Word and table output."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import emit
from qualcode.core.labels import OUTPUT_LANGUAGES

_DECIMALS = {"comma": True, "point": False, "default": None}


def register(sub: Any) -> None:
    p = sub.add_parser("language", help="show or set the language (en, ru, uz) and decimal mark of Word and "
                                        "table output")
    p.add_argument("project")
    p.add_argument("language", nargs="?", choices=OUTPUT_LANGUAGES,
                   help="the output language; omitted: show the current setting")
    p.add_argument("--decimal", choices=tuple(_DECIMALS),
                   help="decimal mark of numbers in tables (default: the language's convention, "
                        "a point in English/APA, a comma in Russian and Uzbek)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_language)


def cmd_language(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.output_language import output_settings, set_project_language
    from qualcode.services.projects import load_project

    project = load_project(args.project)
    try:
        if args.language is not None or args.decimal is not None:
            language = args.language or output_settings(project).language
            settings = set_project_language(project, language, decimal_comma=_DECIMALS[args.decimal or "default"],
                                            initiator="cli").value
        else:
            settings = output_settings(project)
    finally:
        project.close()
    payload = {"language": settings.language, "decimal_comma": settings.decimal_comma,
               "decimal_default": settings.decimal_default}
    mark = "comma" if settings.decimal_comma else "point"
    emit(payload, args.json, f"Output language: {settings.language}; decimal {mark}"
                             + (" (the language's convention)" if settings.decimal_default else ""))
    return 0
