"""Figures across reports: a parent's tables against the sum of its children's (the roll-up), and a
figure against last year's (a jump).

The roll-up compares every count cell of the tables the rule names with the sum
of the same cell over the reports of the bodies under this one (`children.` in
the expression language: who is under whom comes from a roster). A cell whose
sum is incomplete — a child's report missing, or that cell unread in it — is not
an error: the finding is *uncertain* (info) unless the children already read add
up to more than the parent (counts are never negative, so that much is certain).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from reportlint.across import Related
from reportlint.checks import Hit, doc_start, kind, text
from reportlint.expr import Missing, evaluate
from reportlint.i18n import both, say
from reportlint.model import CellKind, Document, Note, number_text
from reportlint.pack import Pack, RuleSpec


def _value(doc: Document, tid: str, row: str, col: str) -> Decimal | None:
    table = doc.tables.get(tid)
    cell = table.cell(row, col) if table is not None else None
    return cell.value if cell is not None and cell.kind is CellKind.NUMBER else None


@kind("rollup")
def rollup(doc: Document, rule: RuleSpec, pack: Pack, related: Related | None = None) -> Iterator[Hit | Note]:
    if related is None or related.doc not in related.corpus or not related.expected_children:
        return
    children = related.children
    if not children:
        yield Note(rule.code, "skipped: no report of the bodies under this one")
        return
    found = {related.corpus.body(c) for c in children}
    missing = [b for b in related.expected_children if b not in found]
    certain: list[dict[str, Any]] = []
    uncertain: list[dict[str, Any]] = []
    for tid in rule.options["tables"]:
        tpl = pack.tables[tid]
        for row, col in tpl.cells():
            if col.kind != "count" or (own := _value(doc, tid, row.key, col.key)) is None:
                continue
            values = [_value(c, tid, row.key, col.key) for c in children]
            known = sum((v for v in values if v is not None), Decimal(0))
            complete = not missing and None not in values
            if known == own or not _any(values):
                continue  # adds up (an incomplete sum: the rest is zero), or no child's value was read
            cell = {"table": tid, "row": row.key, "column": col.key, "reported": number_text(own),
                    "computed": number_text(known), "complete": complete,
                    "label": f"{tpl.title['zh'].split('（')[0]} {row.label}·{col.label}"}
            (certain if complete or known > own else uncertain).append(cell)
    cells = certain or uncertain
    if not cells:
        return
    yield _hit(doc, rule, cells, bool(certain), children, missing)


def _any(values: list[Decimal | None]) -> bool:
    """Whether some child's value was read at all (nothing read: nothing to say about this cell)."""
    return any(v is not None for v in values)


def _hit(doc: Document, rule: RuleSpec, cells: list[dict[str, Any]], certain: bool, children: list[Document],
         missing: list[str]) -> Hit:
    shown = cells[: rule.options["max_cells"]]
    more_zh = f"等 {len(cells)} 处" if len(cells) > len(shown) else ""
    more_en = f" and {len(cells) - len(shown)} more" if len(cells) > len(shown) else ""
    listed_zh = "；".join(f"{c['label']}：本报告 {c['reported']}，下级合计 {c['computed']}" for c in shown) + more_zh
    listed_en = "; ".join(f"{c['table']}[{c['row']}, {c['column']}]: {c['reported']} here, {c['computed']} summed"
                          for c in shown) + more_en
    if certain:
        verdict = both("part.rollup_differs", children=len(children))
    else:
        verdict = {"zh": say("part.rollup_unsure", "zh", gone="、".join(missing) or say("part.some_cells", "zh")),
                   "en": say("part.rollup_unsure", "en", gone=", ".join(missing) or say("part.some_cells", "en"))}
    args = {"verdict": verdict, "cells": text(listed_zh, listed_en), "count": len(cells),
            "children": len(children)}
    first = cells[0]
    table = doc.tables.get(first["table"])
    own = table.cell(first["row"], first["column"]) if table is not None else None
    where = {"table": first["table"], "row": first["row"], "column": first["column"]}
    evidence = {"cells": [{k: v for k, v in c.items() if k != "label"} for c in cells],
                "children": sorted(c.source.name for c in children), "missing": missing}
    loc = own.loc if own is not None and own.loc is not None else doc_start(doc)
    return Hit(loc, args, where, evidence, severity=None if certain else "info")


@kind("jump")
def jump(doc: Document, rule: RuleSpec, pack: Pack, related: Related | None = None) -> Iterator[Hit | Note]:
    if related is None or related.doc not in related.corpus:
        return
    prev = related.prev
    if prev is None:
        return
    factor = Decimal(str(rule.options["factor"]))
    floor = Decimal(str(rule.options["min_value"]))

    def order(tid: str, axis: str) -> tuple[str, ...]:
        tpl = pack.tables[tid]
        return tpl.row_keys if axis == "rows" else tpl.col_keys

    for figure in rule.options["figures"]:
        now = evaluate(figure["value"], {}, lambda q, t, r, c: _value(doc, t, r, c), order)
        then = evaluate(figure["value"], {}, lambda q, t, r, c: _value(prev, t, r, c), order)
        if isinstance(now, Missing) or isinstance(then, Missing):
            continue
        a, b = now.left, then.left
        small, large = min(a, b), max(a, b)
        if large < floor or (small > 0 and large <= small * factor):
            continue
        args = {"what": figure["what"], "value": number_text(a), "prev_value": number_text(b),
                "year": doc.year or "", "prev_year": prev.year or "", "factor": number_text(factor)}
        term = now.left_terms[0]
        table = doc.tables.get(term.table)
        cell = table.cell(term.row, term.col) if table is not None else None
        where = {"table": term.table, "row": term.row, "column": term.col}
        evidence = {"value": number_text(a), "prev_value": number_text(b), "other": prev.source.name,
                    "expression": figure["value"].value_text}
        yield Hit(cell.loc if cell is not None and cell.loc is not None else doc_start(doc), args, where, evidence,
                  other=prev.source.name)
