"""The GUIDs imported objects had in the other tool, kept so a re-export uses them again.

Stored in the project's metadata (key ``refi.guids``, JSON ``{"code:12": "<guid>", ...}``) for
coders, codes, documents and cases the import created. An export uses a kept GUID once; an
object without one (or whose GUID another object already took) gets a generated one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from qualcode.io.refi import guid_key

KEY = "refi.guids"
_VALID = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$")


def stored_guids(uow: Any) -> dict[str, str]:
    try:
        value = json.loads(uow.meta.get(KEY) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def remember_guids(uow: Any, pairs: dict[str, str]) -> None:
    """Add ``{"kind:id": guid}`` pairs (valid GUIDs only) to the kept ones."""
    valid = {k: v for k, v in pairs.items() if _VALID.match(v.strip())}
    if valid:
        uow.meta.set(KEY, json.dumps(stored_guids(uow) | valid))


class GuidChooser:
    """Kept GUIDs first, each at most once; generated ones otherwise."""

    def __init__(self, stored: dict[str, str], generate: Callable[[str, object], str]) -> None:
        self.stored, self.generate = stored, generate
        self.used: set[str] = set()

    def __call__(self, kind: str, key: int) -> str:
        kept = self.stored.get(f"{kind}:{key}")
        if kept is not None and guid_key(kept) not in self.used:
            self.used.add(guid_key(kept))
            return kept
        return self.generate(kind, key)
