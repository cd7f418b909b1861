"""The grid of a table image: from its ruling lines (with merged cells as spans), or from
whitespace when it has none (text-line bands and the column gaps most of them share)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from reportlint.ocr.rules import Rule, Rules

COVER = 0.6  # a border between two grid cells is drawn when a rule covers this share of it


@dataclass(frozen=True)
class GridCell:
    """A cell of the grid: its row and column (with spans) and its inside in pixels."""

    row: int
    col: int
    rowspan: int
    colspan: int
    x0: int  # the cell's inside, rules excluded
    x1: int
    top: int
    bottom: int


@dataclass(frozen=True)
class Grid:
    """The grid of a table image (from rules or from whitespace): column x-ranges, row y-bands, cells."""

    ruled: bool
    columns: tuple[tuple[int, int], ...]
    rows: tuple[tuple[int, int], ...]
    cells: tuple[GridCell, ...]
    notes: tuple[str, ...] = ()


# ---- ruled tables ------------------------------------------------------------------

def ruled_grid(rules: Rules, ink: np.ndarray) -> Grid | None:
    """The grid the rules draw, or None when they do not draw one (fewer than 2×2 lines)."""
    hor = _framed(list(rules.horizontal), ink, em=rules.em)
    ver = _framed(list(rules.vertical), ink.T, em=rules.em)
    hor, ver = _merge_close(hor, rules.em), _merge_close(ver, rules.em)
    if len(hor) < 2 or len(ver) < 2 or len(hor) + len(ver) < 5:
        return None
    n_rows, n_cols = len(hor) - 1, len(ver) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n_rows):
        for j in range(n_cols):
            top, bottom = hor[i].hi + 1, hor[i + 1].lo
            left, right = ver[j].hi + 1, ver[j + 1].lo
            if j + 1 < n_cols and ver[j + 1].covers(top, bottom) < COVER:
                parent[find(i * n_cols + j + 1)] = find(i * n_cols + j)
            if i + 1 < n_rows and hor[i + 1].covers(left, right) < COVER:
                parent[find((i + 1) * n_cols + j)] = find(i * n_cols + j)
    groups: dict[int, list[tuple[int, int]]] = {}
    for i in range(n_rows):
        for j in range(n_cols):
            groups.setdefault(find(i * n_cols + j), []).append((i, j))
    cells, notes = [], []
    for members in groups.values():
        r0, r1 = min(m[0] for m in members), max(m[0] for m in members)
        c0, c1 = min(m[1] for m in members), max(m[1] for m in members)
        if len(members) != (r1 - r0 + 1) * (c1 - c0 + 1):
            notes.append(f"cells at row {r0} col {c0} do not form a rectangle")
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1,
                              ver[c0].hi + 1, ver[c1 + 1].lo, hor[r0].hi + 1, hor[r1 + 1].lo))
    cells.sort(key=lambda c: (c.row, c.col))
    columns = tuple((ver[j].hi + 1, ver[j + 1].lo) for j in range(n_cols))
    rows = tuple((hor[i].hi + 1, hor[i + 1].lo) for i in range(n_rows))
    return Grid(True, columns, rows, tuple(cells), tuple(notes))


def _merge_close(rules: list[Rule], em: float) -> list[Rule]:
    """Double rules (a frame drawn twice, or a line split by JPEG) as one."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: r.lo):
        if out and r.lo - out[-1].hi <= max(3, em / 4):
            prev = out.pop()
            r = Rule(prev.lo, r.hi, tuple(sorted(prev.segments + r.segments)), prev.virtual and r.virtual)
        out.append(r)
    return out


def _framed(rules: list[Rule], ink: np.ndarray, em: float) -> list[Rule]:
    """The rules, with a virtual edge added where text lies beyond the outermost one (no frame)."""
    if not rules:
        return rules
    rows = np.flatnonzero(ink.any(axis=1))
    if rows.size == 0:
        return rules
    rules = sorted(rules, key=lambda r: r.lo)
    first, last = int(rows[0]), int(rows[-1])
    if first < rules[0].lo - em / 2:
        rules.insert(0, Rule(max(first - 2, 0), max(first - 2, 0), (), virtual=True))
    if last > rules[-1].hi + em / 2:
        edge = min(last + 2, ink.shape[0] - 1)
        rules.append(Rule(edge, edge, (), virtual=True))
    return rules


# ---- tables without rules ----------------------------------------------------------

