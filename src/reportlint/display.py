"""Text taken from inputs (report text, agency names, URLs, file names) made safe for where it is shown.

A report, a portal page or a file name can carry terminal escape sequences (a
window title, a cleared screen, a forged hyperlink), line breaks that forge
output lines (a `::error` workflow command in a CI log), characters XML 1.0
does not allow, or cells a spreadsheet would run as a formula. Each function
here neutralises one of these for one kind of reader, visibly: what was there
is shown escaped, not silently dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Bidirectional overrides and invisible marks (they reorder what a terminal or editor shows).
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
# What a terminal is not shown as is: controls, bidi marks, line and paragraph separators, surrogates
# (DC80-DCFF: the undecodable bytes of a file name; the others: lone surrogates). Ranges, not a class of
# 2,000 characters: the pattern compiles in microseconds.
_TERMINAL_RE = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(map(chr, _BIDI)) + "\u2028\u2029\ud800-\udfff]")
_NAMED = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def _escape(c: int) -> str:
    """How a character not shown is written: \\t, \\n, \\r, \\xNN (a control, an undecodable byte), else \\uNNNN."""
    if c in _NAMED:
        return _NAMED[c]
    if 0xDC80 <= c <= 0xDCFF:
        return f"\\x{c - 0xDC00:02x}"
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


# XML 1.0 allows tab, LF and CR among the controls; LF and CR are kept as character references so that a
# value cannot break the document into lines a CI log would read as commands.
@lru_cache(maxsize=1)
def _xml_bad() -> re.Pattern[str]:  # compiled when first needed (~1 ms: not on every start)
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def for_terminal(text: str) -> str:
    """Control characters, escape sequences, line breaks and bidi overrides shown as escapes (\\x1b, \\n,
    \\u202e); a file name's undecodable bytes shown as \\xNN."""
    if text.isprintable() and text.isascii():
        return text
    return _TERMINAL_RE.sub(lambda m: _escape(ord(m.group())), text)


def for_xml(text: str) -> str:
    """Characters XML 1.0 forbids shown as escapes; the result still needs the usual &, <, > escaping."""
    return _xml_bad().sub(lambda m: _escape(ord(m.group())), text)


def for_spreadsheet(value: object) -> object:
    """A CSV cell a spreadsheet would run as a formula (=1+1, @SUM(…), -2+3) prefixed with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
