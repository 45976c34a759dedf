"""The layer contracts of STYLE.md hold (import-linter), as part of the test command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_no_python_module_is_over_800_lines():
    big = []
    for path in list((ROOT / "qualcode").rglob("*.py")) + list((ROOT / "quant").rglob("*.py")):
        n = sum(1 for _ in path.open(encoding="utf-8"))
        if n > 800:
            big.append(f"{path.relative_to(ROOT)}: {n}")
    assert not big, "split these modules (STYLE.md §8): " + ", ".join(big)
