"""Sealing the original -> replacement mapping with a key derived from the user's password.

AES-256-GCM from ``cryptography``: the key comes from scrypt (n=2**15, r=8, p=1) over the
password and a random 16-byte salt stored beside the ciphertext; every seal has a fresh
random 96-bit nonce. ``sealed`` is a version byte followed by the GCM ciphertext and its
16-byte tag; the scheme, salt and version are authenticated as associated data, so a wrong
password or any altered byte fails the tag check and nothing is returned.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from qualcode.core.errors import QualCodeError

__all__ = ["SCHEME", "Sealed", "WrongPasswordError", "derive_key", "open_sealed", "seal"]

SCHEME = "scrypt-n32768-aes256gcm"
VERSION = 1
_MIN = 1 + 16  # version byte + GCM tag


class WrongPasswordError(QualCodeError):
    """The password does not open this mapping, copy or project (or its bytes were altered)."""


class Sealed(NamedTuple):
    scheme: str
    salt: bytes
    nonce: bytes
    sealed: bytes  # version byte, then ciphertext followed by the 16-byte GCM tag


def derive_key(password: str, salt: bytes, *, what: str = "Keeping the mapping") -> bytes:
    """The 32-byte key scrypt (n=2**15, r=8, p=1) derives from ``password`` and ``salt``.

    Raises
    ------
    QualCodeError
        ``password`` is empty (``what`` names the action that needed it).
    """
    if not password:
        raise QualCodeError(f"{what} needs a non-empty password.")
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**15, r=8, p=1,
                          maxmem=64 * 1024 * 1024, dklen=32)


def _aad(scheme: str, salt: bytes) -> bytes:
    return scheme.encode() + bytes([VERSION]) + salt


def seal(value: object, password: str) -> Sealed:
    """``value`` (JSON-able) encrypted and authenticated under ``password``."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = derive_key(password, salt)
    plain = json.dumps(value, ensure_ascii=False).encode("utf-8")
    cipher = AESGCM(key).encrypt(nonce, plain, _aad(SCHEME, salt))
    return Sealed(SCHEME, salt, nonce, bytes([VERSION]) + cipher)


def open_sealed(sealed: Sealed, password: str) -> object:
    """The value :func:`seal` sealed; :class:`WrongPasswordError` if ``password`` is not the one."""
    data = sealed.sealed
    if sealed.scheme != SCHEME or len(data) < _MIN or data[0] != VERSION or len(sealed.nonce) != 12:
        raise QualCodeError(f"This mapping was sealed with an unknown scheme ({sealed.scheme!r}).")
    key = derive_key(password, sealed.salt)
    try:
        plain = AESGCM(key).decrypt(sealed.nonce, data[1:], _aad(sealed.scheme, sealed.salt))
    except InvalidTag:
        raise WrongPasswordError(
            "That password does not open the stored mapping; nothing was shown or changed.") from None
    return json.loads(plain.decode("utf-8"))
