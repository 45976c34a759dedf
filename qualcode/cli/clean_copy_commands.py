"""`qualcode clean-copy`: a copy of a project without the database objects QualCode did not create."""

from __future__ import annotations

import argparse
from typing import Any

from qualcode.cli.output import emit


def register(sub: Any) -> None:
    p = sub.add_parser(
        "clean-copy",
        help="copy a project that was refused for foreign triggers/views, leaving those objects out",
    )
    p.add_argument("project", help="the refused project (only read)")
    p.add_argument("copy", help="the new project file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_clean_copy)


def cmd_clean_copy(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.projects import write_cleaned_copy

    report = write_cleaned_copy(args.project, args.copy)
    lines = [f"Wrote {report.copy}, a cleaned copy of {report.source}."]
    lines += [f"Left out: {item}" for item in report.removed_objects] or ["Nothing foreign was found."]
    lines += [f"Skipped {n} row(s) of {table} that the clean schema refused" for table, n in
              sorted(report.skipped_rows.items())]
    emit({"source": report.source, "copy": report.copy, "schema_version": report.revision,
          "removed_objects": list(report.removed_objects), "skipped_rows": report.skipped_rows},
         args.json, "\n".join(lines))
    return 0
