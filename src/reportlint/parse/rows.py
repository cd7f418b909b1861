"""Row candidates: table-like lines split into label cells and value cells.

Works on the lines of every text layout: tab-separated, pipe rows, a label
followed by a run of numbers (`行政许可 97`, `规章000`), and one cell per line
(a label line followed by lines that each hold a value). Each candidate says
how its values were separated (`layout`), which decides what their count may
prove; labels wrapped over lines come along (`above`, `tail`), and two halves
of a row a text extraction split over lines are offered stitched (`parts`),
to be taken only when the table's equations bear them out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from reportlint.model import CellKind, Location, slot_init
from reportlint.parse.lines import Line, RawCell

# an amount may carry its unit (2019 采购总金额), a change its sign (2019 本年增/减: +2)
NUMBER = re.compile(r"^[-−+＋]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*万?元)?$")
DASH = re.compile(r"^(?:[-—–―─/\\~]+|－+|／)$")
# One value token of a row: a count or amount (1,234 too; an amount may carry its unit, a
# change its sign) or a dash standing for an empty cell.
VALUE_TOKEN = re.compile(r"[-−+＋]?\d+(?:,\d{3})*(?:\.\d+)?(?:万?元)?|[/—–-]{1,2}")
VALUE_ENDS = "元/—–-"  # what a value token ends with when not with a digit
RUN_IN_MIN = 200  # a text line this long is running text that may hide a flattened table
RUN_IN_VALUES = re.compile(r"(?<![\d.])(\d+(?:[ \t]+\d+){4,})(?![\d.])")
RUN_IN_LABEL = re.compile(r"[^\d\s。；]{1,30}\s*$")
MAX_LABEL_FOR_MERGE = 60
MIN_BLANK_ROW = 5  # an unlabelled row of empty cells is a candidate only if this wide (a blank 表四)
MAX_VALUES_PER_ROW = 40


@dataclass(frozen=True, slots=True)
class Value:
    """One value cell of a row candidate: its text, what kind of value it is, the number, where it is."""

    raw: str
    kind: CellKind
    value: Decimal | None
    line: int
    column: int
    end_column: int

    def location(self, source: str) -> Location:
        return Location(source, self.line, self.column, self.line, self.end_column)


slot_init(Value)  # (made ~230 times a report)


# How a row's values were separated, which says what may be inferred from their count:
CELLS = "cells"  # by separators (tab, pipe, a grid): each value is one cell, blanks included
SPACED = "spaced"  # by spaces in one line of text: an empty cell leaves no trace
STACKED = "stacked"  # one cell per line: an empty cell leaves no trace either
GLUED = "glued"  # a label and one run of digits with nothing between them (规章000)


@dataclass(frozen=True, slots=True)
class RowCand:
    """A table-like line (or lines) split into label cells and value cells, and how they were split."""

    line: int
    labels: tuple[RawCell, ...]  # text cells before the values, in order
    values: tuple[Value, ...]
    cells: tuple[RawCell, ...]  # every cell of the line(s), for label search
    index: int = 0  # the position of its (first) line among the document's lines
    layout: str = CELLS
    tail: RawCell | None = None  # a short text line right after the row: its label's end, cut by a page break
    parts: tuple[int, ...] = ()  # stitched from the candidates at these line indexes (see stitched_rows)
    above: tuple[RawCell, ...] = ()  # label lines just above a spaced row (a label wrapped before its values)
    full: bool = True  # a pipe row as wide as its table's widest (no cell of it can be missing)

    @property
    def blank(self) -> bool:
        return all(v.kind is CellKind.BLANK for v in self.values)


slot_init(RowCand)  # (made for every row-like line)


@lru_cache(maxsize=4096)  # pure, and asked of every cell again and again (a table block is scanned per row)
def classify(raw: str) -> tuple[CellKind, Decimal | None]:
    text = raw.strip()
    if not text:
        return CellKind.BLANK, None
    if NUMBER.match(text):
        try:
            return CellKind.NUMBER, Decimal(text.rstrip("万元 ").replace(",", "").replace("−", "-").lstrip("+＋"))
        except InvalidOperation:  # pragma: no cover - the regex admits only numbers
            return CellKind.TEXT, None
    if DASH.match(text):
        return CellKind.DASH, None
    return CellKind.TEXT, None


def value_of(cell: RawCell) -> Value:
    kind, value = classify(cell.text)
    return Value(cell.text, kind, value, cell.line, cell.column, cell.end_column)


UNREAD_MARK = "□"  # a cell OCR saw ink in but could not read (reportlint.ocr.layout): a value's place, no value


def is_value_like(cell: RawCell) -> bool:
    return cell.ordinal is None and _value_like(cell.text)


@lru_cache(maxsize=4096)  # pure (see classify)
def _value_like(text: str) -> bool:
    return classify(text)[0] is not CellKind.TEXT or text == UNREAD_MARK


def _values_in(cell: RawCell, m: re.Match[str]) -> list[Value]:
    """The space-separated values of a match's first group, each at its column in the cell."""
    values = []
    for tok in re.finditer(r"\S+", m.group(1)):
        col = cell.column + m.start(1) + tok.start()
        kind, value = classify(tok.group())
        values.append(Value(tok.group(), kind, value, cell.line, col, col + len(tok.group())))
    return values


