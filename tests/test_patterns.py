"""Pack patterns: the literal pre-check never hides a match."""

from __future__ import annotations

import random

import pytest
import regex

from reportlint import patterns
from reportlint.patterns import NUM, cannot_match, required_choices, required_literals


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"行政强制(?:措施)?决定(?:书)?\s*(?P<n>NUM)\s*(?:件|项)", ("行政强制", "决定")),
    (r"(?P<n>NUM)\s*件(?:申请)?结转(?:至|到)?下一?年", ("件", "结转", "下", "年")),
    ("a{2,3}bc", ("a", "bc")),  # the quantifier's digits are not literals
    ("a{0,3}bc", ("bc",)),  # a character that may be absent is not required
    ("a{,3}bc", ("bc",)),
    ("ab?c", ("a", "c")),
    ("a+?b", ("a", "b")),
    (r"[ab]cd\x41ef", ("cd",)),  # an escape's digits are not literals
    (r"\p{Han}+中", ("中",)),
    ("x|y", ()),  # a top-level alternative: nothing is required
    ("(?i)abc", ()),  # flags change what a literal matches
    ("ab(?i:c)", ()),
    ("[[:alpha:]]x", ()),
    (r"(?<![不部分])(?:予以公开)", ()),
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize(("pattern", "choices"), [
    (r"(?:共|分为)?[^。]{0,60}?([一二三]|\d{1,2})\s*个?(?:部分|方面)", (("部分", "方面"),)),
    (r"(?P<n>NUM)\s*(?:件|起)行政复议", (("件", "起"),)),
    (r"(?P<w>收到|受理)(a|b)+c", (("收到", "受理"), ("a", "b"))),
    ("(a|b)?c", ()),  # an optional group, or one that may repeat zero times, is not required
    ("(a|b)*c", ()),
    ("(a|b){0,2}c", ()),
    ("x(a|)y", ()),  # an empty alternative
    ("(?=a|b)c", ()),  # a lookahead consumes nothing
    ("(?<!a|b)c", ()),
    ("(?:a|b)c|d", ()),  # a top-level alternative: nothing is required
    ("(?i)(?:a|b)", ()),
    (r"(?:a\d|b)", ()),  # not plain words
    ("(a|b){2}c", (("a", "b"),)),  # repeated at least once: required
    ("[XＸ]{2,}", (("X", "Ｘ"),)),  # a class of plain characters: one of them
    (r"[\[【]单位[\]】]", (("[", "【"), ("]", "】"))),
    ("[ab]?c", ()),
    ("[ab]{0,2}c", ()),
    ("[^ab]c", ()),  # negated
    ("[a-c]x", ()),  # a range
    (r"[\dab]x", ()),  # a class escape
])
def test_required_choices(pattern, choices):
    assert required_choices(pattern) == choices


@pytest.mark.parametrize(("pattern", "parts"), [
    ("(?:[XＸ]{2,})|(?:某某)|此处", ("[XＸ]{2,}", "某某", "此处")),  # a group wrapping an alternative whole
    ("(?:a)(?:b)|c", ("(?:a)(?:b)", "c")),
    ("a(?:b|c)", ()),  # no top-level `|`
    ("[|]a", ()),
    (r"\|a", ()),
    ("(?i)a|b", ()),  # flags
])
def test_alternatives(pattern, parts):
    assert patterns.alternatives(pattern) == parts


def test_an_alternation_is_ruled_out_when_each_alternative_is():
    joined = "|".join(f"(?:{p})" for p in ("[XＸ]{2,}", "×{2,}", "某某", "[(（]请?填写[^)）]{0,12}[)）]"))
    assert cannot_match(joined, "全年收到申请25件。")
    assert not cannot_match(joined, "（请填写）") and not cannot_match(joined, "×") and not cannot_match(joined, "X")
    assert not cannot_match("某某|[a-c]", "全年")  # an alternative without a requirement: anything may match


