"""`qualcode agreement`: inter-coder agreement from a plain table or from a project."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import CliError, emit

_STATISTICS = ("krippendorff", "fleiss", "cohen", "percent", "holsti", "brennan-prediger", "gwet")


def register(sub: Any) -> None:
    p = sub.add_parser("agreement", help="inter-coder agreement with 95%% confidence intervals")
    p.add_argument("project", nargs="?", help="a project (agreement between its coders)")
    p.add_argument("--matrix", metavar="FILE.csv",
                   help="a table coded anywhere: rows are coders, columns units, empty = not coded")
    p.add_argument("--statistic", choices=_STATISTICS, help="default with --matrix: krippendorff")
    p.add_argument("--level", choices=("nominal", "ordinal", "interval", "ratio"), default="nominal")
    p.add_argument("--weights", choices=("none", "linear", "quadratic"), default="none")
    p.add_argument("--no-labels", action="store_true",
                   help="the table has no header row of units and no column of coder names")
    p.add_argument("--coders", help="with PROJECT: coder names, comma-separated (A,B[,C])")
    p.add_argument("--unit", choices=("character", "sentence", "turn", "document"), default="sentence")
    p.add_argument("--code", help="with PROJECT: only this code (name or path)")
    p.add_argument("--without-uncoded", action="store_true", help="leave out text no chosen coder coded")
    p.add_argument("--seed", type=int, default=12345, help="bootstrap seed (default 12345)")
    p.add_argument("--csv", metavar="OUT.csv", help="with PROJECT: also write the table as CSV")
    p.add_argument("--docx", metavar="OUT.docx", help="with PROJECT: also write the table to Word")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_agreement)


def cmd_agreement(args: argparse.Namespace, _gui: Any) -> int:
    if bool(args.matrix) == bool(args.project):
        raise CliError("give either a PROJECT or --matrix FILE.csv (not both, not neither)")
    if args.matrix:
        return _from_matrix(args)
    return _from_project(args)


def _from_matrix(args: argparse.Namespace) -> int:
    from qualcode.services.team.agreement import agreement_from_table

    if args.coders or args.code or args.csv or args.docx:
        raise CliError("--coders, --code, --csv and --docx go with a PROJECT, not with --matrix")
    statistic = args.statistic or "krippendorff"
    result = agreement_from_table(args.matrix, statistic, level=args.level, weights=args.weights,
                                  labels=not args.no_labels, seed=args.seed)
    payload = result.to_dict()
    emit(payload, args.json, _line(payload))
    return 0


def _line(row: dict[str, Any]) -> str:
    def fmt(v: Any) -> str:
        return "NA" if v is None else f"{v:.3f}"

    return (f"{row['statistic']}: {fmt(row['value'])} (95% CI {fmt(row['ci_low'])} to {fmt(row['ci_high'])}; "
            f"{row['n_units']} units, {row['n_coders']} coders)")


def _from_project(args: argparse.Namespace) -> int:
    from qualcode.services.coding.retrieval import find_code_by_path
    from qualcode.services.output_language import project_labels
    from qualcode.services.projects import load_project
    from qualcode.services.team.agreement import project_agreement
    from qualcode.services.team.agreement_export import (
        write_agreement_csv,
        write_agreement_docx,
    )

    if not args.coders:
        raise CliError("name the coders to compare: --coders A,B")
    project = load_project(args.project)
    try:
        code_id = None
        if args.code:
            code = find_code_by_path(project, args.code)
            if code is None:
                raise CliError(f"there is no code {args.code!r}")
            code_id = code.id
        table = project_agreement(project, args.coders.split(","), unit=args.unit, code=code_id,
                                  statistics=[args.statistic] if args.statistic else None,
                                  include_uncoded=not args.without_uncoded, seed=args.seed)
        labels = project_labels(project)
    finally:
        project.close()
    if args.csv:
        write_agreement_csv(table, args.csv)
    if args.docx:
        write_agreement_docx(table, args.docx, labels)
    text = "\n".join(f"{r.code}  {_line(r.result.to_dict())}" for r in table.rows)
    emit(table.to_dict(), args.json, text or "No coder coded anything the chosen coders share.")
    return 0
