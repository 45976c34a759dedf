"""Document texts kept in memory per open project, for slicing segments and their context.

Slicing one code's few hundred segments out of 200,000 touches hundreds of long
transcripts; cutting them in SQL means SQLite re-reads each 40 KB text from its
overflow pages for every segment. A document's text never changes after import, so
it is cached, keyed by the document id *and* its creation stamp (SQLite may give a
deleted document's id to a new one; the stamp tells them apart). The cache is
bounded; least recently used texts go first.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Any

from qualcode.storage.project import Project

#: Code points kept per project (~1 byte each for Latin text; 4 at worst).
MAX_CHARS = 64_000_000

_cache: weakref.WeakKeyDictionary[Project, OrderedDict[int, tuple[object, str]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def document_texts(project: Project, uow: Any, stamps: dict[int, object]) -> dict[int, str]:
    """Texts of the documents in ``stamps`` (``document_id -> creation stamp``)."""
    out: dict[int, str] = {}
    missing: list[int] = []
    with _lock:
        cached = _cache.setdefault(project, OrderedDict())
        for document_id, stamp in stamps.items():
            hit = cached.get(document_id)
            if hit is not None and hit[0] == stamp:
                cached.move_to_end(document_id)
                out[document_id] = hit[1]
            else:
                missing.append(document_id)
    if missing:
        loaded = uow.retrieval.texts_of(missing)
        with _lock:
            cached = _cache.setdefault(project, OrderedDict())
            for document_id, (stamp, text) in loaded.items():
                out[document_id] = text
                cached[document_id] = (stamp, text)
            size = sum(len(t) for _, t in cached.values())
            while cached and size > MAX_CHARS:
                _, (_, dropped) = cached.popitem(last=False)
                size -= len(dropped)
    return out


def is_empty(project: Project) -> bool:
    """True until the first text of ``project`` is cached."""
    with _lock:
        return not _cache.get(project)


def clear_cache(project: Project) -> None:
    """Forget the cached texts of ``project`` (call after changing a document's text)."""
    with _lock:
        _cache.pop(project, None)
