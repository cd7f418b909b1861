"""Reading a table image: find the grid, cut the cells, read them, keep only what is certain.

A number is taken only when two independent looks (different scale and binarisation) read the
same digits, each with enough confidence, and as many characters as the cell has separate
glyphs. Anything else with ink is a label (if it reads as words) or unread, with a note.
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
from reportlint.ocr.grid import Grid, GridCell, ruled_grid, whitespace_grid
from reportlint.ocr.image import Source, ink_mask, load_gray
from reportlint.ocr.result import Kind, OcrCell, OcrTable
from reportlint.ocr.rules import Rules, find_rules

NUMBER = re.compile(r"-?\d+(\.\d+)?")
MIN_CONFIDENCE = 0.6  # each digit look must be at least this sure (tesseract's word confidence / 100)
MIN_DIGIT_PX = 10  # smaller digits (a table scaled to 0.7, JPEG) read 309 as 303 in every look
MAX_NUMBER_EMS = 10  # a number is at most this many line heights wide
DIGIT_HEIGHT = 0.9  # digits are at most this share of the table's text-line height
CJK = re.compile(r"[\u3400-\u9fff]")
DASHES = frozenset(("/", "-", "—", "－", "／", "\\", "——", "…"))  # what tables print for "none"


@dataclass(frozen=True)
class Prepared:
    gray: np.ndarray
    ink: np.ndarray
    rules: Rules
    grid: Grid


def prepare(gray: np.ndarray) -> Prepared:
    ink = ink_mask(gray)
    rules = find_rules(ink)
    grid = ruled_grid(rules, ink) or whitespace_grid(ink & ~rules.mask, rules.em)
    return Prepared(gray, ink, rules, grid)


class TableReader:
    """One table image, prepared once (grid found), read and re-read cell by cell."""

    def __init__(self, source: Source, *, name: str = "", engine: Engine | str | None = None,
                 budget: Budget | None = None, deadline: Deadline | None = None) -> None:
        self.budget = budget or Budget()
        self.deadline = Deadline(self.budget.table_seconds, deadline)
        self.engine = engine if engine is not None and not isinstance(engine, str) else get_engine(engine)
        self.name = name or (str(source) if isinstance(source, str) else "")
        self.prepared = prepare(load_gray(source, self.budget))

    def read(self) -> OcrTable:
        start = time.monotonic()
        p = self.prepared
        cells = read_cells(p, p.grid.cells, self.engine, self.deadline, looks=(0, 1))
        h, w = p.gray.shape
        notes = list(p.grid.notes)
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
        again = {(c.row, c.col): c for c in read_cells(self.prepared, grid_cells, self.engine, deadline, looks=(2, 3))}
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


def read_cells(p: Prepared, grid_cells: Sequence[GridCell], engine: Engine, deadline: Deadline,
               looks: tuple[int, int]) -> list[OcrCell]:
    """Read the cells: short one-word cells by two digit looks; labels, and the short cells the
    digit looks could not settle, by the text look."""
    em = p.rules.em
    inset = 1 if p.grid.ruled else 0
    crops = [cut(p.gray, p.ink, p.rules.mask, g, em, inset) for g in grid_cells]
    readable = [i for i, c in enumerate(crops) if c is not None and c.sharpness >= SHARP]
    tall = any(crops[i].height > DIGIT_HEIGHT * em for i in readable)  # some CJK text to compare with
    short = [i for i in readable if _may_be_number(crops[i], em, tall)]
    others = [i for i in readable if i not in set(short)]
    engine = _Guarded(engine)
    with ThreadPoolExecutor(max_workers=3) as pool:
        text_job = pool.submit(_read_text, engine, crops, others, deadline, looks[0], em)
        digit_jobs = [pool.submit(engine.read, [crops[i].lines[0] for i in short], Mode.DIGITS, deadline, look, em)
                      for look in looks]
        texts = text_job.result()
        digits = {i: (a, b) for i, a, b in zip(short, *(job.result() for job in digit_jobs), strict=True)}
    unsettled = [i for i, (a, b) in digits.items() if a is not None and b is not None and _number(crops[i], a, b)]
    if unsettled and looks == (0, 1):
        digits.update(_third_opinion(engine, crops, unsettled, digits, deadline, em))
        unsettled = [i for i in unsettled if _number(crops[i], *digits[i])]  # type: ignore[arg-type]
    texts.update(_read_text(engine, crops, unsettled, deadline, looks[0], em))
    return [_decide(g, crops[k], texts.get(k, []), digits.get(k)) for k, g in enumerate(grid_cells)]


def _third_opinion(engine: Engine | _Guarded, crops: Sequence[Crop | None], which: list[int],
                   digits: dict[int, tuple[Reading | None, Reading | None]], deadline: Deadline,
                   em: float) -> dict[int, tuple[Reading, Reading]]:
    """Cells whose two looks agreed but were unsure, read by two more looks: settled when all
    four read the same and the last two are sure."""
    lines = [crops[i].lines[0] for i in which]  # type: ignore[union-attr]
    c, d = (engine.read(lines, Mode.DIGITS, deadline, look, em) for look in (2, 3))
    out = {}
    for i, x, y in zip(which, c, d, strict=True):
        a, b = digits[i]
        if x is None or y is None or a is None or b is None:
            continue
        # only a first pair that agreed but was unsure (never a disagreement: tesseract reads a
        # small 7 as 1 in some looks, and three looks of four once agreed on 14 for 74)
        same = a.text.replace(" ", "") == b.text.replace(" ", "") == x.text.replace(" ", "")
        if same and _number(crops[i], x, y) is None:  # type: ignore[arg-type]
            out[i] = (replace(x, look=2), replace(y, look=3))
    return out


class _Guarded:
    """An engine that is not called at all once the deadline has passed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def read(self, lines, mode, deadline, variant=0, em=None) -> list[Reading | None]:
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


