"""Start-up figures, each from process spawn as a user waits for it (issue 18):
``qualcode --version`` and ``qualcode info PROJECT`` (target <= 0.3 s), and the main window
with the demo project, from spawning ``qualcode gui DEMO`` to the window's first paint with
the project loaded (target <= 1.5 s; the app records the paint with QUALCODE_STARTUP_PROBE),
and to the window being complete (the codebook's counts are made in a worker while the
window is built and may land just after the first paint, their cells reading "…" until then).
Each figure is the median of several runs; the first, cold run is left out.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.timing import row

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
WINDOW_RUNS = 3


def _env(home: Path, **extra: str) -> dict[str, str]:
    # a fresh HOME: no saved window layout or recent projects change what is built at start
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                   "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra}
    # An installed app starts from compiled bytecode (pip and the bundle ship .pyc files): the
    # uncounted first run writes them. With PYTHONDONTWRITEBYTECODE set (as in some shells and
    # CI), every run would compile QualCode's ~250 modules again (~0.2 s of CPU).
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _qualcode(*args: str, env: dict[str, str]) -> float:
    """Wall-clock seconds from spawn to exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "qualcode", *args], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def _median(measure: Callable[[], float], runs: int) -> float:
    measure()  # warm the file cache and .pyc files; not counted
    return statistics.median(measure() for _ in range(runs))


def _window_seconds(demo: Path, home: Path) -> tuple[float, float]:
    """Spawn to first paint of the main window showing the demo project, and to the window complete."""
    probe = home / "first_paint.txt"
    probe.unlink(missing_ok=True)
    spawned = time.time()
    subprocess.run([sys.executable, "-m", "qualcode", "gui", str(demo)], env=_env(home, QUALCODE_STARTUP_PROBE=str(probe)),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, timeout=300)
    painted, title, complete = probe.read_text("utf-8").rstrip("\n").split("\t")
    if not title.startswith(demo.name):
        raise RuntimeError(f"the first paint showed {title!r}, not the demo project")
    return float(painted) - spawned, float(complete) - spawned


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = _env(home)
        demo = home / "Demo.qcproj"
        subprocess.run([sys.executable, "-m", "qualcode", "demo", str(demo), "--no-gui"], env=env, check=True,
                       stdout=subprocess.DEVNULL, cwd=ROOT)
        version_s = _median(lambda: _qualcode("--version", env=env), RUNS)
        info_s = _median(lambda: _qualcode("info", str(demo), env=env), RUNS)
        _window_seconds(demo, home)  # warm the file cache and .pyc files; not counted
        runs = [_window_seconds(demo, home) for _ in range(WINDOW_RUNS)]
        window_s = statistics.median(painted for painted, _complete in runs)
        complete_s = statistics.median(complete for _painted, complete in runs)
    return [
        row("start-up: `qualcode --version`, spawn to exit", version_s, "s", 0.3),
        row("start-up: `qualcode info DEMO`, spawn to exit", info_s, "s", 0.3),
        row("start-up: window with the demo project, spawn to first paint", window_s, "s", 1.5),
        row("start-up: window with the demo project, spawn to window complete (codebook counts in)",
            complete_s, "s", 1.5),
    ]
