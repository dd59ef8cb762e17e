"""Users' passwords: Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane). Only the hash is kept."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP Password Storage Cheat Sheet: Argon2id, m=19456 KiB, t=2, p=1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    """Whether password is the one stored_hash was made from; an empty or damaged hash matches nothing."""
    if not stored_hash:
        return False
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """A hash made at older, weaker parameters is made again at the next sign-in."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


def dummy_check(password: str) -> None:
    """Spend the time of a real check, so that an unknown user name answers as slowly as a known one."""
    global _dummy
    if _dummy is None:
        _dummy = _HASHER.hash("no user has this password")
    password_matches(_dummy, password)


_dummy: str | None = None
