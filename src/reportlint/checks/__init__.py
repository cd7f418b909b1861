"""Rule kinds: each is implemented once here; the rule pack says which apply, with what data.

A kind is a generator `check(doc, rule, pack)` yielding `Hit`s (a violation)
and `Note`s (an instance skipped, and why). Checks are pure: no I/O, no
configuration, no printing. The engine turns hits into findings. The options a
kind takes and the message arguments it gives are declared in reportlint.kinds
(the pack loader validates rules against them); a kind that compares reports
also takes the `Related` reports of its run (reportlint.across).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from reportlint.model import Document, Location, Note


@dataclass(frozen=True)
class Hit:
    """A violation a kind found: where, the message arguments, and what the engine puts on the finding."""

    loc: Location | None
    args: Mapping[str, Any]
    where: Mapping[str, Any] = field(default_factory=dict)
    evidence: Mapping[str, Any] = field(default_factory=dict)
    severity: str | None = None  # a kind may lower the rule's severity for a milder case
    other: str | None = None  # the other report a finding across reports is about (its source)
    message: Mapping[str, str] | None = None  # a kind may word a case with a message of its options


Check = Callable[..., Iterator["Hit | Note"]]
# "input" findings come from the sources and the parser, not from a check
CHECKS: dict[str, Check] = {}


def kind(name: str) -> Callable[[Check], Check]:
    from reportlint.kinds import KINDS

    assert name in KINDS, f"kind {name} is not declared in reportlint.kinds"

    def register(fn: Check) -> Check:
        CHECKS[name] = fn
        return fn

    return register


def doc_start(doc: Document) -> Location:
    """Where a finding about the whole document points: its first line."""
    return Location(doc.source.name, 1, 1, 1, 1)


def text(zh: str, en: str) -> dict[str, str]:
    """A message argument given in both languages."""
    return {"zh": zh, "en": en}


from reportlint.checks import (  # noqa: E402,F401  (registers the kinds)
    arithmetic,
    cells,
    dates,
    figures,
    periods,
    prose,
    repetition,
    rollup,
    similarity,
    structure,
)
