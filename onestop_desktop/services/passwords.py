"""Password hashing with argon2id (memory-hard), per-user salt included in the hash string."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@cache
def _hasher() -> PasswordHasher:
    # argon2-cffi's defaults: argon2id, t=3, m=64 MiB, p=4 (RFC 9106 second recommendation).
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    if not isinstance(password, str):
        return False
    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError, UnicodeEncodeError):  # a lone surrogate typed
        return False


@cache
def dummy_hash() -> str:
    """A hash to verify against when the user name is unknown, so timing does not tell."""
    return hash_password("not-a-real-password-0123456789")
