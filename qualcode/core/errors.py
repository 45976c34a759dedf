"""Errors that carry a plain-language message a researcher can act on."""

from __future__ import annotations


class QualCodeError(Exception):
    """Base class: every error we raise on purpose derives from this."""


class ValidationError(QualCodeError):
    """A value breaks a domain rule (span outside the text, duplicate coding...)."""


class NotFoundError(QualCodeError):
    """An id that does not exist in the project."""


class InputFileError(QualCodeError):
    """A file could not be read. Names the file and, where possible, the place.

    Parameters
    ----------
    path:
        The file's name as the user knows it.
    message:
        One plain sentence: what is wrong.
    location:
        ``"line 12"``, ``"page 3"``, ``"row 7"`` ... or ``None``.
    """

    def __init__(self, path: str, message: str, location: str | None = None) -> None:
        self.path = path
        self.message = message
        self.location = location
        where = f" ({location})" if location else ""
        super().__init__(f"{path}{where}: {message}")


class ProjectFileError(QualCodeError):
    """A project file that cannot be opened: not a project, corrupt, too new."""
