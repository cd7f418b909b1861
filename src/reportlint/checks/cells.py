"""Cells: a number where a number is due (RL203), and counts that are whole and ≥ 0 (RL204)."""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.checks import Hit, kind, text
from reportlint.model import CellKind, Document, Note
from reportlint.pack import Pack, RuleSpec

FOUND = {
    CellKind.BLANK: ("空白", "a blank cell"),
    CellKind.DASH: ("横线“{raw}”", 'a dash "{raw}"'),
    CellKind.TEXT: ("文字“{raw}”", 'text "{raw}"'),
}


def row_label(label: str, key: str) -> dict[str, str]:
    return text(label, f"{label} ({key})")


@kind("cell_kind")
def cell_kind(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        for row, col in tpl.cells():
            cell = table.cell(row.key, col.key)
            if cell is None or cell.kind is CellKind.NUMBER:
                continue
            zh, en = FOUND[cell.kind]
            found = text(zh.format(raw=cell.raw), en.format(raw=cell.raw))
            args = {"table": tpl.title, "row": row_label(row.label, row.key),
                    "column": row_label(col.label, col.key), "found": found}
            yield Hit(cell.loc, args, {"table": tid, "row": row.key, "column": col.key},
                      {"raw": cell.raw, "kind": cell.kind.value})


@kind("cell_value")
def cell_value(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        for row, col in tpl.cells():
            cell = table.cell(row.key, col.key)
            if cell is None or cell.value is None:
                continue
            whole = cell.value == cell.value.to_integral_value()
            if cell.value >= 0 and (whole or col.kind == "decimal"):
                continue
            args = {"table": tpl.title, "row": row_label(row.label, row.key),
                    "column": row_label(col.label, col.key), "value": cell.raw}
            yield Hit(cell.loc, args, {"table": tid, "row": row.key, "column": col.key},
                      {"reported": format(cell.value, "f")})
