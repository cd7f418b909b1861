"""Arithmetic: an `equation` rule asserts a relation between cells for every row or column."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from reportlint.checks import Hit, kind
from reportlint.checks.cells import row_label
from reportlint.expr import Missing, Outcome, Term, evaluate
from reportlint.model import CellKind, Document, Note, number_text
from reportlint.pack import Pack, RuleSpec


@kind("equation")
def equation(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    assert rule.expr is not None
    tables = {ref.table for ref in rule.expr.refs()}
    absent = sorted(t for t in tables if t not in doc.tables)
    if absent:
        yield Note(rule.code, f"skipped: table {', '.join(absent)} not found")
        return

    def lookup(tid: str, row: str, col: str) -> Decimal | None:
        cell = doc.tables[tid].cell(row, col)
        return cell.value if cell is not None and cell.kind is CellKind.NUMBER else None

    def order(tid: str, axis: str) -> Sequence[str]:
        tpl = pack.tables[tid]
        return tpl.row_keys if axis == "rows" else tpl.col_keys

    for env in _bindings(rule.for_, order):
        result = evaluate(rule.expr, env, lookup, order)
        if isinstance(result, Missing):
            yield Note(rule.code, f"skipped {_env(env)}: {result.table}[{result.row}, {result.col}] has no number")
        elif not result.holds:
            yield _hit(doc, pack, env, result)


def _bindings(for_: Mapping[str, str], order) -> Iterator[dict[str, str]]:
    names = list(for_)
    axes = [order(*spec.split(".")) for spec in for_.values()]
    for combo in itertools.product(*axes):
        yield dict(zip(names, combo, strict=True))


def _env(env: Mapping[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in env.items()) or "(no binding)"


def _hit(doc: Document, pack: Pack, env: Mapping[str, str], result: Outcome) -> Hit:
    anchor = (result.left_terms or result.right_terms)[0]
    tpl = pack.tables[anchor.table]
    cell = doc.tables[anchor.table].cell(anchor.row, anchor.col)
    args = {
        "table": tpl.title,
        "row": row_label(tpl.row(env["row"]).label, env["row"]) if "row" in env else "",
        "column": row_label(tpl.column(env["col"]).label, env["col"]) if "col" in env else "",
        "reported": number_text(result.left),
        "computed": number_text(result.right),
    }
    where = {"table": anchor.table, "row": anchor.row, "column": anchor.col}
    evidence = {
        "reported": number_text(result.left),
        "computed": number_text(result.right),
        "cells": [_term(doc, t, side) for side, terms in (("left", result.left_terms), ("right", result.right_terms))
                  for t in terms],
    }
    return Hit(cell.loc if cell else doc.tables[anchor.table].loc, args, where, evidence)


def _term(doc: Document, term: Term, side: str) -> dict:
    cell = doc.tables[term.table].cell(term.row, term.col)
    out = {"side": side, "table": term.table, "row": term.row, "column": term.col, "value": number_text(term.value)}
    if cell is not None and cell.loc is not None:
        out.update(line=cell.loc.line, column_no=cell.loc.column)
    return out
