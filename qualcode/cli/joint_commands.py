"""`qualcode joint` (joint displays, computed now) and `qualcode demo` (build/open the demo)."""

from __future__ import annotations

import argparse
import dataclasses
from enum import Enum
from pathlib import Path
from typing import Any

from qualcode.cli.output import emit


def register(sub: Any) -> None:
    p = sub.add_parser("joint", help="joint displays (themes beside model results), computed from the data now")
    p.add_argument("project")
    p.add_argument("--id", type=int, help="one display (default: all)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_joint)

    p = sub.add_parser("demo", help="build (or open) the synthetic demo project and open it in the app")
    p.add_argument("path", nargs="?", help="where to put it (default ~/QualCode/Demo.qcproj)")
    p.add_argument("--rebuild", action="store_true", help="build it again even if it exists")
    p.add_argument("--no-gui", action="store_true", help="only build; do not open the app")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _text(view: Any) -> str:
    from qualcode.services.mixed.joint_export import joint_display_rows

    rows = joint_display_rows(view)
    lines = [f"[{view.id}] {view.name} ({view.kind.value})"]
    for row in rows:
        lines.append("  " + " | ".join(cell.replace("\n", " / ") for cell in row))
    lines += [f"  Note. {n}" for n in view.notes]
    return "\n".join(lines)


def cmd_joint(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.mixed.joint_view import compute_all, compute_joint_display
    from qualcode.services.projects import load_project

    project = load_project(args.project)
    try:
        views = [compute_joint_display(project, args.id)] if args.id is not None else compute_all(project)
    finally:
        project.close()
    emit([_plain(v) for v in views], args.json, "\n\n".join(_text(v) for v in views) or "No joint displays.")
    return 0


def cmd_demo(args: argparse.Namespace, gui: Any) -> int:
    import time

    from qualcode.services.demo.build_demo import build_demo, default_demo_path
    from qualcode.services.projects import load_project, project_info

    target = Path(args.path) if args.path else default_demo_path()
    built = args.rebuild or not target.exists()
    started = time.perf_counter()
    project = build_demo(target) if built else load_project(target)
    try:
        info = project_info(project)
    finally:
        project.close()
    info["built"] = built
    info["seconds"] = round(time.perf_counter() - started, 2)
    emit(info, args.json, f"{'Built' if built else 'Opened'} the synthetic demo project at {target} "
                          f"({info['documents']} documents, {info['segments']} coded segments)")
    if gui is not None and not args.no_gui and not args.json:
        return int(gui(str(target)))
    return 0
