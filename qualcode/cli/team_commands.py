"""`qualcode team`: who may do what on a shared PostgreSQL project (enforced by the server)."""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from qualcode.cli.output import CliError, emit
from qualcode.core.team import TEAM_ROLES


def register(sub: Any) -> None:
    p = sub.add_parser("team", help="add team members with a role (owner, coder, viewer) or list them")
    p.add_argument("project", help="the shared project: postgresql+psycopg://user@host:port/database")
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("user", nargs="?", help="the member's login name (for add)")
    p.add_argument("--role", choices=TEAM_ROLES, help="owner, coder or viewer (for add)")
    p.add_argument("--ask-password", action="store_true",
                   help="set the member's server password (asked at the terminal, never stored in a file)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_team)


def cmd_team(args: argparse.Namespace, _gui: Any) -> int:
    if args.action == "add" and (not args.user or not args.role):
        raise CliError("team add needs a user name and --role owner|coder|viewer.")
    from qualcode.services.projects import load_project
    from qualcode.services.team.live import add_team_member, list_team_members

    password = getpass.getpass(f"Password for {args.user}: ") if args.ask_password else None
    project = load_project(args.project)
    try:
        if args.action == "add":
            add_team_member(project, args.user, args.role, password=password)
        members = list_team_members(project)
    finally:
        project.close()
    emit({"members": [{"user": u, "role": r} for u, r in members]}, args.json,
         "\n".join(f"{u}\t{r}" for u, r in members) or "No team members yet.")
    return 0
