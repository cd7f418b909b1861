"""Regular expressions from rule packs, run with a time bound.

A pack's patterns are data a user may write, and one catastrophic pattern
(nested quantifiers over a long run of digits) can take seconds or minutes on a
single report. Python's `re` cannot be interrupted, so pack patterns are
compiled with the `regex` module (a drop-in superset of `re`) and every search
gets a timeout; a pattern that runs out of time raises `PatternTimeout`, which
the engine turns into a note for that rule and that document.

`NUM` in a pattern stands for a number in Arabic or Chinese numerals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # the opcodes of re's parse tree (re is imported at start-up anyway)
from re import _parser as sre_parse
from typing import TYPE_CHECKING, Any

from reportlint.numerals import NUMBER_CHARS

if TYPE_CHECKING:
    import regex  # imported when a pattern is first compiled

    Match = regex.Match[str] | re.Match[str]

# A number starts only where a run of digits (or of Chinese numerals) starts: a pattern that begins
# with NUM then tries each run once, not once per digit (linear, not quadratic, on a 40 KB digit run).
NUM = rf"(?:(?<!\d)\d+|(?<![{NUMBER_CHARS}])[{NUMBER_CHARS}]+)"
TIMEOUT = 1.0  # seconds for one search (or one finditer) over one document


class PatternError(ValueError):
    """The pattern does not compile."""


class PatternTimeout(Exception):
    """A pack pattern ran out of time on this input."""


# Characters that make a pattern more than a literal at the point they appear.
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_ZERO_OR = frozenset("?*{")  # quantifiers that may match the preceding item zero times


@lru_cache(maxsize=1024)
def required_literals(pattern: str) -> tuple[str, ...]:
    """Runs of plain characters every match must contain (empty: none found, or not sure).

    A text lacking one of them cannot match, so the pattern is neither compiled nor run on
    it (most pack patterns never match a given report, and compiling one costs ~1 ms). Only
    the pattern's top level is read: groups, classes, escapes and quantified characters are
    skipped, and a top-level alternative, an inline flag or a nested set gives up.
    """
    expanded = pattern.replace("NUM", NUM)
    if _flags_or_sets(expanded):
        return ()
    runs: list[str] = []
    run: list[str] = []
    i, n = 0, len(expanded)
    while i < n:
        ch = expanded[i]
        if ch not in _SPECIAL:
            run.append(ch)
            i += 1
            continue
        if run and ch in _ZERO_OR and (ch != "{" or _may_be_absent(expanded, i)):
            run.pop()  # the character before it is optional
        if run:
            runs.append("".join(run))
            run = []
        if ch == "|":
            return ()
        i = _skip(expanded, i)
        if i < 0:
            return ()
    if run:
        runs.append("".join(run))
    return tuple(runs)


def _flags_or_sets(expanded: str) -> bool:
    """Inline flags (case-insensitive, verbose, version 1) change what a literal matches; `[[` opens a nested set."""
    if "[[" in expanded:
        return True
    i = expanded.find("(?")
    while i >= 0:
        if expanded[i + 2 : i + 3].isalpha() and expanded[i + 2] != "P":
            return True
        i = expanded.find("(?", i + 2)
    return False


@lru_cache(maxsize=1024)
def required_choices(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Top-level groups of plain alternatives (`(?:部分|方面)`) every match holds one of: a text holding
    none of a group's words cannot match (empty: none found, or not sure). Optional groups, lookarounds,
    and groups holding anything but plain words and `|` are skipped; a top-level `|` gives up."""
    expanded = pattern.replace("NUM", NUM)
    if _flags_or_sets(expanded):
        return ()
    out: list[tuple[str, ...]] = []
    i, n = 0, len(expanded)
    while i < n:
        ch = expanded[i]
        if ch == "|":
            return ()
        if ch not in _SPECIAL:
            i += 1
            continue
        j = _skip(expanded, i)
        if j < 0:
            return ()
        if ch in "([" and not _may_be_absent(expanded, j):
            words = _plain_alternatives(expanded[i:j]) if ch == "(" else _class_chars(expanded[i:j])
            if words:
                out.append(words)
        i = j
    return tuple(out)


def _may_be_absent(pattern: str, j: int) -> bool:
    """Whether the item ending before j may match zero times: `?`, `*`, `{0,…}` after it (or unsure)."""
    nxt = pattern[j : j + 1]
    if nxt in ("?", "*"):
        return True
    if nxt != "{":
        return False
    close = pattern.find("}", j)
    least = pattern[j + 1 : close].split(",")[0] if close > 0 else ""
    return not (least.isdigit() and int(least) > 0)


