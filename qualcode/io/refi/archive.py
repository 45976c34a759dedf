"""Open a .qdpx (a zip from a stranger) safely and find its parts.

Nothing is extracted to disk. Before any member is inflated the directory is checked: member
count, declared sizes, compression ratio (:func:`~qualcode.io.transcripts.zip_safety.open_zip`),
and member names that climb out of the archive (``../``, absolute paths) are refused.
Each member is then inflated with a hard cap whatever its header claims.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.zip_safety import open_zip, read_member

MAX_ARCHIVE_BYTES = 2 * 1024**3
MAX_TOTAL_INFLATED = 4 * 1024**3
MAX_QDE_BYTES = 1024**3
MAX_SOURCE_BYTES = 64 * 1024**2


class RefiArchive:
    """The members of a .qdpx, looked up case-insensitively (``Sources/`` or ``sources/``)."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.zip: zipfile.ZipFile = open_zip(data, name, "REFI-QDA project (.qdpx)")
        infos = self.zip.infolist()
        total = 0
        for info in infos:
            member = info.filename.replace("\\", "/")
            parts = PurePosixPath(member).parts
            if member.startswith("/") or ".." in parts or (parts and parts[0].endswith(":")):
                raise InputFileError(name, f"The archive member {info.filename!r} points outside the archive "
                                     "(a zip path-traversal attack); refusing the file.")
            total += info.file_size
        if total > MAX_TOTAL_INFLATED:
            raise InputFileError(name, f"The archive would inflate to {total:,} bytes; the limit is "
                                 f"{MAX_TOTAL_INFLATED:,}. Refusing a possible zip bomb.")
        self._by_lower = {i.filename.replace("\\", "/").casefold(): i.filename for i in infos if not i.is_dir()}

    def project_member(self) -> tuple[str, bool]:
        """The project XML member and whether it had another name than ``project.qde``."""
        if "project.qde" in self._by_lower:
            return self._by_lower["project.qde"], False
        top = [real for low, real in self._by_lower.items() if low.endswith(".qde") and "/" not in low]
        if len(top) == 1:
            return top[0], True
        anywhere = [real for low, real in self._by_lower.items() if low.endswith(".qde")]
        if len(anywhere) == 1:
            return anywhere[0], True
        if not anywhere:
            raise InputFileError(self.name, "The archive has no project.qde; is it really a REFI-QDA project?")
        raise InputFileError(self.name, f"The archive has {len(anywhere)} .qde files; expected one project.qde.")

    def read(self, member: str, max_bytes: int) -> bytes:
        return read_member(self.zip, member, self.name, max_bytes)

    def source_member(self, path: str) -> str | None:
        """The member for a ``plainTextPath``/``richTextPath``: ``internal://x.txt``, ``x.txt``,
        ``sources/x.txt``, any case; ``None`` when the archive lacks it (an external file)."""
        ref = path.strip().replace("\\", "/")
        for prefix in ("internal://", "relative://", "absolute://", "file://"):
            if ref.casefold().startswith(prefix):
                ref = ref[len(prefix):]
                break
        ref = ref.lstrip("/")
        candidates = [ref, f"sources/{ref}", f"sources/{PurePosixPath(ref).name}"]
        for candidate in candidates:
            real = self._by_lower.get(candidate.casefold())
            if real is not None:
                return real
        return None


def read_archive(path: Path) -> RefiArchive:
    """Open ``path`` as a .qdpx after the size checks."""
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_BYTES:
            raise InputFileError(path.name, f"The file is {size:,} bytes; the limit is {MAX_ARCHIVE_BYTES:,}.")
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(path.name, f"The file could not be read ({exc.strerror or exc}).") from None
    return RefiArchive(data, path.name)
