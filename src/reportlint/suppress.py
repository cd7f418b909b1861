"""Suppressions written in a draft: `<!-- reportlint: disable=RL203 reason -->`.

`disable=CODES` silences those codes in the next block (the lines after the
comment up to the next blank line); `disable-file=CODES` in the whole file. A
suppression must name codes (else RL990), and one that silenced nothing is
reported (RL991), so stale ones do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlint.model import Finding, InputProblem, Location, Severity

COMMENT = re.compile(r"<!--\s*reportlint\s*:\s*(?P<verb>disable-file|disable)\b(?:\s*=\s*(?P<codes>[A-Za-z0-9,\s]*?))?"
                     r"(?:\s+(?P<reason>[^-][^>]*?))?\s*-->")


@dataclass
class Suppression:
    codes: tuple[str, ...]
    first: int  # lines covered, inclusive
    last: int
    loc: Location
    used: bool = field(default=False)

    def covers(self, f: Finding) -> bool:
        line = f.loc.line if f.loc else 1
        return self.first <= line <= self.last and any(f.code.startswith(c) for c in self.codes)


def find(text: str, source: str, known: set[str] | None = None) -> tuple[list[Suppression], list[InputProblem]]:
    lines = text.splitlines()
    out: list[Suppression] = []
    problems: list[InputProblem] = []
    for no, line in enumerate(lines, start=1):
        for m in COMMENT.finditer(line):
            loc = Location(source, no, m.start() + 1, no, m.end() + 1)
            codes = tuple(c.strip().upper() for c in re.split(r"[,\s]+", m.group("codes") or "") if c.strip())
            hint = _hint(codes, known)
            if hint is not None:
                problems.append(InputProblem("RL990", {"comment": m.group(0), "hint": hint}, loc))
                continue
            if m.group("verb") == "disable-file":
                out.append(Suppression(codes, 1, len(lines) + 1, loc))
            else:
                out.append(Suppression(codes, no + 1, _block_end(lines, no), loc))
    return out, problems


def _hint(codes: tuple[str, ...], known: set[str] | None) -> dict[str, str] | None:
    """Why a suppression is bad (None: it is good)."""
    from reportlint import codes as rule_codes

    if not codes or not all(re.fullmatch(r"RL\d*", c) for c in codes):
        return {"zh": "必须写明规则代码，如 disable=RL203", "en": "it must name rule codes, e.g. disable=RL203"}
    problem = rule_codes.check_all(codes, known) if known is not None else None
    if problem:
        return {"zh": f"没有该规则（{problem}）", "en": problem}
    return None


def _block_end(lines: list[str], no: int) -> int:
    """The last line of the block after line `no` (1-based): up to the next blank line."""
    seen = False
    for k in range(no, len(lines)):
        if lines[k].strip():
            seen = True
        elif seen:
            return k
    return len(lines)


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
