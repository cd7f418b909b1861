"""The lexer's compiled regular expressions kept on disk, so that a new process does not compile them again.

Lark's contextual lexer compiles one union of its terminals per parser state on first use: for a report,
two unions of ~2,400 characters, ~20 ms of a cold `check FILE`, nearly all of it in Python's sre compiler
(Python code: the character classes of CJK ranges are expanded one character at a time). What that
compiler makes is a list of integers (the code `_sre.compile` takes): it is kept here, keyed by the
pattern, its flags and the exact interpreter (`sys.version`, sre's magic number and code size), and given
to `_sre.compile` in the next process, which validates the code it is given (a bad entry raises, never
runs). An entry is JSON (plain data, its types checked on reading; not marshal or pickle), written only
when the pattern it builds equals the one `re.compile` makes (a Pattern's equality compares flags,
pattern and code), and read only when its checksum holds; anything missing, unreadable, stale or on
another Python is compiled as usual. Only the grammar's unions are kept: a few entries per Python.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlint.hashes import sha256
from reportlint.resources import cache_home, write_whole

FORMAT = b"reportlint.sre-cache/2"
_CHECK = 64  # bytes: the payload's sha256 (hex) before it (hashes.sha256: no OpenSSL loaded at start-up)


def cache_dir() -> Path:
    return cache_home("sre")


def _sre() -> Any | None:
    """CPython's sre engine, whose `compile` takes the code (None elsewhere: compiled as usual)."""
    if sys.implementation.name != "cpython":
        return None
    try:
        _sre = importlib.import_module("_sre")  # (no stub for mypy)
    except ImportError:
        return None
    return _sre if hasattr(_sre, "compile") and hasattr(_sre, "MAGIC") else None


def path_for(pattern: str, flags: int, sre: Any) -> Path:
    digest = sha256(b"\0".join((FORMAT, sys.version.encode(), str(sre.MAGIC).encode(),
                                        str(sre.CODESIZE).encode(), str(int(flags)).encode(),
                                        pattern.encode("utf-8", "surrogatepass"))))
    return cache_dir() / f"{digest.hexdigest()[:32]}.bin"


@lru_cache(maxsize=64)  # like re's own cache: a state's lexer and the same union for another state
def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), its code read from the cache when there (written there when not)."""
    sre = _sre()
    if sre is None or not isinstance(pattern, str) or not isinstance(flags, int) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)  # a RegexFlag as its value
    target = path_for(pattern, flags, sre)
    entry = _read(target, pattern)
    if entry is not None:
        try:
            built: re.Pattern[str] = sre.compile(pattern, *entry)
            return built
        except Exception:  # a malformed entry: compiled as usual (and rewritten)
            pass
    compiled = re.compile(pattern, flags)
    _write(target, pattern, flags, compiled, sre)
    return compiled


def _args(pattern: str, flags: int) -> tuple[Any, ...]:
    """What re._compiler.compile gives `_sre.compile` after the pattern (its own steps, without the call)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _read(target: Path, pattern: str) -> tuple[Any, ...] | None:
    try:
        data = target.read_bytes()
        payload = data[_CHECK:]
        if sha256(payload).hexdigest().encode() != data[:_CHECK]:
            return None
        stored = json.loads(payload)
    except (OSError, ValueError):
        return None
    return _entry(stored, pattern)


def _entry(stored: Any, pattern: str) -> tuple[Any, ...] | None:
    """The arguments of `_sre.compile` after the pattern, if `stored` is [pattern, flags, code, groups,
    groupindex, indexgroup] of plain values of the right types; else None."""
    if not (isinstance(stored, list) and len(stored) == 6 and stored[0] == pattern):
        return None
    _, flags, code, groups, groupindex, indexgroup = stored
    if not (_is_int(flags) and _is_int(groups) and isinstance(code, list) and all(map(_is_int, code))
            and isinstance(groupindex, dict) and all(map(_is_int, groupindex.values()))
            and isinstance(indexgroup, list) and all(g is None or isinstance(g, str) for g in indexgroup)):
        return None
    return flags, code, groups, groupindex, tuple(indexgroup)


def _is_int(value: Any) -> bool:
    return type(value) is int


def _write(target: Path, pattern: str, flags: int, compiled: re.Pattern[str], sre: Any) -> None:
    try:
        args = _args(pattern, flags)
        if sre.compile(pattern, *args) != compiled:  # this Python's compiler does other steps: keep nothing
            return
        payload = json.dumps([pattern, *args], separators=(",", ":")).encode("ascii")
        if _entry(json.loads(payload), pattern) != args:  # not plain data of the right types: keep nothing
            return
        write_whole(target, sha256(payload).hexdigest().encode() + payload)
    except Exception:  # no cache: only a slower start (never a wrong pattern: it is not written)
        pass