def trailing_tokens(text: str, limit: int = MAX_VALUES_PER_ROW + 1) -> tuple[int, list[tuple[int, int]], bool]:
    """Where the label ends, the (start, end) of each value token after it, and whether the first is glued.

    Scans from the end of the text (linear time): whitespace-separated value
    tokens, and before them at most one run of digits glued to the label
    (`规章000`, `行政许可97`).
    """
    spans: list[tuple[int, int]] = []
    end = len(text.rstrip())
    if not end or not (text[end - 1].isdigit() or text[end - 1] in VALUE_ENDS):
        return len(text), spans, False  # prose: no value token can end here (not scanned back)
    while end > 0 and len(spans) < limit:
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if VALUE_TOKEN.fullmatch(text, start, end):
            spans.append((start, end))
            end = start
            while end > 0 and text[end - 1].isspace():
                end -= 1
            continue
        cut = _glued_digits(text, start, end)
        if cut is not None:
            spans.append((cut, end))
            spans.reverse()
            return cut, spans, True
        break
    spans.reverse()
    return (spans[0][0] if spans else len(text)), spans, False


def _glued_digits(text: str, start: int, end: int) -> int | None:
    """The start of a number glued to the end of a label token (`规章000`), if there is one."""
    i = end
    while i > start and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    while i < end and not text[i].isdigit():
        i += 1  # a number does not start with a separator
    if i in (end, start) or text[i - 1] in "-−" or not NUMBER.match(text[i:end]):
        return None
    return i


def split_trailing(cell: RawCell) -> tuple[RawCell | None, list[Value]]:
    """Split `label 0 0 0` into its label and its values (positions kept)."""
    label, values = _split_trailing(cell)
    return label, list(values)


@lru_cache(maxsize=4096)  # pure, and asked of a line several times (its row, its neighbours' tails, headings)
def _split_trailing(cell: RawCell) -> tuple[RawCell | None, tuple[Value, ...]]:
    label_end, spans, _glued = trailing_tokens(cell.text)
    if not spans:
        return cell, ()
    values = []
    for start, end in spans:
        kind, value = classify(cell.text[start:end])
        values.append(Value(cell.text[start:end], kind, value, cell.line, cell.column + start, cell.column + end))
    label_text = cell.text[:label_end].rstrip()
    if not label_text and cell.ordinal is None:
        return None, tuple(values)
    label = RawCell(label_text, cell.ordinal, cell.bold, cell.line, cell.column, cell.column + len(label_text))
    return label, tuple(values)


def row_of(line: Line, index: int = 0) -> RowCand | None:
    """The row candidate a table-like line makes (`index`: the line's position), or None for prose and headings."""
    if line.kind in ("pipe", "tab"):
        return _cells_row(line, index)
    if line.kind == "text" and len(line.cells) == 1:
        label, values = split_trailing(line.cells[0])
        if not values or len(values) > MAX_VALUES_PER_ROW:
            return None
        labels = (label,) if label is not None else ()
        return RowCand(line.no, labels, tuple(values), line.cells, index, _spaced_or_glued(label, values))
    return None


