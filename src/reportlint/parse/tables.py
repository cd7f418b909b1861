"""Matching row candidates to the template's tables by their labels, not by position."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from types import MappingProxyType

from reportlint.model import Cell, CellKind, ExtraRow, InputProblem, Location, Table
from reportlint.pack import GroupTpl, RowTpl, TableTpl
from reportlint.parse.lines import RawCell
from reportlint.parse.normalize import label_key, ordinal_value
from reportlint.parse.rows import RowCand, Value

ACCEPT = 0.78  # lowest score for a label match
MARGIN = 0.08  # the best match must beat the second by this much
DISTINCTIVE = 4  # labels at least this long may report a row of the wrong length


@dataclass(frozen=True)
class _Label:
    key: str  # label_key of the label or alias
    target: RowTpl | GroupTpl
    ordinal: int | None


@dataclass
class TableRead:
    """What was read for one table, before it becomes an immutable `Table`."""

    tpl: TableTpl
    source: str
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    row_lines: dict[str, Location] = field(default_factory=dict)
    extra: list[ExtraRow] = field(default_factory=list)
    shape: list[tuple[str, Location]] = field(default_factory=list)  # rows of the wrong length
    glued: list[tuple[str, Location]] = field(default_factory=list)
    first: Location | None = None

    def put_row(self, row: RowTpl, values: Sequence[Value], line: int) -> None:
        if row.key in self.row_lines:
            return  # the first reading of a row wins
        at = values[0].line if values else line
        loc = Location(self.source, at, values[0].column if values else 1, at,
                       values[-1].end_column if values else 1)
        self.row_lines[row.key] = loc
        self.first = self.first or loc
        for col, val in zip(self.tpl.columns_of(row), values, strict=True):
            self.cells[(row.key, col)] = Cell(val.raw, val.kind, val.value, val.location(self.source))

    def freeze(self) -> Table | None:
        if self.first is None:
            return None
        rows = tuple(k for k in self.tpl.row_keys if k in self.row_lines)
        cols = tuple(c for c in self.tpl.col_keys if any(k[1] == c for k in self.cells))
        return Table(self.tpl.id, self.first, MappingProxyType(dict(self.cells)), rows, cols,
                     tuple(self.extra), MappingProxyType(dict(self.row_lines)))


@lru_cache(maxsize=16)
def _labels(tpl: TableTpl) -> tuple[_Label, ...]:
    out: list[_Label] = []
    for target in (*tpl.rows, *tpl.groups):
        ordinal = ordinal_value(target.ordinal)[1] if target.ordinal else None
        for text in (target.label, *getattr(target, "aliases", ())):
            out.append(_Label(label_key(text), target, ordinal))
    return tuple(out)


def _score(text: str, ordinal: int | None, cand: _Label) -> float:
    if not text or not cand.key:
        return 0.0
    if text == cand.key:
        base = 1.0
    elif cand.key in text:
        base = 0.6 + 0.4 * len(cand.key) / len(text)
    elif text in cand.key and len(text) >= 6:
        base = 0.82  # a fragment of one long label, as PDF extraction cuts them
    else:
        matcher = SequenceMatcher(None, text, cand.key, autojunk=False)
        if matcher.real_quick_ratio() < ACCEPT or matcher.quick_ratio() < ACCEPT:
            return 0.0
        base = matcher.ratio()
    if ordinal is not None and cand.ordinal is not None:
        base += 0.1 if ordinal == cand.ordinal else -0.2
    return base


INNER_ORDINAL = re.compile(r"\s(?=\(\s?[一二三四五六七八九十]{1,2}\s?\)|[一二三四五六七八九十]{1,2}、|\d{1,2}\.(?!\d))")


def _segments(cell: RawCell) -> list[RawCell]:
    """A cell holding a group and its row (`（三）不予公开 1.属于国家秘密`) as separate labels."""
    parts = INNER_ORDINAL.split(cell.text)
    if len(parts) == 1:
        return [cell]
    out = [RawCell(parts[0], cell.ordinal, cell.bold, cell.line, cell.column, cell.column + len(parts[0]))]
    offset = len(parts[0]) + 1
    for part in parts[1:]:
        m = re.match(r"(\(\s?[一二三四五六七八九十]{1,2}\s?\)|[一二三四五六七八九十]{1,2}、|\d{1,2}\.)\s*", part)
        ordinal, text = (m.group(1), part[m.end():]) if m else (None, part)
        col = cell.column + offset
        out.append(RawCell(text, ordinal, cell.bold, cell.line, col, col + len(part)))
        offset += len(part) + 1
    return out


def match_label(cells: Iterable[RawCell], tpl: TableTpl) -> RowTpl | GroupTpl | None:
    """The template row (or group) a row's label cells name, if exactly one fits."""
    cells = [seg for c in cells if c.text for seg in _segments(c) if seg.text]
    for i in range(len(cells) - 1, -1, -1):
        found = _best(label_key(cells[i].text), _num(cells[i]), tpl)
        if found is None and i > 0:  # a label split over two cells: try them together
            joined = label_key(cells[i - 1].text + cells[i].text)
            found = _best(joined, _num(cells[i - 1]), tpl)
        if found is not None:
            return found
    return None


def _num(cell: RawCell) -> int | None:
    return ordinal_value(cell.ordinal)[1] if cell.ordinal else None


