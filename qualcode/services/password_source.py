"""How opening an encrypted project asks for its password (the CLI: ``QUALCODE_PASSWORD``
or a prompt; the GUI: a dialog). Standard library only: the CLI installs its source before
every command, including the ones that must start without SQLAlchemy (``qualcode info``)."""

from __future__ import annotations

import os
from collections.abc import Callable

__all__ = ["PasswordSource", "ask_password_for", "set_password_source"]

#: Asked for the password of an encrypted project (its path in, the password or None out).
PasswordSource = Callable[[str], "str | None"]


def _from_environment(_path: str) -> str | None:
    return os.environ.get("QUALCODE_PASSWORD") or None


_password_source: PasswordSource = _from_environment


def set_password_source(source: PasswordSource | None) -> PasswordSource:
    """Make ``source`` the way :func:`qualcode.services.projects.load_project` asks for an
    encrypted project's password. ``None`` restores the default, ``QUALCODE_PASSWORD``.
    Returns the previous source."""
    global _password_source
    previous, _password_source = _password_source, source or _from_environment
    return previous


def ask_password_for(target: str) -> str | None:
    """The password the current source gives for the project ``target`` (None: none given)."""
    return _password_source(target)
