"""The command line: a thin face over services, like the UI.

A package rather than one ``cli.py`` so each group of subcommands stays small;
``qualcode.cli.main`` is the entry point.
"""

from __future__ import annotations

from qualcode.cli.main import main

__all__ = ["main"]
