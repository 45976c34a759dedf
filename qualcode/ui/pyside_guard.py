"""Guard against a reference-count bug of PySide6 6.12 on Python 3.11.

On Python 3.11 every call of a PySide6 method that returns ``void`` (for example
``QTextCursor.setPosition`` or ``QTextCharFormat.setBackground``) decrements the
reference count of ``None`` once more than it increments it. Python 3.12 made
``None`` immortal (PEP 683), which is presumably why the binding no longer adds the
reference; on 3.11 the count reaches zero after a few thousand calls and the
interpreter aborts with ``Fatal Python error: none_dealloc``. The coding workbench
makes that many calls within seconds, so we give ``None`` a count it can never
use up — what 3.12 does natively. We checked the leak with ``sys.getrefcount(None)``
before and after 1,000 calls of ``QTextCursor.setPosition``: -1,000.

The same happens to ``True``: ``SignalInstance.emit()`` returns ``True`` without a
reference of its own (100 emits of a ``Signal(object)`` or ``Signal()``: -100 on
``sys.getrefcount(True)``; each undoable edit emits a few), so ``True`` and ``False``
are pinned the same way (``bool_dealloc`` abort otherwise).
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = False
#: 2**40 void calls would take decades at a million calls per second.
_HEADROOM = 1 << 40


#: Releases known to have the bug; pyproject excludes them, this guards an old install.
AFFECTED = ("6.12.0",)


def pin_none_refcount() -> None:
    """Make ``None``/``True``/``False`` effectively immortal on CPython < 3.12 when the
    installed PySide6 is a release with the bug (idempotent; a no-op otherwise)."""
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # the package's own version (no Qt module is loaded by it): reading the installed
    # distributions' metadata instead scanned site-packages at every start-up (~5-10 ms)
    try:
        import PySide6
    except ImportError:
        return
    installed = str(getattr(PySide6, "__version__", ""))
    if installed not in AFFECTED:
        return
    if hasattr(sys, "gettotalrefcount"):  # debug build: object header differs, leave it
        return
    # ob_refcnt is the first field of every PyObject in release builds of 3.11
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _PINNED = True


pin_none_refcount()
