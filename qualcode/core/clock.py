"""One clock for the whole app: naive UTC datetimes (what SQLite and PostgreSQL both store)."""

from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