def _spaced_or_glued(label: RawCell | None, values: list[Value]) -> str:
    if label is not None and len(values) == 1 and label.end_column == values[0].column and label.text:
        return GLUED
    return SPACED


def _cells_row(line: Line, index: int) -> RowCand | None:
    cells = line.cells
    last_text = len(cells) - 1  # the last cell that is not a value
    while last_text >= 0 and is_value_like(cells[last_text]):
        last_text -= 1
    labels = tuple(c for c in cells[: last_text + 1] if c.text or c.ordinal)
    values = [value_of(c) for c in cells[last_text + 1 :]]
    if labels and not any(v.kind is not CellKind.BLANK for v in values):
        # `规章 000` inside one tab cell: split the label's own trailing numbers.
        label, trailing = split_trailing(labels[-1])
        if trailing and label is not None:  # (empty cells after it: trailing tabs)
            return RowCand(line.no, (*labels[:-1], label), tuple(trailing), cells, index,
                           _spaced_or_glued(label, trailing))
    if not values:
        return None
    if all(v.kind is CellKind.BLANK for v in values) and not labels and len(values) < MIN_BLANK_ROW:
        return None  # an empty line of a header, not a row of empty cells
    return RowCand(line.no, labels, tuple(values), cells, index)


def row_candidates(lines: list[Line]) -> list[RowCand]:
    """Every row candidate of the document, with one-cell-per-line runs merged."""
    out: list[RowCand] = []
    i = 0
    used = -1  # the last line that belongs to a row
    spare = 0  # trailing empty cells of the pipe table's heading row: the padding of a merged cell
    widths = _Widths()
    while i < len(lines):
        start = i
        spare = _heading_spare(lines[i], spare)
        row = row_of(_unpadded(lines[i], spare), start)
        if row is None and _is_short_label(lines[i]):
            row, i = _merge_cell_per_line(lines, i, _label_lines_above(lines, i, used, gap=2))
        if row is not None:
            full = (lines[i].kind not in ("pipe", "tab") or lines[i].exact or _full_width(lines, i, widths)) \
                and row.full
            # a spaced row with the label lines right above it in its block
            above = _label_lines_above(lines, i, used) if row.layout == SPACED else ()
            used = i
            bare = row.layout == SPACED and not any(c.text for c in (*row.labels, *above))
            tail = _tail_of(lines, i) if row.layout == CELLS or bare else None
            if bare and tail is not None and lines[i + 1].no != lines[i].no + 1:
                tail = None  # a row's values printed just above its label (pdftotext): adjacent lines only
            out.append(_completed(row, start, full, above or row.above, row.tail if tail is None else tail))
        elif lines[i].kind == "text" and len(lines[i].cells[0].text) >= RUN_IN_MIN:
            out.extend(replace(r, index=start) for r in run_in_rows(lines[i].cells[0]))
        i += 1
    return out + stitched_rows(lines, out)


def _completed(row: RowCand, index: int, full: bool, above: tuple[RawCell, ...], tail: RawCell | None) -> RowCand:
    """The row with what its neighbours say (dataclasses.replace's result, without its per-field walk)."""
    if index == row.index and full is row.full and above is row.above and tail is row.tail:
        return row
    return RowCand(row.line, row.labels, row.values, row.cells, index, row.layout, tail, row.parts, above, full)


MAX_STITCH_GAP = 3  # lines between the two halves of a row split by a text extraction


