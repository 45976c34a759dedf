"""`qualcode roster`, `qualcode pseudonymise`, `qualcode audit`: protecting participants from a script."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from qualcode.cli.output import CliError, emit

# spaCy loads with qualcode.services.privacy (about a second) and SQLAlchemy with projects: only the commands
# that need them pay, and `qualcode --version` pays for neither.
_LAZY = ("load_project", "audit_entries", "find_in_project", "get_roster", "read_roster_csv", "set_roster", "write_audit_csv",
         "write_audit_docx")


def __getattr__(name: str) -> Any:
    if name == "load_project":
        from qualcode.services.projects import load_project

        return load_project
    if name in _LAZY:
        from qualcode.services import privacy

        return getattr(privacy, name)
    raise AttributeError(name)


def register(sub: Any) -> None:
    p = sub.add_parser("roster", help="show the project's roster of names, or replace it from a CSV")
    p.add_argument("project")
    p.add_argument("--import", dest="import_csv", metavar="FILE.csv",
                   help="CSV with name,kind,replacement; replaces the stored roster")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_roster)

    p = sub.add_parser("pseudonymise", help="find personal identifiers; --apply replaces them all")
    p.add_argument("project")
    p.add_argument("--roster", metavar="FILE.csv", help="use this roster instead of the stored one")
    p.add_argument("--ner", metavar="PACKAGE", help="also use this installed spaCy NER pipeline (name or path)")
    p.add_argument("--apply", action="store_true", help="accept every proposed replacement and apply them")
    p.add_argument("--keep-mapping", action="store_true",
                   help="keep original -> replacement encrypted (password from QUALCODE_PASSWORD or a prompt)")
    p.add_argument("--coder", default="cli", help="who is recorded in the audit log")
    p.add_argument("--exports-guard", choices=("on", "off"),
                   help="set 'pseudonymised exports only' (exports refuse while identifiers are unreviewed)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_pseudonymise)

    p = sub.add_parser("encrypt", help="write an encrypted working copy of a project (password from "
                                       "QUALCODE_PASSWORD or a prompt); the project itself is only read")
    p.add_argument("project")
    p.add_argument("copy", help="the encrypted file to write, e.g. study.qcenc")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser("decrypt", help="write a plain working project from an encrypted project or .qcenc copy")
    p.add_argument("copy", help="the encrypted file (only read)")
    p.add_argument("project", help="the project file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_decrypt)

    p = sub.add_parser("audit", help="show or export the audit log")
    p.add_argument("project")
    p.add_argument("--out", metavar="FILE.csv|FILE.docx", help="write the log as CSV, or as a Word appendix")
    p.add_argument("--action", help="only actions starting with this (e.g. pseudonymise)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)


def _password(what: str = "--keep-mapping", *, confirm: bool = False) -> str:
    password = os.environ.get("QUALCODE_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"{what} needs a password: set QUALCODE_PASSWORD or run in a terminal")
        password = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Password again: ") != password:
            raise CliError("the two passwords differ; nothing was written")
    if not password:
        raise CliError(f"{what} needs a non-empty password")
    return password


def cmd_encrypt(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.cli.privacy_commands import load_project
    from qualcode.services.projects import encrypt_project, is_encrypted_project

    if Path(args.copy).exists():  # a bad name is said before any password prompt
        raise CliError(f"{args.copy} already exists; choose a new name (nothing was written)")
    if is_encrypted_project(args.project):
        raise CliError(f"{args.project} is already encrypted; `qualcode passwd` changes its password")
    load_project(args.project, read_only=True).close()  # refuses what is not one of our projects
    password = _password("encrypt", confirm=True)
    encrypt_project(args.project, args.copy, password)
    emit({"source": args.project, "copy": args.copy, "encrypted": True}, args.json,
         f"Wrote {args.copy}, an encrypted working project. {args.project} is unchanged: delete it if only "
         "the encrypted project should remain.")
    return 0


def cmd_decrypt(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.privacy.archive import (
        MAGIC,
        check_archive,
        decrypt_project_copy,
    )
    from qualcode.services.projects import decrypt_project

    if Path(args.copy).is_file() and Path(args.copy).read_bytes()[:len(MAGIC)] == MAGIC:
        # an encrypted copy written by the GUI's "Encrypted copy" dialog
        check_archive(args.copy, args.project)
        summary = decrypt_project_copy(args.copy, args.project, _password("decrypt"))
        emit({"source": summary.source, "project": summary.target, "bytes": summary.size}, args.json,
             f"Wrote {summary.target}, a working project (not encrypted).")
        return 0
    if Path(args.project).exists():
        raise CliError(f"{args.project} already exists; choose a new name (nothing was written)")
    if not Path(args.copy).is_file():
        raise CliError(f"{args.copy} does not exist" if not Path(args.copy).exists()
                       else f"{args.copy} is not a project file")
    decrypt_project(args.copy, args.project, _password("decrypt"))
    emit({"source": args.copy, "project": args.project, "encrypted": False}, args.json,
         f"Wrote {args.project}, a working project (not encrypted).")
    return 0


def cmd_roster(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.cli.privacy_commands import get_roster, load_project, read_roster_csv, set_roster

    entries = read_roster_csv(args.import_csv) if args.import_csv else None
    project = load_project(args.project)
    try:
        if entries is not None:
            set_roster(project, entries)
        roster = get_roster(project)
    finally:
        project.close()
    rows = [{"name": r.name, "kind": r.kind, "replacement": r.replacement} for r in roster]
    text = "\n".join(f"{r.name}\t{r.kind}\t{r.replacement}" for r in roster) or "The roster is empty."
    emit(rows, args.json, text)
    return 0


def cmd_pseudonymise(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.cli.privacy_commands import find_in_project, load_project, read_roster_csv
    from qualcode.services.operations.privacy_ops import PseudonymiseOperation

    if args.keep_mapping and not args.apply:
        raise CliError("--keep-mapping only makes sense with --apply")
    roster = read_roster_csv(args.roster) if args.roster else None
    password = _password() if args.keep_mapping else None
    project = load_project(args.project)
    try:
        if args.exports_guard:
            from qualcode.services.privacy.guard import set_pseudonymised_exports_only

            set_pseudonymised_exports_only(project, args.exports_guard == "on")
        findings = find_in_project(project, roster, ner_package=args.ner)
        if args.apply and findings:
            PseudonymiseOperation(project, findings, args.coder, password).do()
    finally:
        project.close()
    rows = [{"document_id": f.document_id, "document": f.document_name, "start": f.finding.start,
             "end": f.finding.end, "text": f.finding.text, "kind": f.finding.kind, "source": f.finding.source,
             "entity": f.finding.entity, "replacement": f.replacement,
             "status": "applied" if args.apply else "proposed"} for f in findings]
    lines = [f"{r['document']}\t{r['start']}-{r['end']}\t{r['kind']}\t{r['source']}\t{r['text']!r} -> "
             f"{r['replacement']}" for r in rows]
    verb = "Replaced" if args.apply else "Found"
    lines.append(f"{verb} {len(rows)} identifier(s)" + ("" if args.apply else "; --apply replaces them all."))
    emit({"findings": rows, "applied": bool(args.apply)}, args.json, "\n".join(lines))
    return 0


def cmd_audit(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.cli.privacy_commands import (
        audit_entries,
        load_project,
        write_audit_csv,
        write_audit_docx,
    )

    suffix = Path(args.out).suffix.lower() if args.out else ""
    if args.out and suffix not in (".csv", ".docx"):
        raise CliError(f"{args.out}: the audit log is written as .csv or .docx")
    project = load_project(args.project)
    try:
        entries = audit_entries(project, action=args.action)
    finally:
        project.close()
    if suffix == ".csv":
        write_audit_csv(entries, args.out)
    elif suffix == ".docx":
        write_audit_docx(entries, args.out, title=Path(args.project).stem)
    rows = [{"at": e.at.isoformat(timespec="seconds"), "who": e.who, "action": e.action, "summary": e.summary,
             "detail": e.detail} for e in entries]
    text = "\n".join(f"{r['at']}\t{r['who']}\t{r['action']}\t{r['summary']}" for r in rows) or "The audit log is empty."
    emit(rows, args.json, text)
    return 0
