"""Run a command as a user would from the shell: wall time from process start to exit and the
peak memory of its whole process tree.

``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` is the largest *single* child, not the sum of
a parent and its parse workers alive at the same moment, so the tree is sampled instead: every
20 ms the RSS of the process and all its descendants (``/proc/<pid>/status``) is summed and the
largest sum kept. Linux only (``/proc``); elsewhere the peak is ``None``.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.02
_PROC = Path("/proc")


@dataclass(frozen=True)
class TreeRun:
    seconds: float  # process start to exit
    peak_tree_mb: float | None  # largest sum of RSS over the tree (sampled)
    returncode: int
    stdout: str
    stderr: str


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process ended meanwhile
            continue
        parent = int(stat[stat.rfind(")") + 2 :].split()[1])
        kids.setdefault(parent, []).append(int(entry.name))
    return kids


def _rss_kb(pid: int) -> int:
    try:
        for line in (_PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(root: int) -> float:
    """RSS of ``root`` and all its descendants now, in MB."""
    kids = _children()
    pids = [root]
    for pid in pids:  # grows while iterating: breadth-first over the tree
        pids.extend(kids.get(pid, []))
    return sum(_rss_kb(pid) for pid in pids) / 1024


def run_tree(command: Sequence[str], *, cwd: str | Path | None = None, env: dict[str, str] | None = None,
             timeout: float = 600) -> TreeRun:
    """Run ``command``; time it from start to exit and sample its tree's memory."""
    sampling = _PROC.is_dir()
    peak = 0.0
    start = time.perf_counter()
    with subprocess.Popen(list(command), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as proc:
        # pipes drained by a thread so a chatty command cannot block on a full pipe
        out: list[str] = []
        err: list[str] = []
        readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()), daemon=True)
                   for s, b in ((proc.stdout, out), (proc.stderr, err))]
        for reader in readers:
            reader.start()
        while proc.poll() is None:
            if sampling:
                peak = max(peak, tree_rss_mb(proc.pid))
            if time.perf_counter() - start > timeout:
                proc.kill()
            time.sleep(SAMPLE_SECONDS)
        elapsed = time.perf_counter() - start
        for reader in readers:
            reader.join()
    return TreeRun(elapsed, peak if sampling else None, proc.returncode, "".join(out), "".join(err))


def python_env() -> dict[str, str]:
    """This environment with the repository first on ``PYTHONPATH`` (the code under test)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    return env
