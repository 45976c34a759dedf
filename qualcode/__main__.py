"""Composition root: ``qualcode`` on the command line and ``python -m qualcode``.

The CLI and the UI are sibling faces over the services and must not import
each other; this module wires the UI launcher into the CLI's ``gui`` command.
"""

from __future__ import annotations

import sys


def _launch_gui(path: str | None) -> int:
    from qualcode.ui.app import run

    return run(path)


def main() -> int:
    from qualcode.cli import main as cli_main

    return cli_main(sys.argv[1:], gui=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
