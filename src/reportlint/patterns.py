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


@lru_cache(maxsize=1024)
def compile_pattern(pattern: str) -> regex.Pattern[str]:
    import regex

    try:
        return regex.compile(pattern.replace("NUM", NUM))
    except regex.error as exc:
        raise PatternError(str(exc)) from None


def search(pattern: str, text: str, pos: int = 0) -> regex.Match[str] | None:
    try:
        return compile_pattern(pattern).search(text, pos, timeout=TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def match(pattern: str, text: str) -> regex.Match[str] | None:
    try:
        return compile_pattern(pattern).match(text, timeout=TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


def finditer(pattern: str, text: str) -> list[regex.Match[str]]:
    """Every match (a list: the time bound covers the whole iteration)."""
    try:
        return list(compile_pattern(pattern).finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        raise PatternTimeout(pattern) from None