def _class_chars(cls: str) -> tuple[str, ...]:
    """The characters of a class of plain characters (`[XＸ]`, `[\\[【]`), one of which a match holds there;
    empty for a negated class, a range, a class escape (`\\d`, `\\p{…}`, `\\x41`) or a nested set."""
    body = cls[1:-1]
    if not body or body[0] == "^":
        return ()
    chars: list[str] = []
    k = 0
    while k < len(body):
        c = body[k]
        if c == "\\":
            escaped = body[k + 1 : k + 2]
            if not escaped or escaped.isalnum():
                return ()
            chars.append(escaped)
            k += 2
            continue
        if c == "[" or (c == "-" and 0 < k < len(body) - 1):
            return ()
        chars.append(c)
        k += 1
    return tuple(dict.fromkeys(chars))


@lru_cache(maxsize=1024)
def alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of `a|b|c` (a group wrapping one whole is unwrapped), each pre-checked on
    its own: a text none of them can match cannot match the pattern. Empty: no top-level `|`, or flags."""
    expanded = pattern.replace("NUM", NUM)
    if _flags_or_sets(expanded):
        return ()
    parts: list[str] = []
    start = i = 0
    while i < len(expanded):
        ch = expanded[i]
        if ch == "|":
            parts.append(expanded[start:i])
            start = i = i + 1
        elif ch in "([\\{":
            i = _skip(expanded, i)
            if i < 0:
                return ()
        else:
            i += 1
    if not parts:
        return ()
    parts.append(expanded[start:])
    return tuple(p[3:-1] if p.startswith("(?:") and _skip(p, 0) == len(p) else p for p in parts)


def _plain_alternatives(group: str) -> tuple[str, ...]:
    """The words of `(a|b)`, `(?:a|b)` or `(?P<n>a|b)` when they are plain words (else empty)."""
    body = group[1:-1]
    if body.startswith("?:"):
        body = body[2:]
    elif body.startswith("?P<") and ">" in body:
        body = body[body.index(">") + 1 :]
    elif body.startswith("?"):
        return ()  # a lookaround, a comment or a conditional: nothing it holds is consumed
    words = tuple(body.split("|"))
    if any(not w or any(c in _SPECIAL for c in w) for w in words):
        return ()
    return words


def _skip(pattern: str, i: int) -> int:
    """The index after the special item starting at i (a group, class, escape or other symbol); -1: unsure."""
    ch = pattern[i]
    if ch == "\\":
        j = i + 2
        if pattern[i + 1 : i + 2].isalnum():
            while j < len(pattern) and (pattern[j].isascii() and pattern[j].isalnum()):
                j += 1  # \x41, \u4e00, \12: the escape's own digits are not literals
            closing = {"{": "}", "<": ">"}.get(pattern[j : j + 1])
            if closing:  # \p{Han}, \N{...}, \L<name>
                j = pattern.find(closing, j) + 1 or -1
        return j
    if ch == "[":
        j = i + 1
        j += pattern[j : j + 1] == "^"
        j += pattern[j : j + 1] == "]"
        while j < len(pattern) and pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        return j + 1 if j < len(pattern) else -1
    if ch == "{":  # a quantifier {m,n}: its digits are not literals
        return pattern.find("}", i) + 1 or -1
    if ch == "(":
        depth, j = 0, i
        while j < len(pattern):
            c = pattern[j]
            if c == "\\":
                j += 2
                continue
            if c == "[":
                j = _skip(pattern, j)
                if j < 0:
                    return -1
                continue
            depth += (c == "(") - (c == ")")
            j += 1
            if depth == 0:
                return j
        return -1
    return i + 1


def cannot_match(pattern: str, text: str, pos: int = 0) -> bool:
    """True when `text` (from pos) lacks a literal every match of `pattern` holds (or every word of a
    group of words one of which every match holds); for `a|b`, when that holds for each alternative."""
    find = text.find
    for literals, choices in _needs(pattern):
        if all(find(lit, pos) >= 0 for lit in literals) \
                and all(any(find(word, pos) >= 0 for word in words) for words in choices):
            return False  # this alternative may match
    return True


Needs = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]  # required literals, groups of required choices


@lru_cache(maxsize=1024)
def _needs(pattern: str) -> tuple[Needs, ...]:
    """What each top-level alternative (or the whole pattern) needs in a text, worked out once."""
    return tuple((required_literals(part), required_choices(part)) for part in alternatives(pattern) or (pattern,))


@lru_cache(maxsize=1024)
def compile_pattern(pattern: str) -> regex.Pattern[str]:
    import regex

    try:
        return regex.compile(pattern.replace("NUM", NUM))
    except regex.error as exc:
        raise PatternError(str(exc)) from None


# ---- bounded patterns: run by `re`, which needs no time bound for them ----------------------------
#
# The `regex` engine with a timeout costs ~3x `re` per character (RL704's back-references: 0.6 ms against
# 0.16 ms on the seed). A pattern with no unbounded repeat (`*`, `+`, `{m,}`) tries a bounded number of
# ways at each position, so its run time is at most linear in the text with a constant read off the
# pattern: when that bound times the text's length is small, `re` runs it (it cannot run out of time).
# Only the syntax both engines read alike is taken: literals, `.`, classes of characters and ranges,
# groups without flags, alternatives, bounded repeats, back-references, lookarounds, `^` and `$`; no
# class escapes (\d, \s, \w and \b differ at the edges of Unicode), no inline flags, no empty match.

STEPS_PER_CALL = 2_000_000  # bound on the work of one `re` call (well under TIMEOUT on a slow machine)
_MAX_WAYS = 10_000  # ways to try at one position beyond which a pattern is not worth bounding
_BRACES = (ord("{"), ord("}"))


def _ways(items: Any) -> int | None:
    """How many ways (at most) the parsed (sub)pattern can be tried at one position; None: unbounded
    or syntax outside the subset both engines read alike."""
    total = 1
    for op, av in items:
        ways: int | None
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            ways = 1 if av not in _BRACES else None  # `{` that re reads as a literal may be an error to regex
        elif op in (sre.ANY, sre.GROUPREF):
            ways = 1
        elif op is sre.IN:
            ways = 1 if all(o in (sre.LITERAL, sre.RANGE, sre.NEGATE) for o, _ in av) else None
        elif op is sre.AT:
            ways = 1 if av in (sre.AT_BEGINNING, sre.AT_END) else None
        elif op is sre.SUBPATTERN:
            ways = _ways(av[3]) if not av[1] and not av[2] else None
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            ways = _ways(av[1])
        elif op is sre.BRANCH:
            branches = [_ways(b) for b in av[1]]
            ways = None if None in branches else sum(w for w in branches if w is not None)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, most, sub = av
            each = _ways(sub) if most is not sre.MAXREPEAT and most <= 100 else None
            ways = None if each is None else sum(each**k for k in range(least, most + 1))
        else:
            return None
        if ways is None:
            return None
        total *= ways
        if total > _MAX_WAYS:
            return None
    return total


@lru_cache(maxsize=1024)
def _bounded(pattern: str) -> tuple[re.Pattern[str], int] | None:
    """`re`'s compiled pattern and the work it may take per character of text, when bounded; else None."""
    expanded = pattern.replace("NUM", NUM)
    try:
        tree = sre_parse.parse(expanded)
    except (re.error, RecursionError, OverflowError):
        return None
    if tree.state.flags & ~re.UNICODE:
        return None
    least, most = tree.getwidth()
    ways = _ways(tree.data)
    if least == 0 or ways is None or most >= sre.MAXREPEAT:
        return None
    return re.compile(expanded), ways * (most + len(expanded) + 1)


def _fast(pattern: str, text: str) -> re.Pattern[str] | None:
    """`re`'s compiled pattern when it is bounded and its work on this text is small."""
    bounded = _bounded(pattern)
    return bounded[0] if bounded is not None and bounded[1] * (len(text) + 1) <= STEPS_PER_CALL else None


def search(pattern: str, text: str, pos: int = 0) -> Match | None:
    if cannot_match(pattern, text, pos):
        return None
    if (fast := _fast(pattern, text)) is not None:
        return fast.search(text, pos)
    try:
        return compile_pattern(pattern).search(text, pos, timeout=TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def match(pattern: str, text: str) -> Match | None:
    if cannot_match(pattern, text):
        return None
    if (fast := _fast(pattern, text)) is not None:
        return fast.match(text)
    try:
        return compile_pattern(pattern).match(text, timeout=TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def finditer(pattern: str, text: str) -> list[Match]:
    """Every match (a list: the time bound covers the whole iteration)."""
    if cannot_match(pattern, text):
        return []
    if (fast := _fast(pattern, text)) is not None:
        return list(fast.finditer(text))
    try:
        return list(compile_pattern(pattern).finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        raise PatternTimeout(pattern) from None
