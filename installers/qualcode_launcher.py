"""The bundled executable's entry point: ``qualcode`` as the command line, the app without arguments.

``freeze_support`` lets the importer's spawned worker processes start from the frozen
executable (they re-run it with multiprocessing's arguments instead of a Python interpreter).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from qualcode.__main__ import main

    sys.exit(main())
