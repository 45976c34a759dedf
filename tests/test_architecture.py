"""The layer contracts of STYLE.md hold (import-linter), as part of the test command."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Contracts the README's layer drawing depends on; dropping one from pyproject.toml must fail here.
REQUIRED_CONTRACTS = (
    "ui | cli > services > storage | io | nlp > core",
    "Qt only in qualcode.ui",
    "SQLAlchemy only in qualcode.storage",
    "ui and cli reach storage only through services",
    "ui and cli reach io only through services",
    "spaCy only in qualcode.nlp",
    "quant is standalone",
)


@pytest.fixture(scope="module")
def lint_output() -> str:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    return proc.stdout


def test_import_contracts_are_kept(lint_output: str):
    assert "0 broken" in lint_output


@pytest.mark.parametrize("name", REQUIRED_CONTRACTS)
def test_required_contract_is_checked_and_kept(lint_output: str, name: str):
    kept = [line for line in lint_output.splitlines() if line.startswith(name + " KEPT")]
    assert kept, f"import-linter did not check the contract {name!r}; is it still in pyproject.toml?"


def test_ui_and_cli_are_forbidden_storage_and_io_directly():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    forbidden: dict[str, set[str]] = {}
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["type"] == "forbidden":
            for source in contract["source_modules"]:
                forbidden.setdefault(source, set()).update(contract["forbidden_modules"])
    for source in ("qualcode.ui", "qualcode.cli"):
        assert {"qualcode.storage", "qualcode.io"} <= forbidden.get(source, set()), source


def test_services_reach_the_database_only_through_repositories():
    # SQLAlchemy is already forbidden in services; this keeps them off the raw session too
    offenders = []
    for path in sorted((ROOT / "qualcode" / "services").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\buow\.session\b|\.session\.(execute|connection|scalar|get|add)\b", line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert not offenders, "move this SQL into a repository method on the UnitOfWork: " + ", ".join(offenders)


def test_no_python_module_is_over_800_lines():
    big = []
    for path in list((ROOT / "qualcode").rglob("*.py")) + list((ROOT / "quant").rglob("*.py")):
        n = sum(1 for _ in path.open(encoding="utf-8"))
        if n > 800:
            big.append(f"{path.relative_to(ROOT)}: {n}")
    assert not big, "split these modules (STYLE.md §8): " + ", ".join(big)
