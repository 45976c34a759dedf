"""``QT_TRANSLATE_NOOP`` typed as ``str -> str``.

PySide6's stub types it as returning ``object``, so every marked constant became ``object``
to mypy. lupdate finds the calls by name, so this drop-in keeps the .ts extraction unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Mark ``source_text`` for translation in ``context``; translate it where it is shown."""
    del context, disambiguation
    return source_text
