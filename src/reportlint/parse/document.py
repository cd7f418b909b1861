"""From text to a `Document`: lines, headings, sections, tables and metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from types import MappingProxyType
from typing import TYPE_CHECKING

from reportlint.model import Document, InputProblem, Location, Note, Paragraph, Section, SourceInfo, SourceText
from reportlint.pack import Pack, RowTpl, TableTpl
from reportlint.parse.boxes import box_tables, dash_tables
from reportlint.parse.glued import Equation, Instance, instances
from reportlint.parse.headings import BOLD_CLOSE, find_headings, match_sections
from reportlint.parse.lines import Line, RawCell, parse_lines
from reportlint.parse.markup import blank_markup, embedded_tables, has_markup
from reportlint.parse.meta import detect_format, detect_year_agency, text_published
from reportlint.parse.normalize import fold, label_key, pack_key
from reportlint.parse.rows import RUN_IN_MIN, RowCand, row_candidates
from reportlint.parse.tables import (
    TableRead,
    match_label,
    problems_of,
    read_labelled,
    read_side_by_side,
    resolve_glued,
    resolve_stitched,
)

if TYPE_CHECKING:
    from reportlint.model import Heading


@dataclass
class Reading:
    """An input read as far as no pack is needed: its typed lines (the Lark parse) and row candidates.

    `build(pack)` does the pack-specific rest (headings, sections, tables), so that a report checked
    against another pack than the one first tried (a 2019/2020 report) is parsed once, matched twice.
    """

    lines: list[Line]
    info: SourceInfo
    head: str  # text to read the title, year and format from
    line_count: int
    problems: Sequence[InputProblem] = ()
    images: Sequence[Location] = ()
    original: SourceText | None = None
    markers: tuple[str, ...] = ()  # the body markers a portal page was read with (its body depends on them)
    _rows: list[RowCand] | None = field(default=None, repr=False)

    def build(self, pack: Pack) -> Document:
        if self._rows is None:
            self._rows = row_candidates(self.lines)
        return build_document(self.lines, self.info, pack, head=self.head, line_count=self.line_count,
                              problems=self.problems, images=self.images, original=self.original, rows=self._rows)


def parse_text(text: str, info: SourceInfo, pack: Pack, problems: Sequence[InputProblem] = ()) -> Document:
    return read_text(text, info, problems).build(pack)


def read_text(text: str, info: SourceInfo, problems: Sequence[InputProblem] = ()) -> Reading:
    folded = fold(text)
    if info.published is None:
        info = replace(info, published=text_published(folded))
    original = SourceText(lines=tuple(re.sub(r"\r(?!\n)", "\n", text).split("\n")))
    head = re.sub(r"\s*\n\s*", "\n", blank_markup(folded)) if has_markup(folded) else folded  # title within reach
    return Reading(text_lines(folded, text), info, head, folded.count("\n") + 1, problems, original=original)


def text_lines(folded: str, original: str | None = None) -> list[Line]:
    """The typed lines of a text or Markdown file: HTML it embeds is read as HTML (tables) or blanked
    (tags), tables drawn with box characters are read by their boxes."""
    table_lines: list[Line] = []
    if has_markup(folded):
        folded, table_lines = embedded_tables(folded)
        folded = blank_markup(folded)
    folded, boxed = box_tables(folded, original if original is not None else folded)
    folded, dashed = dash_tables(folded, original if original is not None else folded)
    table_lines += boxed + dashed
    lines = parse_lines(folded)
    if not table_lines:
        return lines
    return sorted([*lines, *table_lines], key=lambda line: (line.no, line.cells[0].column if line.cells else 0))


def build_document(lines: list[Line], info: SourceInfo, pack: Pack, *, head: str, line_count: int,
                   problems: Sequence[InputProblem] = (), images: Sequence[Location] = (),
                   original: SourceText | None = None, rows: Sequence[RowCand] | None = None) -> Document:
    """The document from its typed lines; `head` is text to read the title, year and format from;
    `rows`: the lines' row candidates when already found."""
    last_line = max(line_count, lines[-1].no if lines else 1)
    headings, heading_lines = find_headings(lines, info.name, pack)
    sections = match_sections(headings, pack, last_line)
    rows = row_candidates(lines) if rows is None else rows
    claimed: set[int] = set()
    reads = read_tables(pack, lines, rows, sections, info.name, claimed)
    found = list(problems) + [p for read in reads.values() for p in problems_of(read)]
    found += run_together(lines, pack, reads, info.name)
    tables = {tid: t for tid, read in reads.items() if (t := read.freeze()) is not None}
    year, agency = detect_year_agency(head, pack.report.title if pack.report else None)
    return Document(
        source=info,
        headings=tuple(headings),
        sections=tuple(sections),
        paragraphs=tuple(_paragraphs(lines, info.name, heading_lines | claimed, headings)),
        tables=MappingProxyType(tables),
        format=detect_format(head, pack.format_markers, year),
        year=year,
        agency=agency,
        problems=tuple(found),
        line_count=last_line,
        shape=MappingProxyType({tid: tuple(r.shape) for tid, r in reads.items() if r.shape}),
        images=tuple(images),
        markers=MappingProxyType({fmt: tuple(w for w in words if w in head)
                                  for fmt, words in pack.format_markers.items()}),
        original=original,
        notes=tuple(Note("reading", text) for read in reads.values() for text in (*read.notes, *read.unread)),
    )


