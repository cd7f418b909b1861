"""What OCR hands on: positioned cells and words of a table image, text lines of a scanned page.

Coordinates are pixels of the source image (x to the right, y down; `x1`/`bottom` exclusive).
These classes import nothing heavy: the rest of reportlint may use them without the `ocr` extra.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    NUMBER = "number"  # digits read and agreed by every pass: `text` is the value as printed
    TEXT = "text"  # a label or header: `text` is the best reading, to be matched fuzzily
    BLANK = "blank"  # no ink at all in the cell
    UNREAD = "unread"  # ink that could not be read with confidence: `note` says why


@dataclass(frozen=True)
class OcrWord:
    """One piece of text with its box, as the word-position grid reader takes them."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float  # 0..1
    row: int | None = None  # grid row/column of the cell holding it, when ruling lines define them
    col: int | None = None
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class OcrCell:
    """One cell of the detected grid (a merged cell once, at its top-left grid position)."""

    row: int
    col: int
    rowspan: int
    colspan: int
    x0: float
    x1: float
    top: float
    bottom: float
    kind: Kind
    text: str = ""  # "" unless kind is NUMBER or TEXT
    confidence: float = 0.0
    note: str = ""  # why a cell is unread, or how it was read (e.g. "re-read at ×4")

    @property
    def value_text(self) -> str | None:
        """The number as printed, only when it was read with certainty."""
        return self.text if self.kind is Kind.NUMBER else None


@dataclass(frozen=True)
class OcrTable:
    """A table image read cell by cell.

    `columns`/`rows` are the grid's x-ranges and y-bands. With ruling lines they come from the
    lines and each cell carries its row/col (spans included); without lines (`ruled` False) the
    rows are text-line bands and the columns the whitespace gaps shared by most rows, and a cell
    is a run of ink within a band (its colspan says which columns it crosses).
    """

    source: str
    width: int
    height: int
    ruled: bool
    columns: tuple[tuple[float, float], ...]
    rows: tuple[tuple[float, float], ...]
    cells: tuple[OcrCell, ...]
    engine: str
    complete: bool = True  # False when a budget ran out: the cells not reached are UNREAD
    notes: tuple[str, ...] = ()
    seconds: float = 0.0

    def cell(self, row: int, col: int) -> OcrCell | None:
        """The cell covering grid position (row, col), spans included."""
        for c in self.cells:
            if c.row <= row < c.row + c.rowspan and c.col <= col < c.col + c.colspan:
                return c
        return None

    def words(self) -> list[OcrWord]:
        """Every cell that holds a reading, as one positioned word (blank and unread cells left out)."""
        return [OcrWord(c.text, c.x0, c.x1, c.top, c.bottom, c.confidence,
                        c.row if self.ruled else None, c.col if self.ruled else None, c.kind)
                for c in self.cells if c.kind in (Kind.NUMBER, Kind.TEXT)]

    def unread(self) -> list[OcrCell]:
        return [c for c in self.cells if c.kind is Kind.UNREAD]


@dataclass(frozen=True)
class OcrLine:
    """A line of text on a scanned page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float


@dataclass(frozen=True)
class OcrPage:
    """A scanned page: its prose lines top to bottom, and the tables found on it (cropped and read)."""

    source: str
    width: int
    height: int
    lines: tuple[OcrLine, ...]
    tables: tuple[tuple[tuple[int, int, int, int], OcrTable], ...] = field(default=())  # (box, table)
    complete: bool = True
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
