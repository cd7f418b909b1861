"""Which reports a rule is for: its `applies:` (report years, formats), judged only when certain.

A rule that names years (`from_year`, `to_year`) runs on a report only when every year
the report can be for is inside them: the report's own year when it is known, else the
years its format was due in (`report.formats` of the pack). A report of unknown year in
a format of unknown years is not checked by such a rule: silence rather than a guess.
"""

from __future__ import annotations

from reportlint.model import Document
from reportlint.pack import Pack, RuleSpec


def possible_years(doc: Document, pack: Pack) -> tuple[int | None, int | None]:
    """(first, last) year the report can be for; None where open or unknown."""
    if doc.year is not None:
        return doc.year, doc.year
    fmt = pack.format or doc.format  # the format it is checked against
    if pack.report is None or fmt is None or fmt not in pack.report.formats:
        return None, None
    first, last, _ = pack.report.formats[fmt]
    return first, last


def applies(rule: RuleSpec, doc: Document, pack: Pack) -> bool:
    spec = rule.applies
    if not spec:
        return True
    formats = spec.get("formats")
    if formats and (pack.format or doc.format) not in formats:
        return False
    first, last = possible_years(doc, pack)
    if "from_year" in spec and (first is None or first < spec["from_year"]):
        return False
    return "to_year" not in spec or (last is not None and last <= spec["to_year"])


def why_not(rule: RuleSpec, doc: Document) -> str:
    spec = dict(rule.applies)
    year = f"the {doc.year} report" if doc.year is not None else "a report of unknown year"
    return f"not applicable to {year} (applies: {spec})"