def whitespace_grid(ink: np.ndarray, em: float) -> Grid:
    """A grid from whitespace. Pieces are runs of ink on one text line with no gap as wide as a
    glyph; columns are the x-ranges where many pieces lie, between gaps they share; rows are
    centred on the lines of the data columns (the columns with the most pieces: a label wrapped
    onto two lines, or one label beside several rows, must not join or split rows); a cell is
    the pieces of one row and column, a label's wrapped lines together."""
    gap_y, gap_x = max(2, int(em * 0.25)), max(4, int(em * 0.9))
    pieces = []
    for top, bottom in _runs(np.asarray(ink.any(axis=1)), gap_y):
        for x0, x1 in _runs(np.asarray(ink[top:bottom].any(axis=0)), gap_x):
            for t, b in _runs(np.asarray(ink[top:bottom, x0:x1].any(axis=1)), gap_y):  # a band may hold several lines
                line = ink[top + t : top + b, x0:x1]
                for a, c in _words(line, gap_x, max(2, int(em * 0.35))):
                    pieces.append(_Piece(x0 + a, x0 + c, top + t, top + b))
    if not pieces:
        return Grid(False, ((0, ink.shape[1]),), (), ())
    columns = _columns([(p.x0, p.x1) for p in pieces], ink.shape[1])
    for p in pieces:
        p.cols = [j for j, (a, b) in enumerate(columns) if a < p.x1 and p.x0 < b] or [0]
    rows, data = _rows(pieces, len(columns), ink.shape[0], em)
    groups: list[tuple[int, list[_Piece]]] = []  # (row, pieces of one cell)
    for p in sorted(pieces, key=lambda p: (p.top, p.x0)):
        row = next(i for i, (a, b) in enumerate(rows) if a <= p.centre < b)
        # a label's next line: in this row, below and overlapping a piece outside the data columns
        wrapped = next((members for r, members in groups if r == row and not set(p.cols) <= data
                        and any(m.bottom <= p.top and m.x0 < p.x1 and p.x0 < m.x1 for m in members)), None)
        if wrapped is not None:
            wrapped.append(p)
        else:
            groups.append((row, [p]))
    cells = []
    for row, members in groups:
        first, last = min(c for p in members for c in p.cols), max(c for p in members for c in p.cols)
        cells.append(GridCell(row, first, 1, last - first + 1, min(p.x0 for p in members), max(p.x1 for p in members),
                              min(p.top for p in members), max(p.bottom for p in members)))
    cells.sort(key=lambda c: (c.row, c.col, c.x0))
    return Grid(False, tuple(columns), tuple(rows), tuple(cells))


def _words(line: np.ndarray, gap: int, small_gap: int) -> list[tuple[int, int]]:
    """Runs of a text line apart by `gap`, or by `small_gap` where low glyphs (digits) meet tall
    ones (Chinese): a label and its number stand closer than a glyph's width in a table without
    rules."""
    runs = _runs(np.asarray(line.any(axis=0)), small_gap)
    if len(runs) < 2:
        return runs
    heights = [int(line[:, a:b].any(axis=1).sum()) for a, b in runs]
    low = [h <= 0.85 * max(heights) for h in heights]
    out = [runs[0]]
    for k in range(1, len(runs)):
        (a, b), (c, d) = out[-1], runs[k]
        if c - b < gap and low[k] == low[k - 1]:
            out[-1] = (a, d)
        else:
            out.append((c, d))
    return out


class _Piece:
    __slots__ = ("bottom", "cols", "top", "x0", "x1")

    def __init__(self, x0: int, x1: int, top: int, bottom: int) -> None:
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.cols: list[int] = []

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


def _rows(pieces: list[_Piece], n_cols: int, height: int, em: float) -> tuple[list[tuple[int, int]], set[int]]:
    """Row intervals, split halfway between the lines of the data columns (those with nearly as
    many one-column pieces as the busiest), and the data columns."""
    per_col = [0] * n_cols
    for p in pieces:
        if len(p.cols) == 1:
            per_col[p.cols[0]] += 1
    most = max(per_col) or 1
    data = {j for j, n in enumerate(per_col) if n >= 0.8 * most}
    centres = sorted(p.centre for p in pieces if len(p.cols) == 1 and p.cols[0] in data)
    lines: list[list[float]] = []
    for c in centres:
        if lines and c - lines[-1][-1] <= 0.5 * em:
            lines[-1].append(c)
        else:
            lines.append([c])
    mids = [sum(line) / len(line) for line in lines]
    cuts = [0] + [int((a + b) / 2) for a, b in pairwise(mids)] + [height + 1]
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)], data


def _runs(profile: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """Runs of True in a 1-D profile, joined across gaps shorter than min_gap; end exclusive."""
    idx = np.flatnonzero(profile)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > min_gap)
    return [(int(p[0]), int(p[-1]) + 1) for p in np.split(idx, breaks + 1)]


def _columns(pieces: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Column x-ranges: where pieces overlap in at least a fifth as many as the busiest place
    (spanning headers and long labels are too few to bridge a gap the other rows share)."""
    count = np.zeros(width + 1, dtype=np.int32)
    for x0, x1 in pieces:
        count[x0] += 1
        count[x1] -= 1
    cover = np.cumsum(count)[:width]
    busy = cover >= max(1, int(cover.max()) // 5)
    return _runs(busy, min_gap=1) or [(0, width)]
