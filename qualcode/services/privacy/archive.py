"""Encrypted archive copies of a project ("kept in encrypted password-protected files").

``encrypt_project_copy`` writes a consistent image of the project, encrypted under a key
derived from a password; ``decrypt_project_copy`` checks the password (the whole tag)
before it writes a byte, then writes a working copy and opens it to prove it is a project.
QualCode does not open an archive directly: decrypt it to work on it.

Format: ``QCENC\n`` | version byte (2) | salt (16) | nonce (12) | AES-256-GCM ciphertext
and 16-byte tag. Key: scrypt (n=2**15, r=8, p=1) over the password and the random salt;
the header is authenticated as associated data, so a wrong password or an altered byte
fails the tag check before anything is written.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from qualcode.core.errors import QualCodeError
from qualcode.io.atomic_write import atomic_path
from qualcode.services.privacy.sealed import WrongPasswordError, derive_key
from qualcode.services.projects import is_encrypted_project, load_project
from qualcode.storage.snapshot_bytes import project_bytes

__all__ = ["ArchiveSummary", "check_archive", "check_encryptable", "decrypt_project_copy", "encrypt_project_copy"]

MAGIC = b"QCENC\n"
VERSION = 2
_HEADER = len(MAGIC) + 1 + 16 + 12
_TAG = 16


@dataclass(frozen=True)
class ArchiveSummary:
    source: str
    target: str
    size: int


def _key(password: str, salt: bytes) -> bytes:
    return derive_key(password, salt, what="An encrypted copy")


def _fresh_target(source: Path, target: Path) -> None:
    if target.exists():
        raise QualCodeError(f"{target} already exists; choose a new name (nothing was written).")
    if target.resolve() == source.resolve():
        raise QualCodeError(f"{target} is the file being read; choose a new name.")


def check_encryptable(source: str | Path, target: str | Path) -> None:
    """Raise unless ``source`` is a project and ``target`` a new file (before asking for a password)."""
    _fresh_target(Path(source), Path(target))
    if is_encrypted_project(source):
        raise QualCodeError(f"{source} is already an encrypted project: copy the file itself to keep or send it.")
    load_project(source, read_only=True).close()  # refuses what is not one of our projects


def check_archive(source: str | Path, target: str | Path) -> None:
    """Raise unless ``source`` is an encrypted copy and ``target`` a new file."""
    _fresh_target(Path(source), Path(target))
    with open(source, "rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise QualCodeError(f"{source} is not an encrypted QualCode copy.")


def encrypt_project_copy(source: str | Path, target: str | Path, password: str) -> ArchiveSummary:
    """Write ``target``: the project at ``source`` encrypted under ``password``. ``source`` is only read."""
    source, target = Path(source), Path(target)
    check_encryptable(source, target)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = MAGIC + bytes([VERSION]) + salt + nonce
    cipher = AESGCM(_key(password, salt)).encrypt(nonce, project_bytes(source), header)
    with atomic_path(target) as tmp:
        tmp.write_bytes(header + cipher)
    return ArchiveSummary(str(source), str(target), len(header) + len(cipher))


def decrypt_project_copy(source: str | Path, target: str | Path, password: str) -> ArchiveSummary:
    """Write ``target``: a working project from the archive ``source``.

    Raises
    ------
    WrongPasswordError
        The password does not open the archive (or it was altered); nothing is written.
    """
    source, target = Path(source), Path(target)
    check_archive(source, target)
    data = source.read_bytes()
    if not data.startswith(MAGIC) or len(data) < _HEADER + _TAG or data[len(MAGIC)] != VERSION:
        raise QualCodeError(f"{source} is not an encrypted QualCode copy (or was made by another version).")
    header, cipher = data[:_HEADER], data[_HEADER:]
    salt, nonce = header[len(MAGIC) + 1:len(MAGIC) + 17], header[len(MAGIC) + 17:]
    try:
        plain = AESGCM(_key(password, salt)).decrypt(nonce, cipher, header)
    except InvalidTag:
        raise WrongPasswordError(
            f"{source}: wrong password (or the file was altered); nothing was written.") from None
    with atomic_path(target) as tmp:
        tmp.write_bytes(plain)
    try:
        load_project(target).close()
    except QualCodeError:
        target.unlink(missing_ok=True)
        raise
    return ArchiveSummary(str(source), str(target), len(plain))
