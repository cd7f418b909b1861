"""Row candidates: table-like lines split into label cells and value cells.

Works on the lines of every text layout: tab-separated, pipe rows, a label
followed by a run of numbers (`行政许可 97`, `规章000`), and one cell per line
(a label line followed by lines that each hold a value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from reportlint.model import CellKind, Location
from reportlint.parse.lines import Line, RawCell

NUMBER = re.compile(r"^[-−]?\d+(?:,\d{3})*(?:\.\d+)?$")
DASH = re.compile(r"^(?:[-—–―─/\\~]+|－+|／)$")
# A run of values at the end of a cell: "行政许可 97", "… 0 0 0 0 0 0 0", "规章000".
_VALUE = r"(?:[-−]?\d+(?:\.\d+)?|[/—–-]{1,2})"
# At most 41 values (a row holds at most MAX_VALUES_PER_ROW), taken possessively: each start reads a bounded
# run, so a line of 20,000 numbers then a letter is linear, not quadratic.
TRAILING_VALUES = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[^\d.,\s-]))({_VALUE}(?:\s+{_VALUE}){{0,40}}+)\s*$")
RUN_IN_MIN = 200  # a text line this long is running text that may hide a flattened table
RUN_IN_VALUES = re.compile(r"(?<![\d.])(\d+(?:[ \t]+\d+){4,})(?![\d.])")
RUN_IN_LABEL = re.compile(r"[^\d\s。；]{1,30}\s*$")
MAX_LABEL_FOR_MERGE = 60
MIN_BLANK_ROW = 5  # an unlabelled row of empty cells is a candidate only if this wide (a blank 表四)
MAX_VALUES_PER_ROW = 40


@dataclass(frozen=True, slots=True)
class Value:
    raw: str
    kind: CellKind
    value: Decimal | None
    line: int
    column: int
    end_column: int

    def location(self, source: str) -> Location:
        return Location(source, self.line, self.column, self.line, self.end_column)


@dataclass(frozen=True, slots=True)
class RowCand:
    line: int
    labels: tuple[RawCell, ...]  # text cells before the values, in order
    values: tuple[Value, ...]
    cells: tuple[RawCell, ...]  # every cell of the line(s), for label search
    index: int = 0  # the position of its (first) line among the document's lines

    @property
    def blank(self) -> bool:
        return all(v.kind is CellKind.BLANK for v in self.values)


def classify(raw: str) -> tuple[CellKind, Decimal | None]:
    text = raw.strip()
    if not text:
        return CellKind.BLANK, None
    if NUMBER.match(text):
        try:
            return CellKind.NUMBER, Decimal(text.replace(",", "").replace("−", "-"))
        except InvalidOperation:  # pragma: no cover - the regex admits only numbers
            return CellKind.TEXT, None
    if DASH.match(text):
        return CellKind.DASH, None
    return CellKind.TEXT, None


def value_of(cell: RawCell) -> Value:
    kind, value = classify(cell.text)
    return Value(cell.text, kind, value, cell.line, cell.column, cell.end_column)


def is_value_like(cell: RawCell) -> bool:
    return cell.ordinal is None and classify(cell.text)[0] is not CellKind.TEXT


def _values_in(cell: RawCell, m: re.Match) -> list[Value]:
    """The space-separated values of a match's first group, each at its column in the cell."""
    values = []
    for tok in re.finditer(r"\S+", m.group(1)):
        col = cell.column + m.start(1) + tok.start()
        kind, value = classify(tok.group())
        values.append(Value(tok.group(), kind, value, cell.line, col, col + len(tok.group())))
    return values


def split_trailing(cell: RawCell) -> tuple[RawCell | None, list[Value]]:
    """Split `label 0 0 0` into its label and its values (positions kept)."""
    m = TRAILING_VALUES.search(cell.text)
    if not m:
        return cell, []
    values = _values_in(cell, m)
    label_text = cell.text[: m.start(1)].rstrip()
    if not label_text and cell.ordinal is None:
        return None, values
    label = RawCell(label_text, cell.ordinal, cell.bold, cell.line, cell.column, cell.column + len(label_text))
    return label, values


def row_of(line: Line) -> RowCand | None:
    """The row candidate a table-like line makes, or None for prose and headings."""
    if line.kind in ("pipe", "tab"):
        return _cells_row(line)
    if line.kind == "text" and len(line.cells) == 1:
        label, values = split_trailing(line.cells[0])
        if not values or len(values) > MAX_VALUES_PER_ROW:
            return None
        labels = (label,) if label is not None else ()
        return RowCand(line.no, labels, tuple(values), line.cells)
    return None


def _cells_row(line: Line) -> RowCand | None:
    cells = line.cells
    last_text = max((i for i, c in enumerate(cells) if not is_value_like(c)), default=-1)
    labels = tuple(c for c in cells[: last_text + 1] if c.text or c.ordinal)
    values = [value_of(c) for c in cells[last_text + 1 :]]
    if labels and not any(v.kind is not CellKind.BLANK for v in values):
        # `规章 000` inside one tab cell: split the label's own trailing numbers.
        label, trailing = split_trailing(labels[-1])
        if trailing and label is not None:
            return RowCand(line.no, (*labels[:-1], label), tuple(trailing) + tuple(values), cells)
    if not values:
        return None
    if all(v.kind is CellKind.BLANK for v in values) and not labels and len(values) < MIN_BLANK_ROW:
        return None  # an empty line of a header, not a row of empty cells
    return RowCand(line.no, labels, tuple(values), cells)


def row_candidates(lines: list[Line]) -> list[RowCand]:
    """Every row candidate of the document, with one-cell-per-line runs merged."""
    out: list[RowCand] = []
    i = 0
    while i < len(lines):
        start = i
        row = row_of(lines[i])
        if row is None and _is_short_label(lines[i]):
            row, i = _merge_cell_per_line(lines, i)
        if row is not None:
            out.append(replace(row, index=start))
        elif lines[i].kind == "text" and len(lines[i].cells[0].text) >= RUN_IN_MIN:
            out.extend(replace(r, index=start) for r in run_in_rows(lines[i].cells[0]))
        i += 1
    return out


def run_in_rows(cell: RawCell) -> list[RowCand]:
    """Rows inside running text whose cells kept their spaces (`…总计 0 1 1 0 2 …`)."""
    out = []
    for m in RUN_IN_VALUES.finditer(cell.text):
        values = _values_in(cell, m)
        before = RUN_IN_LABEL.search(cell.text, 0, m.start(1))
        labels = ()
        if before:
            col = cell.column + before.start()
            labels = (RawCell(before.group().strip(), None, False, cell.line, col, col + len(before.group())),)
        out.append(RowCand(cell.line, labels, tuple(values), labels))
    return out


def _is_short_label(line: Line) -> bool:
    return line.kind == "text" and len(line.cells) == 1 and 0 < len(line.cells[0].text) <= MAX_LABEL_FOR_MERGE


def _single_values(line: Line) -> list[Value] | None:
    if line.kind != "text" or len(line.cells) != 1:
        return None
    label, values = split_trailing(line.cells[0])
    return values if label is None and values else None


def _merge_cell_per_line(lines: list[Line], i: int) -> tuple[RowCand | None, int]:
    """A label line followed by lines holding only values (one cell per line).

    Returns the merged row (or None) and the index of the last line it used.
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
    return RowCand(lines[i].no, (label,), tuple(values), (label,)), j - 1
