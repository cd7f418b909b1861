"""Cells: a number where a number is due (RL203), and counts that are whole and ≥ 0 (RL204)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from reportlint.checks import Hit, kind, text
from reportlint.checks.values import EMPTY, blanks_are_zeros
from reportlint.i18n import both
from reportlint.model import Cell, CellKind, Document, Note, Table
from reportlint.pack import ColumnTpl, Pack, RowTpl, RuleSpec, TableTpl

Bad = list[tuple[RowTpl, ColumnTpl, Cell]]  # the cells that hold no number

FOUND = {CellKind.BLANK: "found.blank", CellKind.DASH: "found.dash", CellKind.TEXT: "found.text"}


def row_label(label: str, key: str) -> dict[str, str]:
    return text(label, f"{label} ({key})")


@lru_cache(maxsize=64)  # a template is hashed by identity
def _grid(tpl: TableTpl) -> tuple[tuple[RowTpl, ColumnTpl, tuple[str, str]], ...]:
    """The template's cells, each with its (row, column) key, in the template's order."""
    return tuple((row, col, (row.key, col.key)) for row, col in tpl.cells())


@kind("cell_kind")
def cell_kind(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        cells = table.cells
        bad = [(row, col, cell) for row, col, key in _grid(tpl)
               if (cell := cells.get(key)) is not None and cell.kind is not CellKind.NUMBER]
        unread = [(row, col) for row, col, cell in bad if (spot := doc.image_cell(cell.loc)) and not spot.read]
        for row, col in unread:
            yield Note(rule.code, f"{tid} {row.key}/{col.key}: unread in the image (OCR not certain)")
        bad = [(row, col, cell) for row, col, cell in bad if (row, col) not in unread]
        zeros = _blank_zeros(doc, rule, pack, tid, bad)
        if zeros is not None:
            yield zeros
            bad = [(row, col, cell) for row, col, cell in bad if cell.kind not in EMPTY]
        whole = _whole_columns(table, tpl, bad)
        for row, col, cell in bad:
            if col.key in whole and whole[col.key] is not cell:
                continue  # reported once for the column
            rows = len(table.rows) if col.key in whole else 1
            label = both("part.every_row") if rows > 1 else row_label(row.label, row.key)
            found = both(FOUND[cell.kind], raw=cell.raw)
            args = {"table": tpl.title, "row": label, "column": row_label(col.label, col.key), "found": found}
            where = {"table": tid, "row": row.key if rows == 1 else None, "column": col.key}
            yield Hit(cell.loc, args, where, {"raw": cell.raw, "kind": cell.kind.value, "count": rows})


def _blank_zeros(doc: Document, rule: RuleSpec, pack: Pack, tid: str, bad: Bad) -> Hit | None:
    """One warning for a table that leaves its zeros blank (its own arithmetic shows they are zeros),
    instead of one error per blank cell."""
    message = rule.options.get("zeros")
    empty = [(row, col, cell) for row, col, cell in bad if cell.kind in EMPTY]
    if message is None or len(empty) < rule.options["zeros_min"] or not blanks_are_zeros(doc, pack, tid):
        return None
    first = empty[0][2]
    cells = [{"row": row.key, "column": col.key, "raw": cell.raw} for row, col, cell in empty]
    return Hit(first.loc, {"table": pack.tables[tid].title, "count": len(empty)}, {"table": tid},
               {"count": len(empty), "blank_cells": cells}, severity="warning", message=message)


def _whole_columns(table: Table, tpl: TableTpl, bad: Bad) -> dict[str, Cell]:
    """Columns blank (or dashed) in every row of a table that has figures elsewhere: one finding
    each, at the first cell. An entirely empty table (a blank template) is reported cell by cell."""
    out: dict[str, Cell] = {}
    if not any(cell.kind is CellKind.NUMBER for cell in table.cells.values()):
        return out
    for col in tpl.columns:
        cells = [cell for row, c, cell in bad if c.key == col.key]
        rows_with_col = [r for r in table.rows if col.key in tpl.columns_of(tpl.row(r))]
        if len(rows_with_col) >= 3 and len(cells) == len(rows_with_col):
            out[col.key] = cells[0]
    return out


@kind("cell_value")
def cell_value(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        cells = table.cells
        for row, col, key in _grid(tpl):
            cell = cells.get(key)
            if cell is None or (value := cell.value) is None:
                continue
            if (value >= 0 or col.kind == "signed") and (col.kind == "decimal" or value == value.to_integral_value()):
                continue
            args = {"table": tpl.title, "row": row_label(row.label, row.key),
                    "column": row_label(col.label, col.key), "value": cell.raw}
            yield Hit(cell.loc, args, {"table": tid, "row": row.key, "column": col.key},
                      {"reported": format(cell.value, "f")})