def test_precheck_agrees_with_the_engine():
    """On random texts over the patterns' own alphabet, a pattern ruled out never matches."""
    pats = [r"行政强制(?:措施)?决定\s*(?P<n>NUM)\s*件", r"(?<!不)公开\s*(?:共|为)?(?P<n>NUM)件", "a{2}b+c?d",
            r"(?:收到|受理)[^，。]{0,4}?申请\s*(?P<n>NUM)\s*件", r"年\s*1\s*月\s*1\s*日\s*至", "ab|cd", r"\d+%",
            r"(?:共|为)?[^。]{0,6}?(\d)\s*个?(?:申请|决定)", r"(?P<n>NUM)(?:件|年)(?!月)", "(ab|cd)+(?:a|b)?c",
            "(?:[XＸ]{2,})|(?:某某)|(?:[(（]请?填写[^)）]{0,3}[)）])", "[ab]{2}d|c{1,2}|(?:ab){2}", r"[\[【]年[\]】]|公开"]
    alphabet = "行政强制措施决定件公开不共为收到受理申请年月日至一二3 1，。abcd%XＸ某请填写(（)）[【]】"
    rng = random.Random(16)
    checked = ruled_out = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for p in pats:
            compiled = regex.compile(p.replace("NUM", NUM))
            checked += 1
            if cannot_match(p, text):
                ruled_out += 1
                assert compiled.search(text) is None, (p, text)
    assert 0 < ruled_out < checked


def test_a_ruled_out_pattern_is_not_compiled(monkeypatch):
    compiled: list[str] = []
    real = patterns.compile_pattern

    def spy(pattern: str) -> regex.Pattern[str]:
        compiled.append(pattern)
        return real(pattern)

    monkeypatch.setattr(patterns, "compile_pattern", spy)
    assert patterns.finditer("违法(?P<n>NUM)件", "本年无此事项。") == []
    assert patterns.search("违法(?P<n>NUM)件", "本年无此事项。") is None
    assert patterns.match("违法", "违") is None
    assert compiled == []
    assert patterns.search("违法(?P<n>NUM)件", "查处违法3件。").group("n") == "3"
    assert len(compiled) == 1


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


BOUNDED = [r"([一-鿿]{2,4})\1|(的|了|和|及|与|在|是|对|将)\2", r"(?<!不)公开[^，。]{0,4}?(申请|决定)", "a{2}b?c",
           r"(?:ab|a)(?=c)[^d]{1,3}$", r"^(a|ab)(c|bcd)\2?", r"[\[【]年[\]】]|公开", r"(?P<x>ab?)(?!c)(?P=x)"]


def test_bounded_patterns_run_by_re_find_what_regex_finds():
    """Each pattern `re` runs (the packs' and some made up) gives the same matches as `regex` with its
    time bound, on random texts over the pattern's own characters."""
    from reportlint.pack import load_builtin

    pack_patterns = {s for rule in load_builtin().rules for s in _strings(rule.options)}
    pats = [p for p in sorted(pack_patterns) + BOUNDED if patterns._bounded(p) is not None]
    for p in pats:  # nothing regex rejects (a message's `{image}`) is taken for a pattern
        regex.compile(p.replace("NUM", NUM))
    assert r"([一-鿿]{2,4})\1|(的|了|和|及|与|在|是|对|将)\2" in pats and len(pats) > len(BOUNDED)
    rng = random.Random(12)
    for p in pats:
        slow = regex.compile(p.replace("NUM", NUM))
        alphabet = "".join(c for c in p if c not in "\\") + "的的了在一二abcd，。\n"
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            want = [(m.span(), m.groups(), m.groupdict()) for m in slow.finditer(text, timeout=1.0)]
            got = [(m.span(), m.groups(), m.groupdict()) for m in patterns.finditer(p, text)]
            assert got == want, (p, text)
            for fast, exact in ((patterns.search(p, text), slow.search(text)), (patterns.match(p, text), slow.match(text))):
                assert (fast and fast.span()) == (exact and exact.span()), (p, text)


@pytest.mark.parametrize("pattern", [r"a+b", r"a*b", r"a{2,}b", r"\d{2}", r"\s?x", r"\w", r"a\b", r"(?i)ab",
                                     r"a?", r"(?:ab){0,3}", r"\p{Han}", r"(?:(?:a|ab){30}){30}", "{x}"])
def test_unbounded_or_unsure_patterns_stay_with_regex(pattern):
    assert patterns._bounded(pattern) is None


def test_a_long_text_goes_back_to_regex_with_its_time_bound(monkeypatch):
    p = r"([一-鿿]{2,4})\1"
    assert patterns._fast(p, "资金资金") is not None
    assert patterns._fast(p, "资金" * patterns.STEPS_PER_CALL) is None  # the work bound: regex, with its timeout
    monkeypatch.setattr(patterns, "STEPS_PER_CALL", 0)
    assert [m.group() for m in patterns.finditer(p, "审核审核的的")] == ["审核审核"]