def _may_be_number(crop: Crop, em: float, tall: bool = True) -> bool:
    """Worth the digit looks: one short word, and lower than Chinese characters are (digits
    stand about three quarters of a CJK glyph's height)."""
    return (crop.one_line and crop.words == 1 and (crop.x1 - crop.x0) <= MAX_NUMBER_EMS * em
            and (crop.height <= DIGIT_HEIGHT * em or not tall))


def _decide(g: GridCell, crop: Crop | None, texts: list[Reading | None],
            digits: tuple[Reading | None, Reading | None] | None) -> OcrCell:
    def cell(kind: Kind, text: str = "", confidence: float = 0.0, note: str = "") -> OcrCell:
        box = (crop.x0, crop.x1, crop.top, crop.bottom) if crop else (g.x0, g.x1, g.top, g.bottom)
        return OcrCell(g.row, g.col, g.rowspan, g.colspan, *box, kind, text, round(confidence, 3), note)

    if crop is None:
        return cell(Kind.BLANK, confidence=1.0)
    if crop.sharpness < SHARP:
        return cell(Kind.UNREAD, note=f"too blurred or faint to read (sharpness {crop.sharpness:.2f})")
    if digits is not None:
        a, b = digits
        if a is None or b is None:
            return cell(Kind.UNREAD, note=TIMEOUT)
        why = _number(crop, a, b)
        if why is None:
            return cell(Kind.NUMBER, a.text.replace(" ", ""), min(a.confidence, b.confidence),
                        "" if a.look < 2 else "four looks agree")
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
    if _wordy(text) and (digits is None or len(CJK.findall(text)) >= 2):
        return cell(Kind.TEXT, text, conf)
    # it reads as a number, a symbol or one character (了 for 7) and the digit looks did not
    # settle it: never a value, and not a label either
    return cell(Kind.UNREAD, note=f"not certain: {why}")


def _wordy(text: str) -> bool:
    return bool(CJK.search(text)) or len(re.findall("[A-Za-z]", text)) >= 3


def _number(crop: Crop, a: Reading, b: Reading) -> str | None:
    """None when the two digit looks make a certain number; else why not."""
    if crop.height < MIN_DIGIT_PX:
        return f"digits {crop.height} px tall, too small to be certain"
    ta, tb = a.text.replace(" ", ""), b.text.replace(" ", "")
    if ta != tb:
        return f"the looks disagree ({ta!r}, {tb!r})"
    if not NUMBER.fullmatch(ta):
        return f"{ta!r} is not a number"
    if min(a.confidence, b.confidence) < MIN_CONFIDENCE:
        return f"low confidence ({min(a.confidence, b.confidence):.2f})"
    if crop.touches_border:
        return "the digits touch the cell's border"
    if not crop.glyphs <= len(ta) <= crop.room:
        return f"{len(ta)} characters read from {crop.glyphs} glyphs"
    return None
