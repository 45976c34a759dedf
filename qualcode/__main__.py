"""Composition root: ``qualcode`` on the command line and ``python -m qualcode``.

The CLI and the UI are sibling faces over the services and must not import
each other; this module wires the UI launcher into the CLI's ``gui`` command.
"""

from __future__ import annotations

import gc
import sys


def _launch_gui(path: str | None) -> int:
    from qualcode.ui.app import run

    return run(path)


def main() -> int:
    if sys.argv[1:2] in ([], ["gui"]):
        # Opening the window allocates only objects that live on (modules, classes, ORM
        # mappings, widgets): collecting garbage meanwhile finds nothing and costs ~10% of
        # the start-up. qualcode.ui.app turns collection back on once the window is complete.
        gc.disable()
    from qualcode.cli import main as cli_main

    return cli_main(sys.argv[1:], gui=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
