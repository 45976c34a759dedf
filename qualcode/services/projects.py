"""Create, open and describe projects."""

from __future__ import annotations

from pathlib import Path

from qualcode import __version__
from qualcode.core.memo import Coder
from qualcode.storage import migrate
from qualcode.storage.project import Project, ProjectBusyError, ReadOnlyProjectError
from qualcode.storage.project_file import clean_copy, create_project, open_project
from qualcode.storage.schema_guard import CleanCopyReport, ForeignSchemaError

__all__ = [
    "CleanCopyReport",
    "ForeignSchemaError",
    "Project",
    "ProjectBusyError",
    "ReadOnlyProjectError",
    "ensure_coder",
    "list_coders",
    "load_project",
    "new_project",
    "project_info",
    "write_cleaned_copy",
]


def new_project(target: str | Path, *, title: str | None = None) -> Project:
    """Create an empty project file (or a schema in a PostgreSQL database URL)."""
    project = create_project(target)
    with project.unit_of_work() as uow:
        uow.meta.set("title", title or Path(str(target)).stem)
        uow.meta.set("created_by", f"QualCode {__version__}")
    return project


def load_project(target: str | Path, *, read_only: bool = False) -> Project:
    """Open a project. A file or folder we cannot write opens read-only: check
    ``project.read_only`` (browse, search and export work; changes raise
    :class:`ReadOnlyProjectError`). A file carrying triggers, views or other
    objects QualCode did not create raises :class:`ForeignSchemaError`; offer
    :func:`write_cleaned_copy` then."""
    return open_project(target, read_only=read_only)


def write_cleaned_copy(source: str | Path, copy: str | Path) -> CleanCopyReport:
    """Write ``copy``: the project ``source`` without the database objects QualCode did not
    create (triggers, views, altered tables...). ``source`` is only read.

    Returns
    -------
    CleanCopyReport
        ``removed_objects`` (one description each) and ``skipped_rows`` per table
        (rows the clean schema refused, e.g. codings of a document that does not exist).
    """
    return clean_copy(Path(source), Path(copy))


def project_info(project: Project) -> dict[str, object]:
    """Counts of everything in the project plus its schema version."""
    with project.unit_of_work(write=False) as uow:
        counts = uow.meta.counts()
        title = uow.meta.get("title", "")
    return {
        "location": project.location,
        "title": title,
        "read_only": project.read_only,
        "schema_version": migrate.head_revision(),
        **counts,
    }


def ensure_coder(project: Project, name: str) -> Coder:
    """The coder named ``name``, created if new. A read-only project cannot record a new
    coder; browsing needs none, so it gets ``Coder(0, name)`` (any coding is refused anyway)."""
    try:
        with project.unit_of_work() as uow:
            return uow.coders.get_or_create(name)
    except ReadOnlyProjectError:
        if not project.read_only:
            raise
        return Coder(id=0, name=name)


def list_coders(project: Project) -> list[Coder]:
    with project.unit_of_work(write=False) as uow:
        return uow.coders.all()
