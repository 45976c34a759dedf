"""Sealing the original -> replacement mapping with a key derived from the user's password.

Standard library only (the project has no AES package): the key is derived with
scrypt (n=2**15, r=8, p=1, a random 16-byte salt) into a 32-byte encryption key and a
32-byte MAC key; the plaintext is XORed with an HMAC-SHA256 keystream in counter mode
(HMAC as a PRF, a fresh 16-byte nonce per seal) and authenticated encrypt-then-MAC
with HMAC-SHA256 over scheme, salt, nonce and ciphertext. A wrong password fails the
MAC check and nothing is returned. Swap for AES-GCM when ``cryptography`` is a dependency.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import NamedTuple

from qualcode.core.errors import QualCodeError

__all__ = ["SCHEME", "Sealed", "WrongPasswordError", "open_sealed", "seal"]

SCHEME = "scrypt-n32768-hmacsha256ctr-hmacsha256"
_TAG = 32


class WrongPasswordError(QualCodeError):
    """The password does not open this mapping (or the stored mapping was altered)."""


class Sealed(NamedTuple):
    scheme: str
    salt: bytes
    nonce: bytes
    sealed: bytes  # ciphertext followed by the 32-byte tag


def _keys(password: str, salt: bytes) -> tuple[bytes, bytes]:
    if not password:
        raise QualCodeError("Keeping the mapping needs a password; give one or do not keep the mapping.")
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64)
    return key[:32], key[32:]


def _keystream(key: bytes, nonce: bytes, length: int) -> bytes:
    blocks = [hmac.digest(key, nonce + i.to_bytes(8, "big"), "sha256") for i in range((length + 31) // 32)]
    return b"".join(blocks)[:length]


def _xor(data: bytes, stream: bytes) -> bytes:
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(data), "big")


def seal(value: object, password: str) -> Sealed:
    """``value`` (JSON-able) encrypted and authenticated under ``password``."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(16)
    enc_key, mac_key = _keys(password, salt)
    plain = json.dumps(value, ensure_ascii=False).encode("utf-8")
    cipher = _xor(plain, _keystream(enc_key, nonce, len(plain)))
    tag = hmac.digest(mac_key, SCHEME.encode() + salt + nonce + cipher, "sha256")
    return Sealed(SCHEME, salt, nonce, cipher + tag)


def open_sealed(sealed: Sealed, password: str) -> object:
    """The value :func:`seal` sealed; :class:`WrongPasswordError` if ``password`` is not the one."""
    if sealed.scheme != SCHEME or len(sealed.sealed) < _TAG:
        raise QualCodeError(f"This mapping was sealed with an unknown scheme ({sealed.scheme!r}).")
    enc_key, mac_key = _keys(password, sealed.salt)
    cipher, tag = sealed.sealed[:-_TAG], sealed.sealed[-_TAG:]
    expected = hmac.digest(mac_key, sealed.scheme.encode() + sealed.salt + sealed.nonce + cipher, "sha256")
    if not hmac.compare_digest(tag, expected):
        raise WrongPasswordError("That password does not open the stored mapping; nothing was shown or changed.")
    return json.loads(_xor(cipher, _keystream(enc_key, sealed.nonce, len(cipher))).decode("utf-8"))
