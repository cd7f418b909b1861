"""Plain immutable data: the parsed document and the findings made about it.

Every node carries a `Location` in the original input (1-based line and
column, counted in Unicode code points) so that findings can point at it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal

# where a line of a Word file's rendering came from: ("p", i) the i-th body paragraph, ("row", t, r) row r of the
# t-th body table (0-based), () neither
Origin = tuple[()] | tuple[Literal["p"], int] | tuple[Literal["row"], int, int]


@dataclass(frozen=True, slots=True)
class Location:
    """A span of the input: 1-based line and column (in code points) of its start and end, and its PDF page."""

    source: str
    line: int
    column: int
    end_line: int
    end_column: int
    page: int | None = None


def slot_init(cls: type) -> None:
    """Give a frozen slots dataclass an `__init__` that stores each field through its slot's setter.

    A frozen dataclass's own `__init__` sets each field with `object.__setattr__(self, name, value)`: a
    look-up on `object` and a name to find in the type for every field. Calling the slot descriptor's
    `__set__` stores the same value in the same slot at about half the cost, and still never passes
    through the class's `__setattr__` (which refuses). Written, like dataclasses writes its own, from the
    fields (same parameters and defaults); used for the few classes made hundreds of times a report;
    tests/test_slot_init.py holds each to the one dataclasses writes.
    """
    fields = dataclasses.fields(cls)
    scope: dict[str, Any] = {}
    params = []
    for f in fields:
        assert f.default_factory is dataclasses.MISSING, (cls, f.name)  # (a default value, or none)
        scope[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields)
    exec(f"def __init__(self, {', '.join(params)}):{body}", scope)  # (our own field names only)
    setattr(cls, "__init__", scope["__init__"])  # noqa: B010


slot_init(Location)  # (made ~300 times a report)


@dataclass(frozen=True, slots=True)
class ImageCell:
    """A table cell read from an image by OCR: which image, where in its grid, and how surely."""

    image: str  # the image as the input names it (an <img> src, a Word media part, "page 3" of a PDF)
    row: int  # the cell's row and column in the image's grid (0-based)
    col: int
    confidence: float  # 0..1; 0 for a cell left unread
    read: bool = True  # False: ink that OCR could not read with certainty (never a value)
    note: str = ""


class CellKind(StrEnum):
    NUMBER = "number"
    BLANK = "blank"
    DASH = "dash"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table as read: its text as written, what kind of value it is, the number if any."""

    raw: str
    kind: CellKind
    value: Decimal | None
    loc: Location | None



slot_init(Cell)  # (made ~300 times a report)

@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the report: its title, its ordinal as written and its value, its level."""

    text: str  # the title without its ordinal or markup
    ordinal: str | None  # the ordinal as written, e.g. "一、" or "（一）"
    system: str | None  # "cn", "paren_cn", "num", "paren_num"
    number: int | None  # the ordinal's value (一 -> 1)
    level: int  # 1 = section level, 2 = sub-heading
    loc: Location


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the report recognised as one of the pack's sections: its heading and where it lies."""

    key: str  # canonical section key from the rule pack
    heading: Heading
    match: str  # "exact", "variant" or "fuzzy"
    start_line: int
    end_line: int  # last line that belongs to the section
    start: tuple[int, int] = (0, 0)  # (line, column) of its heading
    end: tuple[int, int] | None = None  # (line, column) of the next section's heading

    def contains(self, loc: Location) -> bool:
        """Whether a place lies in the section (by line and column: a page may hold all on one line)."""
        at = (loc.line, loc.column)
        return self.start <= at and (self.end is None or at < self.end)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of prose and where it is."""

    text: str
    loc: Location


@dataclass(frozen=True, slots=True)
class ExtraRow:
    """A row of a recognised table that does not belong to the template."""

    label: str
    loc: Location
    values: tuple[str, ...] = ()  # its cells as written


@dataclass(frozen=True)
class Table:
    """A table of the pack found in the report: its cells by (row, column) key, as far as they were read."""

    id: str
    loc: Location
    cells: Mapping[tuple[str, str], Cell]
    rows: tuple[str, ...]  # canonical row keys found, in document order
    columns: tuple[str, ...]  # canonical column keys found
    extra_rows: tuple[ExtraRow, ...] = ()
    row_locs: Mapping[str, Location] = field(default_factory=lambda: MappingProxyType({}))
    unread_rows: tuple[str, ...] = ()  # rows seen whose values could not be put in their columns

    def cell(self, row: str, col: str) -> Cell | None:
        return self.cells.get((row, col))


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Something the reader noticed about the input itself (reported as a 9xx finding)."""

    code: str
    args: Mapping[str, Any]
    loc: Location | None


