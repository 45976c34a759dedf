"""`qualcode survey`: import a survey table and link it to cases."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import CliError, emit
from qualcode.core.survey import VariableType


def register(sub: Any) -> None:
    p = sub.add_parser("survey", help="import a survey (csv, xlsx, sav, dta) and link rows to cases by an ID column")
    p.add_argument("project")
    p.add_argument("file")
    p.add_argument("--id", required=True, dest="id_column", help="the column holding the participant ID")
    p.add_argument("--sheet", help="xlsx sheet name (default: the first)")
    p.add_argument("--encoding", metavar="ENC",
                   help="text encoding of a .csv (e.g. utf-16, cp1251, koi8-r); detected when not given")
    p.add_argument("--strip", action="store_true", help="ignore spaces around IDs when matching")
    p.add_argument("--casefold", action="store_true", help="ignore upper/lower case when matching IDs")
    p.add_argument("--create-cases", action="store_true", help="make a case for every survey row without one")
    p.add_argument("--type", action="append", default=[], metavar="VAR=TYPE",
                   help="correct an inferred type: continuous, binary, ordinal, categorical, count, text, id")
    p.add_argument("--text-column", action="append", default=[], metavar="COLUMN",
                   help="turn an open-ended column into one document per respondent")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_survey)


def _types(pairs: list[str]) -> dict[str, VariableType]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise CliError(f"--type expects VAR=TYPE, got {pair!r}")
        try:
            out[name] = VariableType(value)
        except ValueError:
            raise CliError(f"--type {pair}: {value!r} is not a type; use one of "
                           + ", ".join(t.value for t in VariableType)) from None
    return out


def cmd_survey(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.corpus.surveys import import_survey
    from qualcode.services.projects import load_project

    project = load_project(args.project)
    try:
        result = import_survey(
            project, args.file, args.id_column, strip=args.strip, casefold=args.casefold,
            create_cases=args.create_cases, types=_types(args.type), text_columns=args.text_column, sheet=args.sheet,
            encoding=args.encoding,
        ).value
    finally:
        project.close()
    payload = {
        "table": result.name, "rows": result.rows,
        "variables": [{"name": v.name, "label": v.label, "type": v.type.value, "levels": list(v.levels)}
                      for v in result.variables],
        "matched": list(result.link.matched), "rows_without_case": list(result.link.rows_without_case),
        "cases_without_row": list(result.link.cases_without_row),
        "rows_without_key": list(result.link.rows_without_key),
        "near_matches": [list(p) for p in result.link.near_matches],
        "created_cases": list(result.created_cases), "text_documents": result.text_documents,
        "warnings": list(result.warnings),
    }
    text = (f"{result.name}: {result.rows} rows, {len(result.variables)} variables; "
            f"{len(result.link.matched)} linked to cases, {len(result.link.rows_without_case)} rows without a case, "
            f"{len(result.link.cases_without_row)} cases without a row")
    if result.link.near_matches:
        text += f"\nIDs that would match with --strip/--casefold: {', '.join(a for a, _ in result.link.near_matches)}"
    text += "".join(f"\nwarning: {w}" for w in result.warnings)
    emit(payload, args.json, text)
    return 0
