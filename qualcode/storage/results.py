"""Typed reads of what a Core INSERT/UPDATE reports (``Session.execute`` is typed as a plain ``Result``)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.engine import CursorResult, Result


def inserted_id(result: Result[*tuple[Any, ...]]) -> int:
    """The integer primary key of the single row an ``INSERT ... VALUES`` just added."""
    key = cast("CursorResult[*tuple[Any, ...]]", result).inserted_primary_key
    if key is None:  # only statements without a single-row VALUES lack one; none of ours
        raise RuntimeError("The database did not report the id of the new row.")
    return int(key[0])


def affected_rows(result: Result[*tuple[Any, ...]]) -> int:
    """How many rows an ``UPDATE`` or ``DELETE`` matched."""
    return cast("CursorResult[*tuple[Any, ...]]", result).rowcount