@dataclass(frozen=True)
class SourceInfo:
    """What an input is and where it came from: name, kind, encoding, digest; URL, date, title if known."""

    name: str  # path, URL or "-"
    kind: str  # "text", "markdown", "html", ...
    encoding: str | None = None
    sha256: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None


@dataclass(frozen=True)
class SourceText:
    """The input's text as written, before folding, so that quotes keep their original punctuation.

    `lines` are the lines that locations count in (a text file, or the rendering of a PDF or Word
    file); for HTML, `blocks` maps the (line, column) of each text element in the page source to its
    text (a paragraph there starts at its element's place, somewhere inside the element's text).
    """

    lines: tuple[str, ...] = ()
    blocks: Mapping[tuple[int, int], str] = field(default_factory=dict)

    def text(self, line: int, column: int, end_column: int) -> str | None:
        """The original text between two columns of one line (line-based inputs), or None."""
        if not 0 < line <= len(self.lines) or column < 1:
            return None
        return self.lines[line - 1][column - 1 : end_column - 1]

    def block(self, line: int, column: int) -> str | None:
        """The text of the HTML element that starts at or last before a place on its line, or None."""
        starts = [c for (ln, c) in self.blocks if ln == line and c <= column]
        return self.blocks[(line, max(starts))] if starts else None


@dataclass(frozen=True)
class Document:
    """A report as read: its headings, sections, prose and tables, and what the reader noticed on the way."""

    source: SourceInfo
    headings: tuple[Heading, ...]
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    tables: Mapping[str, Table]
    format: str | None
    year: int | None
    agency: str | None
    problems: tuple[InputProblem, ...] = ()
    line_count: int = 0
    images: tuple[Location, ...] = ()  # pictures in the report body (HTML)
    line_pages: tuple[int, ...] = ()  # the PDF page of each line of the rendering
    markers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # format -> its marker words found
    # rows found with the wrong number of cells: table id -> ("label|found|expected", location)
    shape: Mapping[str, tuple[tuple[str, Location], ...]] = field(default_factory=dict)
    original: SourceText | None = None  # the text as written, to quote from
    line_origins: tuple[Origin, ...] = ()  # DOCX: the paragraph or table row each line of the rendering came from
    notes: tuple[Note, ...] = ()  # how the reader read what it inferred, and what it left unread
    # cells read from images by OCR, by the (line, column) of their location; `ocr_missing` says why
    # images were not read (OCR not installed, switched off) when the document holds some
    ocr: Mapping[tuple[int, int], ImageCell] = field(default_factory=dict)
    ocr_missing: str = ""


    def image_cell(self, loc: Location | None) -> ImageCell | None:
        """The OCR reading behind a cell's location, when the cell was read from an image."""
        return self.ocr.get((loc.line, loc.column)) if loc is not None and self.ocr else None

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    """What a rule found at one place of a report: its code, severity, message arguments and evidence."""

    code: str
    name: str
    severity: Severity
    args: Mapping[str, Any]  # message arguments, rendered by the reporter in zh or en
    loc: Location | None
    where: Mapping[str, Any] = field(default_factory=dict)
    evidence: Mapping[str, Any] = field(default_factory=dict)
    template: Mapping[str, str] | None = field(default=None, compare=False)  # its rule's message (zh, en)
    # a root cause the engine diagnosed (reportlint.diagnose): the cell changes that make every equation of
    # the table hold ({table, row, column, from, to} each), and the other findings they explain
    fixes: tuple[Mapping[str, Any], ...] = field(default=(), compare=False)
    related: tuple[Finding, ...] = field(default=(), compare=False)

    def sort_key(self) -> tuple[int, int, str]:
        if self.loc is None:
            return (0, 0, self.code)
        return (self.loc.line, self.loc.column, self.code)


@dataclass(frozen=True)
class Note:
    """A check instance that was skipped, and why (never a finding)."""

    rule: str
    text: str


@dataclass(frozen=True)
class Result:
    """What linting one input produced."""

    source: SourceInfo
    document: Document | None
    findings: tuple[Finding, ...]
    notes: tuple[Note, ...] = ()
    pack: Any = None  # the rule pack the document was checked against (by its detected format)


def number_text(value: Decimal) -> str:
    """A Decimal as people write it: 3 for 3.00, 4068.208 as is, never 1E+2."""
    whole = value.to_integral_value()  # exact at any length (normalize() would round a 29-digit count)
    return format(whole, "f") if value == whole else format(value, "f")
