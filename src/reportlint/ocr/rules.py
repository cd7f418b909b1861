"""Ruling lines of a table image: long straight runs of ink, horizontal and vertical.

A run counts as a rule when it is much longer than a glyph is wide (so strokes of 一 or 丨 are
not rules) and, if it is short, when it meets a rule of the other direction at both ends (cell
borders do; text strokes stand in the padding, clear of the borders).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Rule:
    """One ruling line: its position across (lo..hi pixels thick) and its drawn segments along."""

    lo: int
    hi: int  # inclusive
    segments: tuple[tuple[int, int], ...]  # (start, end) along the line, end exclusive
    virtual: bool = False  # an edge added where a table has no frame

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def covers(self, start: float, end: float) -> float:
        """The share of [start, end) drawn by this line."""
        if end <= start:
            return 0.0
        if self.virtual:
            return 1.0
        drawn = sum(max(0.0, min(end, b) - max(start, a)) for a, b in self.segments)
        return drawn / (end - start)


def long_runs(mask: np.ndarray, k: int) -> np.ndarray:
    """The pixels of `mask` that belong to a horizontal run of at least k pixels."""
    h, w = mask.shape
    if k > w:
        return np.zeros_like(mask)
    c = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, dtype=np.int32, out=c[:, 1:])
    starts = (c[:, k:] - c[:, :-k]) == k  # a full run begins at x (w - k + 1 positions)
    s = np.zeros((h, starts.shape[1] + 1), dtype=np.int32)
    np.cumsum(starts, axis=1, dtype=np.int32, out=s[:, 1:])
    x = np.arange(w)
    hi = np.minimum(x + 1, starts.shape[1])
    lo = np.clip(x - k + 1, 0, starts.shape[1])
    return (s[:, hi] - s[:, lo]) > 0


def _group(opened: np.ndarray) -> list[Rule]:
    """Rows of `opened` holding run pixels, adjacent rows joined into one line each."""
    rows = np.flatnonzero(opened.any(axis=1))
    if rows.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(rows) > 1)
    out = []
    for part in np.split(rows, breaks + 1):
        lo, hi = int(part[0]), int(part[-1])
        cols = np.asarray(opened[lo : hi + 1].any(axis=0))
        out.append(Rule(lo, hi, _segments(cols)))
    return out


def _segments(cols: np.ndarray, gap: int = 2) -> tuple[tuple[int, int], ...]:
    idx = np.flatnonzero(cols)
    if idx.size == 0:
        return ()
    breaks = np.flatnonzero(np.diff(idx) > gap)
    return tuple((int(p[0]), int(p[-1]) + 1) for p in np.split(idx, breaks + 1))


def text_height(ink: np.ndarray) -> float:
    """The usual height of a line of text (the median ink band of the horizontal profile)."""
    rows = ink.sum(axis=1) >= 2  # a stray pixel is no text
    idx = np.flatnonzero(rows)
    if idx.size == 0:
        return 12.0
    breaks = np.flatnonzero(np.diff(idx) > 1)
    heights = [len(p) for p in np.split(idx, breaks + 1)]
    heights = [h for h in heights if h >= 4] or heights
    return float(np.median(heights))


STROKE = 0.025  # no stroke of a table's text is longer than this share of the image's longer side


@dataclass(frozen=True)
class Rules:
    """The ruling lines of a table image, the pixels they cover, and its text-line height."""

    horizontal: tuple[Rule, ...]
    vertical: tuple[Rule, ...]
    mask: np.ndarray  # every rule pixel, to erase rules from cell crops
    em: float  # text line height in pixels


def find_rules(ink: np.ndarray, lines: np.ndarray | None = None) -> Rules:
    """The ruling lines among `lines` (ink, and marks too light to be text: faint grey rules;
    `ink` when not given), and the text-line height measured on `ink` without them."""
    # light marks filled in two directions are shading, not lines
    lines = ink if lines is None else (lines & ~(long_runs(lines, 5) & long_runs(lines.T, 5).T)) | ink
    h, w = ink.shape
    # Definite rules first: runs far longer than any text, and runs longer than any stroke of text
    # of this image's size (the borders of cells drawn as separate boxes are short), so the text
    # height can be measured on what is left.
    stroke = max(12, int(STROKE * max(h, w)))
    long_lines = (long_runs(lines, max(40, w // 8)) | long_runs(lines.T, max(40, h // 8)).T
                  | long_runs(ink, stroke) | long_runs(ink.T, stroke).T)
    em = text_height(ink & ~_near(_near(long_lines)))  # a JPEG line's grey fringe is no text
    k_h = max(12, int(2.2 * em))
    k_v = max(8, int(1.2 * em))
    hor = _group(long_runs(lines, k_h))
    ver = _group(long_runs(lines.T, k_v))  # rows of the transpose: x positions, segments along y
    hor, ver = _anchored(hor, ver, 3 * em), _anchored(ver, hor, 3 * em)
    mask = np.zeros_like(ink)
    for r in hor:
        for a, b in r.segments:
            mask[max(r.lo - 1, 0) : r.hi + 2, a:b] = True
    for r in ver:
        for a, b in r.segments:
            mask[a:b, max(r.lo - 1, 0) : r.hi + 2] = True
    return Rules(tuple(hor), tuple(ver), mask & _near(lines), em)


def grow(ink: np.ndarray, pixels: int) -> np.ndarray:
    """Ink grown by `pixels` (a diamond)."""
    for _ in range(pixels):
        ink = _near(ink)
    return ink


def _near(ink: np.ndarray) -> np.ndarray:
    """Ink grown by one pixel: the grey fringe of a line in a JPEG sits just beside it."""
    grown = ink.copy()
    grown[1:] |= ink[:-1]
    grown[:-1] |= ink[1:]
    grown[:, 1:] |= ink[:, :-1]
    grown[:, :-1] |= ink[:, 1:]
    return grown


def _anchored(rules: list[Rule], across: list[Rule], long_enough: float) -> list[Rule]:
    """Each rule with only its segments that are long or end on rules of the other direction."""
    out = []
    for rule in rules:
        ends = [r for r in across if _passes(r, rule)]
        kept = tuple((a, b) for a, b in rule.segments if b - a >= long_enough or _ends_on(a, b, ends))
        if kept:
            out.append(Rule(rule.lo, rule.hi, kept))
    return out


def _passes(other: Rule, rule: Rule) -> bool:
    """Does `other` (a rule of the other direction) reach across `rule`'s position?"""
    return any(a - 3 <= rule.hi and rule.lo <= b + 3 for a, b in other.segments)


def _ends_on(a: int, b: int, across: list[Rule]) -> bool:
    start = any(r.lo - 3 <= a <= r.hi + 3 for r in across)
    end = any(r.lo - 3 <= b - 1 <= r.hi + 3 for r in across)
    return start and end
