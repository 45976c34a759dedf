"""`qualcode suggest` and `qualcode search`: the offline coding assistant from a script."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from qualcode.cli.output import CliError, emit, terminal_safe
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qualcode.services.projects import Project

_MODES = ("plain", "word", "regex", "lemma", "meaning")


def register(sub: Any) -> None:
    p = sub.add_parser("suggest", help="passages like a code's coded segments (offline assistant)")
    p.add_argument("project")
    p.add_argument("--code", required=True, help="code name or path like Legal/Legal aid")
    p.add_argument("--top", type=int, default=20, help="how many suggestions (default 20)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_suggest)

    p = sub.add_parser("search", help="search the documents by text, regex, lemma or meaning")
    p.add_argument("project")
    p.add_argument("query")
    p.add_argument("--mode", choices=_MODES, default="plain")
    p.add_argument("--top", type=int, default=50, help="meaning mode: how many passages (default 50)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)


def _positive(top: int) -> int:
    if top < 1:
        raise CliError(f"--top must be 1 or more, not {top}")
    return top


def _update_index(project: Project) -> None:
    """Build or update the embedding index when needed, saying so on stderr."""
    from qualcode.services.assistant import build_index, index_status
    from qualcode.services.projects import ReadOnlyProjectError

    status = index_status(project)
    if status.current:
        return
    if project.read_only:
        print(f"qualcode: the assistant's index lacks {len(status.stale)} document(s) and this project is "
              "read-only; searching what is indexed", file=sys.stderr)
        return
    print(f"qualcode: updating the assistant's index ({len(status.stale)} of {status.documents} document(s))...",
          file=sys.stderr)
    try:
        report = build_index(project)
    except ReadOnlyProjectError:
        print("qualcode: the project is read-only; searching what is indexed", file=sys.stderr)
        return
    print(f"qualcode: index ready: {report.units} units in {report.documents} document(s) "
          f"({report.seconds:.1f} s, {report.model} {report.version})", file=sys.stderr)


def cmd_suggest(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.assistant import suggest
    from qualcode.services.coding.retrieval import find_code_by_path
    from qualcode.services.projects import load_project

    top = _positive(args.top)
    project = load_project(args.project)
    try:
        code = find_code_by_path(project, args.code)
        if code is None:
            raise CliError(f"there is no code {args.code!r}")
        _update_index(project)
        suggestions = suggest(project, code.id, top=top)
    finally:
        project.close()
    rows = [{**asdict(s), "matched_lemmas": list(s.matched_lemmas), "code": code.name} for s in suggestions]
    text = "\n".join(f"{s.score:.3f}  {s.document_id}:{s.start}-{s.end}  {terminal_safe(s.text[:70], keep_layout=False)!s}"
                     f"  [{', '.join(s.matched_lemmas)}]" for s in suggestions)
    emit(rows, args.json, text or f"No suggestions for {code.name}.")
    return 0


def cmd_search(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.assistant import search
    from qualcode.services.coding.search import compile_pattern
    from qualcode.services.projects import load_project

    top = _positive(args.top)
    if args.mode == "meaning":
        if not args.query.strip():
            raise CliError("type something to search for")
    else:
        compile_pattern(args.query, mode=args.mode)  # a bad regex fails before the project opens
    project = load_project(args.project)
    try:
        if args.mode == "meaning":
            _update_index(project)
        hits = search(project, args.query, args.mode, top=top)
    finally:
        project.close()
    rows = [{"document_id": h.document_id, "start": h.span.start, "end": h.span.end, "before": h.before,
             "match": h.match, "after": h.after, **({"score": h.score} if hasattr(h, "score") else {})}
            for h in hits]
    text = "\n".join(f"{h.document_id}:{h.span.start}-{h.span.end}  …{h.before[-30:]}[{h.match[:60]}]{h.after[:30]}…"
                     for h in hits)
    emit(rows, args.json, text or "No hits.")
    return 0