@lru_cache(maxsize=4096)
def _best_cached(text: str, ordinal: int | None, tpl: TableTpl) -> RowTpl | GroupTpl | None:
    scored: dict[str, tuple[float, RowTpl | GroupTpl]] = {}
    for cand in _labels(tpl):
        s = _score(text, ordinal, cand)
        if s > scored.get(cand.target.key + type(cand.target).__name__, (0.0, None))[0]:
            scored[cand.target.key + type(cand.target).__name__] = (s, cand.target)
    ranked = sorted(scored.values(), key=lambda p: -p[0])
    if not ranked or ranked[0][0] < ACCEPT:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return ranked[0][1]


def _best(text: str, ordinal: int | None, tpl: TableTpl) -> RowTpl | GroupTpl | None:
    return _best_cached(text, ordinal, tpl) if text else None


# ---- fitting values to a row --------------------------------------------------

def fit(values: Sequence[Value], n: int) -> list[Value] | None:
    """The row's n values: blanks trimmed from either end while there are too many."""
    vals = list(values)
    while len(vals) > n and vals[0].kind is CellKind.BLANK:
        vals.pop(0)
    while len(vals) > n and vals[-1].kind is CellKind.BLANK:
        vals.pop()
    if len(vals) == n:
        return vals
    if len(vals) == 1 and n > 1 and re.fullmatch(r"\d+", vals[0].raw) and len(vals[0].raw) == n:
        v = vals[0]  # `规章000`: one digit a cell is the only way to read it
        return [Value(ch, CellKind.NUMBER, Decimal(ch), v.line, v.column + k, v.column + k + 1)
                for k, ch in enumerate(v.raw)]
    return None


def is_glued(values: Sequence[Value], n: int) -> bool:
    filled = [v for v in values if v.kind is not CellKind.BLANK]
    return 0 < len(filled) < n and any(len(re.sub(r"\D", "", v.raw)) > 3 for v in filled)


# ---- reading the tables ---------------------------------------------------------

def read_labelled(tpl: TableTpl, rows: Sequence[RowCand], source: str, claimed: set[int]) -> TableRead:
    """t2/t3: each candidate row whose label names a template row."""
    read = TableRead(tpl, source)
    for cand in rows:
        target = match_label(cand.labels or cand.cells, tpl)
        if target is None:
            continue
        loc = Location(source, cand.line, cand.values[0].column, cand.line, cand.values[-1].end_column)
        if isinstance(target, GroupTpl):
            if any(v.kind is CellKind.NUMBER for v in cand.values):
                read.extra.append(ExtraRow(_label_text(cand), loc, tuple(v.raw for v in cand.values)))
                claimed.add(cand.index)
            continue
        n = len(tpl.columns_of(target))
        if cand.blank and not _sure(cand, target):
            continue  # a header line ending in 其他 is not an empty row 3.其他
        fitted = fit(cand.values, n)
        if fitted is not None:
            read.put_row(target, fitted, cand.line)
            claimed.add(cand.index)
        elif len(label_key(target.label)) >= DISTINCTIVE or n == 1:
            claimed.add(cand.index)
            if is_glued(cand.values, n):
                read.glued.append((_label_text(cand), loc))
            elif target.key not in read.row_lines:
                read.shape.append((f"{target.label}|{len(cand.values)}|{n}", loc))
    return read


def _sure(cand: RowCand, target: RowTpl) -> bool:
    """A row of empty cells counts only when its label is distinctive, opens the line, or has its ordinal."""
    if len(label_key(target.label)) >= DISTINCTIVE:
        return True
    first = next((c for c in cand.cells if c.text), None)
    if first is not None and label_key(first.text) == label_key(target.label) and len(cand.labels) == 1:
        return True
    wanted = ordinal_value(target.ordinal)[1] if target.ordinal else None
    return wanted is not None and any(_num(c) == wanted for c in cand.labels)


def _label_text(cand: RowCand) -> str:
    return " ".join((c.ordinal or "") + c.text for c in cand.labels).strip()


def read_side_by_side(tpl: TableTpl, rows: Sequence[RowCand], source: str, claimed: set[int],
                      context: dict[int, RowTpl]) -> TableRead:
    """t4: one line holding all groups side by side, or one line per group.

    `context` maps a line's index to the group named on or just above it.
    """
    read = TableRead(tpl, source)
    width = len(tpl.columns)
    for cand in rows:
        if cand.index in claimed:
            continue
        filled = [v for v in cand.values if v.kind is not CellKind.BLANK]
        if len(cand.values) >= width * len(tpl.rows) or len(filled) >= width * len(tpl.rows):
            fitted = fit(cand.values, width * len(tpl.rows))
            if fitted is None:
                continue
            for k, row in enumerate(tpl.rows):
                read.put_row(row, fitted[k * width : (k + 1) * width], cand.line)
            claimed.add(cand.index)
        elif cand.index in context and not cand.blank:
            fitted = fit(cand.values, width)
            if fitted is not None:
                read.put_row(context[cand.index], fitted, cand.line)
                claimed.add(cand.index)
        elif len(filled) == 1 and is_glued(filled, width * len(tpl.rows)):
            read.glued.append(("", Location(source, cand.line, filled[0].column, cand.line, filled[0].end_column)))
    return read


def problems_of(read: TableRead) -> list[InputProblem]:
    if not read.glued or len(read.row_lines) > len(read.glued):
        return []
    label, loc = read.glued[0]
    return [InputProblem("RL904", {"table_id": read.tpl.id, "sample": label}, loc)]
