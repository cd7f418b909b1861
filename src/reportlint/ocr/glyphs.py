"""The digit-shape look: a number cell read by drawing the digits of a known font over it.

Tesseract reads small digits (7-9 px) badly and sometimes confidently wrong (218 as 214). This
look is independent of it: the shapes of 0-9 and the decimal point in a few open fonts
(fonts/digits.npz) are shrunk to the size of the table's digits at every quarter-pixel offset, and
a number cell is explained as a row of those shapes. Digits of a font share one advance (tabular
figures), so a number is a chain of equal steps, found by dynamic programming over pen positions.
A reading counts only when the drawing fits the ink closely and every other number one character
away (a digit changed, added or dropped) fits clearly worse. The font, its size and the digit
pitch are fitted once per table; a table whose digits fit no font gets no shape look at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import numpy as np
from PIL import Image

Q = 4  # pen positions per pixel, both ways
ALPHABET = "0123456789.-"
DOT, MINUS = ALPHABET.index("."), ALPHABET.index("-")
NUMBER = re.compile(r"-?\d+(\.\d+)?")
MARGIN = 2  # pixels of white around a shrunk glyph


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per font, cached
class Font:
    """The shapes and advances of ALPHABET in one font (fonts/digits.npz), drawn at `em` pixels to the em."""

    name: str
    shapes: np.ndarray  # (ALPHABET, H, W) coverage 0..255, pen at (pad, base), `em` pixels to the em
    advances: np.ndarray  # (ALPHABET,) in those pixels
    em: int
    pad: int
    base: int
    top: int  # the highest and lowest ink rows of the digits
    bottom: int

    @property
    def digit_height(self) -> float:
        """Digit ink height as a share of the em."""
        return (self.bottom - self.top) / self.em


@lru_cache(maxsize=1)
def fonts() -> tuple[Font, ...]:
    with files("reportlint.ocr").joinpath("fonts", "digits.npz").open("rb") as fh:
        data = dict(np.load(fh))
    chars = "".join(str(c) for c in data["chars"])
    pick = [chars.index(ch) for ch in ALPHABET]
    em, pad, base = int(data["em"]), int(data["pad"]), int(data["base"])
    out = []
    for name in sorted({k.split(":")[0] for k in data if ":" in k}):
        shapes = data[f"{name}:shapes"][pick]
        rows = np.flatnonzero(shapes[:DOT].max(axis=(0, 2)) > 127)
        out.append(Font(name, shapes, data[f"{name}:advances"][pick].astype(np.float64), em, pad, base,
                        int(rows[0]), int(rows[-1]) + 1))
    return tuple(out)


@dataclass(frozen=True, eq=False)
class Drawn:
    """One font shrunk to one size, every character at every quarter-pixel phase.

    `bank[c, qy, qx]` is character c's coverage (0..1, flattened gh × gw) with its pen at
    (ox + qx/Q, oy + qy/Q) inside the glyph box."""

    font: Font
    size: float  # pixels to the em
    bank: np.ndarray  # (C, Q, Q, gh*gw) float32
    energy: np.ndarray  # (C, Q, Q): <G, G>
    box: tuple[int, int]  # gh, gw
    ox: int
    oy: int

    @property
    def unit(self) -> float:
        """The ink of an average digit (<G, G>), the unit scores are given in."""
        return float(self.energy[:DOT, 0, 0].mean())

    @property
    def natural_pitch(self) -> float:
        return float(self.font.advances[0]) * self.size / self.font.em


@dataclass(frozen=True)
class Face:
    """A drawn font with its digits `pitch` pixels apart: `steps[c]` is character c's advance in
    quarter pixels (browsers and office programs round the advance to whole pixels before an
    image is scaled, so the pitch is measured, not taken from the font)."""

    drawn: Drawn
    pitch: float
    steps: tuple[int, ...]

    @property
    def font(self) -> Font:
        return self.drawn.font

    @property
    def size(self) -> float:
        return self.drawn.size


def face(font: Font, size: float, pitch: float | None = None) -> Face:
    dr = drawn(font, size)
    pitch = pitch or dr.natural_pitch
    ratio = pitch / dr.natural_pitch
    steps = tuple(max(1, round(float(a) * size / font.em * ratio * Q)) for a in font.advances)
    return Face(dr, pitch, steps)


@lru_cache(maxsize=128)
def drawn(font: Font, size: float) -> Drawn:
    k = size / font.em
    ox, oy = MARGIN, MARGIN + int(np.ceil((font.base - font.top) * k))
    gw = int(np.ceil(font.advances.max() * k)) + 2 * MARGIN + 1
    gh = oy + int(np.ceil(max((font.bottom - font.base) * k, 0))) + MARGIN + 1
    extra = max(0, int(np.ceil((MARGIN + 3) / k)) + 2 - font.pad)  # room to shrink from at tiny sizes
    # each shape at Q times the target resolution, by area; a phase is then a mean of Q×Q blocks
    # started q fine pixels earlier (the pen moved q/Q pixel on)
    x0 = font.pad + extra - (ox + 1) / k
    y0 = font.base + extra - (oy + 1) / k
    box = (x0, y0, x0 + (gw + 1) / k, y0 + (gh + 1) / k)
    fine = np.stack([np.asarray(Image.fromarray(np.pad(shape, extra) if extra else shape).resize(
        ((gw + 1) * Q, (gh + 1) * Q), Image.Resampling.BOX, box=box), dtype=np.float32)
        for shape in font.shapes]) / 255.0
    # block sums from the integral image: rows Q - qy + i*Q .. + Q, likewise columns
    sums = np.zeros((fine.shape[0], fine.shape[1] + 1, fine.shape[2] + 1), dtype=np.float64)
    sums[:, 1:, 1:] = fine.cumsum(axis=1).cumsum(axis=2)
    bank = np.empty((len(ALPHABET), Q, Q, gh * gw), dtype=np.float32)
    for qy in range(Q):
        ys = Q - qy + Q * np.arange(gh)
        for qx in range(Q):
            xs = Q - qx + Q * np.arange(gw)
            block = (sums[:, ys + Q][:, :, xs + Q] - sums[:, ys][:, :, xs + Q]
                     - sums[:, ys + Q][:, :, xs] + sums[:, ys][:, :, xs])
            bank[:, qy, qx] = (block / (Q * Q)).reshape(-1, gh * gw)
    return Drawn(font, size, bank, (bank * bank).sum(axis=3), (gh, gw), ox, oy)


# ---- one cell ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ShapeReading:
    """What the shape look made of one cell: the number drawn best, and by how much it beats the others."""

    text: str  # the best number ("" when the ink is no number of this font)
    fit: float  # the share of the region's ink energy the drawing explains (1 = drawn exactly)
    margin: float  # how much less the best other number explains, in digits' worth of ink
    rival: str  # that number (its sign aside)
    sign: float = 1.0  # how much less the number with the other sign explains, in minus signs of ink


@dataclass(frozen=True)
class Gains:
    """gain[c, yq, xq] of one region for one drawn font, with the best digit at each position."""

    g: np.ndarray
    digit: np.ndarray  # (yq, xq) the best digit's gain
    which: np.ndarray  # and which digit


def gains(region: np.ndarray, fc: Drawn, baseline: tuple[float, float]) -> Gains:
    """gain[c, yq, xq]: how much better the region is explained by character c with its pen at
    quarter position (xq, yq) than by paper: 2<D, G> - <G, G> over the glyph's box. Only rows
    that put the baseline within `baseline` (region rows, lowest and highest) are tried."""
    h, w = region.shape
    gh, gw = fc.box
    pad = np.zeros((h + 2 * gh, w + 2 * gw), dtype=np.float32)
    pad[gh : gh + h, gw : gw + w] = region
    windows = np.lib.stride_tricks.sliding_window_view(pad, (gh, gw))
    # the window at pad row i puts the pen on region row i - gh + oy (+ qy/Q)
    i0 = max(0, int(np.floor(baseline[0])) + gh - fc.oy - 1)
    i1 = min(windows.shape[0], int(np.ceil(baseline[1])) + gh - fc.oy + 1)
    ny, nx = i1 - i0, windows.shape[1]
    flat = windows[i0:i1].reshape(ny * nx, gh * gw)
    n_c = fc.bank.shape[0]
    corr = _products(flat, fc.bank.reshape(n_c * Q * Q, gh * gw).T)  # (ny*nx, C*Q*Q)
    g = 2 * corr.reshape(ny, nx, n_c, Q, Q) - fc.energy[None, None]
    g = g.transpose(2, 0, 3, 1, 4).reshape(n_c, ny * Q, nx * Q)
    return Gains(g, g[:DOT].max(axis=0), g[:DOT].argmax(axis=0))


SERIAL = 200_000  # multiply-adds per product below which OpenBLAS stays on one thread


def _products(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a @ b in pieces small enough for BLAS to compute each on the calling thread: on a busy
    machine its worker threads made one cell's products take 30 ms instead of 0.3."""
    m, k = a.shape
    n = b.shape[1]
    out = np.empty((m, n), dtype=np.float32)
    rows = max(1, min(m, SERIAL // max(k, 1)))
    cols = max(1, SERIAL // max(rows * k, 1))
    for i in range(0, m, rows):
        for j in range(0, n, cols):
            np.matmul(a[i : i + rows], b[:, j : j + cols], out=out[i : i + rows, j : j + cols])
    return out


def best_number(gs: Gains, steps: Sequence[int]) -> tuple[float, list[int]]:
    """The chain of characters, each one advance after the last, that forms a number (digits, at
    most one point, between digits) with the largest total gain on one row: (score, chars).

    Dynamic programming over pen positions in blocks of one digit step: a digit moves the pen
    exactly one block on, so a whole block (every row, every offset) is one array operation.
    A font whose digits differ in advance (noto-serif-cjk's 1) takes the position-by-position way."""
    if len(set(steps[:DOT])) > 1:
        return _best_number_proportional(gs, steps)
    g = gs.g
    _, n_y, n_x = g.shape
    step, dot_step = steps[0], steps[DOT]
    blocks = -(-n_x // step) + 1
    size = blocks * step
    neg = np.float64(-1e18)
    digit = np.full((n_y, size), neg)  # the best digit at each pen position, and which
    digit[:, :n_x] = gs.digit
    which = np.zeros((n_y, size), dtype=np.int64)
    which[:, :n_x] = gs.which
    dot = np.full((n_y, size + step + dot_step), neg)
    dot[:, :n_x] = g[DOT]
    minus = _minus_before(g, steps[MINUS], size)  # the gain of a minus sign just before each pen
    # best score of a chain whose pen is now at p, by state: a = digits; b = digits and a point;
    # c = digits, a point, digits. A chain may start anywhere (score 0).
    a, b, c = (np.full((n_y, size + step + dot_step), neg) for _ in range(3))
    from_a = np.zeros((n_y, size + step + dot_step), dtype=bool)  # c's last digit followed b, not c
    a_started = np.zeros_like(from_a)
    for k in range(blocks):
        here = slice(k * step, (k + 1) * step)
        there = slice((k + 1) * step, (k + 2) * step)
        start = digit[:, here] + np.maximum(minus[:, here], 0)
        cont = a[:, here] + digit[:, here]
        a[:, there] = np.maximum(start, cont)
        a_started[:, there] = start >= cont
        c_b, c_c = b[:, here] + digit[:, here], c[:, here] + digit[:, here]
        c[:, there] = np.maximum(c_b, c_c)
        from_a[:, there] = c_b >= c_c
        lo = (k + 1) * step
        b[:, lo + dot_step : lo + step + dot_step] = a[:, there] + dot[:, there]
    ends = np.maximum(a, c)
    yq, end = np.unravel_index(int(np.argmax(ends)), ends.shape)
    if ends[yq, end] < 0 and ends[yq, end] <= neg / 2:
        return float(neg), []
    chars: list[int] = []
    state, p = ("a" if a[yq, end] >= c[yq, end] else "c"), int(end)
    while True:
        if state == "b":
            chars.append(DOT)
            p -= dot_step
            state = "a"
            continue
        p -= step
        chars.append(int(which[yq, p]))
        if state == "a":
            if a_started[yq, p + step]:
                if minus[yq, p] > 0:
                    chars.append(MINUS)
                break
        else:
            state = "b" if from_a[yq, p + step] else "c"
    return float(ends[yq, end]), chars[::-1]


def _best_number_proportional(gs: Gains, steps: Sequence[int]) -> tuple[float, list[int]]:
    """best_number for digits of several advances: one pen position at a time, every row at once."""
    g = gs.g
    _, n_y, n_x = g.shape
    size = n_x + max(steps) + 1
    neg = np.float64(-1e18)
    groups = [(step, np.array([c for c in range(DOT) if steps[c] == step])) for step in sorted(set(steps[:DOT]))]
    # states as in best_number; for each, how it was reached: previous state (0 = start, 1 = a,
    # 2 = b, 3 = c) and the character placed
    score = {k: np.full((n_y, size), neg) for k in "abc"}
    came = {k: np.zeros((n_y, size), dtype=np.int64) for k in "abc"}
    char = {k: np.zeros((n_y, size), dtype=np.int64) for k in "abc"}
    minus = _minus_before(g, steps[MINUS], size)

    def offer(state: str, q: int, value: np.ndarray, prev: int | np.ndarray, ch: np.ndarray | int) -> None:
        better = value > score[state][:, q]
        score[state][better, q] = value[better]
        came[state][better, q] = prev if np.isscalar(prev) else np.asarray(prev)[better]
        char[state][better, q] = ch if np.isscalar(ch) else np.asarray(ch)[better]

    for p in range(n_x):
        for step, members in groups:
            gains_here = g[members, :, p]
            best = gains_here.max(axis=0)
            which = members[gains_here.argmax(axis=0)]
            q = p + step
            start, cont = best + np.maximum(minus[:, p], 0), score["a"][:, p] + best
            offer("a", q, np.maximum(start, cont), np.where(start >= cont, 0, 1), which)
            from_b, from_c = score["b"][:, p] + best, score["c"][:, p] + best
            offer("c", q, np.maximum(from_b, from_c), np.where(from_b >= from_c, 2, 3), which)
        offer("b", p + steps[DOT], score["a"][:, p] + g[DOT, :, p], 1, DOT)
    ends = np.maximum(score["a"], score["c"])
    yq, end = np.unravel_index(int(np.argmax(ends)), ends.shape)
    if ends[yq, end] <= neg / 2:
        return float(neg), []
    chars: list[int] = []
    state, q = ("a" if score["a"][yq, end] >= score["c"][yq, end] else "c"), int(end)
    while True:
        ch, prev = int(char[state][yq, q]), int(came[state][yq, q])
        chars.append(ch)
        q -= steps[ch]
        if prev == 0:
            if minus[yq, q] > 0:
                chars.append(MINUS)
            break
        state = "abc"[prev - 1]
    return float(ends[yq, end]), chars[::-1]


def _minus_before(g: np.ndarray, minus_step: int, size: int) -> np.ndarray:
    """For each pen position, the gain of a minus sign drawn just before it (-1e18 where none fits)."""
    _, n_y, n_x = g.shape
    out = np.full((n_y, size + minus_step), -1e18)
    out[:, minus_step : minus_step + n_x] = g[MINUS]
    return out[:, :size] if out.shape[1] >= size else np.pad(out, ((0, 0), (0, size - out.shape[1])),
                                                             constant_values=-1e18)


def chain_score(g: np.ndarray, steps: Sequence[int], chars: Sequence[int]) -> float:
    """The best total gain of one fixed string over every row and start."""
    _, n_y, n_x = g.shape
    total = np.zeros((n_y, n_x), dtype=np.float32)
    off = 0
    for ch in chars:
        if off >= n_x:
            return -1e18
        total[:, : n_x - off] += g[ch, :, off:]
        total[:, n_x - off :] = -1e18
        off += steps[ch]
    return float(total.max())


def rivals(text: str) -> set[str]:
    """Every number one character away from `text` (changed, added, dropped)."""
    out = set()
    for i in range(len(text)):
        out.add(text[:i] + text[i + 1 :])
        out.update(text[:i] + ch + text[i + 1 :] for ch in ALPHABET)
    for i in range(len(text) + 1):
        out.update(text[:i] + ch + text[i:] for ch in ALPHABET)
    out.discard(text)
    return {s for s in out if NUMBER.fullmatch(s)}


def read(region: np.ndarray, fc: Face, baseline: tuple[float, float]) -> ShapeReading:
    """The number that best explains a region's ink (darkness, paper 0, full ink 1). A minus sign
    holds little ink: whether it is there is measured against its own ink, not a digit's."""
    energy = float((region * region).sum())
    if energy <= 0:
        return ShapeReading("", 0.0, 0.0, "")
    gs = gains(region, fc.drawn, baseline)
    score, chain = best_number(gs, fc.steps)
    if not chain:
        return ShapeReading("", 0.0, 0.0, "")
    text = "".join(ALPHABET[c] for c in chain)
    flipped = text[1:] if text.startswith("-") else "-" + text
    rival, rival_score, sign_score = "", -1e18, -1e18
    for other in rivals(text):
        s = chain_score(gs.g, fc.steps, [ALPHABET.index(ch) for ch in other])
        if other == flipped:
            sign_score = s
        elif s > rival_score:
            rival, rival_score = other, s
    minus = float(fc.drawn.energy[MINUS, 0, 0])
    return ShapeReading(text, score / energy, (score - rival_score) / fc.drawn.unit, rival,
                        (score - sign_score) / minus)


# ---- a table's number cells -------------------------------------------------------------

Box = tuple[int, int, int, int]  # x0, x1, top, bottom (exclusive)
TABLE_FIT = 0.8  # the fonts' drawing must explain this share of the sample cells' ink, on average
INKED = 0.3  # a row with a pixel this dark holds part of a glyph
DIGIT_SPREAD = 1.12  # digits' ink heights in one table differ by less than this factor
SAMPLE = 10  # cells the font is fitted on (FIRST_SAMPLE of them for the first, coarse pass)
FIRST_SAMPLE = 5
SIZES = (0.85, 0.9, 0.95, 1.0, 1.05, 1.1)  # first pass, around the size the digit height implies
REFINE_FONTS = 2
REFINE_SIZES = (0.97, 1.0, 1.03)
REFINE_PITCH = (-0.1, -0.075, -0.05, -0.025, 0.0, 0.025, 0.05, 0.075, 0.1)  # shares of the pitch


@dataclass(frozen=True)
class Region:
    """A number cell's darkness, a few pixels around its ink, and the rows its baseline may be on."""

    ink: np.ndarray  # darkness 0 (paper) .. 1 (full ink), rules erased
    baseline: tuple[float, float]  # rows the baseline may be on


def regions(gray: np.ndarray, rule_mask: np.ndarray, cells: Sequence[tuple[Box, Box]]) -> list[Region]:
    """The darkness around each (ink box, cell interior) pair: a few pixels beyond the ink, never
    beyond the cell, ink measured against the table's paper and its darkest digits."""
    paper = float(np.percentile(gray, 90))
    inside = np.concatenate([gray[t:b, x0:x1].ravel() for (x0, x1, t, b), _ in cells]) if cells else gray.ravel()
    ink = min(float(np.percentile(inside, 2)), paper - 40)
    out = []
    for (x0, x1, top, bottom), (cx0, cx1, ctop, cbottom) in cells:
        y0, y1 = max(top - 2, ctop), min(bottom + 2, cbottom)
        a, b = max(x0 - 3, cx0), min(x1 + 3, cx1)
        dark = (paper - gray[y0:y1, a:b].astype(np.float32)) / (paper - ink)
        dark[rule_mask[y0:y1, a:b]] = 0
        base = bottom - y0
        out.append(Region(np.clip(dark, 0, 1.2), (base - 1.5, base + 1.0)))
    return out


def _digit_height(r: Region) -> float:
    """Rows of a cell with some ink: a thin serif or the round top of a 0 may cover only a third
    of a row."""
    return float((r.ink.max(axis=1) >= INKED).sum())


def _pitch(samples: Sequence[Region]) -> float | None:
    """The usual distance between neighbouring glyphs' centres in multi-digit cells."""
    gaps = []
    for r in samples:
        cols = r.ink.max(axis=0) >= 0.4
        idx = np.flatnonzero(cols)
        if idx.size == 0:
            continue
        runs = np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1)
        centres = [float(run.mean()) for run in runs if run.size >= 2]
        gaps += list(np.diff(centres))
    return float(np.median(gaps)) if len(gaps) >= 2 else None


def fit_face(cells: Sequence[Region]) -> tuple[Face, float] | None:
    """The font, size and digit pitch that draw the table's digits best, and how well (the share
    of the sample cells' ink explained); None when no font explains them well enough.

    Coarse to fine: every font at sizes around the one the digit height implies, then the best
    few with the size and the pitch refined."""
    samples = _samples(cells)
    if not samples:
        return None
    height = float(np.percentile([_digit_height(r) for r in samples], 75))
    measured = _pitch(samples)
    first = samples[:FIRST_SAMPLE]
    ranked = []
    for font in fonts():
        for size in _sizes(height / font.digit_height, SIZES):
            dr = drawn(font, size)
            pitch = _plausible(measured, dr.natural_pitch)
            ranked.append((_quality(first, dr, [pitch])[0], font, size, pitch))
    ranked.sort(key=lambda t: -t[0])
    best: tuple[float, Face] | None = None
    done: set[str] = set()
    for _, font, size, pitch in ranked:
        if font.name in done:
            continue
        done.add(font.name)
        if len(done) > REFINE_FONTS:
            break
        for sz in _sizes(size, REFINE_SIZES):
            dr = drawn(font, sz)
            centre = pitch * sz / size
            pitches = sorted({_quarter(centre * (1 + d)) for d in REFINE_PITCH})
            q, fc = _quality(samples, dr, pitches)
            if best is None or q > best[0]:
                best = (q, fc)
    assert best is not None
    q, fc = best
    return (fc, q) if q >= TABLE_FIT else None


def _sizes(centre: float, factors: Sequence[float]) -> list[float]:
    return [round(centre * f, 2) for f in factors]


def _samples(cells: Sequence[Region]) -> list[Region]:
    """Up to SAMPLE cells to fit the font on: as short as the shortest cells (digits stand lower
    than Chinese labels, which may be among the cells), the widest first, no near copies."""
    if not cells:
        return []
    heights = [_digit_height(r) for r in cells]
    low = float(np.percentile(heights, 10))
    fit = [r for r, h in zip(cells, heights, strict=True) if h <= low * DIGIT_SPREAD + 0.5]
    out: list[Region] = []
    for r in sorted(fit, key=lambda r: -r.ink.shape[1]):
        if any(o.ink.shape == r.ink.shape and _alike(o.ink, r.ink) for o in out):
            continue
        out.append(r)
        if len(out) == SAMPLE:
            break
    return out


def _alike(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = a - a.mean(), b - b.mean()
    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return den > 0 and float((a * b).sum()) / den > 0.95


def _quality(samples: Sequence[Region], dr: Drawn, pitches: Sequence[float | None]) -> tuple[float, Face]:
    """The best share of the samples' ink energy the drawn font's best numbers explain, over the
    pitches, and the face giving it (the glyphs' gains do not depend on the pitch)."""
    total = sum(float((r.ink * r.ink).sum()) for r in samples)
    faces = [face(dr.font, dr.size, p) for p in pitches]
    explained = np.zeros(len(faces))
    for r in samples:
        g = gains(r.ink, dr, r.baseline)
        for k, fc in enumerate(faces):
            score, chain = best_number(g, fc.steps)
            explained[k] += max(score, 0.0) if chain else 0.0
    k = int(np.argmax(explained))
    return (float(explained[k] / total) if total else 0.0), faces[k]


def _quarter(x: float) -> float:
    return round(x * Q) / Q


def _plausible(measured: float | None, natural: float) -> float:
    """The measured pitch when it is near the font's own (hinting rounds advances), else the font's."""
    if measured is not None and abs(measured - natural) <= 0.12 * natural:
        return _quarter(measured)
    return _quarter(natural)


@dataclass(frozen=True)
class Look:
    """The shape look over a table's number cells: the face fitted (None: no font fits) and one
    reading per cell asked for."""

    face: Face | None
    quality: float
    readings: tuple[ShapeReading | None, ...]

    def note(self) -> str:
        if self.face is None:
            return "the digits fit none of the known fonts (digit shapes not used)"
        return f"digits drawn as {self.face.font.name} {self.face.size:.1f} px, pitch {self.face.pitch:g} px"


def look(gray: np.ndarray, rule_mask: np.ndarray, cells: Sequence[tuple[Box, Box]]) -> Look:
    """Fit a font to the cells' ink and read every cell with it. `cells` are (ink box, the box the
    cell's ink may be drawn in) pairs."""
    if not cells:
        return Look(None, 0.0, ())
    rs = regions(gray, rule_mask, cells)
    fitted = fit_face(rs)
    if fitted is None:
        return Look(None, 0.0, tuple(None for _ in cells))
    fc, quality = fitted
    height = fc.font.digit_height * fc.size
    return Look(fc, quality, tuple(read(r.ink, fc, r.baseline) if _digit_tall(r, height) else None for r in rs))


def _digit_tall(r: Region, height: float) -> bool:
    """Is the cell's ink as tall as the fitted digits (a Chinese label is taller)?"""
    return abs(_digit_height(r) - height) <= max(1.5, 0.15 * height)
