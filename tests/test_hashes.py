"""reportlint.hashes gives hashlib's SHA-256 digests, whichever module computes them."""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys

from reportlint import hashes


def test_sha256_is_hashlibs_on_generated_data(monkeypatch):
    rng = random.Random(16)
    sizes = [0, 1, 55, 56, 63, 64, 65, 1000, hashes.SMALL - 1, hashes.SMALL, hashes.SMALL + 1, 3 * hashes.SMALL]
    for size in sizes + [rng.randrange(1, 200_000) for _ in range(40)]:
        data = rng.randbytes(size)
        want = hashlib.sha256(data).hexdigest()
        assert hashes.sha256(data).hexdigest() == want, size
        if hashes._small_sha256 is not None:  # the path taken while hashlib is not loaded
            assert hashes._small_sha256(data).hexdigest() == want, size
        with monkeypatch.context() as m:
            m.delitem(sys.modules, "hashlib")
            assert hashes.sha256(data).hexdigest() == want, size
        updated = hashes.sha256()
        updated.update(data[: size // 2])
        updated.update(data[size // 2 :])
        assert updated.hexdigest() == want, size


def test_content_key_is_blake2b():
    key = hashes.content_key()
    key.update(b"pack\0")
    assert key.hexdigest() == hashlib.blake2b(b"pack\0", digest_size=32).hexdigest()


def test_a_plain_start_does_not_load_hashlib():
    code = "import sys, reportlint.cli, reportlint.fingerprint, reportlint.sources.base; print('hashlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
