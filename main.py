"""Start QualCode's desktop app: `python main.py [PROJECT]`. No logic lives here."""

import sys

from qualcode.ui.app import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
