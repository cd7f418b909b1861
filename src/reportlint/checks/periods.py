"""Periods, years and the format version (RL502–RL505)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from reportlint import patterns
from reportlint.checks import Hit, doc_start, kind
from reportlint.checks.prose import Stream, stream
from reportlint.i18n import both
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


@kind("body_years")
def body_years(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL506: a year that cannot be the report year's in a sentence about the report year's work (本年度, 今年),
    or last year's year opening a paragraph (a sentence left from last year's report)."""
    if doc.year is None:
        return
    opts = rule.options
    prose = stream(doc)
    opening = _opening(doc, pack)
    for m in YEAR_TOKEN.finditer(prose.text):
        year = int(m.group(1))
        if year == doc.year or _skipped(prose.text, m.start(1), opts["skip"]):
            continue
        begin, end = prose.sentence(m.start())
        begin, end = max(begin, m.start() - NEAR), min(end, m.end() + NEAR)
        sentence = prose.text[begin:end]
        if any(word in sentence for word in opts["compares"]):
            continue
        about_now = abs(year - doc.year) > 1 and patterns.search(opts["this_year"], sentence)
        if not about_now and not (year == doc.year - 1 and _stale_start(prose, m, opts, opening)):
            continue
        loc = prose.loc(m.start(1), m.end(1))
        found = prose.text[max(begin, m.start() - 12) : min(end, m.end() + 16)]
        yield Hit(loc, {"said": year, "year": doc.year, "found": found}, {},
                  {"reported": str(year), "computed": str(doc.year)})


YEAR_TOKEN = re.compile(r"(?<![\d〔\[（(])((?:19|20)\d{2})\s*年")
NEAR = 150  # characters of a sentence read either side of a year (a longer run is no sentence)


def _skipped(text: str, at: int, skips: Sequence[str]) -> bool:
    """Whether a `skip` pattern matches the text around the year at `at` with its group y at the year."""
    start = max(0, at - 40)
    window = text[start : at + 24]
    return any(x.start("y") == at - start for p in skips for x in patterns.finditer(p, window))


def _stale_start(prose: Stream, m: re.Match[str], opts: Mapping[str, Any], opening: Location | None) -> bool:
    """A paragraph (not the one RL503 reads) that opens with the year: `2024年，我局…`."""
    if not opts.get("stale_start"):
        return False
    i = bisect_right(prose.starts, m.start()) - 1
    if i < 0 or prose.locs[i] == opening:
        return False
    head = patterns.match(opts["stale_start"], prose.text[prose.starts[i] : prose.starts[i] + 16])
    return head is not None and prose.starts[i] + head.start("y") == m.start(1)


def _opening(doc: Document, pack: Pack) -> Location | None:
    """The location of 总体情况's first paragraph (RL503 reads its year)."""
    general = doc.section(pack.sections[0].key) if pack.sections else None
    first = next((p for p in doc.paragraphs if general is not None and p.loc.line > general.start_line), None)
    return first.loc if first is not None else None


@kind("format_version")
def format_version(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL504: 2019 trial-format tables in a report due under the 2021 format, or a hybrid of both."""
    old = doc.markers.get(rule.options["outdated"], ())
    if doc.year is None or doc.year < rule.options["since"] or not old:
        return
    hybrid = bool(doc.markers.get(pack.format or ""))
    how = both("part.hybrid_format") if hybrid else both("part.trial_format")
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