def read_tables(pack: Pack, lines: Sequence[Line], rows: Sequence[RowCand],
                sections: Sequence[Section], source: str, claimed: set[int]) -> dict[str, TableRead]:
    """Each table of the pack read from the row candidates; `claimed` collects the lines used."""
    out: dict[str, TableRead] = {}
    for tid, tpl in pack.tables.items():
        if tpl.layout != "side_by_side":
            out[tid] = read_labelled(tpl, rows, source, claimed)
    for tid, tpl in pack.tables.items():
        if tpl.layout == "side_by_side":
            scope = _scope(sections, tpl.section)
            in_scope = [r for r in rows if scope is None or scope[0] <= r.line <= scope[1]]
            out[tid] = read_side_by_side(tpl, in_scope, source, claimed, _group_context(lines, tpl, scope),
                                         after=_heading_line(lines, tpl, scope))
    for tid, read in out.items():
        order = partial(_order, pack)
        equations, bound = _table_equations(pack, tid)
        resolve_stitched(read, rows, claimed, bound, order)
        resolve_glued(read, equations, order)
    return out


@lru_cache(maxsize=64)  # (a pack is hashed by identity)
def _table_equations(pack: Pack, tid: str) -> tuple[list[Equation], list[Instance]]:
    """The pack's equations over one table and their instances, made once per pack, not per report
    (read-only: shared by every report read against the pack)."""
    equations = equations_of(pack, tid)
    return equations, instances(equations, partial(_order, pack))


def equations_of(pack: Pack, tid: str) -> list[Equation]:
    """The pack's equation rules over one table."""
    return [Equation(rule.expr, rule.for_) for rule in pack.rules
            if rule.kind == "equation" and rule.expr is not None and all(r.table == tid for r in rule.expr.refs())]


def _order(pack: Pack, tid: str, axis: str) -> Sequence[str]:
    tpl = pack.tables[tid]
    return tpl.row_keys if axis == "rows" else tpl.col_keys


MIN_HEADINGS = 3  # column headings that make a table's heading row


def _heading_line(lines: Sequence[Line], tpl: TableTpl, scope: tuple[int, int] | None) -> int:
    """The index of the line by which the table's column headings have been named (wrapped
    over lines or not); -1 when they are not found."""
    wanted = {pack_key(c.label) for c in tpl.columns}
    seen = ""
    for i, line in enumerate(lines):
        if scope and not scope[0] <= line.no <= scope[1]:
            continue
        seen = (seen + label_key(" ".join(c.text for c in line.cells)))[-400:]
        if sum(1 for w in wanted if w in seen) >= MIN_HEADINGS:
            return i
    return -1


