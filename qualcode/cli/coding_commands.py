"""`qualcode code` and `qualcode segments`: scripting and checking codings."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import CliError, emit
from qualcode.core.span import Span


def register(sub: Any) -> None:
    p = sub.add_parser("code", help="apply a code to a span of a document")
    p.add_argument("project")
    p.add_argument("--doc", type=int, required=True, help="document id")
    p.add_argument("--start", type=int, required=True, help="first code point (0-based)")
    p.add_argument("--end", type=int, required=True, help="code point after the last one")
    p.add_argument("--code", required=True, help="code name or path like Legal/Legal aid")
    p.add_argument("--coder", default="cli")
    p.add_argument("--create", action="store_true", help="create the code if it does not exist")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_code)

    p = sub.add_parser("segments", help="list coded segments")
    p.add_argument("project")
    p.add_argument("--code", help="code name or path (its sub-codes included)")
    p.add_argument("--doc", type=int, help="document id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_segments)


def cmd_code(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.coding.retrieval import find_code_by_path, segment_rows
    from qualcode.services.coding.segments import apply_named_code
    from qualcode.services.projects import load_project

    project = load_project(args.project)
    try:
        code = find_code_by_path(project, args.code)
        if code is None and not args.create:
            raise CliError(f"there is no code {args.code!r} (use --create to make it)")
        # One transaction: a bad span leaves neither the new code nor the new coder behind.
        coding = apply_named_code(project, args.doc, Span(args.start, args.end), code, args.code, args.coder).value
        rows = segment_rows(project, segment_ids=[coding.segment.id])
    finally:
        project.close()
    emit(rows[0], args.json, f"Coded {args.start}-{args.end} of document {args.doc} with {coding.code.name}")
    return 0


def cmd_segments(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.coding.retrieval import find_code_by_path, segment_rows
    from qualcode.services.projects import load_project

    project = load_project(args.project)
    try:
        code_ids = None
        if args.code:
            code = find_code_by_path(project, args.code)
            if code is None:
                raise CliError(f"there is no code {args.code!r}")
            code_ids = [code.id]
        rows = segment_rows(project, code_ids=code_ids, document_id=args.doc, with_children=True)
    finally:
        project.close()
    text = "\n".join(f"{r['document_id']}:{r['start']}-{r['end']}  {r['code']}  {r['text'][:60]!r}" for r in rows)
    emit(rows, args.json, text or "No coded segments.")
    return 0
