"""Encrypted archive copies of a project ("kept in encrypted password-protected files").

``encrypt_project_copy`` writes a consistent image of the project, encrypted under a key
derived from a password; ``decrypt_project_copy`` checks the password (the whole tag)
before it writes a byte, then writes a working copy and opens it to prove it is a project.
QualCode does not open an archive directly: decrypt it to work on it.

Format: ``QCENC1\\n`` | salt (16) | nonce (16) | ciphertext | tag (32). Keys: scrypt
(n=2**15, r=8, p=1) -> 32-byte encryption key + 32-byte MAC key. Keystream: SHAKE-256 of
(label, key, nonce, chunk number) per 1 MiB chunk. Tag: HMAC-SHA256 over header and
ciphertext (encrypt-then-MAC). Standard library only; swap for AES-GCM when
``cryptography`` is a dependency.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from qualcode.core.errors import QualCodeError
from qualcode.io.atomic_write import atomic_path
from qualcode.services.privacy.sealed import WrongPasswordError
from qualcode.services.projects import load_project
from qualcode.storage.snapshot_bytes import project_bytes

__all__ = ["ArchiveSummary", "check_archive", "check_encryptable", "decrypt_project_copy", "encrypt_project_copy"]

MAGIC = b"QCENC1\n"
_CHUNK = 1 << 20
_HEADER = len(MAGIC) + 32
_TAG = 32


@dataclass(frozen=True)
class ArchiveSummary:
    source: str
    target: str
    size: int


def _keys(password: str, salt: bytes) -> tuple[bytes, bytes]:
    if not password:
        raise QualCodeError("An encrypted copy needs a non-empty password.")
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64)
    return key[:32], key[32:]


def _crypt(data: bytes, key: bytes, nonce: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), _CHUNK):
        chunk = data[i:i + _CHUNK]
        stream = hashlib.shake_256(b"qualcode-archive" + key + nonce + (i // _CHUNK).to_bytes(8, "big"))
        pad = stream.digest(len(chunk))
        out += (int.from_bytes(chunk, "big") ^ int.from_bytes(pad, "big")).to_bytes(len(chunk), "big")
    return bytes(out)


def _fresh_target(source: Path, target: Path) -> None:
    if target.exists():
        raise QualCodeError(f"{target} already exists; choose a new name (nothing was written).")
    if target.resolve() == source.resolve():
        raise QualCodeError(f"{target} is the file being read; choose a new name.")


def check_encryptable(source: str | Path, target: str | Path) -> None:
    """Raise unless ``source`` is a project and ``target`` a new file (before asking for a password)."""
    _fresh_target(Path(source), Path(target))
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
    enc_key, mac_key = _keys(password, salt := secrets.token_bytes(16))
    nonce = secrets.token_bytes(16)
    header = MAGIC + salt + nonce
    cipher = _crypt(project_bytes(source), enc_key, nonce)
    tag = hmac.digest(mac_key, header + cipher, "sha256")
    with atomic_path(target) as tmp:
        tmp.write_bytes(header + cipher + tag)
    return ArchiveSummary(str(source), str(target), len(header) + len(cipher) + _TAG)


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
    if not data.startswith(MAGIC) or len(data) < _HEADER + _TAG:
        raise QualCodeError(f"{source} is not an encrypted QualCode copy.")
    header, cipher, tag = data[:_HEADER], data[_HEADER:-_TAG], data[-_TAG:]
    enc_key, mac_key = _keys(password, header[len(MAGIC):len(MAGIC) + 16])
    if not hmac.compare_digest(tag, hmac.digest(mac_key, header + cipher, "sha256")):
        raise WrongPasswordError(f"{source}: wrong password (or the file was altered); nothing was written.")
    plain = _crypt(cipher, enc_key, header[len(MAGIC) + 16:])
    with atomic_path(target) as tmp:
        tmp.write_bytes(plain)
    try:
        load_project(target).close()
    except QualCodeError:
        target.unlink(missing_ok=True)
        raise
    return ArchiveSummary(str(source), str(target), len(plain))
