"""`qualcode import`: bulk-import transcripts into a project (all or nothing)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import TYPE_CHECKING, Any

from qualcode.cli.output import emit, fail, terminal_safe
from qualcode.core.document import DocumentKind

if TYPE_CHECKING:  # the importers load inside the command
    from qualcode.services.corpus.importing import ImportedFile


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="import transcripts (txt, docx, odt, pdf, rtf, srt, vtt, html, md)")
    p.add_argument("project")
    p.add_argument("files", nargs="+")
    p.add_argument("--kind", choices=[k.value for k in DocumentKind if k != DocumentKind.OPEN_SURVEY_ANSWER],
                   default=DocumentKind.INTERVIEW.value)
    p.add_argument("--case-from-filename", action="store_true",
                   help="each interview's case is its file name (without extension), not its interviewee's name")
    p.add_argument("--interviewer", metavar="NAME", action="append", default=[],
                   help="the speaker who is the interviewer/moderator (repeat for several); "
                        "by default the speaker labelled so or asking the most questions")
    p.add_argument("--case", metavar="NAME",
                   help="the case every interview's participant is linked to (default: the interviewee's "
                        "name, or the file name for generic labels such as 'Respondent')")
    p.add_argument("--skip-bad", action="store_true", help="import the good files and report the bad ones")
    p.add_argument("--encoding", metavar="ENC",
                   help="text encoding of txt, md, srt, vtt and html files (e.g. utf-16, cp1251, koi8-r); "
                        "detected when not given")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.corpus.parse_ahead import start_parsing

    # The parse workers start first (forked where that is safe: this process has one thread and has not
    # loaded SQLAlchemy yet), so they read files while the storage layer loads and the project opens.
    stream = start_parsing(args.files, encoding=args.encoding, fork=True)
    try:
        from qualcode.services.corpus.importing import import_transcripts
        from qualcode.services.corpus.proposals import ImportOverrides
        from qualcode.services.projects import load_project

        project = load_project(args.project)
    except BaseException:
        stream.close()  # no project: stop the workers; nothing was stored
        raise
    try:
        def progress(done: int, total: int, name: str) -> None:
            if not args.json and sys.stderr.isatty():
                shown = terminal_safe(name[:40], keep_layout=False)
                print(f"\r{done}/{total} {shown:<40}", end="", file=sys.stderr, flush=True)

        report = import_transcripts(
            project, args.files, kind=DocumentKind(args.kind), case_from_filename=args.case_from_filename,
            skip_bad=args.skip_bad, progress=progress, encoding=args.encoding, stream=stream,
            overrides=ImportOverrides(tuple(args.interviewer), args.case or None, args.case_from_filename),
        ).value
    except BaseException:
        _close_quietly(project)  # the import's own error is the one to report; nothing was stored
        raise
    close_error = _close_after_commit(project)
    rows = [
        {"file": r.path, "document_id": r.document_id, "format": r.format, "encoding": r.encoding,
         "turns": r.turns, "speakers": [{"speaker": s, "turns": n} for s, n in r.speakers.items()],
         "interviewers": list(r.interviewers), "cases": list(r.cases),
         "warnings": list(r.warnings), "error": r.error}
        for r in report
    ]
    ok = [r for r in report if r.error is None]
    text = "\n".join(_line(r) for r in report) + f"\nImported {len(ok)} of {len(rows)} files."
    emit(rows, args.json, text)
    if close_error is not None:
        # committed already: saying "not changed" here would invite a duplicate re-import
        fail(f"the import was saved ({len(ok)} documents); closing the project failed: "
             f"{close_error.rstrip('.')}. Do not import these files again.", False)
        return 1
    return 0


def _line(row: ImportedFile) -> str:
    """One file's result, then its warnings indented below it."""
    if row.error is None:
        speakers = ", ".join(f"{speaker} ({turns})" for speaker, turns in row.speakers.items())
        head = f"{row.path}: document {row.document_id}, {row.turns} turns, {speakers}"
        head += f"; interviewer: {', '.join(row.interviewers) or 'none'}; case: {', '.join(row.cases) or 'NONE'}"
    else:
        head = f"{row.path}: skipped: {row.error}"
    return head + "".join(f"\n  warning: {warning}" for warning in row.warnings)


def _close_quietly(project: Any) -> None:
    with contextlib.suppress(Exception):  # secondary to the error being raised
        project.close()


def _close_after_commit(project: Any) -> str | None:
    """Close the project; after a commit a failure here is reported, not raised."""
    try:
        project.close()
    except Exception as exc:  # noqa: BLE001 - whatever it is, the import is already saved
        return str(exc) or type(exc).__name__
    return None
