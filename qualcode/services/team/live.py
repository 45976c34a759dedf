"""A live shared project on PostgreSQL: team members and their roles, passwords in the keyring."""

from __future__ import annotations

from qualcode.core.errors import QualCodeError
from qualcode.storage.engine import KEYRING_SERVICE, account_name
from qualcode.storage.project import ConcurrentEditError, Project, ServerRefusedError
from qualcode.storage.team_roles import (
    ROLES,
    grant_team_role,
    team_members,
    valid_user_name,
)

__all__ = ["ROLES", "ConcurrentEditError", "ServerRefusedError", "TeamError", "add_team_member",
           "list_team_members", "remember_password"]


class TeamError(QualCodeError):
    """A team operation that cannot be done (a file project, a bad name or role, no keyring)."""


def _require_server(project: Project) -> None:
    if project.is_sqlite:
        raise TeamError(f"{project.location} is a project file; team roles need a shared project on a "
                        "PostgreSQL server (qualcode new postgresql+psycopg://...).")


def add_team_member(project: Project, user: str, role: str, *, password: str | None = None) -> None:
    """Give ``user`` the ``role`` (owner, coder or viewer) on the shared project; the server
    enforces it. ``password`` (optional) is sent to the server only, never written to a file.

    Raises
    ------
    TeamError
        A project file, an unknown role or an unusable user name.
    ServerRefusedError
        The connected user may not manage roles (only owners and database administrators may).
    """
    _require_server(project)
    if role not in ROLES:
        raise TeamError(f"{role!r} is not a role; choose one of {', '.join(ROLES)}.")
    if not valid_user_name(user):
        raise TeamError(f"{user!r} is not a usable user name (letters, digits, _ . @ -; at most 63).")
    try:
        grant_team_role(project.engine, user, role, password=password)
    except Exception as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
            raise ServerRefusedError(f"The server refused to change roles on {project.location_shown}: "
                                     "only the project's owner or a database administrator may.") from exc
        raise


def list_team_members(project: Project) -> list[tuple[str, str]]:
    """``(user, role)`` of everyone with a role on the shared project."""
    _require_server(project)
    return team_members(project.engine)


def remember_password(user: str, host: str, port: int, database: str, password: str) -> str:
    """Keep ``password`` in the OS keyring for this server login; returns the keyring entry name.

    Raises
    ------
    TeamError
        The ``keyring`` package or a keyring backend is missing.
    """
    try:
        import keyring
    except ImportError as exc:
        raise TeamError("The keyring package is not installed (pip install keyring); "
                        "QualCode never writes passwords to a file.") from exc
    account = account_name(user, host, port, database)
    try:
        keyring.set_password(KEYRING_SERVICE, account, password)
    except Exception as exc:
        raise TeamError(f"The OS keyring refused to store the password ({type(exc).__name__}).") from exc
    return account
