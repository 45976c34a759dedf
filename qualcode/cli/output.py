"""Printing results and one-line errors the same way for every subcommand."""

from __future__ import annotations

import json
import math
import sys
from typing import Any


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def emit(payload: Any, as_json: bool, text: str | None = None) -> None:
    if as_json:
        json.dump(_clean(payload), sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        print(text if text is not None else _as_text(payload))


def _as_text(payload: Any) -> str:
    if isinstance(payload, dict):
        width = max((len(str(k)) for k in payload), default=0)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in payload.items())
    return str(payload)


def fail(message: str, as_json: bool) -> int:
    line = " ".join(message.split())
    if as_json:
        json.dump({"error": line}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    print(f"qualcode: error: {line}", file=sys.stderr)
    return 2