def stitched_rows(lines: list[Line], rows: list[RowCand]) -> list[RowCand]:
    """Rows a text extraction split over two lines of one block (`其他法律行政法规禁 0` … `止公开 0 0 0 0 0 0`).

    Two spaced rows with no empty line between them and whose values do not
    overlap (all of one line's values left of the other's) make one candidate:
    its values in left-to-right order, its labels the text lines of the block
    up to it. The table reader takes it only when it has exactly the row's
    number of values and the table's equations over the row hold.
    """
    out = []
    spaced = [r for r in rows if r.layout == SPACED and not r.parts]
    for a, b in itertools.pairwise(spaced):
        if not 0 < b.index - a.index <= MAX_STITCH_GAP or not _one_block(lines, a.index, b.index):
            continue
        if any(lines[k].kind != "text" or row_of(lines[k]) is not None for k in range(a.index + 1, b.index)):
            continue
        left, right = (a, b) if a.values[-1].end_column <= b.values[0].column else (b, a)
        if left.values[-1].end_column > right.values[0].column:
            continue  # interleaved: the columns are not certain
        first = _block_start(lines, a.index)
        labels = tuple(c for k in range(first, b.index + 1) for c in _label_cells(lines[k], rows, k) if c.text)
        out.append(RowCand(a.line, labels, (*left.values, *right.values), labels, a.index, SPACED,
                           parts=(a.index, b.index)))
    return out


def _one_block(lines: list[Line], i: int, j: int) -> bool:
    return all(lines[k + 1].no == lines[k].no + 1 for k in range(i, j))


def _block_start(lines: list[Line], i: int) -> int:
    """The first line of the block of consecutive lines that holds line i (at most a few lines up)."""
    k = i
    while k > 0 and i - k < MAX_STITCH_GAP and lines[k - 1].no == lines[k].no - 1 and lines[k - 1].kind == "text" \
            and row_of(lines[k - 1]) is None:
        k -= 1
    return k


def _label_cells(line: Line, rows: list[RowCand], k: int) -> tuple[RawCell, ...]:
    own = next((r for r in rows if r.index == k and not r.parts), None)
    return own.labels if own is not None else line.cells


@dataclass
class _Widths:
    """What _full_width works out once per document: each block's widest row, each line's lack of values."""

    widest: dict[int, int] = field(default_factory=dict)  # first line of a block -> its widest row of the kind
    bare: dict[int, bool] = field(default_factory=dict)  # line -> it holds no value
    start: dict[int, int] = field(default_factory=dict)  # line -> the first line of its block


def _full_width(lines: list[Line], i: int, memo: _Widths | None = None) -> bool:
    """Whether a row of cells is as wide as its table's widest row or as its heading row (the row
    without values above it): then no cell of it can be missing."""
    memo = _Widths() if memo is None else memo
    kind = lines[i].kind
    kinds = (kind, "pipe_sep") if kind == "pipe" else (kind,)
    if i > 0 and lines[i - 1].kind == kind and i - 1 in memo.start:
        a = memo.start[i - 1]  # (the line above is of the block: the same walk up)
    else:
        a = i
        while a > 0 and lines[a - 1].kind in kinds:
            a -= 1
    memo.start[i] = a
    b = i
    if a not in memo.widest:
        while b + 1 < len(lines) and lines[b + 1].kind in kinds:
            b += 1
        memo.widest[a] = max(len(lines[k].cells) for k in range(a, b + 1) if lines[k].kind == kind)
    width = len(lines[i].cells)
    if width >= memo.widest[a]:
        return True
    for k in range(i - 1, a - 1, -1):
        if lines[k].kind != kind:
            continue
        if k not in memo.bare:
            memo.bare[k] = not any(is_value_like(c) and c.text for c in lines[k].cells)
        if memo.bare[k]:  # the heading row: the nearest row above without values
            return len(lines[k].cells) == width
    return False


def _heading_spare(line: Line, spare: int) -> int:
    """A row of cells without values (a heading) sets how many trailing empty cells pad merged cells
    (markdownify writes `| 信息内容 | 上一年项目数量 | 本年增/减 | |`, a PDF table the same with tabs);
    other lines end a table."""
    if line.kind == "pipe_sep":
        return spare
    if line.kind not in ("pipe", "tab"):
        return 0
    if any(is_value_like(c) and c.text for c in line.cells) or sum(1 for c in line.cells if c.text) < 2:
        return spare  # a row of values, or a title or empty row in the table: not a heading row
    k = 0
    while k < len(line.cells) and not line.cells[-1 - k].text and not line.cells[-1 - k].ordinal:
        k += 1
    # padding is a few cells beside many headings; labels before a run of empty cells are a row
    # left blank (a blank template's `三、本年度办理结果 | （一）予以公开 | | | | | | |`)
    return k if k < sum(1 for c in line.cells if c.text) else 0


