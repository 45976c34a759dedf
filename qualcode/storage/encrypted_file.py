"""Encrypted (SQLCipher) project files: change the password, convert to and from plain.

Every function checks the source the way opening does (and the password) before it
writes a byte; a conversion writes a new file beside the target and renames it into
place only when it is complete, so a failure leaves no half-written project behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from qualcode.core.errors import ProjectFileError
from qualcode.storage.engine import (
    APPLICATION_ID,
    cipher_connect,
    key_pragma,
    read_only_uri,
)
from qualcode.storage.project_file import (
    PasswordNeededError,
    _no_writer,
    inspect_project_file,
    looks_encrypted,
)

__all__ = ["change_password", "decrypt_to_plain", "encrypt_to_copy"]


def _fresh(source: Path, target: Path) -> None:
    if target.exists():
        raise ProjectFileError(f"{target} already exists; choose a new name (nothing was written).")
    if not target.parent.is_dir():
        raise ProjectFileError(f"The folder {target.parent} does not exist.")


def _export(source_uri: str, source_password: str | None, target: Path, target_password: str) -> None:
    """``sqlcipher_export`` from the source connection into a new file keyed ``target_password``
    ('' = plain SQLite), written under a temporary name and renamed into place."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    if source_password is None:  # a plain source: a SQLCipher connection without a key reads it
        conn = cipher_connect(source_uri, None, uri=True)
    else:
        conn = cipher_connect(source_uri, source_password, uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(tmp), target_password))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
        conn.execute("DETACH DATABASE target")
        conn.close()
        os.replace(tmp, target)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise


def encrypt_to_copy(source: Path, target: Path, password: str) -> None:
    """Write ``target``: the plain project ``source`` as an encrypted project under ``password``."""
    _fresh(source, target)
    if not password:
        raise ProjectFileError(f"An encrypted project needs a non-empty password ({target} was not written).")
    if looks_encrypted(source):
        raise ProjectFileError(f"{source} is already encrypted; use `qualcode passwd` to change its password.")
    inspect_project_file(source)
    _export(read_only_uri(source, immutable=_no_writer(source)), None, target, password)


def decrypt_to_plain(source: Path, target: Path, password: str) -> None:
    """Write ``target``: the encrypted project ``source`` as a plain project file."""
    _fresh(source, target)
    if not looks_encrypted(source):
        raise ProjectFileError(f"{source} is not an encrypted QualCode project.")
    inspect_project_file(source, password=password)
    _export(read_only_uri(source, immutable=_no_writer(source)), password, target, "")


def change_password(path: Path, old: str, new: str) -> None:
    """Re-encrypt the encrypted project ``path`` under ``new`` (SQLCipher ``PRAGMA rekey``).

    Close the project everywhere first: the whole file is rewritten.
    """
    if not new:
        raise ProjectFileError(f"The new password for {path} must not be empty; nothing was changed.")
    if not looks_encrypted(path):
        raise PasswordNeededError(f"{path} is not an encrypted QualCode project; nothing was changed.")
    inspect_project_file(path, password=old)
    conn = cipher_connect(str(path), old)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(key_pragma(new).replace("PRAGMA key", "PRAGMA rekey", 1))
    finally:
        conn.close()
