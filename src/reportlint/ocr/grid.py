"""The grid of a table image: from its ruling lines (with merged cells as spans), or from
whitespace when it has none (text-line bands and the column gaps most of them share)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reportlint.ocr.rules import Rule, Rules

COVER = 0.6  # a border between two grid cells is drawn when a rule covers this share of it


@dataclass(frozen=True)
class GridCell:
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
    """Rows are bands of text lines; a cell is a run of ink in a band with no gap as wide as a
    glyph; columns are the x-ranges where most bands have ink, between gaps they share."""
    bands = _runs(ink.any(axis=1), min_gap=max(2, int(em * 0.25)))
    pieces: list[tuple[int, int, int, int]] = []  # (band, x0, x1, top/bottom via band)
    for k, (top, bottom) in enumerate(bands):
        for x0, x1 in _runs(ink[top:bottom].any(axis=0), min_gap=max(4, int(em * 0.9))):
            pieces.append((k, x0, x1, 0))
    columns = _columns([(x0, x1) for _, x0, x1, _ in pieces], ink.shape[1], len(bands))
    cells = []
    for k, x0, x1, _ in pieces:
        top, bottom = bands[k]
        cols = [j for j, (a, b) in enumerate(columns) if a < x1 and x0 < b] or [0]
        cells.append(GridCell(k, cols[0], 1, cols[-1] - cols[0] + 1, x0, x1, top, bottom))
    return Grid(False, tuple(columns), tuple(bands), tuple(cells))


def _runs(profile: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """Runs of True in a 1-D profile, joined across gaps shorter than min_gap; end exclusive."""
    idx = np.flatnonzero(profile)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > min_gap)
    return [(int(p[0]), int(p[-1]) + 1) for p in np.split(idx, breaks + 1)]


def _columns(pieces: list[tuple[int, int]], width: int, n_bands: int) -> list[tuple[int, int]]:
    """Column x-ranges: where pieces overlap in at least a fifth of the bands (spanning headers
    and long labels are too few to bridge a gap the other rows share)."""
    count = np.zeros(width + 1, dtype=np.int32)
    for x0, x1 in pieces:
        count[x0] += 1
        count[x1] -= 1
    cover = np.cumsum(count)[:width]
    busy = cover >= max(1, n_bands // 5)
    return _runs(busy, min_gap=1) or [(0, width)]
