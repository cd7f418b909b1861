"""Tables from positioned words: a PDF page's words, column-aligned text, OCR'd boxes.

A table printed without ruling lines is still a grid: its column headings
stand above its columns and each row's words share a band of the page. This
module rebuilds that grid from the words alone, in any unit (PDF points,
character cells of a text rendering with wide characters counting two,
pixels of an image) and gives each table row back as cells in the columns of
its headings, so that the table reader (reportlint.parse.tables) reads it by
the same label matcher as any other layout.

    words = [Word("本年制发件数", 152, 224, 479, 491), Word("2", 185, 191, 516, 528), ...]
    rows, carried = read_grid(words, column_labels(pack))
    for row in rows:
        row.labels     # the label's parts (a group label, a row label wrapped over lines joined)
        row.cells      # one text per heading column ("" if empty); a heading row: the headings
        row.top        # where the row is, to order it among the page's other lines
        text_row(row)  # the line the text reader reads (cells tab-separated), or None

How: words are grouped into bands (words that share a vertical extent); a
band without numbers whose word stacks (words of consecutive bands that
overlap horizontally: 商业 over 企业) name column labels of the rule pack
sets the columns, each spanning the horizontal extent of its heading; a band
with numbers is a data row. A number goes into the column whose extent holds
its centre, and only when that is the only such column: a number between
two columns, or two numbers in one column, leave the whole row unplaced (its
numbers come back as they stand, for the reader to count or leave unread).
Label words to the left of the columns, in the data band or in the bands
around it that hold no number (a label wrapped over lines), are the row's
label. A word whose confidence is below `min_confidence` is unread: the row
it falls in comes back as "unread", its words taken and none of them given.
Headings carry over to following pages until a line of running text ends
the table.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlint.model import Location
from reportlint.pack import Pack
from reportlint.parse.normalize import label_key
from reportlint.parse.rows import VALUE_TOKEN

MIN_CONFIDENCE = 0.6
MAX_HEADING_BANDS = 12  # a heading's lines (cells of two or three lines, set at their own heights)


@dataclass(frozen=True)
class Word:
    """A piece of text at a place: x grows to the right, y (top, bottom) downwards, in any one unit."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    loc: Location | None = None
    confidence: float = 1.0

    @property
    def xmid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def is_value(self) -> bool:
        return VALUE_TOKEN.fullmatch(self.text.strip()) is not None


@dataclass
class Band:
    """Words that share a vertical extent: a line of the page."""

    words: list[Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2

    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))


