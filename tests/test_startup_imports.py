"""What a user waits for at start-up must not load the heavy libraries.

``qualcode --version``, ``qualcode info`` (neither may load SQLAlchemy) and the main window
opening a project run in a fresh interpreter under ``python -X importtime``; the modules it
lists are compared with the libraries only later steps need (spaCy, statsmodels, pandas,
matplotlib, SciPy; NumPy for the window).
Speed itself is measured by ``python -m benchmarks startup``, never asserted here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "statsmodels", "pandas", "matplotlib", "scipy")


def _imported(stderr: str) -> set[str]:
    """Top-level package names from ``-X importtime`` lines: ``import time: self | cumulative | name``."""
    names = set()
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+\d+ \|\s+([\w.]+)", line)
        if match:
            names.add(match.group(1).split(".")[0])
    return names


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
                   "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "qualcode", *args], capture_output=True,
                          text=True, timeout=300, env=environment, cwd=tmp_path)


def test_version_loads_no_heavy_library_and_no_database_layer(tmp_path):
    done = _run(["--version"], tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("qualcode "), done.stderr[-2000:]
    loaded = _imported(done.stderr)
    assert "qualcode" in loaded  # the parser did read importtime's lines
    assert loaded.isdisjoint({*HEAVY, "sqlalchemy", "alembic", "PySide6", "numpy"}), loaded & {*HEAVY, "sqlalchemy"}


def test_info_on_a_project_loads_no_heavy_library_and_no_sqlalchemy(tmp_path):
    made = subprocess.run([sys.executable, "-m", "qualcode", "new", str(tmp_path / "study.qcproj"), "--title", "Study"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert made.returncode == 0, made.stderr
    done = _run(["info", str(tmp_path / "study.qcproj")], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Study" in done.stdout and "schema_version" in done.stdout
    loaded = _imported(done.stderr)
    assert "qualcode" in loaded  # the parser did read importtime's lines
    # a plain project file is read with sqlite3 alone (issue 18: info within 0.3 s of spawn)
    assert loaded.isdisjoint({*HEAVY, "sqlalchemy", "alembic", "PySide6", "numpy"}), \
        loaded & {*HEAVY, "sqlalchemy", "alembic", "numpy"}


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory):
    target = tmp_path_factory.mktemp("demo") / "Demo.qcproj"
    built = subprocess.run([sys.executable, "-m", "qualcode", "demo", str(target), "--no-gui"], capture_output=True,
                           text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert built.returncode == 0, built.stderr
    return target


@pytest.mark.slow
def test_the_main_window_opens_a_project_without_the_heavy_libraries(tmp_path, demo_project):
    probe = tmp_path / "first_paint.txt"
    done = _run(["gui", str(demo_project)], tmp_path, QUALCODE_STARTUP_PROBE=str(probe))
    assert done.returncode == 0, done.stderr[-2000:]
    painted, title, complete = probe.read_text("utf-8").rstrip("\n").split("\t")
    assert title.startswith("Demo.qcproj")  # painted with the project loaded, not the start page
    assert float(complete) >= float(painted)  # complete (codebook counts in) is never before the first paint
    loaded = _imported(done.stderr)
    assert "PySide6" in loaded
    # NumPy too: only the assistant needs it (its panes import its services when first used)
    assert loaded.isdisjoint({*HEAVY, "numpy"}), loaded & {*HEAVY, "numpy"}