def _unpadded(line: Line, spare: int) -> Line:
    """A row without the padding cells its heading row shows (when they are empty here too)."""
    if not spare or line.kind not in ("pipe", "tab") or len(line.cells) <= spare:
        return line
    if any(c.text for c in line.cells[-spare:]):
        return line
    return Line(line.no, line.kind, line.cells[:-spare], line.md_level, line.exact)


def _tail_of(lines: list[Line], i: int) -> RawCell | None:
    """The text of the line after a row when it may end the row's label: a short text line, or a row
    of one text cell and empty cells (the rest of a cell a page break cut), not followed by values."""
    if i + 1 >= len(lines) or (i + 2 < len(lines) and _single_values(lines[i + 2])):
        return None
    nxt = lines[i + 1]
    if _is_short_label(nxt):
        return nxt.cells[0]
    filled = [c for c in nxt.cells if c.text]
    if nxt.kind in ("tab", "pipe") and len(filled) == 1 and not is_value_like(filled[0]) \
            and len(filled[0].text) <= MAX_LABEL_FOR_MERGE:
        return filled[0]
    return None


def _label_lines_above(lines: list[Line], i: int, used: int, gap: int = 1) -> tuple[RawCell, ...]:
    """The label lines right above line i (a few, none part of a row, each at most `gap` lines above
    the next: a text browser puts an empty line between cells): a wrapped label."""
    above: list[RawCell] = []
    k = i - 1
    while k > used and len(above) < MAX_STITCH_GAP and _is_label_line(lines[k]) \
            and lines[k + 1].no - lines[k].no <= gap:
        above.insert(0, lines[k].cells[0])
        k -= 1
    return tuple(above)


def _is_label_line(line: Line) -> bool:
    """A short text line, or a line holding only an ordinal (`2.` printed apart from its label)."""
    return _is_short_label(line) or (line.kind == "text" and len(line.cells) == 1 and not line.cells[0].text
                                     and line.cells[0].ordinal is not None)


def run_in_rows(cell: RawCell) -> list[RowCand]:
    """Rows inside running text whose cells kept their spaces (`…总计 0 1 1 0 2 …`)."""
    out = []
    for m in RUN_IN_VALUES.finditer(cell.text):
        values = _values_in(cell, m)
        before = RUN_IN_LABEL.search(cell.text, 0, m.start(1))
        labels: tuple[RawCell, ...] = ()
        if before:
            col = cell.column + before.start()
            labels = (RawCell(before.group().strip(), None, False, cell.line, col, col + len(before.group())),)
        out.append(RowCand(cell.line, labels, tuple(values), labels, layout=SPACED))
    return out


def _is_short_label(line: Line) -> bool:
    return line.kind == "text" and len(line.cells) == 1 and 0 < len(line.cells[0].text) <= MAX_LABEL_FOR_MERGE


def _single_values(line: Line) -> list[Value] | None:
    if line.kind != "text" or len(line.cells) != 1:
        return None
    label, values = split_trailing(line.cells[0])
    return values if label is None and values else None


def _merge_cell_per_line(lines: list[Line], i: int, above: tuple[RawCell, ...] = ()) -> tuple[RowCand | None, int]:
    """A label line followed by lines holding only values (one cell per line).

    `above` are label lines just before it, kept as label cells in front: a
    label wrapped over lines is matched joined. Returns the merged row (or
    None) and the index of the last line it used.
    """
    values: list[Value] = []
    j = i + 1
    while j < len(lines) and len(values) < MAX_VALUES_PER_ROW:
        got = _single_values(lines[j])
        if got is None:
            break
        values.extend(got)
        j += 1
    if not values:
        return None, i
    label = lines[i].cells[0]
    labels = (*above, label)
    return RowCand(lines[i].no, labels, tuple(values), labels, layout=STACKED), j - 1