def _scope(sections: Sequence[Section], key: str) -> tuple[int, int] | None:
    sec = next((s for s in sections if s.key == key), None)
    return (sec.start_line, sec.end_line) if sec else None


def _group_context(lines: Sequence[Line], tpl: TableTpl, scope: tuple[int, int] | None) -> dict[int, RowTpl]:
    """For tables laid out one group per line: the group named on or above each line."""
    out: dict[int, RowTpl] = {}
    current: RowTpl | None = None
    for i, line in enumerate(lines):
        if scope and not scope[0] <= line.no <= scope[1]:
            continue
        found = match_label(line.cells, tpl)
        if isinstance(found, RowTpl):
            current = found
        if current is not None:
            out[i] = current
    return out


def run_together(lines: Sequence[Line], pack: Pack, reads: dict[str, TableRead], source: str) -> list[InputProblem]:
    """Tables whose cells lost their separators inside running text (`…数量640020470`)."""
    out: list[InputProblem] = []
    for tid, tpl in pack.tables.items():
        if reads[tid].first is not None or any(p.args.get("table_id") == tid for p in out):
            continue
        hit = _glued_in_text(lines, tpl, source)
        if hit is not None:
            out.append(InputProblem("RL904", {"table_id": tid, "sample": hit[0]}, hit[1]))
    return out


def _glued_in_text(lines: Sequence[Line], tpl: TableTpl, source: str) -> tuple[str, Location] | None:
    for line in lines:
        for cell in line.cells:
            if len(cell.text) < RUN_IN_MIN:
                continue
            for label, n in _glue_probes(tpl):
                for m in re.finditer(re.escape(label) + r"\s*(\d+)", cell.text):
                    if n > 1 and len(m.group(1)) > n:
                        col = cell.column + m.start()
                        return m.group(0), Location(source, cell.line, col, cell.line, col + len(m.group(0)))
    return None


def _glue_probes(tpl: TableTpl) -> list[tuple[str, int]]:
    """Labels that a row's numbers follow directly, with how many cells they hold."""
    if tpl.layout == "side_by_side":
        return [(c.label, len(tpl.columns) * len(tpl.rows)) for c in tpl.columns]
    return [(r.label, len(tpl.columns_of(r))) for r in tpl.rows if len(pack_key(r.label)) >= 2]


def _after_bold_heading(cell: RawCell, has_heading: bool) -> int:
    """Where the prose of `**（一）标题。**正文` starts: after the bold heading's closing `**` (the heading
    is a heading, and no `**` is left in the paragraph)."""
    if not (has_heading and cell.bold):
        return 0
    close = BOLD_CLOSE.search(cell.text)
    return close.end() if close else 0


def _paragraphs(lines: Sequence[Line], source: str, skip: set[int],
                headings: Sequence[Heading]) -> Iterator[Paragraph]:
    """Text lines that are neither headings nor table rows; long lines split at their run-in headings."""
    cuts: dict[int, list[int]] = {}
    for h in headings:
        cuts.setdefault(h.loc.line, []).append(h.loc.column)
    for i, line in enumerate(lines):
        if line.kind != "text" or (i in skip and len(line.cells[0].text) < RUN_IN_MIN):
            continue  # (a long line holding a run-in table row is still prose)
        cell = line.cells[0]
        bounds = [c - cell.column for c in sorted(cuts.get(line.no, ())) if cell.column < c < cell.end_column]
        first = _after_bold_heading(cell, line.no in cuts)
        bounds = [c for c in bounds if c > first]
        for a, b in zip([first, *bounds], [*bounds, len(cell.text)], strict=True):
            if cell.text[a:b].strip():
                col = cell.column + a
                yield Paragraph(cell.text[a:b], Location(source, line.no, col, line.no, col + b - a))
