"""Parse workers end when the process that started them dies.

A killed import (SIGKILL, the user closing the terminal, an out-of-memory kill) gives its
pool no chance to shut down, and a worker busy with a large PDF would run on, orphaned,
for minutes. Each worker therefore watches its parent: on Linux the kernel sends it
SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``); everywhere, a daemon thread
notices that the parent has gone (``os.getppid()`` changes) and exits the worker.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

__all__ = ["watch_parent"]

_PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def _kernel_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no libc prctl (musl variants, sandboxes): the thread still works
        pass


def _parent_alive(parent_pid: int) -> bool:
    return os.getppid() == parent_pid


def _watch(parent_pid: int) -> None:
    while _parent_alive(parent_pid):
        time.sleep(POLL_SECONDS)
    os._exit(1)  # no clean-up to do: the parent, which owned the work, is gone


def watch_parent(parent_pid: int) -> None:
    """Worker initializer: exit this process when ``parent_pid`` is no longer its parent.

    Parameters
    ----------
    parent_pid
        ``os.getpid()`` of the process that creates the pool.
    """
    _kernel_death_signal()
    if not _parent_alive(parent_pid):  # the parent died before the death signal was armed
        os._exit(1)
    threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True).start()
