"""Open zip containers (docx, odt) without trusting their declared sizes.

Checks run on the central directory before any member is inflated, and the
member we read is inflated with a hard byte cap, so a zip bomb costs at most
that cap in memory whatever its headers claim.
"""

from __future__ import annotations

import io
import zipfile

from qualcode.core.errors import InputFileError

MAX_MEMBERS = 10_000
# Word/ODF XML deflates 5-30x; zip bombs reach 1000x and more.
MAX_RATIO = 200
# The ratio is only judged for members big enough to matter.
RATIO_MIN_SIZE = 1 << 20


def open_zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip archive after sanity checks of its directory.

    Raises
    ------
    InputFileError
        Not a zip (or truncated), too many members, or an implausible
        compression ratio.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            # Not a zip at all (plain text, an old binary .doc/.xls): not damaged, misnamed.
            raise InputFileError(
                name, f"This file is not in {kind} format (it is not a zip archive). Was it renamed?"
            ) from None
        raise InputFileError(
            name, f"This is not a readable {kind} file (the zip container is damaged or truncated)."
        ) from None
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputFileError(name, f"The {kind} container has {len(infos)} parts; that is not a real {kind}.")
    for info in infos:
        if info.file_size >= RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputFileError(
                name,
                f"The part {info.filename!r} would inflate {info.file_size // max(info.compress_size, 1)}"
                " times; refusing a possible zip bomb.",
            )
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str, max_bytes: int) -> bytes:
    """Inflate one member, at most ``max_bytes``, checking its CRC.

    Raises
    ------
    InputFileError
        Missing member, damaged data, or more than ``max_bytes`` once inflated.
    """
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise InputFileError(name, f"The file has no {member!r} part; is it really this format?") from None
    if info.file_size > max_bytes:
        raise InputFileError(
            name, f"The part {member!r} is {info.file_size:,} bytes; the limit is {max_bytes:,}."
        )
    try:
        with archive.open(info) as stream:
            # Read one byte past the cap: headers can lie about the size.
            payload = stream.read(max_bytes + 1)
            if len(payload) > max_bytes:
                raise InputFileError(
                    name, f"The part {member!r} inflates past the {max_bytes:,}-byte limit."
                )
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise InputFileError(name, f"The part {member!r} is damaged ({exc}).") from None
    return payload
