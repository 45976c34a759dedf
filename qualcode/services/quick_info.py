"""``qualcode info`` for a location: the facts :func:`qualcode.services.projects.project_info`
gives, read quickly where the file allows.

A plain project file at the current schema that nobody is writing is read with the
standard library only (:mod:`qualcode.storage.quick_info`), so ``qualcode info`` answers
without importing SQLAlchemy. Anything else (a database URL, an encrypted, older, damaged,
busy or foreign file, not a project at all) is opened the full way, by
:func:`~qualcode.services.projects.load_project`, which gives the same facts or the same
error, asks for a password and upgrades an older schema as it always did.
"""

from __future__ import annotations

from pathlib import Path

from qualcode.storage.quick_info import read_quick_info

__all__ = ["describe_project"]


def describe_project(target: str | Path) -> dict[str, object]:
    """What :func:`~qualcode.services.projects.project_info` says about the project at
    ``target`` (a file path or database URL), with the same errors as
    :func:`~qualcode.services.projects.load_project` when it cannot be opened."""
    quick = read_quick_info(target)
    if quick is not None:  # the same fields, in the same order, as project_info
        return {"location": quick.location, "title": quick.title, "read_only": quick.read_only,
                "schema_version": quick.schema_version, **quick.counts}
    # the full way: SQLAlchemy, password prompt, upgrade of an older schema, every error message
    from qualcode.services.projects import load_project, project_info

    project = load_project(target)
    try:
        return project_info(project)
    finally:
        project.close()
