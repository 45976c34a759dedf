"""Passwords on the command line: ``QUALCODE_PASSWORD``, else a prompt in a terminal."""

from __future__ import annotations

import getpass
import os
import sys

from qualcode.cli.output import CliError

__all__ = ["ask_password", "password_for_project"]


def ask_password(what: str, *, env: str = "QUALCODE_PASSWORD", prompt: str = "Password: ",
                 confirm: bool = False) -> str:
    """The password from ``env`` or, in a terminal, typed (twice with ``confirm``)."""
    password = os.environ.get(env)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"{what} needs a password: set {env} or run in a terminal")
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != password:
            raise CliError("the two passwords differ; nothing was written")
    if not password:
        raise CliError(f"{what} needs a non-empty password")
    return password


def password_for_project(path: str) -> str | None:
    """The password source the CLI installs for opening encrypted projects."""
    password = os.environ.get("QUALCODE_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {path}: ")
    return password or None
