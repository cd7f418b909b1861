"""Dates: the report is published by its legal deadline (RL501)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from reportlint.checks import Hit, kind
from reportlint.i18n import both
from reportlint.model import Document, Location, Note
from reportlint.pack import Pack, RuleSpec


@kind("deadline")
def deadline(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    published = doc.source.published
    if doc.year is None or not published:
        yield Note(rule.code, "skipped: the report year or the publication date is unknown (see --published)")
        return
    name = doc.agency or doc.source.title or ""
    found = pack.body_kind(name) if name else None
    deadlines = rule.options["deadlines"]
    if found is None or found[0].key not in deadlines:
        yield Note(rule.code, f"skipped: cannot tell which kind of body {name!r} is")
        return
    body, words = found
    month, day = (int(x) for x in deadlines[body.key].split("-"))
    due = date(doc.year + 1, month, day)
    when = date.fromisoformat(published)
    if when <= due:
        return
    args = {"published": published, "deadline": due.isoformat(), "body": body.label, "why": why_body(name, words)}
    loc = Location(doc.source.name, 1, 1, 1, 1)
    yield Hit(loc, args, {}, {"published": published, "deadline": due.isoformat(), "days_late": (when - due).days,
                              "applied": body.key})


def why_body(name: str, words: str) -> dict[str, str]:
    """Why a body was taken for its kind: the words of its name."""
    return both("part.name_contains", name=name, words=words)
