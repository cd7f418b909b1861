"""The lexer's compiled unions read from disk are the patterns re.compile makes, or are not used."""

from __future__ import annotations

import json
import random
import re

import pytest

from reportlint import srecache

# Patterns like the lexer's: named groups, CJK ranges and negated classes, flags.
PATTERNS = [
    ("(?P<A>[\u4e00-\u9fff]+)|(?P<B>[^\t\n|]+)|(?P<C>\\|)", 0),
    ("(?P<NUM>[0-9０-９]+(?:\\.[0-9]+)?)|(?P<WORD>[a-z一-龥]+)", re.IGNORECASE),
    ("^(?:第[一二三四五六七八九十]+[章节])\\s*(?P<T>.*)$", re.MULTILINE),
]
ALPHABET = "abcXYZ019０９一二十章节龥\t\n| .、（）"


@pytest.fixture(autouse=True)
def _fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    srecache.compile_cached.cache_clear()
    yield
    srecache.compile_cached.cache_clear()


def _same_behaviour(got: re.Pattern[str], want: re.Pattern[str]) -> None:
    assert got == want and got.groupindex == want.groupindex and got.groups == want.groups
    rng = random.Random(16)
    for _ in range(300):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))
        for pos in range(len(text) + 1):
            a, b = got.match(text, pos), want.match(text, pos)
            assert (a and (a.span(), a.lastgroup, a.groups())) == (b and (b.span(), b.lastgroup, b.groups()))


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_one_re_compiles(pattern, flags):
    first = srecache.compile_cached(pattern, flags)  # compiled, written
    assert srecache.path_for(pattern, flags, srecache._sre()).exists()
    srecache.compile_cached.cache_clear()
    second = srecache.compile_cached(pattern, flags)  # read
    want = re.compile(pattern, flags)
    _same_behaviour(first, want)
    _same_behaviour(second, want)


def test_the_parsers_unions_from_the_cache_parse_as_compiled():
    from reportlint.parse.report_parser import Lark_StandAlone

    text = "## 二、主动公开\n| 规章 | 0 | |\n|---|---|---|\n规章\t0\t/\t3\n**（一）标题**正文 a|b\n"
    fresh = Lark_StandAlone().parse(text)
    assert list((srecache.cache_dir()).glob("*.bin")), "the lexer's unions are cached"
    srecache.compile_cached.cache_clear()
    assert Lark_StandAlone().parse(text) == fresh


def test_a_damaged_or_misplaced_entry_is_not_used():
    (a, fa), (b, fb) = PATTERNS[0], PATTERNS[1]
    srecache.compile_cached(a, fa)
    srecache.compile_cached(b, fb)
    sre = srecache._sre()
    path_a, path_b = srecache.path_for(a, fa, sre), srecache.path_for(b, fb, sre)
    path_a.write_bytes(path_b.read_bytes())  # another pattern's entry under a's name
    data = bytearray(path_b.read_bytes())
    data[-3] ^= 1  # a flipped bit in b's code
    path_b.write_bytes(bytes(data))
    srecache.compile_cached.cache_clear()
    _same_behaviour(srecache.compile_cached(a, fa), re.compile(a, fa))
    _same_behaviour(srecache.compile_cached(b, fb), re.compile(b, fb))


def test_an_unwritable_cache_only_compiles(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    pattern, flags = PATTERNS[0]
    _same_behaviour(srecache.compile_cached(pattern, flags), re.compile(pattern, flags))


def test_an_entry_of_other_types_or_code_sre_rejects_is_not_used():
    """An entry whose checksum holds but whose values are not plain data of the right types, or whose code
    _sre.compile rejects, is compiled again: never a pattern from it."""
    from reportlint.hashes import sha256

    pattern, flags = PATTERNS[0]
    srecache.compile_cached(pattern, flags)
    path = srecache.path_for(pattern, flags, srecache._sre())
    stored = json.loads(path.read_bytes()[64:])
    bad_code = [*stored[:2], [999999, *stored[2][1:]], *stored[3:]]
    for entry in ([*stored[:2], "code", *stored[3:]], [*stored[:2], [1.5], *stored[3:]], bad_code,
                  {"pattern": pattern}, [*stored, 0]):
        payload = json.dumps(entry).encode()
        path.write_bytes(sha256(payload).hexdigest().encode() + payload)
        srecache.compile_cached.cache_clear()
        _same_behaviour(srecache.compile_cached(pattern, flags), re.compile(pattern, flags))
