"""A scanned page: its ruled tables found and read as tables, the rest read as lines of prose."""

from __future__ import annotations

import time

import numpy as np

from reportlint.ocr.budget import Budget, Deadline
from reportlint.ocr.engines import Engine, get_engine
from reportlint.ocr.image import Source, ink_mask, line_mask, load_gray
from reportlint.ocr.result import OcrLine, OcrPage, OcrTable
from reportlint.ocr.rules import Rule, find_rules, grow
from reportlint.ocr.table import TableReader, _faint_rules

Box = tuple[int, int, int, int]  # x0, top, x1, bottom


PAGE_EM = 30  # a page's text line height (px) is brought down to about this before reading: a 300-dpi
# scan's 10.5-pt text stands ~45 px, which reads no better and takes twice the time


def read_page(source: Source, *, name: str = "", engine: Engine | str | None = None,
              budget: Budget | None = None, deadline: Deadline | None = None) -> OcrPage:
    """Read a page image: prose line by line first (the headings sections are found by), then the
    tables (where ruling lines draw a grid) cell by cell. Coordinates are the source image's.
    Raises ImageRejected past the pixel caps, EngineUnavailable without the engine."""
    start = time.monotonic()
    budget = budget or Budget()
    deadline = Deadline(budget.page_seconds, deadline)
    eng = engine if engine is not None and not isinstance(engine, str) else get_engine(engine)
    gray = load_gray(source, budget)
    name = name or (str(source) if isinstance(source, str) else "")
    h, w = gray.shape
    gray, factor = _readable_size(gray)
    boxes = table_boxes(gray)
    prose = gray.copy()
    for x0, top, x1, bottom in boxes:
        prose[top:bottom, x0:x1] = 255
    read = eng.page(prose, deadline) if ink_mask(prose).any() else []  # a blank page costs no OCR
    lines = [OcrLine(text, x0 / factor, x1 / factor, top / factor, bottom / factor, conf)
             for text, (x0, x1, top, bottom), conf in read]
    tables: list[tuple[Box, OcrTable]] = []
    for box in boxes:
        x0, top, x1, bottom = box
        reader = TableReader(gray[top:bottom, x0:x1], name=name, engine=eng, budget=budget, deadline=deadline)
        scaled = (round(x0 / factor), round(top / factor), round(x1 / factor), round(bottom / factor))
        tables.append((scaled, reader.read()))
    notes = [note for _, t in tables for note in t.notes]
    complete = not deadline.expired() and all(t.complete for _, t in tables)
    if not complete:
        notes.append(f"OCR stopped at the time budget ({budget.page_seconds:g} s a page)")
    return OcrPage(name, w, h, tuple(lines), tuple(tables), complete, tuple(notes),
                   round(time.monotonic() - start, 3))


def _readable_size(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The page scaled down when its text is much larger than OCR needs, and the factor."""
    em = find_rules(ink_mask(gray)).em
    if em <= PAGE_EM * 1.3:
        return gray, 1.0
    from PIL import Image

    factor = PAGE_EM / em
    h, w = gray.shape
    size = (max(round(w * factor), 8), max(round(h * factor), 8))
    small = Image.fromarray(gray).resize(size, Image.Resampling.LANCZOS)
    return np.asarray(small), factor


def table_boxes(gray: np.ndarray) -> list[Box]:
    """Regions of the page where horizontal and vertical rules cross into a grid."""
    ink = ink_mask(gray)
    lines = line_mask(gray)
    faint = _faint_rules(lines & ~grow(ink, 2)) >= 2  # light grey rules, as TableReader finds them
    rules = find_rules(ink, lines if faint else None)
    segs = [("h", r, s) for r in rules.horizontal for s in r.segments]
    segs += [("v", r, s) for r in rules.vertical for s in r.segments]
    groups: list[list[tuple[str, Rule, tuple[int, int]]]] = []
    for seg in segs:
        joined = [g for g in groups if any(_touch(seg, other) for other in g)]
        merged = [seg] + [s for g in joined for s in g]
        groups = [g for g in groups if g not in joined] + [merged]
    boxes = []
    for g in groups:
        hs = {id(r) for d, r, _ in g if d == "h"}
        vs = {id(r) for d, r, _ in g if d == "v"}
        x0 = min(s[0] if d == "h" else r.lo for d, r, s in g)
        x1 = max(s[1] if d == "h" else r.hi + 1 for d, r, s in g)
        top = min(r.lo if d == "h" else s[0] for d, r, s in g)
        bottom = max(r.hi + 1 if d == "h" else s[1] for d, r, s in g)
        # a grid, and bigger than any glyph drawn with boxes (口, 田) could be
        if len(hs) >= 2 and len(vs) >= 2 and x1 - x0 >= 8 * rules.em and bottom - top >= 1.5 * rules.em:
            pad = 4
            boxes.append((max(x0 - pad, 0), max(top - pad, 0), min(x1 + pad, gray.shape[1]),
                          min(bottom + pad, gray.shape[0])))
    return _merge_adjacent(sorted(boxes, key=lambda b: (b[1], b[0])), int(rules.em))


def _merge_adjacent(boxes: list[Box], gap: int) -> list[Box]:
    """Pieces of one table (rows whose rules did not join up) as one box."""
    out: list[Box] = []
    for box in boxes:
        near = [b for b in out if box[0] < b[2] and b[0] < box[2] and box[1] <= b[3] + gap and b[1] <= box[3] + gap]
        for b in near:
            out.remove(b)
        out.append((min(b[0] for b in [box, *near]), min(b[1] for b in [box, *near]),
                    max(b[2] for b in [box, *near]), max(b[3] for b in [box, *near])))
    return sorted(out, key=lambda b: (b[1], b[0]))


def _touch(a: tuple[str, Rule, tuple[int, int]], b: tuple[str, Rule, tuple[int, int]], tol: int = 3) -> bool:
    (da, ra, sa), (db, rb, sb) = a, b
    if da == db:  # parallel: the same line, overlapping or continuing
        return ra is rb and sa[0] <= sb[1] + tol and sb[0] <= sa[1] + tol
    return (sa[0] - tol <= rb.hi and rb.lo <= sa[1] + tol) and (sb[0] - tol <= ra.hi and ra.lo <= sb[1] + tol)
