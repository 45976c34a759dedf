"""Printing results and one-line errors the same way for every subcommand."""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

# What a terminal would obey rather than show: C0 controls (ESC starts colour, cursor and
# title sequences; CR overwrites the line), DEL, C1 controls (0x9b is a one-byte CSI) and
# the bidi controls that reorder what follows ("Trojan Source"); lone surrogates (file names
# that are not UTF-8) would make print() itself fail. Text we print for humans
# shows them as Python escapes; tab and newline stay where they are layout.
_TERMINAL_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# json.dumps escapes C0 itself; with ensure_ascii=False these would pass through raw
# (always inside a JSON string, where "\\u00XX" is a valid escape)
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str, *, keep_layout: bool = True) -> str:
    """``text`` with every terminal control shown as ``\\x1b`` / ``\\u202e`` instead of obeyed.

    Parameters
    ----------
    keep_layout
        Keep newlines and tabs (our own layout); ``False`` escapes them too, for one
        value inside a line.

    Examples
    --------
    >>> terminal_safe("code \\x1b[31mred\\u202e")
    'code \\\\x1b[31mred\\\\u202e'
    """
    text = _TERMINAL_UNSAFE.sub(_escape_char, text)
    if not keep_layout:
        text = text.replace("\t", "\\t").replace("\n", "\\n")
    return text


def _json_text(payload: Any, **kwargs: Any) -> str:
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(payload, ensure_ascii=False, **kwargs))


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
        sys.stdout.write(_json_text(_clean(payload), default=str) + "\n")
    else:
        print(terminal_safe(text if text is not None else _as_text(payload)))


def _as_text(payload: Any) -> str:
    if isinstance(payload, dict):
        width = max((len(str(k)) for k in payload), default=0)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in payload.items())
    return str(payload)


def fail(message: str, as_json: bool) -> int:
    line = " ".join(message.split())
    if as_json:
        sys.stdout.write(_json_text({"error": line}) + "\n")
    print(f"qualcode: error: {terminal_safe(line, keep_layout=False)}", file=sys.stderr)
    return 2
