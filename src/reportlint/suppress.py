"""Suppressions written in a draft: `<!-- reportlint: disable=RL203 reason -->`.

`disable=CODES` silences those codes in the next block (the lines after the
comment up to the next blank line); `disable-file=CODES` in the whole file. A
suppression must name codes (else RL990), and one that silenced nothing is
reported (RL991), so stale ones do not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from reportlint.i18n import both
from reportlint.model import Finding, InputProblem, Location, Severity


@cache  # on first use: most reports hold no suppression comment
def _comment() -> re.Pattern[str]:
    return re.compile(r"<!--\s*reportlint\s*:\s*(?P<verb>disable-file|disable)\b(?:\s*=\s*(?P<codes>[A-Za-z0-9,\s]*?))?"
                      r"(?:\s+(?P<reason>[^-][^>]*?))?\s*-->")


@dataclass
class Suppression:
    """One `reportlint: disable` comment: the codes it silences, the lines it covers, whether it did."""

    codes: tuple[str, ...]
    first: int  # lines covered, inclusive
    last: int
    loc: Location
    used: bool = field(default=False)

    def covers(self, f: Finding) -> bool:
        line = f.loc.line if f.loc else 1
        return self.first <= line <= self.last and any(f.code.startswith(c) for c in self.codes)


MAX_COMMENT = 300  # a suppression is a short comment: longer ones are not read (the pattern is quadratic in it)


def find(text: str, source: str, known: set[str] | None = None) -> tuple[list[Suppression], list[InputProblem]]:
    lines = text.splitlines()
    out: list[Suppression] = []
    problems: list[InputProblem] = []
    block_ends = _block_ends(lines)
    for no, line in enumerate(lines, start=1):
        for m in _comments(line):
            loc = Location(source, no, m.start() + 1, no, m.end() + 1)
            codes = tuple(c.strip().upper() for c in re.split(r"[,\s]+", m.group("codes") or "") if c.strip())
            hint = _hint(codes, known)
            if hint is not None:
                problems.append(InputProblem("RL990", {"comment": m.group(0), "hint": hint}, loc))
                continue
            if m.group("verb") == "disable-file":
                out.append(Suppression(codes, 1, len(lines) + 1, loc))
            else:
                out.append(Suppression(codes, no + 1, block_ends[no], loc))
    return out, problems


def _hint(codes: tuple[str, ...], known: set[str] | None) -> dict[str, str] | None:
    """Why a suppression is bad (None: it is good)."""
    from reportlint import codes as rule_codes

    if not codes or not all(re.fullmatch(r"RL\d*", c) for c in codes):
        return both("part.suppress_no_codes")
    return rule_codes.check_all(codes, known) if known is not None else None


def _comments(line: str) -> Iterator[re.Match[str]]:
    """The suppression comments of a line: each `<!--` up to its `-->` matched on its own (linear in the line)."""
    if "reportlint" not in line:
        return
    at, close, end = line.find("<!--"), -1, 0
    while at >= end:
        if close < at + 4:
            close = line.find("-->", at + 4)
            if close < 0:
                return  # no later comment can be closed either
        if close - at <= MAX_COMMENT:
            m = _comment().match(line, at, close + 3)
            if m:
                yield m
                end = m.end()
        at = line.find("<!--", at + 4)


def _block_ends(lines: list[str]) -> list[int]:
    """For each line number `no` (0 to n, 1-based lines), the last line of the block after it: up to the
    next blank line after some text. Computed once from the end (a comment on every line stays linear)."""
    n = len(lines)
    ends = [n] * (n + 1)
    next_blank = n  # index k of the first blank line at or after k, as a 1-based "last line" (k)
    seen_text_end = n  # the block end for a start whose first non-blank line is at or after k
    for k in range(n - 1, -1, -1):
        if lines[k].strip():
            seen_text_end = next_blank
        else:
            next_blank = k
        ends[k] = seen_text_end
    return ends


def apply(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    kept = []
    for f in findings:
        hit = next((s for s in suppressions if s.covers(f)), None)
        if hit is None:
            kept.append(f)
        else:
            hit.used = True
    return kept


def unused(suppressions: list[Suppression]) -> list[InputProblem]:
    return [InputProblem("RL991", {"codes": ",".join(s.codes)}, s.loc) for s in suppressions if not s.used]


__all__ = ["Severity", "Suppression", "apply", "find", "unused"]
