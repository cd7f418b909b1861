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

from functools import lru_cache
from typing import TYPE_CHECKING

from reportlint.numerals import NUMBER_CHARS

if TYPE_CHECKING:
    import regex  # imported when a pattern is first compiled

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


def search(pattern: str, text: str, pos: int = 0) -> regex.Match[str] | None:
    if cannot_match(pattern, text, pos):
        return None
    try:
        return compile_pattern(pattern).search(text, pos, timeout=TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def match(pattern: str, text: str) -> regex.Match[str] | None:
    if cannot_match(pattern, text):
        return None
    try:
        return compile_pattern(pattern).match(text, timeout=TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def finditer(pattern: str, text: str) -> list[regex.Match[str]]:
    """Every match (a list: the time bound covers the whole iteration)."""
    if cannot_match(pattern, text):
        return []
    try:
        return list(compile_pattern(pattern).finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        raise PatternTimeout(pattern) from None
