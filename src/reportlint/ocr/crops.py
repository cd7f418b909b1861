"""From a grid cell to what an engine reads: the cell's ink without rules, cut into text lines.

Besides the pixels, a crop carries what OCR can be checked against: how many separate glyphs
stand in a one-line cell (a digit dropped or doubled shows up) and whether the cell is sharp
enough to be read at all (a blurred cell is left unread, never guessed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reportlint.ocr.grid import GridCell, _runs

MIN_INK = 4  # fewer ink pixels than this is a speck, not text
FAINT = 215  # grey this dark in a cell without ink is a mark too faint to read, not paper
DIGIT_WIDTH = 0.42  # the narrowest a digit other than 1 is, in line heights (so a run this wide may hold two)
SHARP = 0.35  # least edge steepness (share of the ink contrast crossed in one pixel) to read


@dataclass(frozen=True)
class Crop:
    """One cell's ink as an engine reads it (its text lines), with what a reading is checked against."""

    lines: tuple[np.ndarray, ...]  # grey pixels of each text line, rules erased, tight
    x0: int  # the ink box in image pixels
    x1: int
    top: int
    bottom: int
    glyphs: int  # separate ink runs along x (one-line cells)
    room: int  # the most characters those runs can hold, by their widths
    words: int  # runs separated by a gap wider than half a line height (one-line cells)
    sharpness: float
    touches_border: bool  # ink up to the cell's rule: a glyph may be cut off

    @property
    def one_line(self) -> bool:
        return len(self.lines) == 1

    @property
    def height(self) -> int:
        return max((line.shape[0] for line in self.lines), default=0)


def cut(gray: np.ndarray, ink: np.ndarray, rule_mask: np.ndarray, cell: GridCell, em: float,
        inset: int = 1) -> Crop | None:
    """The cell's crop, or None when it holds no ink (a blank cell). `inset` keeps clear of the
    cell's rules (0 for a cell of a table without rules: its box is its ink)."""
    x0, x1, top, bottom = cell.x0 + inset, cell.x1 - inset, cell.top + inset, cell.bottom - inset
    if x1 - x0 < 2 or bottom - top < 2:
        return None
    mine = ink[top:bottom, x0:x1] & ~rule_mask[top:bottom, x0:x1]
    if int(mine.sum()) < MIN_INK:
        return _faint(gray[top:bottom, x0:x1], rule_mask[top:bottom, x0:x1], x0, top)
    ys, xs = np.nonzero(mine)
    ty0, ty1, tx0, tx1 = int(ys.min()), int(ys.max()) + 1, int(xs.min()), int(xs.max()) + 1
    grey = gray[top:bottom, x0:x1].copy()
    grey[rule_mask[top:bottom, x0:x1]] = 255
    grey, mine = grey[ty0:ty1, tx0:tx1], mine[ty0:ty1, tx0:tx1]
    bands = _line_bands(mine, em)
    lines = tuple(_tight(grey[a:b], mine[a:b]) for a, b in bands)
    glyph_runs = _runs(mine.any(axis=0), min_gap=1)
    # how many characters each glyph run can hold (touching digits in a small or JPEG image)
    room = sum(max(1, int((b - a) / (DIGIT_WIDTH * (ty1 - ty0)))) for a, b in glyph_runs)
    word_runs = _runs(mine.any(axis=0), min_gap=max(3, int(em * 0.5)))
    edge = inset > 0 and (tx0 == 0 or ty0 == 0 or tx1 == x1 - x0 or ty1 == bottom - top)
    return Crop(lines, x0 + tx0, x0 + tx1, top + ty0, top + ty1, len(glyph_runs), room, len(word_runs),
                sharpness(grey, mine), edge)


def _faint(grey: np.ndarray, rules: np.ndarray, x0: int, top: int) -> Crop | None:
    """None for a clean blank cell; for marks too faint to count as ink (a blurred or washed-out
    cell), an unreadable crop: such a cell is unread, never blank."""
    marks = (grey < FAINT) & ~rules
    if int(marks.sum()) < 2 * MIN_INK:
        return None
    ys, xs = np.nonzero(marks)
    return Crop((), x0 + int(xs.min()), x0 + int(xs.max()) + 1, top + int(ys.min()), top + int(ys.max()) + 1,
                0, 0, 0, 0.0, False)


def _line_bands(mine: np.ndarray, em: float) -> list[tuple[int, int]]:
    """Text lines of a cell: bands of the horizontal profile, thin bits (dots, stroke ends) kept
    with their neighbour."""
    bands = _runs(np.asarray(mine.any(axis=1)), min_gap=max(1, int(em * 0.12)))
    out: list[tuple[int, int]] = []
    for a, b in bands:
        if out and (b - a < em * 0.45 or out[-1][1] - out[-1][0] < em * 0.45):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _tight(grey: np.ndarray, mine: np.ndarray) -> np.ndarray:
    xs = np.flatnonzero(mine.any(axis=0))
    return grey[:, xs[0] : xs[-1] + 1] if xs.size else grey


def sharpness(grey: np.ndarray, mine: np.ndarray) -> float:
    """How steep the ink's edges are: the strongest neighbour-pixel steps, as a share of the
    contrast between ink and paper. Crisp text is near 1; blurred text well under a half."""
    g = grey.astype(np.int16)
    steps = np.concatenate([np.abs(np.diff(g, axis=0)).ravel(), np.abs(np.diff(g, axis=1)).ravel()])
    if steps.size == 0 or not mine.any():
        return 0.0
    ink_level = float(np.percentile(g[mine], 10))
    paper = float(np.percentile(g, 95))
    contrast = max(paper - ink_level, 1.0)
    top = float(np.percentile(steps, 99))
    return top / contrast
