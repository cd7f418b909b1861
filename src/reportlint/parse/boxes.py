"""Tables drawn with rules: box-drawing characters (w3m's `│ ─ ┼`, `+---+ |` grid tables) and
the dashed rules of pandoc's plain text tables (`------- -----`).

A text browser draws each cell as a box; a cell's text may wrap over several
lines and a merged cell spans several boxes. The drawing is read as a grid of
display columns (East Asian wide characters take two, `unicodedata.
east_asian_width`), the walls are the box characters, and each cell is one
connected region between walls: its text is its lines joined, its span the
lines and columns it covers. Regions that start on the same line make a row
(a region coming down from a row above lends its text as a label, as a
rowspan does in HTML); each row comes back as a tab-separated `Line` with
every cell at the line and column of its text in the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from reportlint.parse.lines import Line

VERTICAL = "│┃║┆┇┊┋|╎╏"
BOX = re.compile(r"[\u2500-\u257f]")
ASCII_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
MAX_BLOCK_LINES = 3000
MAX_DASH_COLUMNS = 60  # a dashed rule of more columns is not a statistics table
MIN_BLOCK_LINES = 3  # a drawn table has a top rule, a row and a bottom rule at least
MAX_WIDTH = 1000


@dataclass
class _Region:
    """One cell of a drawing: the lines and display columns it spans, and its characters."""

    top: int  # line index in the block
    bottom: int
    left: int  # display column
    right: int
    parts: dict[int, list[tuple[int, str]]]  # line -> [(code point index, char)]

    def text(self) -> str:
        lines = []
        for no in sorted(self.parts):
            chars = sorted(self.parts[no])
            lines.append("".join(ch for _, ch in chars).strip())
        return _join([t for t in lines if t])

    def start(self) -> tuple[int, int] | None:
        """(line, code point index) of the first character of its text."""
        for no in sorted(self.parts):
            for idx, ch in sorted(self.parts[no]):
                if not ch.isspace():
                    return no, idx
        return None


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1].isascii() and part[0].isascii() and out[-1].isalnum() and part[0].isalnum():
            out += " "
        out += part
    return out


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _is_box_line(line: str) -> bool:
    return BOX.search(line) is not None or ASCII_RULE.match(line) is not None or (
        line.lstrip().startswith("|") and line.rstrip().endswith("|"))


def box_tables(folded: str, original: str) -> tuple[str, list[Line]]:
    """The text with each box-drawn table blanked, and the tables' rows as lines at their places."""
    if BOX.search(folded) is None and "+-" not in folded:
        return folded, []
    lines = folded.split("\n")
    orig_lines = original.split("\n")
    out_lines: list[Line] = []
    blank: set[int] = set()
    i = 0
    while i < len(lines):
        if not (BOX.search(lines[i]) or ASCII_RULE.match(lines[i])):
            i += 1
            continue
        j = i
        while j < len(lines) and j - i < MAX_BLOCK_LINES and _is_box_line(lines[j]):
            j += 1
        block = lines[i:j]
        drawn = j - i >= MIN_BLOCK_LINES and any(ch in VERTICAL for line in block for ch in line)
        rows = _read_block(block, orig_lines[i:j], i) if drawn else []
        if rows:
            out_lines.extend(rows)
            blank.update(range(i, j))
        i = max(j, i + 1)
    if not blank:
        return folded, []
    kept = [re.sub(r"[^\n]", " ", line) if k in blank else line for k, line in enumerate(lines)]
    return "\n".join(kept), out_lines


def _read_block(lines: list[str], originals: list[str], first: int) -> list[Line]:
    """The rows of one box-drawn block (first: the index of its first line in the file)."""
    grid, walls = _display_grid(lines, originals)
    if grid is None or walls is None:
        return []
    regions = _regions(grid, walls)
    if len(regions) < 2:
        return []
    return _rows(regions, first)


Grid = list[list[tuple[int, str] | None]]  # display cells: (code point index, char), None right of a wide char
Walls = list[list[bool]]


def _display_grid(lines: list[str], originals: list[str]) -> tuple[Grid, Walls] | tuple[None, None]:
    """Each line as display cells: (code point index, char) or None for the right half of a wide char."""
    grid: Grid = []
    walls: Walls = []
    for line, orig in zip(lines, originals, strict=False):
        row: list[tuple[int, str] | None] = []
        wall: list[bool] = []
        rule = ASCII_RULE.match(line) is not None
        for idx, ch in enumerate(line):
            w = _width(orig[idx]) if idx < len(orig) else 1
            is_wall = rule or ch in VERTICAL or BOX.match(ch) is not None
            row.append((idx, ch))
            wall.append(is_wall)
            for _ in range(w - 1):
                row.append(None)
                wall.append(is_wall)
            if len(row) > MAX_WIDTH:
                return None, None
        grid.append(row)
        walls.append(wall)
    return grid, walls


def _regions(grid: Grid, walls: Walls) -> list[_Region]:
    seen: set[tuple[int, int]] = set()
    out = []
    for y, row in enumerate(grid):
        for x in range(len(row)):
            if walls[y][x] or (y, x) in seen:
                continue
            region = _fill(grid, walls, y, x, seen)
            if region.parts:
                out.append(region)
    return out


