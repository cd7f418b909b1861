"""Before an equation on cells read from an image is reported, those cells are read again.

A broken sum on an OCR'd table is first a question about the reading: the cells of every failing
equation that came from an image are handed back to OCR (reportlint.sources.images.ImageStore.reread:
other scales and binarisation); a cell read differently becomes unread, one unread before and now
read agreeing becomes a value. The parser then reads the document again from the new readings.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from reportlint.expr import Missing, evaluate
from reportlint.model import CellKind, Document, Table
from reportlint.pack import Pack
from reportlint.parse.document import _order, equations_of
from reportlint.parse.glued import instances


def failing_image_cells(doc: Document, pack: Pack) -> dict[str, set[tuple[int, int]]]:
    """For each image, the grid cells (row, col) that are operands of an equation that fails."""
    out: dict[str, set[tuple[int, int]]] = {}
    if not doc.ocr:
        return out
    for tid, table in doc.tables.items():
        order = partial(_order, pack)

        def lookup(qual: str | None, t: str, row: str, col: str,
                   table: Table = table, tid: str = tid) -> Decimal | None:
            cell = table.cell(row, col) if qual is None and t == tid else None
            return cell.value if cell is not None and cell.kind is CellKind.NUMBER else None

        for inst in instances(equations_of(pack, tid), order):
            result = evaluate(inst.expr, inst.env, lookup, order)
            if isinstance(result, Missing) or result.holds:
                continue
            for term in (*result.left_terms, *result.right_terms):
                cell = table.cell(term.row, term.col)
                spot = doc.image_cell(cell.loc) if cell is not None else None
                if spot is not None and spot.read:
                    out.setdefault(spot.image, set()).add((spot.row, spot.col))
    return out
