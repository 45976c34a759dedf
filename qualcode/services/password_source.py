"""Where :func:`qualcode.services.projects.load_project` gets an encrypted project's password.

Kept apart from ``projects`` (which loads SQLAlchemy) so the command line can install its
source before it knows whether a command opens a project at all: ``qualcode import`` starts
its parse workers first and loads the storage layer while they read.
"""

from __future__ import annotations

import os
from collections.abc import Callable

#: Asked for the password of an encrypted project (its path in, the password or None out).
PasswordSource = Callable[[str], "str | None"]


def _from_environment(_path: str) -> str | None:
    return os.environ.get("QUALCODE_PASSWORD") or None


_password_source: PasswordSource = _from_environment


def set_password_source(source: PasswordSource | None) -> PasswordSource:
    """Make ``source`` the way :func:`~qualcode.services.projects.load_project` asks for an
    encrypted project's password (the CLI: QUALCODE_PASSWORD or a prompt; the GUI: a dialog).
    ``None`` restores the default, ``QUALCODE_PASSWORD``. Returns the previous source."""
    global _password_source
    previous, _password_source = _password_source, source or _from_environment
    return previous


def ask_password(target: str) -> str | None:
    """The password the current source gives for ``target`` (None: none given)."""
    return _password_source(target)
