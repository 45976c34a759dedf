"""The one table ``python -m benchmarks`` prints (and its ``--json`` form).

A row is ``{"name", "value", "unit", "target", "ok", "peak_rss_mb"}`` plus optionally
``"target_op"`` (``"<="``, the default for a number, or ``">="``), ``"benchmark"`` (the
module it came from) and ``"error"`` (why a benchmark produced no figure).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

HEADER = ("figure", "target", "measured", "result", "peak RSS")


def target_text(row: dict[str, Any]) -> str:
    """``<= 3 s``: the target with its direction and unit (a text target is shown as given)."""
    target = row.get("target")
    if target is None:
        return "—"
    if isinstance(target, str):
        return target if not row.get("unit") or row["unit"] in target else f"{target} {row['unit']}"
    return f"{row.get('target_op', '<=')} {_number(target)} {row.get('unit', '')}".rstrip()


def measured_text(row: dict[str, Any]) -> str:
    value = row.get("value")
    if value is None or (isinstance(value, float) and value != value):  # NaN: not measured
        return "—"
    return f"{_number(value)} {row.get('unit', '')}".rstrip()


def _number(value: float | int) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"


def rss_text(row: dict[str, Any]) -> str:
    rss = row.get("peak_rss_mb")
    return "—" if rss is None else f"{rss:,.0f} MB"


def render(rows: Sequence[dict[str, Any]], total_seconds: float) -> str:
    """The table, a summary line and the total wall time."""
    cells = [(r["name"] + (f"  ({r['error']})" if r.get("error") else ""), target_text(r), measured_text(r),
              "pass" if r.get("ok") else "FAIL", rss_text(r)) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(HEADER)]

    def line(values: Sequence[str]) -> str:
        first, *rest = values
        return "  ".join([first.ljust(widths[0]), *(v.rjust(w) for v, w in zip(rest, widths[1:]))]).rstrip()

    out = [line(HEADER), line(["-" * w for w in widths]), *map(line, cells)]
    failed = sum(not r.get("ok") for r in rows)
    out.append("")
    out.append(f"{len(rows) - failed} of {len(rows)} figures pass"
               + (f"; {failed} FAIL" if failed else "") + f". Total wall time {total_seconds:,.0f} s"
               + f" ({total_seconds / 60:.1f} min).")
    return "\n".join(out)


def to_json(rows: Sequence[dict[str, Any]], total_seconds: float) -> str:
    """``{"rows": [...], "total_seconds": ...}`` with each row's target rendered as text too."""
    return json.dumps({"rows": [{**r, "target_text": target_text(r)} for r in rows],
                       "total_seconds": round(total_seconds, 1)})
