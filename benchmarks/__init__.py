"""Benchmarks: `python -m benchmarks [NAME ...] [--json]`.

Each ``benchmarks/<name>_bench.py`` exposes ``run() -> list[dict]`` whose rows
carry ``name, value, unit, target, ok``. The harness runs every module in its
own process so the peak RSS it reports belongs to that benchmark alone.
"""