def _fill(grid: Grid, walls: Walls, y0: int, x0: int, seen: set[tuple[int, int]]) -> _Region:
    region = _Region(y0, y0, x0, x0, {})
    stack = [(y0, x0)]
    seen.add((y0, x0))
    while stack:
        y, x = stack.pop()
        region.top, region.bottom = min(region.top, y), max(region.bottom, y)
        region.left, region.right = min(region.left, x), max(region.right, x)
        cell = grid[y][x]
        if cell is not None:
            region.parts.setdefault(y, []).append(cell)
        for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
            if 0 <= ny < len(grid) and 0 <= nx < len(grid[ny]) and not walls[ny][nx] and (ny, nx) not in seen:
                seen.add((ny, nx))
                stack.append((ny, nx))
    return region


def _rows(regions: list[_Region], first: int) -> list[Line]:
    """Regions grouped by the line they start on; a region above that spans down lends its label."""
    by_top: dict[int, list[_Region]] = {}
    for r in regions:
        by_top.setdefault(r.top, []).append(r)
    from reportlint.parse.html import block_lines
    from reportlint.sources.html import Block, Pos

    blocks, tops = [], []
    for top in sorted(by_top):
        own = by_top[top]
        above = [r for r in regions if r.top < top <= r.bottom and r.text() and not _is_value(r.text())]
        cells = []
        for r in sorted([*above, *own], key=lambda r: r.left):
            line, idx = r.start() or (r.top, min(r.parts[r.top])[0] if r.top in r.parts else 0)
            cells.append((r.text(), Pos(first + line + 1, idx + 1)))
        blocks.append(Block("row" if len(cells) > 1 else "text", tuple(cells)))
        tops.append(first + top + 1)
    # each row at the line it starts on (its first cell may come down from a row above)
    return [Line(no, line.kind, line.cells, line.md_level, line.exact)
            for no, line in zip(tops, block_lines(blocks), strict=True)]


DASH_RULE = re.compile(r"^\s*-{3,}(?:[ ]+-{3,})+\s*$")


def dash_tables(folded: str, original: str) -> tuple[str, list[Line]]:
    """Tables whose columns a rule of dashes spans (pandoc's plain writer): each cell is the text
    under its run of dashes, in display columns; a table whose rows are set apart by empty lines
    has cells wrapped over several lines."""
    if "---" not in folded:
        return folded, []
    lines = folded.split("\n")
    orig = original.split("\n")
    out: list[Line] = []
    blank: set[int] = set()
    i = 0
    while i < len(lines):
        if not DASH_RULE.match(lines[i]):
            i += 1
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(r"-+", _display(lines[i], orig[i])[1])]
        if len(spans) > MAX_DASH_COLUMNS or spans[-1][1] > MAX_WIDTH:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i < MAX_BLOCK_LINES and not DASH_RULE.match(lines[j]):
            j += 1
        if j >= len(lines) or j == i + 1:
            i += 1
            continue
        out.extend(_dash_rows(lines, orig, i + 1, j, spans))
        blank.update(range(i, j + 1))
        i = j + 1
    if not blank:
        return folded, []
    kept = [re.sub(r"[^\n]", " ", line) if k in blank else line for k, line in enumerate(lines)]
    return "\n".join(kept), out


def _display(line: str, orig: str) -> tuple[list[int], str]:
    """Each code point's display column, and the line drawn in display columns (wide chars twice)."""
    cols, drawn, x = [], [], 0
    for idx, ch in enumerate(line):
        w = _width(orig[idx]) if idx < len(orig) else 1
        cols.append(x)
        drawn.append(ch * w if ch == "-" else ch + " " * (w - 1))
        x += w
    return cols, "".join(drawn)


@dataclass
class _Gathered:
    """The characters under one dashed column, and where its first one is."""

    texts: list[tuple[int, int, str]] = field(default_factory=list)  # (line, index, char)
    first: tuple[int, int] | None = None


def _dash_rows(lines: list[str], orig: list[str], start: int, end: int, spans: list[tuple[int, int]]) -> list[Line]:
    from reportlint.parse.html import block_lines
    from reportlint.sources.html import Block, Pos

    chunks: list[list[int]] = [[]]
    multiline = any(not lines[k].strip() for k in range(start, end))
    for k in range(start, end):
        if not lines[k].strip():
            chunks.append([])
        else:
            chunks[-1].append(k) if multiline or not chunks[-1] else chunks.append([k])
    blocks, tops = [], []
    for chunk in (c for c in chunks if c):
        cells = [_Gathered() for _ in spans]
        for k in chunk:
            cols, _ = _display(lines[k], orig[k])
            for idx, ch in enumerate(lines[k]):
                if ch.isspace():
                    continue
                at = next((n for n, (a, b) in enumerate(spans) if a <= cols[idx] < b + 1), None)
                if at is None:
                    continue
                cell = cells[at]
                if cell.first is None:
                    cell.first = (k, idx)
                if cell.texts and cell.texts[-1][0] == k and cell.texts[-1][1] != idx - 1:
                    cell.texts.append((k, idx, " "))
                cell.texts.append((k, idx, ch))
        row = []
        for texts, first in ((c.texts, c.first) for c in cells):
            text = _join(["".join(ch for kk, _i, ch in texts if kk == k).strip() for k in chunk])
            where = first or (chunk[0], 0)
            row.append((text, Pos(where[0] + 1, where[1] + 1)))
        filled = [(t, p) for t, p in row if t]
        if not filled:
            continue
        blocks.append(Block("row", tuple(row)))  # (a label and empty cells is a row: the rule says where cells are)
        tops.append(chunk[0] + 1)
    return [Line(no, line.kind, line.cells, line.md_level)  # (a dashed rule pads merged cells)
            for no, line in zip(tops, block_lines(blocks, exact=False), strict=True)]


def _is_value(text: str) -> bool:
    return re.fullmatch(r"[-−]?\d[\d,]*(?:\.\d+)?|[-—/]+", text.strip()) is not None
