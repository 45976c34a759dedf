"""Create, open and describe projects."""

from __future__ import annotations

from pathlib import Path

from qualcode import __version__
from qualcode.core.memo import Coder
from qualcode.storage import migrate
from qualcode.storage.project import Project
from qualcode.storage.project_file import create_project, open_project

__all__ = ["Project", "new_project", "load_project", "project_info", "ensure_coder", "list_coders"]


def new_project(target: str | Path, *, title: str | None = None) -> Project:
    """Create an empty project file (or a schema in a PostgreSQL database URL)."""
    project = create_project(target)
    with project.unit_of_work() as uow:
        uow.meta.set("title", title or Path(str(target)).stem)
        uow.meta.set("created_by", f"QualCode {__version__}")
    return project


def load_project(target: str | Path) -> Project:
    return open_project(target)


def project_info(project: Project) -> dict[str, object]:
    """Counts of everything in the project plus its schema version."""
    with project.unit_of_work() as uow:
        counts = uow.meta.counts()
        title = uow.meta.get("title", "")
    return {
        "location": project.location,
        "title": title,
        "schema_version": migrate.head_revision(),
        **counts,
    }


def ensure_coder(project: Project, name: str) -> Coder:
    with project.unit_of_work() as uow:
        return uow.coders.get_or_create(name)


def list_coders(project: Project) -> list[Coder]:
    with project.unit_of_work() as uow:
        return uow.coders.all()
