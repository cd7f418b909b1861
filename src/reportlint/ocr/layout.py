"""An OCR'd table as the rows of cells the table reader reads, like an HTML or Word grid.

The grid found in the image (ruling lines, or the whitespace columns of a table without them)
gives each cell its row and column; rows come out as HTML's do (reportlint.sources.html.grid_rows):
a cell spanning columns once, a label spanning rows repeated in each row it covers, a value
spanning rows once. A cell OCR could not read with certainty comes out as UNREAD_MARK, never as a
number or a blank: the table reader takes it as a non-number (no arithmetic on it) and the checks
recognise it by its `ImageCell` (read False) and leave it out. Imports nothing heavy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlint.model import ImageCell
from reportlint.numerals import ORDINAL_CHARS
from reportlint.ocr.result import Kind, OcrCell, OcrTable
from reportlint.parse.rows import UNREAD_MARK  # what stands in a row for a cell with ink that was not read


@dataclass(frozen=True)
class RowCell:
    """One cell of a row as the table reader takes it: its text and the OCR reading behind it."""

    text: str
    spot: ImageCell | None  # None for a blank cell and for a label repeated from a row above


def table_rows(table: OcrTable, image: str) -> list[list[RowCell]]:
    """The table's rows, top to bottom, each a list of cells left to right (empty rows left out)."""
    starts: dict[tuple[int, int], OcrCell] = {(c.row, c.col): c for c in table.cells}
    covering: dict[tuple[int, int], OcrCell] = {}
    for c in table.cells:
        for r in range(c.row, c.row + c.rowspan):
            for k in range(c.col, c.col + c.colspan):
                covering.setdefault((r, k), c)
    ncols = len(table.columns)
    out: list[list[RowCell]] = []
    for r in range(len(table.rows)):
        row: list[RowCell] = []
        col = 0
        while col < ncols:
            cell = starts.get((r, col))
            if cell is not None:
                row.append(_cell(cell, image))
                col += cell.colspan
                continue
            above = covering.get((r, col))
            if above is None:
                row.append(RowCell("", None))
                col += 1
                continue
            if above.col == col and above.kind is Kind.TEXT:
                row.append(RowCell(_label(above.text), None))  # a row label spanning rows: repeated
            col = above.col + above.colspan
        if any(c.text for c in row):
            out.append(row)
    return out


def _cell(cell: OcrCell, image: str) -> RowCell:
    if cell.kind is Kind.BLANK:
        return RowCell("", None)
    if cell.kind is Kind.UNREAD:
        return RowCell(UNREAD_MARK, ImageCell(image, cell.row, cell.col, 0.0, read=False, note=cell.note))
    text = cell.text if cell.kind is Kind.NUMBER else _label(cell.text)
    return RowCell(text, ImageCell(image, cell.row, cell.col, cell.confidence, note=cell.note))


# a numbered label's ordinal as OCR misreads it: 1. as 上. or l. (the bar of a 1 and its dot), 3. as
# 3, or 2 without its dot; written back as the template prints it
LEAD = re.compile(r"^(?:[上lI|]\s*[.,，、．]|([1-9])\s*[.,，、．]?)\s*(?=[\u4e00-\u9fff])")


# a bracketed ordinal as OCR reads it: the brackets as 〈 《 [ and the like, the numeral sometimes
# misread ((七) as (所)). Written back as the template prints it; a misread numeral is dropped, the
# label's words still match (表三's (七)总计 keeps its numeral: a bare 总计 would read as the 总计
# column's heading)
ORDINAL = re.compile(r"^[(（〈《<〔［\[{]\s*(\S)\s*[)）〉》>〕］\]}]\s*(?=[\u4e00-\u9fff])")


def _ordinal(m: re.Match[str], text: str) -> str:
    if m[1] in ORDINAL_CHARS:
        return f"（{m[1]}）"
    return "（七）" if text[m.end():].startswith("总计") else ""


def _label(text: str) -> str:
    text = " ".join(text.split()).replace("\t", " ")
    text = ORDINAL.sub(lambda m: _ordinal(m, text), text, count=1)
    return LEAD.sub(lambda m: f"{m.group(1) or '1'}.", text, count=1)

