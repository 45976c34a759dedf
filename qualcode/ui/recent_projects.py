"""Recently opened projects, kept in the user's QSettings."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings

_KEY = "recent_projects"
_MAX = 10


def recent_projects(settings: QSettings) -> list[str]:
    value = settings.value(_KEY, [])
    items = [value] if isinstance(value, str) else list(cast("Iterable[str]", value or []))
    return [p for p in items if "://" in p or Path(p).exists()]


def remember_project(settings: QSettings, location: str) -> None:
    items = [p for p in recent_projects(settings) if p != location]
    settings.setValue(_KEY, [location, *items][:_MAX])
