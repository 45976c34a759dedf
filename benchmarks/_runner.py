"""Run one benchmark module in this process and print its rows (with peak RSS) as JSON."""

from __future__ import annotations

import importlib
import json
import resource
import sys


def main(name: str) -> None:
    module = importlib.import_module(f"benchmarks.{name}_bench")
    rows = module.run()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    for row in rows:
        row.setdefault("peak_rss_mb", round(peak_mb, 1))
        row["ok"] = bool(row.get("ok"))
    print(json.dumps(rows))


if __name__ == "__main__":
    main(sys.argv[1])
