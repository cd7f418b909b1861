"""Periods, years and the format version (RL502–RL505)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlint import patterns
from reportlint.checks import Hit, doc_start, kind, text
from reportlint.checks.prose import stream
from reportlint.model import Document, Location, Note
from reportlint.pack import Pack, RuleSpec


@kind("statistics_period")
def statistics_period(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL502: the statistics period is stated, well formed, and the report year's 1 January – 31 December."""
    prose = stream(doc)
    opts = rule.options
    m = patterns.search(opts["pattern"], prose.text)
    if m is None:
        mm = patterns.search(opts["malformed_pattern"], prose.text)
        if mm is not None:
            yield Hit(prose.loc(mm.start(), mm.end()), {"problem": opts["malformed"], "found": mm.group()})
        elif doc.sections:
            yield Hit(doc_start(doc), {"problem": opts["missing"], "found": ""})
        return
    start_year = int(m.group("y1"))
    end_year = int(m.group("y2")) if m.group("y2") else start_year
    if doc.year is not None and (start_year != doc.year or end_year != doc.year):
        yield Hit(prose.loc(m.start(), m.end()), {"problem": opts["wrong_year"], "found": m.group()},
                  {}, {"reported": f"{start_year}/{end_year}", "computed": str(doc.year)})


@kind("year_agreement")
def year_agreement(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL503: the year of the title, the statistics period and the 总体情况 opening sentence agree."""
    if doc.year is None:
        return
    general = doc.section(rule.options["section"])  # (a period of the wrong year is RL502's)
    if general is None:
        return
    first = next((p for p in doc.paragraphs if p.loc.line > general.start_line), None)
    if first is None:
        return
    m = re.match(r"\s*(20\d{2})\s*年(?:度)?[，,]?", first.text)
    if m and int(m.group(1)) != doc.year and not patterns.search(rule.options["future_words"], first.text[:40]):
        loc = Location(first.loc.source, first.loc.line, first.loc.column, first.loc.line, first.loc.column + 5)
        yield Hit(loc, {"said": m.group(1), "year": doc.year}, {"section": rule.options["section"]},
                  {"reported": m.group(1), "computed": str(doc.year)})


@kind("format_version")
def format_version(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL504: 2019 trial-format tables in a report due under the 2021 format, or a hybrid of both."""
    old = doc.markers.get(rule.options["outdated"], ())
    if doc.year is None or doc.year < rule.options["since"] or not old:
        return
    hybrid = bool(doc.markers.get(pack.format or ""))
    how = (text("两种格式混用", "a hybrid of both formats") if hybrid
           else text("2019 年试行格式", "the 2019 trial format"))
    yield Hit(doc_start(doc), {"found": "、".join(old[:3]), "how": how, "year": doc.year}, {},
              {"markers": list(old), "hybrid": hybrid})


@kind("format_citation")
def format_citation(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL505: the format document is cited with the wrong office, year or number."""
    prose = stream(doc)
    opts = rule.options
    for m in patterns.finditer(opts["pattern"], prose.text):
        office, year, num = m.group("office"), int(m.group("year")), int(m.group("num"))
        right = [tuple(x) for x in opts["documents"]]
        if office == opts["office"] and (year, num) in right:
            current = tuple(opts["documents"][0])
            if doc.year is not None and doc.year >= opts["current_since"] and (year, num) != current:
                yield Hit(prose.loc(m.start(), m.end()), {"found": m.group(), "expected": opts["expected"]})
            continue
        yield Hit(prose.loc(m.start(), m.end()), {"found": m.group(), "expected": opts["expected"]})
