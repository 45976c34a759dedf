"""Write a file so that it is either the complete new file or the untouched old one.

Every export writes to a hidden temporary file *in the target's folder*, flushes it to
the disk (``fsync``), then renames it over the target (``os.replace``, atomic on POSIX
and Windows) and flushes the folder, so the rename itself survives a power cut. A kill,
a crash or a full disk in between leaves the previous file as it was and no half-written
file under the target's name; on an error the temporary file is removed.
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from qualcode.core.errors import QualCodeError

__all__ = ["TEMP_MARK", "DiskFullError", "atomic_path", "atomic_save"]

#: Part of every temporary file's name: ``.<name>.<random>.qctmp``.
TEMP_MARK = ".qctmp"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: A temporary file untouched this long was left by a killed export, not one still writing.
STALE_SECONDS = 3600
# Some writers (pyreadstat) report a failed write only as "Unable to write data"; when the
# folder then has less than this left, the disk filling up is the cause.
_NEARLY_FULL = 1024 * 1024


class DiskFullError(QualCodeError):
    """The disk (or the user's quota) is full; the previous file is unchanged.

    ``path`` is the file that could not be written.
    """

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


def _disk_full(target: Path, existed: bool) -> DiskFullError:
    after = f"the previous {target.name} is unchanged" if existed else f"no {target.name} was written"
    return DiskFullError(f"The disk is full: could not write {target}; {after}.", str(target))


def _cannot_write(target: Path, exc: OSError) -> OSError:
    """The error named after the user's file, not our temporary one."""
    error = OSError(f"Could not write {target}: {exc.strerror or exc}.")
    error.errno = exc.errno
    return error


def _is_disk_full(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:  # writers may wrap the OSError
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _FULL:
            return True
        current = current.__cause__ or current.__context__
    return False


def _no_space_left(exc: BaseException, folder: Path) -> bool:
    if isinstance(exc, QualCodeError) or not isinstance(exc, Exception):
        return False  # our own validation, or a KeyboardInterrupt: not about the disk
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def _new_temp(folder: Path, name: str) -> Path:
    for _ in range(100):
        candidate = folder / f".{name}.{secrets.token_hex(4)}{TEMP_MARK}"
        try:
            # 0o666 minus the umask, like an ordinary new file (mkstemp would give 0o600)
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(errno.EEXIST, f"Could not create a temporary file next to {folder / name}.")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows syncs only writable handles
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse; the data file is synced
        pass
    finally:
        os.close(fd)


def _remove_stale(folder: Path, name: str) -> None:
    """Remove temporary files a killed export of ``name`` left behind (hidden, but big)."""
    prefix, cutoff = f".{name}.", time.time() - STALE_SECONDS
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if (entry.name.startswith(prefix) and entry.name.endswith(TEMP_MARK)
                        and len(entry.name) == len(prefix) + 8 + len(TEMP_MARK)
                        and entry.stat(follow_symlinks=False).st_mtime < cutoff):
                    os.unlink(entry.path)
    except OSError:  # tidying up is a courtesy; the export itself succeeded
        pass


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically.

    Parameters
    ----------
    target
        The file to (re)write. A symbolic link is followed: the file it points to is
        replaced and the link kept.

    Yields
    ------
    Path
        A fresh, empty file next to ``target``. Write it completely (any writer that
        takes a path: openpyxl, python-docx, pandas, pyreadstat ...).

    Raises
    ------
    DiskFullError
        The disk or quota filled up (also when the writer wrapped the ``OSError``);
        ``target`` is unchanged and the temporary file removed.

    Examples
    --------
    >>> with atomic_path("report.docx") as tmp:  # doctest: +SKIP
    ...     document.save(str(tmp))
    """
    final = Path(os.path.realpath(target))
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(final).st_mode)
    except OSError:  # no old file (or none we can see): a plain new file
        old_mode = None
    existed = old_mode is not None
    if existed and not os.access(final, os.W_OK):
        # a rename could replace a read-only file; the user made it read-only to keep it
        raise _cannot_write(final, PermissionError(errno.EACCES, os.strerror(errno.EACCES)))
    try:
        temp = _new_temp(final.parent, final.name)
    except OSError as exc:
        if _is_disk_full(exc):
            raise _disk_full(final, existed) from exc
        raise _cannot_write(final, exc) from exc  # no folder, no permission ...
    try:
        yield temp
        _fsync_file(temp)
        if old_mode is not None:  # keep the permissions the user gave the old file
            os.chmod(temp, old_mode)
        try:
            os.replace(temp, final)
        except OSError as exc:  # e.g. the target is a folder
            raise _cannot_write(final, exc) from exc
        _fsync_folder(final.parent)
        _remove_stale(final.parent, final.name)
    except BaseException as exc:
        # before the temporary file goes, or the space it took would look free
        full = _is_disk_full(exc) or _no_space_left(exc, final.parent)
        try:
            temp.unlink()
        except FileNotFoundError:
            pass
        if full:
            raise _disk_full(final, existed) from exc
        raise


def atomic_save(target: str | os.PathLike[str], save: Callable[[IO[bytes]], object]) -> None:
    """Let ``save`` write the whole file to memory, then write it to ``target`` atomically.

    For libraries that build a zip (openpyxl, python-docx): a full disk half way through
    their own writing leaves their half-closed zip objects to complain on stderr when they
    are garbage-collected; in memory they cannot fail that way, and the one write to disk
    is ours. An export is megabytes, so the copy in memory is cheap.

    Examples
    --------
    >>> atomic_save("table.xlsx", workbook.save)  # doctest: +SKIP
    """
    buffer = io.BytesIO()
    save(buffer)
    with atomic_path(target) as temp, open(temp, "wb") as fh:
        fh.write(buffer.getbuffer())
