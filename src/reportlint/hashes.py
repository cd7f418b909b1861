"""SHA-256 (and the pack cache's content key) without importing `hashlib` at start-up.

`import hashlib` loads OpenSSL's libcrypto: ~4.5 ms of a cold `check FILE`, which hashes a few
small things (a report of some kilobytes, a finding's place, the pack files). CPython's own
SHA-256 module loads in ~0.3 ms and gives the same digest (it is the same function), ~6 times
slower per byte: it is used for small data only, and only while nothing has loaded hashlib (a
batch loads it once before its workers start).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol


class Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def _own_sha256() -> Callable[[bytes], Hash] | None:
    """CPython's own SHA-256 (`_sha2` from 3.12, `_sha256` before), if this Python has it."""
    for name in ("_sha2", "_sha256"):
        try:
            return __import__(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            pass
    return None


_small_sha256 = _own_sha256()
SMALL = 256 * 1024  # bytes: up to here CPython's own module beats loading OpenSSL's for one hash


def sha256(data: bytes = b"") -> Hash:
    """hashlib.sha256(data): the same digest, from CPython's own module for small data while hashlib
    is not loaded (the object is then meant for small data too)."""
    if _small_sha256 is not None and len(data) <= SMALL and "hashlib" not in sys.modules:
        return _small_sha256(data)
    import hashlib

    return hashlib.sha256(data)


def content_key() -> Hash:
    """A hash to key caches by content (BLAKE2b, 32 bytes: ~3 times faster than SHA-256 here, and in
    CPython's own module `_blake2`, the one hashlib.blake2b is)."""
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b
    return blake2b(digest_size=32)
