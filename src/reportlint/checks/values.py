"""Values the prose checks read from the tables: a cell, or a sum of cells (`t3[granted:partial, total]`).

A blank 总计 cell is read as the sum of its row's other columns when those are all
known. A blank (or dashed) cell elsewhere is read as 0 only when the table itself
proves that is what its blanks mean: with every blank read that way, every equation
of the pack over that table can be evaluated and holds, and at least one of them
holds only thanks to numbers beside its blanks (a table that leaves its zeros
blank, as many 2019/2020 tables do). Otherwise a blank stays unknown and the
check that needs it is skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import lru_cache

from reportlint.expr import Expr, Missing, Plan, compile_plan, evaluate, parse_value
from reportlint.model import CellKind, Document
from reportlint.pack import Pack, RuleSpec

EMPTY = (CellKind.BLANK, CellKind.DASH)
Lookup = Callable[[str | None, str, str, str], "Decimal | None"]


Changes = Mapping[tuple[str, str, str], Decimal]  # (table, row, column) -> a value to read instead


def table_value(doc: Document, pack: Pack, expr: Expr | str, changes: Changes | None = None) -> Decimal | None:
    """The value of a sum of cells (with some cells changed, for a diagnosis), or None when a cell is unknown."""
    if isinstance(expr, str):
        expr = parse_value(expr)
    if not changes:  # every cell a number: the sum, straight (else the rules below, by evaluate)
        plan = _value_plan(pack, expr)
        value = plan.total(doc.tables) if plan is not None else None
        if value is not None:
            return value
    zeros = {t for t in {ref.table for ref in expr.refs()} if blanks_are_zeros(doc, pack, t)}
    out = evaluate(expr, {}, reader(doc, pack, zeros, changes), key_order(pack))
    return None if isinstance(out, Missing) else out.left


def _value_plan(pack: Pack, expr: Expr) -> Plan | None:
    """The value's compiled form, made once per pack and expression (the entry keeps the expression, so
    that its id is not reused while the entry stands)."""
    plans = _plans(pack)
    entry = plans.get(id(expr))
    if entry is None or entry[0] is not expr:
        if len(plans) > 4096:
            plans.clear()
        entry = plans[id(expr)] = (expr, compile_plan(expr, {}, key_order(pack)))
    return entry[1]


@lru_cache(maxsize=8)  # a pack is hashed by identity
def _plans(pack: Pack) -> dict[int, tuple[Expr, Plan | None]]:
    return {}


def reader(doc: Document, pack: Pack, zeros: set[str] | frozenset[str] = frozenset(),
           changes: Changes | None = None) -> Lookup:
    """A cell lookup for the expression evaluator: numbers as read; blanks by the rules above."""

    def cell_value(tid: str, row: str, col: str) -> Decimal | None:
        if changes and (tid, row, col) in changes:
            return changes[(tid, row, col)]
        table = doc.tables.get(tid)
        cell = table.cell(row, col) if table else None
        if cell is not None and cell.kind is CellKind.NUMBER:
            return cell.value
        if table is None or (cell is not None and cell.kind not in EMPTY):
            return None
        if col == "total" and tid in pack.tables and "total" in pack.tables[tid].col_keys:
            parts = [cell_value(tid, row, c) for c in pack.tables[tid].col_keys if c != "total"]
            found = [p for p in parts if p is not None]
            if found and len(found) == len(parts) and (cell is not None or row in table.rows):
                return sum(found, Decimal(0))
            return None
        return Decimal(0) if tid in zeros and cell is not None else None

    def lookup(qual: str | None, tid: str, row: str, col: str) -> Decimal | None:
        return None if qual is not None else cell_value(tid, row, col)

    return lookup


_PROVED: dict[tuple[int, int], tuple[object, object, bool]] = {}  # (table, pack) ids -> (table, pack, answer)


def blanks_are_zeros(doc: Document, pack: Pack, tid: str) -> bool:
    """Whether the table's own arithmetic shows that its blank cells stand for 0 (asked by every figure: kept
    per table object, which the cache holds on to so that its id is not reused)."""
    table = doc.tables.get(tid)
    if table is None:
        return False
    key = (id(table), id(pack))
    cached = _PROVED.get(key)
    if cached is not None and cached[0] is table and cached[1] is pack:
        return cached[2]
    if len(_PROVED) > 256:
        _PROVED.clear()
    answer = any(c.kind in EMPTY for c in table.cells.values()) and _proved(doc, pack, tid)
    _PROVED[key] = (table, pack, answer)
    return answer


def _proved(doc: Document, pack: Pack, tid: str) -> bool:
    lookup = reader(doc, pack, {tid})
    plain = reader(doc, pack)
    proved = False
    for rule, env in equations(pack, tid):
        assert rule.expr is not None
        out = evaluate(rule.expr, env, lookup, key_order(pack))
        if isinstance(out, Missing) or not out.holds:
            return False
        if isinstance(evaluate(rule.expr, env, plain, key_order(pack)), Missing) and (out.left or out.right):
            proved = True  # it holds only with its blanks read as 0, and is not 0 = 0
    return proved


def equations(pack: Pack, tid: str) -> Iterator[tuple[RuleSpec, dict[str, str]]]:
    """(rule, binding) of every equation of the pack over one table alone (no other report's cells)."""
    for rule in pack.rules:
        if rule.kind != "equation" or rule.expr is None or rule.expr.qualifiers() or rule.expr.op not in ("=", "=="):
            continue
        if {ref.table for ref in rule.expr.refs()} != {tid}:
            continue
        names = list(rule.for_)
        axes = [key_order(pack)(*spec.split(".")) for spec in rule.for_.values()]
        for combo in itertools.product(*axes):
            yield rule, dict(zip(names, combo, strict=True))


def key_order(pack: Pack) -> Callable[[str, str], tuple[str, ...]]:
    def order(tid: str, axis: str) -> tuple[str, ...]:
        tpl = pack.tables[tid]
        return tpl.row_keys if axis == "rows" else tpl.col_keys

    return order
