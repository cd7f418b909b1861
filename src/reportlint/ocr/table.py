"""Reading a table image: find the grid, cut the cells, read them, keep only what is certain.

A number is taken only when two independent looks read the same digits and the cell has room for
them as separate glyphs: the digit-shape look (the digits of a font fitted to the table, drawn
over the cell: glyphs.py) when it is sure, with one tesseract look; else, for digits 10 px or
taller, two tesseract looks (different scale and binarisation), each confident, that the shapes
do not contradict. Anything else with ink is a label (if it reads as words) or unread, with a note.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np

from reportlint.ocr.budget import Budget, Deadline
from reportlint.ocr.crops import SHARP, Crop, cut
from reportlint.ocr.engines import Engine, Mode, Reading, get_engine
from reportlint.ocr.glyphs import ShapeReading, look
from reportlint.ocr.grid import Grid, GridCell, ruled_grid, whitespace_grid
from reportlint.ocr.image import Source, ink_mask, line_mask, load_gray
from reportlint.ocr.result import Kind, OcrCell, OcrTable
from reportlint.ocr.rules import Rules, find_rules, grow

NUMBER = re.compile(r"-?\d+(\.\d+)?")
MIN_CONFIDENCE = 0.6  # each digit look must be at least this sure (tesseract's word confidence / 100)
MIN_DIGIT_PX = 10  # smaller digits (a table scaled to 0.7, JPEG) read 309 as 303 in every tesseract look
MAX_NUMBER_EMS = 10  # a number is at most this many line heights wide
DIGIT_HEIGHT = 0.9  # digits are at most this share of the table's text-line height
CJK = re.compile(r"[\u3400-\u9fff]")
DASHES = frozenset(("/", "-", "—", "－", "／", "\\", "——", "…"))  # what tables print for "none"


@dataclass(frozen=True)
class Prepared:
    """A table image made ready once: its grey pixels, ink, ruling lines and grid."""

    gray: np.ndarray
    ink: np.ndarray
    rules: Rules
    grid: Grid


def prepare(gray: np.ndarray) -> Prepared:
    gray = blank_dark_edges(gray)
    ink = ink_mask(gray)
    lines = line_mask(gray)
    # rules too light to be ink (light grey borders) only where whole lines of them cross the
    # table: else the grey fringe of small JPEG text would make rules of its strokes
    faint = _faint_rules(lines & ~grow(ink, 2)) >= 2
    rules = find_rules(ink, lines if faint else None)
    grid = ruled_grid(rules, ink) or whitespace_grid(ink & ~rules.mask, rules.em)
    return Prepared(gray, ink, rules, grid)


SOLID = 0.95  # a row or column this much covered by dark pixels is no part of a table
SOLID_PX = 6  # ... when that many of them lie together at an edge (a thick frame is thinner)


def blank_dark_edges(gray: np.ndarray) -> np.ndarray:
    """The image with solid dark bands at its edges made paper: a screenshot cut short by its
    window shows black where the page ended (a table's frame is a few pixels at most)."""
    dark = gray < 128
    out = gray
    for axis, flip in ((0, False), (0, True), (1, False), (1, True)):
        full = dark.mean(axis=1 - axis) >= SOLID  # per row (axis 0) or per column (axis 1)
        if flip:
            full = full[::-1]
        n = int(np.argmin(full)) if not full.all() else full.size
        if n >= SOLID_PX:
            if out is gray:
                out = gray.copy()
            band = slice(full.size - n, full.size) if flip else slice(0, n)
            if axis == 0:
                out[band, :] = 255
            else:
                out[:, band] = 255
    return out


def _faint_rules(faint: np.ndarray) -> int:
    """Light rules across the table: thin bands of rows more than half covered by light-grey
    marks away from any ink (a shaded header is a thick band; a dark rule's fringe is near ink)."""
    rows = np.flatnonzero(faint.mean(axis=1) > 0.5)
    if rows.size == 0:
        return 0
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    return sum(1 for band in bands if band.size <= 3)


class TableReader:
    """One table image, prepared once (grid found), read and re-read cell by cell."""

    def __init__(self, source: Source, *, name: str = "", engine: Engine | str | None = None,
                 budget: Budget | None = None, deadline: Deadline | None = None) -> None:
        self.budget = budget or Budget()
        self.deadline = Deadline(self.budget.table_seconds, deadline)
        self.engine = engine if engine is not None and not isinstance(engine, str) else get_engine(engine)
        self.name = name or (str(source) if isinstance(source, str) else "")
        self.prepared = prepare(load_gray(source, self.budget))
        self.shapes: Shapes | None = None  # the digit-shape look, kept from read() for re-reads

    def read(self) -> OcrTable:
        start = time.monotonic()
        p = self.prepared
        cells, self.shapes, shape_note = read_cells(p, p.grid.cells, self.engine, self.deadline, looks=(0, 1))
        h, w = p.gray.shape
        notes = [*p.grid.notes, shape_note] if shape_note else list(p.grid.notes)
        complete = not any(c.note == TIMEOUT for c in cells)
        if not complete:
            notes.append(f"OCR stopped at the time budget ({self.budget.table_seconds:g} s a table)")
        return OcrTable(self.name, w, h, p.grid.ruled, p.grid.columns, p.grid.rows, tuple(cells),
                        self.engine.name, complete, tuple(notes), round(time.monotonic() - start, 3))

    def reread(self, table: OcrTable, positions: Iterable[tuple[int, int]], seconds: float | None = None) -> OcrTable:
        """The table with the cells at `positions` (grid row, col) read again with two other looks
        (other scales and binarisation); a cell changes only when those looks agree."""
        wanted = {(c.row, c.col) for pos in positions if (c := table.cell(*pos)) is not None}
        grid_cells = [g for g in self.prepared.grid.cells if (g.row, g.col) in wanted]
        deadline = Deadline(seconds or self.budget.table_seconds)
        read, _, _ = read_cells(self.prepared, grid_cells, self.engine, deadline, looks=(2, 3), shapes=self.shapes)
        again = {(c.row, c.col): c for c in read}
        cells = []
        for c in table.cells:
            new = again.get((c.row, c.col))
            if new is not None and new.kind is Kind.NUMBER and c.kind is not Kind.NUMBER:
                c = replace(new, note="read on a second attempt (other scales)")
            elif new is not None and c.kind is Kind.NUMBER and new.kind is Kind.NUMBER and new.text != c.text:
                c = replace(c, kind=Kind.UNREAD, text="", note=f"read as {c.text}, then as {new.text}")
            cells.append(c)
        return replace(table, cells=tuple(cells))


def read_table(source: Source, *, name: str = "", engine: Engine | str | None = None,
               budget: Budget | None = None, deadline: Deadline | None = None) -> OcrTable:
    """Read a table image (path, bytes, PIL image or grey array). Raises ImageRejected for an
    image over the pixel caps or not an image, EngineUnavailable when the engine is missing."""
    return TableReader(source, name=name, engine=engine, budget=budget, deadline=deadline).read()


# ---- deciding each cell ---------------------------------------------------------------

TIMEOUT = "not read: time budget exhausted"
Shapes = dict[GridCell, ShapeReading]  # the shape look's reading of each number cell


def read_cells(p: Prepared, grid_cells: Sequence[GridCell], engine: Engine, deadline: Deadline,
               looks: tuple[int, int], shapes: Shapes | None = None) -> tuple[list[OcrCell], Shapes, str]:
    """Read the cells: short one-word cells by tesseract's digit looks and the digit-shape look
    (each further tesseract look only where the looks so far do not settle the cell); labels, and
    the short cells the digit looks could not settle, by the text look. Returns the cells, the
    shape readings (to reuse on a re-read) and a note on the shape look."""
    em = p.rules.em
    inset = 1 if p.grid.ruled else 0
    crops = [cut(p.gray, p.ink, p.rules.mask, g, em, inset) for g in grid_cells]
    ok = {i: c for i, c in enumerate(crops) if c is not None and c.sharpness >= SHARP}  # the readable crops
    readable = list(ok)
    tall = _some_taller(crops, readable, em)
    short = [i for i in readable if _may_be_number(ok[i], em, tall)]
    others = [i for i in readable if i not in set(short)]
    guarded = _Guarded(engine)
    note = ""
    reads: dict[int, list[Reading | None]] = {}

    def more(which: list[int], look: int) -> None:
        got = guarded.read([ok[i].lines[0] for i in which], Mode.DIGITS, deadline, look, em)
        for i, r in zip(which, got, strict=True):
            reads[i].append(r)

    def open_(i: int) -> bool:
        return _number(ok[i], reads[i], shapes.get(grid_cells[i])) is not None  # type: ignore[union-attr]

    with ThreadPoolExecutor(max_workers=2) as pool:
        text_job = pool.submit(_read_text, guarded, crops, others, deadline, looks[0], em)
        first = pool.submit(guarded.read, [ok[i].lines[0] for i in short], Mode.DIGITS, deadline, looks[0], em)
        if shapes is None:  # meanwhile, on this thread
            shapes, note = shape_look(p, [grid_cells[i] for i in short], [ok[i] for i in short])
        reads.update({i: [r] for i, r in zip(short, first.result(), strict=True)})
        more([i for i in short if open_(i)], looks[1])
        if looks == (0, 1):
            # digits the shapes are sure of that no tesseract look has read yet (small ones):
            # three more looks made for small digits
            hopeful = [i for i in short if _hopeful(ok[i], reads[i], shapes.get(grid_cells[i]))]
            for look in SMALL_LOOKS:
                more([i for i in hopeful if open_(i)], look)
            # no sure shapes, two tesseract looks that agreed but were unsure: two more looks
            unsure = [i for i in short if open_(i) and not _sure(shapes.get(grid_cells[i]))
                      and len(reads[i]) == 2 and None not in reads[i]]
            reads.update(_third_opinion(guarded, crops, unsure, reads, deadline, em))
        texts = text_job.result()
    texts.update(_read_text(guarded, crops, [i for i in short if open_(i)], deadline, looks[0], em))
    cells = [_decide(g, crops[k], texts.get(k, []), reads.get(k), shapes.get(g))
             for k, g in enumerate(grid_cells)]
    return cells, shapes, note


def shape_look(p: Prepared, grid_cells: Sequence[GridCell], crops: Sequence[Crop]) -> tuple[Shapes, str]:
    """The digit-shape look over the short cells (glyphs.py): a font fitted to their ink, each
    cell read by drawing it."""
    pad = 0 if p.grid.ruled else 3  # a cell of a table without rules is its ink: allow some paper
    pairs = [((c.x0, c.x1, c.top, c.bottom), (g.x0 + 1 - pad, g.x1 - 1 + pad, g.top + 1 - pad, g.bottom - 1 + pad))
             for g, c in zip(grid_cells, crops, strict=True)]
    result = look(p.gray, p.rules.mask, pairs)
    shapes = {g: r for g, r in zip(grid_cells, result.readings, strict=True) if r is not None}
    return shapes, result.note()


def _third_opinion(engine: Engine | _Guarded, crops: Sequence[Crop | None], which: list[int],
                   reads: dict[int, list[Reading | None]], deadline: Deadline,
                   em: float) -> dict[int, list[Reading | None]]:
    """Cells whose two looks agreed but were unsure, read by two more looks: settled when all
    four read the same and the last two are sure (their pair then stands for the cell)."""
    if not which:
        return {}
    lines = [crops[i].lines[0] for i in which]  # type: ignore[union-attr]
    c, d = (engine.read(lines, Mode.DIGITS, deadline, look, em) for look in (2, 3))
    out: dict[int, list[Reading | None]] = {}
    for i, x, y in zip(which, c, d, strict=True):
        a, b = reads[i]
        if x is None or y is None or a is None or b is None:
            continue
        # only a first pair that agreed but was unsure (never a disagreement: tesseract reads a
        # small 7 as 1 in some looks, and three looks of four once agreed on 14 for 74)
        same = _plain(a) == _plain(b) == _plain(x)
        if same and _number(crops[i], [x, y]) is None:  # type: ignore[arg-type]
            out[i] = [replace(x, look=2), replace(y, look=3)]
    return out


class _Guarded:
    """An engine that is not called at all once the deadline has passed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def read(self, lines: Sequence[np.ndarray], mode: Mode, deadline: Deadline, variant: int = 0,
             em: float | None = None) -> list[Reading | None]:
        if deadline.expired():
            return [None] * len(lines)
        return self.engine.read(lines, mode, deadline, variant, em)


def _read_text(engine: Engine | _Guarded, crops: Sequence[Crop | None], which: Sequence[int], deadline: Deadline,
               look: int, em: float) -> dict[int, list[Reading | None]]:
    lines = [(i, line) for i in which for line in crops[i].lines]  # type: ignore[union-attr]
    reads = engine.read([ln for _, ln in lines], Mode.TEXT, deadline, look, em) if lines else []
    out: dict[int, list[Reading | None]] = {}
    for (i, _), reading in zip(lines, reads, strict=True):
        out.setdefault(i, []).append(reading)
    return out


def _some_taller(crops: Sequence[Crop | None], which: Sequence[int], em: float) -> bool:
    """Is there text taller than digits to tell them from (Chinese labels): a crop taller than
    digits stand in this table's line height, and clearly taller than the lowest crops?"""
    heights = [crops[i].height for i in which]  # type: ignore[union-attr]
    if not heights:
        return False
    low = float(np.percentile(heights, 20))
    return any(h > max(DIGIT_HEIGHT * em, 1.15 * low) for h in heights)


def _may_be_number(crop: Crop, em: float, tall: bool = True) -> bool:
    """Worth the digit looks: one short word, and lower than Chinese characters are (digits
    stand about three quarters of a CJK glyph's height)."""
    return (crop.one_line and crop.words == 1 and (crop.x1 - crop.x0) <= MAX_NUMBER_EMS * em
            and (crop.height <= DIGIT_HEIGHT * em or not tall))


def _decide(g: GridCell, crop: Crop | None, texts: list[Reading | None], reads: list[Reading | None] | None,
            shape: ShapeReading | None) -> OcrCell:
    def cell(kind: Kind, text: str = "", confidence: float = 0.0, note: str = "") -> OcrCell:
        box = (crop.x0, crop.x1, crop.top, crop.bottom) if crop else (g.x0, g.x1, g.top, g.bottom)
        return OcrCell(g.row, g.col, g.rowspan, g.colspan, *box, kind, text, round(confidence, 3), note)

    if crop is None:
        return cell(Kind.BLANK, confidence=1.0)
    if crop.sharpness < SHARP:
        return cell(Kind.UNREAD, note=f"too blurred or faint to read (sharpness {crop.sharpness:.2f})")
    if reads is not None:
        why = _number(crop, reads, shape)
        if why is None:
            return cell(Kind.NUMBER, *_value(reads, shape))  # type: ignore[arg-type]
        if why == TIMEOUT:
            return cell(Kind.UNREAD, note=TIMEOUT)
    else:
        why = "not a single short word"
    if not texts or any(r is None for r in texts):
        return cell(Kind.UNREAD, note=TIMEOUT)
    text = "".join(t.text for t in texts if t is not None).strip()
    conf = min((t.confidence for t in texts if t is not None), default=0.0)
    if not text:
        return cell(Kind.UNREAD, note="ink, but no text read")
    if text in DASHES and crop.glyphs == 1:
        return cell(Kind.TEXT, text, conf)
    if _wordy(text) and (reads is None or len(CJK.findall(text)) >= 2):
        return cell(Kind.TEXT, text, conf)
    # it reads as a number, a symbol or one character (了 for 7) and the digit looks did not
    # settle it: never a value, and not a label either
    return cell(Kind.UNREAD, note=f"not certain: {why}")


def _wordy(text: str) -> bool:
    return bool(CJK.search(text)) or len(re.findall("[A-Za-z]", text)) >= 3


SHAPE_FIT = 0.75  # the shapes must explain this share of a cell's ink
SHAPE_MARGIN = 0.12  # and every other number one character away this much less (in digits of ink)
SIGN_MARGIN = 0.3  # and the number with the other sign this much less (in minus signs of ink)
LOW_CONFIDENCE = 0.3  # a tesseract look agreeing with sure shapes needs only this much
SMALL_LOOKS = (4, 5, 6)  # tesseract looks at small digits (engines/tesseract.py LOOKS)


def _sure(shape: ShapeReading | None) -> bool:
    return (shape is not None and bool(NUMBER.fullmatch(shape.text)) and shape.fit >= SHAPE_FIT
            and shape.margin >= SHAPE_MARGIN and shape.sign >= SIGN_MARGIN)


def _plain(r: Reading) -> str:
    return r.text.replace(" ", "")


# A lone glyph tesseract read without its digits-only list (engines/tesseract.py) as the letter
# of the same shape: a bar for 1, a ring for 0. Only ever agreement with sure digit shapes.
LOOKALIKES = {"1": frozenset("Il|"), "0": frozenset("Oo")}


def _agrees(text: str, number: str) -> bool:
    return text == number or (len(text) == 1 and text in LOOKALIKES.get(number, ()))


def _against(reads: Sequence[Reading], shape: ShapeReading) -> list[str]:
    """Other numbers tesseract read confidently where the shapes read `shape.text`."""
    return [_plain(r) for r in reads
            if _plain(r) != shape.text and NUMBER.fullmatch(_plain(r)) and r.confidence >= MIN_CONFIDENCE]


def _hopeful(crop: Crop, reads: list[Reading | None], shape: ShapeReading | None) -> bool:
    """Sure shapes, no tesseract look read them yet, none read another number confidently."""
    if not _sure(shape) or None in reads:
        return False
    assert shape is not None
    return _number(crop, reads, shape) is not None and not _against(reads, shape)  # type: ignore[arg-type]


def _number(crop: Crop, reads: Sequence[Reading | None], shape: ShapeReading | None = None) -> str | None:
    """None when the looks make a certain number; else why not. A number is certain when sure
    digit shapes and a tesseract look read it and no tesseract look confidently read another; or
    (digits 10 px or taller, shapes not against it) when two tesseract looks read it confidently."""
    done = [r for r in reads if r is not None]
    if not reads or len(done) < len(reads):
        return TIMEOUT
    texts = [_plain(r) for r in done]
    if _sure(shape):
        assert shape is not None
        against = _against(done, shape)
        if against:
            return f"the digit shapes read {shape.text!r}, tesseract {against[0]!r}"
        if any(_agrees(t, shape.text) and r.confidence >= LOW_CONFIDENCE for r, t in zip(done, texts, strict=True)):
            return _glyphs_fit(crop, shape.text)
        return f"the digit shapes read {shape.text!r}, tesseract {', '.join(map(repr, texts))}"
    if crop.height < MIN_DIGIT_PX:
        return f"digits {crop.height} px tall, too small to be certain"
    if len(reads) < 2:
        return "one look only"
    (a, b), (ta, tb) = reads[:2], texts[:2]
    assert a is not None and b is not None
    if ta != tb:
        return f"the looks disagree ({ta!r}, {tb!r})"
    if not NUMBER.fullmatch(ta):
        return f"{ta!r} is not a number"
    if shape is not None and shape.text and shape.text != ta:
        return f"tesseract reads {ta!r}, the digit shapes {shape.text!r}"
    if min(a.confidence, b.confidence) < MIN_CONFIDENCE:
        return f"low confidence ({min(a.confidence, b.confidence):.2f})"
    return _glyphs_fit(crop, ta)


def _glyphs_fit(crop: Crop, text: str) -> str | None:
    """None when the number has room in the cell's ink as separate glyphs; else why not."""
    if crop.touches_border:
        return "the digits touch the cell's border"
    if not crop.glyphs <= len(text) <= crop.room:
        return f"{len(text)} characters read from {crop.glyphs} glyphs"
    return None


def _value(reads: Sequence[Reading], shape: ShapeReading | None) -> tuple[str, float, str]:
    """A certain number's text, confidence and how it was read."""
    if _sure(shape):
        assert shape is not None
        agreeing = max(r.confidence for r in reads if _agrees(_plain(r), shape.text))
        return shape.text, min(agreeing, shape.fit), "digit shapes and tesseract agree"
    a, b = reads[:2]
    return _plain(a), min(a.confidence, b.confidence), "" if a.look < 2 else "four looks agree"
