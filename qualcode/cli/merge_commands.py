"""`qualcode merge`: merge two copies of one project coded apart into a new project file."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import emit


def register(sub: Any) -> None:
    p = sub.add_parser("merge", help="merge two copies of one project coded apart (the copies are only read)")
    p.add_argument("a", help="the first copy (A)")
    p.add_argument("b", help="the second copy (B)")
    p.add_argument("out", help="the merged project file to create")
    p.add_argument("--prefer", choices=("a", "b"),
                   help="decide every conflict for this copy (default: keep both sides' work)")
    p.add_argument("--decisions", metavar="FILE.json",
                   help='per-conflict decisions: {"<conflict id>": "<option>"} (ids as in the report)')
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_merge)


def cmd_merge(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.team.merge import merge_projects
    from qualcode.services.team.merge_conflicts import load_decisions

    decisions = load_decisions(args.decisions) if args.decisions else None
    report = merge_projects(args.a, args.b, args.out, prefer=args.prefer, decisions=decisions)
    lines = [f"Wrote {report.output}."]
    lines += [f"  {name.replace('_', ' ')}: {n}" for name, n in report.counts.items() if n]
    lines.append(f"{len(report.conflicts)} conflict(s):" if report.conflicts else "No conflicts.")
    lines += [f"  {c['id']} ({c['label']}): {c['decision']} [{c['decided_by']}; options {'/'.join(c['options'])}]"
              for c in report.conflicts]
    lines += [f"Warning: {w}" for w in report.warnings]
    emit(report.as_dict(), args.json, "\n".join(lines))
    return 0
