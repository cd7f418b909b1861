"""Dates: the report is published by its legal deadline (RL501)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from reportlint.checks import Hit, kind, text
from reportlint.model import Document, Location, Note
from reportlint.pack import Pack, RuleSpec


@kind("deadline")
def deadline(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    published = doc.source.published
    if doc.year is None or not published:
        yield Note(rule.code, "skipped: the report year or the publication date is unknown (see --published)")
        return
    name = doc.agency or doc.source.title or ""
    body = body_kind(name, rule.options)
    if body is None:
        yield Note(rule.code, f"skipped: cannot tell whether {name!r} is a government or a department")
        return
    kind_, why = body
    month, day = (int(x) for x in rule.options[f"{kind_}_deadline"].split("-"))
    due = date(doc.year + 1, month, day)
    when = date.fromisoformat(published)
    if when <= due:
        return
    body_text = text("政府（本行政区域）", "a government's region-wide") if kind_ == "government" else text(
        "政府部门", "a department's")
    args = {"published": published, "deadline": due.isoformat(), "body": body_text, "why": why}
    loc = Location(doc.source.name, 1, 1, 1, 1)
    yield Hit(loc, args, {}, {"published": published, "deadline": due.isoformat(), "days_late": (when - due).days,
                              "applied": kind_})


def body_kind(name: str, options) -> tuple[str, dict[str, str]] | None:
    """("government" | "department", why) from the body's name, or None when the name says neither."""
    for kind_ in ("department", "government"):
        m = re.search(options[f"{kind_}_pattern"], name)
        if m:
            why = text(f"名称“{name}”含“{m.group()}”", f'the name "{name}" contains "{m.group()}"')
            return kind_, why
    return None
