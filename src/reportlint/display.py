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

# Bidirectional overrides and invisible marks (they reorder what a terminal or editor shows).
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TERMINAL = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]}
_TERMINAL.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"})
_TERMINAL.update({c: f"\\u{c:04x}" for c in [*_BIDI, 0x2028, 0x2029]})
_TERMINAL.update({c: f"\\x{c - 0xDC00:02x}" for c in range(0xDC80, 0xDD00)})  # undecodable bytes of a file name
_TERMINAL.update({c: f"\\u{c:04x}" for c in [*range(0xD800, 0xDC80), *range(0xDD00, 0xE000)]})  # lone surrogates
_TERMINAL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TERMINAL)) + "]")

# XML 1.0 allows tab, LF and CR among the controls; LF and CR are kept as character references so that a
# value cannot break the document into lines a CI log would read as commands.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def for_terminal(text: str) -> str:
    """Control characters, escape sequences, line breaks and bidi overrides shown as escapes (\\x1b, \\n,
    \\u202e); a file name's undecodable bytes shown as \\xNN."""
    if text.isprintable() and text.isascii():
        return text
    return _TERMINAL_RE.sub(lambda m: _TERMINAL[ord(m.group())], text)


def for_xml(text: str) -> str:
    """Characters XML 1.0 forbids shown as escapes; the result still needs the usual &, <, > escaping."""
    return _XML_BAD.sub(lambda m: _TERMINAL.get(ord(m.group()), f"\\u{ord(m.group()):04x}"), text)


def for_spreadsheet(value: object) -> object:
    """A CSV cell a spreadsheet would run as a formula (=1+1, @SUM(…), -2+3) prefixed with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
