"""Prose against tables (RL401–RL403) and text quality (RL701–RL705).

Sentences are read from the document's paragraphs joined into one stream
(hard-wrapped lines of converted PDFs rejoined), so a figure split over two
lines is still found; every match maps back to its paragraph's location.
Patterns are data in the rule pack (run with a time bound, reportlint.patterns);
`NUM` in a pattern stands for a number in Arabic or Chinese numerals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from reportlint import patterns
from reportlint.checks import Hit, kind
from reportlint.checks.values import table_value
from reportlint.i18n import both
from reportlint.model import Document, Location, Note, Paragraph, Section, number_text
from reportlint.numerals import number
from reportlint.pack import Pack, RuleSpec

NUM = patterns.NUM
SENTENCE_END = re.compile(r"[。；;！？!?]")
BREAKDOWN_WINDOW = 300  # characters after 其中 read for its parts (a breakdown is a clause, not a page)


@dataclass(frozen=True)
class Stream:
    """The document's prose as one string, with the location of each paragraph's start."""

    text: str
    starts: tuple[int, ...]
    locs: tuple[Location, ...]

    def loc(self, start: int, end: int) -> Location:
        i = max(bisect_right(self.starts, start) - 1, 0)
        base = self.locs[i]
        offset = start - self.starts[i]
        col = base.column + offset
        return Location(base.source, base.line, col, base.line, col + (end - start))

    @cached_property
    def _ends(self) -> list[int]:
        """The offset just after each sentence end mark, in order."""
        return [m.end() for m in SENTENCE_END.finditer(self.text)]

    def sentence(self, at: int) -> tuple[int, int]:
        """The sentence holding offset `at`: from after the previous end mark to its own (one bisection)."""
        ends = self._ends
        i = bisect_right(ends, at)  # ends[i - 1] <= at < ends[i]
        begin = ends[i - 1] if i else 0
        return begin, ends[i] if i < len(ends) else len(self.text)


class _Streams:
    """The streams of the document last asked for (each prose check asks again; one document kept)."""

    def __init__(self) -> None:
        self.last: tuple[Document, dict[Section | None, Stream]] | None = None

    def of(self, doc: Document, section: Section | None) -> Stream:
        last = self.last
        if last is None or last[0] is not doc:
            last = self.last = (doc, {})
        found = last[1].get(section)
        if found is None:
            found = last[1][section] = _stream(doc, section)
        return found


_STREAMS = _Streams()


def stream(doc: Document, section: Section | None = None) -> Stream:
    """The prose of the document, or of one section."""
    return _STREAMS.of(doc, section)


def _stream(doc: Document, section: Section | None) -> Stream:
    parts: list[str] = []
    starts: list[int] = []
    locs: list[Location] = []
    offset = 0
    for p in doc.paragraphs:
        if section is not None and not section.contains(p.loc):
            continue
        starts.append(offset)
        locs.append(p.loc)
        parts.append(p.text)
        offset += len(p.text)
    return Stream("".join(parts), tuple(starts), tuple(locs))


def section_stream(doc: Document, key: str) -> Stream | None:
    sec = doc.section(key)
    return None if sec is None else stream(doc, sec)


# ---- RL402: prose says none (or all done) while the table says otherwise ---------------

@kind("prose_claim")
def prose_claim(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    prose = stream(doc)
    for claim in rule.options.get("claims", ()):
        value = table_value(doc, pack, claim["value"])
        if value is None or value <= 0:
            continue
        for pattern in claim["patterns"]:
            m = patterns.search(pattern, prose.text)
            if m:
                args = {"said": m.group(0), "what": claim["what"], "table": number_text(value)}
                evidence = {"computed": number_text(value), "expression": claim["value"].value_text}
                yield Hit(prose.loc(m.start(), m.end()), args, {}, evidence)
                break


# ---- RL403: a total in the prose is less than the breakdown that follows it -------------

@kind("prose_breakdown")
def prose_breakdown(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    prose = stream(doc)
    unit = rule.options["units"]
    totals = patterns.finditer(rf"(?P<n>{NUM})\s*(?P<u>{unit})[，,：:\s]*其中[：:，,]?", prose.text)
    for i, m in enumerate(totals):
        after = totals[i + 1] if i + 1 < len(totals) else None
        total = number(m.group("n"))
        _, end = prose.sentence(m.end())
        end = min(end, m.end() + BREAKDOWN_WINDOW)
        if after is not None:  # a nested 其中 breaks down one of the parts: count that part, not its own parts
            end = min(end, after.end("u"))
        part = prose.text[m.end() : end]
        read = [number(x.group(1)) for x in patterns.finditer(rf"({NUM})\s*(?:{unit})", part)]
        parts = [p for p in read if p is not None]
        if total is None or len(parts) < 2 or sum(parts) <= total:
            continue  # a breakdown may list only some kinds: only one that adds up to more is wrong
        args = {"total": total, "sum": sum(parts), "parts": " + ".join(map(str, parts))}
        yield Hit(prose.loc(m.start("n"), m.end("n")), args, {}, {"reported": str(total), "computed": str(sum(parts))})


# ---- RL701–RL705: what sections must say, placeholders, repeated words ----------------

def _section_text(doc: Document, rule: RuleSpec) -> tuple[Section | Note, str]:
    """The section a rule reads (its heading and text), or a Note saying it is missing."""
    key = rule.options["section"]
    sec = doc.section(key)
    if sec is None:
        return Note(rule.code, f"skipped: section {key} not found (RL101)"), ""
    body = section_stream(doc, key)
    return sec, body.text if body else ""


@kind("section_mentions")
def section_mentions(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """A section must mention one of some words (section 六 and 信息处理费)."""
    opts = rule.options
    sec, text_ = _section_text(doc, rule)
    if isinstance(sec, Note):
        yield sec
        return
    said = text_ + sec.heading.text
    if not any(word in said for word in opts["any_of"]):
        yield Hit(sec.heading.loc, {"what": opts["what"]}, {"section": opts["section"]})
        return
    condition = opts.get("when")
    value = table_value(doc, pack, condition["value"]) if condition else None
    if condition and value is not None and value > 0 and not any(w in said for w in condition["any_of"]):
        yield Hit(sec.heading.loc, {"what": condition["what"]}, {"section": opts["section"]},
                  {"computed": number_text(value), "expression": condition["value"].value_text}, severity="warning")


@kind("section_substance")
def section_substance(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """Section 五 must name problems and the measures taken for them."""
    opts = rule.options
    sec, text_ = _section_text(doc, rule)
    if isinstance(sec, Note):
        yield sec
        return
    content = re.sub(r"\s", "", text_)
    if len(content) < int(opts["min_chars"]) or content in opts.get("empty", ()):
        yield Hit(sec.heading.loc, {"problem": opts["too_short"]}, {"section": opts["section"]},
                  {"chars": len(content)})
    elif not any(word in content for word in opts["measures"]):
        yield Hit(sec.heading.loc, {"problem": opts["no_measures"]}, {"section": opts["section"]})


@kind("placeholder")
def placeholder(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    pattern = "|".join(f"(?:{p})" for p in rule.options["patterns"])
    paragraphs = doc.paragraphs + tuple(_headings_as_paragraphs(doc))
    if patterns.cannot_match(pattern, "\n".join(p.text for p in paragraphs)):
        return  # the text lacks what every match needs: no paragraph of it can match (one pre-check, not one each)
    for p in paragraphs:
        for m in patterns.finditer(pattern, p.text):
            col = p.loc.column + m.start()
            yield Hit(Location(p.loc.source, p.loc.line, col, p.loc.line, col + len(m.group())), {"found": m.group()})


def _headings_as_paragraphs(doc: Document) -> Iterator[Paragraph]:
    for h in doc.headings:
        yield Paragraph(h.text, h.loc)


@kind("repeated_word")
def repeated_word(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    allowed = set(rule.options["allowed"])
    for p in doc.paragraphs:
        for m in patterns.finditer(rule.options["pattern"], p.text):
            if m.group(0) in allowed:
                continue
            col = p.loc.column + m.start()
            yield Hit(Location(p.loc.source, p.loc.line, col, p.loc.line, col + len(m.group(0))),
                      {"found": m.group(0)})


@kind("agency_table_value")
def agency_table_value(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """A body that cannot make 规章 (a 乡镇, 街道 or county-level department) reports some."""
    opts = rule.options
    name = doc.agency or doc.source.title or ""
    m = patterns.search(opts["agency_pattern"], name) if name else None
    if m is None:
        return
    value = table_value(doc, pack, opts["value"])
    if value is not None and value > 0:
        ref = opts["value"].refs()[0]  # the row the value is read from
        row = ref.row.name if hasattr(ref, "row") else ref.rows.start.name
        table = doc.tables.get(ref.table)
        loc = table.row_locs.get(row) if table else None
        args = {"agency": name, "value": number_text(value), "why": both("part.quoted", text=m.group())}
        yield Hit(loc, args, {"table": ref.table, "row": row}, {"reported": number_text(value)})