@dataclass(frozen=True)
class Column:
    """A column of a table rebuilt from words: its heading and its extent across the page."""

    label: str  # the heading as printed (its stacked words joined)
    x0: float
    x1: float
    words: tuple[Word, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class GridRow:
    """A table line rebuilt from words: a heading row or a data row, in heading columns."""

    kind: str  # "heading", "row" (values placed), "unplaced" (values as they stand) or "unread" (an unsure word)
    labels: tuple[str, ...]  # the label's parts, left to right (none for a heading row)
    cells: tuple[str, ...]  # one text per column (a heading row: the headings); unplaced: the numbers
    top: float
    bands: tuple[Band, ...]  # the bands it used, so that its words are not read twice


def text_row(row: GridRow) -> str | None:
    """The row as a line of the text the table reader reads: placed cells tab-separated (an empty
    cell stays a cell), unplaced numbers as they stand (to be counted, or left unread), an
    unread row nothing."""
    clean = [c.replace("\t", " ").replace("|", "¦") for c in (*row.labels, *row.cells)]
    if row.kind in ("heading", "row"):
        return "\t".join(clean)
    if row.kind == "unplaced":
        return " ".join(clean)
    return None


def column_labels(pack: Pack) -> set[str]:
    """The label_key of every column heading of the pack's tables."""
    return {label_key(c.label) for t in pack.tables.values() for c in t.columns} - {""}


def bands_of(words: Iterable[Word]) -> list[Band]:
    """Words grouped into bands, top to bottom: a word joins the band its vertical middle falls in."""
    bands: list[Band] = []
    for w in sorted(words, key=lambda w: (w.ymid, w.x0)):
        if bands and bands[-1].top <= w.ymid <= bands[-1].bottom:
            bands[-1].words.append(w)
        else:
            bands.append(Band([w]))
    return bands


def read_grid(words: Iterable[Word], labels: set[str], *, min_confidence: float = MIN_CONFIDENCE,
              columns: Sequence[Column] = ()) -> tuple[list[GridRow], list[Column]]:
    """The table rows the words hold, and the columns in force at the end (for the next page).

    `columns` are the headings carried over from the page before.
    """
    bands = bands_of(words)
    out: list[GridRow] = []
    current = list(columns)
    last_data = -1
    for i, band in enumerate(bands):
        if _is_prose(band) or (current and _across(band, current)):
            current = []  # running text: the table has ended
            continue
        if not any(w.is_value for w in band.words):
            continue
        zone = _zone(bands, last_data, i)
        heading, used = _heading(zone, labels)
        if heading:
            current = heading
            out.append(GridRow("heading", (), tuple(c.label for c in heading), used[0].top, tuple(used)))
        if current and any(w.is_value and w.x0 >= current[0].x0 - _gap(current) for w in band.words):
            row = _data_row(bands, i, current, min_confidence, out)
            if row is not None:
                out.append(row)
                last_data = i
    return out, current


def _across(band: Band, columns: Sequence[Column]) -> bool:
    """Whether a word that is not a number lies across two columns' middles (a line of text, not a row)."""
    mids = [(c.x0 + c.x1) / 2 for c in columns]
    return any(not w.is_value and sum(1 for m in mids if w.x0 <= m <= w.x1) >= 2 for w in band.words)


def _zone(bands: Sequence[Band], last: int, i: int) -> list[Band]:
    """The bands between the last data row and band i that may hold a heading (no numbers, no prose)."""
    zone: list[Band] = []
    k = i - 1
    while k > last and len(zone) < MAX_HEADING_BANDS and not _is_prose(bands[k]) \
            and not any(w.is_value for w in bands[k].words):
        zone.insert(0, bands[k])
        k -= 1
    return zone


def _gap(columns: Sequence[Column]) -> float:
    """Half the narrowest space between neighbouring headings: how far a number may stray."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(columns) if b.x0 > a.x1]
    return min(gaps) / 2 if gaps else 0.0


def _heading(zone: Sequence[Band], labels: set[str]) -> tuple[list[Column], list[Band]]:
    """The columns the zone's word stacks name, and the bands they are in; none when they name
    too few of the pack's column headings."""
    if not zone:
        return [], []
    stacks = _stacks(zone)
    named = [s for s in stacks if label_key(s.label) in labels and not _ordinal_start(s.label)]
    if not (len(named) >= 2 or (len(named) == 1 and len(label_key(named[0].label)) >= 4)):
        return [], []
    mine = {id(w) for c in named for w in c.words}
    return named, [b for b in zone if any(id(w) in mine for w in b.words)]  # (a section heading above stays)


def _ordinal_start(text: str) -> bool:
    t = text.lstrip()
    return bool(t) and (t[0].isdigit() or t[0] in "(（一二三四五六七八九十")


def _stacks(group: Sequence[Band], spanning: bool = True) -> list[Column]:
    """Words of the bands joined top to bottom where they overlap horizontally (商业 over 企业).

    A word wider than two words of another band (申请人情况 over its columns) heads
    a group of columns, not a column: it is left out (unless `spanning` keeps it).
    """
    words = [w for b in group for w in b.words if len(w.text) < PROSE_CHARS]
    narrow = [w for w in words if not (spanning and _spans(w, group))]
    stacks: list[list[Word]] = []
    for w in sorted(narrow, key=lambda w: (w.x0, w.top)):
        for s in stacks:
            if any(_aligned(w, o) for o in s):
                s.append(w)
                break
        else:
            stacks.append([w])
    out = []
    for s in stacks:
        s.sort(key=lambda w: (w.top, w.x0))
        out.append(Column("".join(w.text for w in s), min(w.x0 for w in s), max(w.x1 for w in s), tuple(s)))
    return sorted(out, key=lambda c: c.x0)


def _aligned(a: Word, b: Word) -> bool:
    """Two words one above the other in one cell: centred on one axis, or flush left."""
    narrow = min(a.x1 - a.x0, b.x1 - b.x0)
    return _overlap(a, b) > 0 and (abs(a.xmid - b.xmid) <= 0.25 * narrow or abs(a.x0 - b.x0) <= 0.1 * narrow)


def _phrases(words: Sequence[Word]) -> list[Word]:
    """Words of one line joined where only a space parts them (`1. 属 于国 家 秘密`), not a cell's margin."""
    out: list[Word] = []
    for w in sorted(words, key=lambda w: w.x0):
        if out and w.x0 - out[-1].x1 < 0.5 * (w.bottom - w.top):
            last = out[-1]
            out[-1] = Word(last.text + w.text, last.x0, w.x1, min(last.top, w.top), max(last.bottom, w.bottom),
                           last.loc, min(last.confidence, w.confidence))
        else:
            out.append(w)
    return out


def _spans(word: Word, group: Sequence[Band]) -> bool:
    """Whether a word lies over two or more columns of the others (申请人情况 over 科研 and 社会)."""
    width = word.x1 - word.x0
    under = sorted((o for b in group for o in b.words
                    if o is not word and _overlap(word, o) > 0 and o.x1 - o.x0 < width), key=lambda o: o.x0)
    apart, right = 0, float("-inf")
    for o in under:
        if o.x0 >= right - 0.25 * (o.x1 - o.x0):  # (edges that touch or barely cross are apart)
            apart += 1
            right = o.x1
        else:
            right = max(right, o.x1)
    return apart >= 2


def _overlap(a: Word, b: Word) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


PROSE_CHARS = 24  # a word this long is running text, not a cell


def _is_prose(band: Band) -> bool:
    """A line of running text and nothing else: the table has ended (or not begun)."""
    return all(len(w.text) >= PROSE_CHARS for w in band.words)


def _data_row(bands: Sequence[Band], i: int, columns: Sequence[Column], min_confidence: float,
              done: Sequence[GridRow]) -> GridRow | None:
    band = bands[i]
    edge = columns[0].x0  # a word centred left of the first column is the label's, any other a cell's
    values = [w for w in band.words if w.xmid >= edge]
    label_bands = _label_bands(bands, i, columns, done)
    parts = [Band(_phrases([w for w in b.words if w.xmid < edge])) for b in label_bands]
    labels = tuple(s.label for s in _stacks([b for b in parts if b.words], spanning=False))
    if any(w.confidence < min_confidence for b in label_bands for w in b.words):
        return GridRow("unread", labels, (), band.top, tuple(label_bands))  # a word read too unsurely
    placed = _place(values, columns, min_confidence)
    if placed is None:
        return GridRow("unplaced", labels, tuple(w.text for w in sorted(values, key=lambda w: w.x0)), band.top,
                       tuple(label_bands))
    return GridRow("row", labels, tuple(placed), band.top, tuple(label_bands))


def _label_bands(bands: Sequence[Band], i: int, columns: Sequence[Column], done: Sequence[GridRow]) -> list[Band]:
    """The data band and the label-only bands that run on from it without a gap (a label wrapped over
    lines) and are nearer to it than to another data row."""
    used = {id(b) for r in done for b in r.bands}

    def label_only(b: Band) -> bool:
        return id(b) not in used and all(w.xmid < columns[0].x0 and not w.is_value for w in b.words)

    line = bands[i].bottom - bands[i].top
    out = [bands[i]]
    k = i - 1
    while k >= 0 and label_only(bands[k]) and out[0].top - bands[k].bottom <= 0.8 * line \
            and _nearer(bands, k, i, -1):
        out.insert(0, bands[k])
        k -= 1
    k = i + 1
    while k < len(bands) and label_only(bands[k]) and bands[k].top - out[-1].bottom <= 0.8 * line \
            and _nearer(bands, k, i, +1):
        out.append(bands[k])
        k += 1
    return out


def _nearer(bands: Sequence[Band], k: int, i: int, step: int) -> bool:
    """Whether band k is nearer to data band i than to the next band with numbers beyond it."""
    j = k + step
    while 0 <= j < len(bands) and not any(w.is_value for w in bands[j].words):
        j += step
    if not 0 <= j < len(bands):
        return True
    return abs(bands[k].ymid - bands[i].ymid) < abs(bands[k].ymid - bands[j].ymid)


def _place(values: Sequence[Word], columns: Sequence[Column], min_confidence: float) -> list[str] | None:
    """The text of each column, or None when a number's column is not certain."""
    out = [""] * len(columns)
    bounds = [(a.x1 + b.x0) / 2 for a, b in itertools.pairwise(columns)]
    edges = [columns[0].x0 - _gap(columns), *bounds, columns[-1].x1 + _gap(columns)]
    for w in values:
        if w.confidence < min_confidence:
            return None
        at = [k for k in range(len(columns)) if edges[k] <= w.x0 and w.x1 <= edges[k + 1]]
        if len(at) != 1 or out[at[0]]:
            return None  # across a boundary, outside the columns, or a second number in a column
        out[at[0]] = w.text
    return out
