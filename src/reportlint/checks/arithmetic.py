"""Arithmetic: an `equation` rule asserts a relation between cells for every row or column.

The cells may be another report's (`prev.t3[carry_forward, total]`): such a rule
runs when the engine checks reports together, with their `Related` reports.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from reportlint.across import Related
from reportlint.checks import Hit, kind
from reportlint.checks.cells import row_label
from reportlint.expr import Missing, Outcome, Plan, Term, compile_plan, evaluate
from reportlint.model import CellKind, Document, Note, number_text
from reportlint.pack import Pack, RuleSpec


@kind("equation")
def equation(doc: Document, rule: RuleSpec, pack: Pack, related: Related | None = None) -> Iterator[Hit | Note]:
    assert rule.expr is not None
    quals = rule.expr.qualifiers()
    if quals and related is None:
        return  # a rule across reports: checked when reports are checked together
    tables = {ref.table for ref in rule.expr.refs() if ref.qual is None}
    absent = sorted(t for t in tables if t not in doc.tables)
    if absent:
        yield Note(rule.code, f"skipped: table {', '.join(absent)} not found")
        return
    prev = related.prev if related is not None else None
    if "prev" in quals and prev is None:
        yield Note(rule.code, "skipped: no report of the same body for the year before")
        return
    others: Sequence[Document | None] = [None]
    if "other" in quals:
        assert related is not None and rule.against is not None
        others = related.pairs(rule.against)
    children = related.children if related is not None and "children" in quals else []

    def order(tid: str, axis: str) -> Sequence[str]:
        tpl = pack.tables[tid]
        return tpl.row_keys if axis == "rows" else tpl.col_keys

    for other in others:
        reports = {None: doc, "prev": prev, "other": other}

        def lookup(qual: str | None, tid: str, row: str, col: str,
                   reports: Mapping[str | None, Document | None] = reports) -> Decimal | None:
            if qual == "children":
                values = [_value(d, tid, row, col) for d in children]
                found = [v for v in values if v is not None]
                return sum(found, Decimal(0)) if found and len(found) == len(values) else None
            return _value(reports.get(qual), tid, row, col)

        for env, plan in _plans(pack, rule):
            if plan is not None and plan.holds(doc.tables):
                continue  # holds: nothing to say, no terms built
            result = evaluate(rule.expr, env, lookup, order)
            if isinstance(result, Missing):
                where = f"{result.qual}." if result.qual else ""
                yield Note(rule.code, f"skipped {_env(env)}: {where}{result.table}[{result.row}, {result.col}] "
                                      "has no number")
            elif not result.holds:
                yield _from_image(_hit(doc, pack, env, result, prev if "prev" in quals else other), doc, rule, result)


def _plans(pack: Pack, rule: RuleSpec) -> list[tuple[dict[str, str], Plan | None]]:
    """The rule's bindings, each with its compiled form (made once per pack and rule)."""
    plans = _pack_plans(pack)
    found = plans.get(id(rule))
    if found is None:
        assert rule.expr is not None
        expr = rule.expr

        def order(tid: str, axis: str) -> Sequence[str]:
            tpl = pack.tables[tid]
            return tpl.row_keys if axis == "rows" else tpl.col_keys

        found = plans[id(rule)] = [(env, compile_plan(expr, env, order)) for env in _bindings(rule.for_, order)]
    return found


@lru_cache(maxsize=8)  # a pack is hashed by identity and keeps its rules (and their ids) alive
def _pack_plans(pack: Pack) -> dict[int, list[tuple[dict[str, str], Plan | None]]]:
    return {}


def _value(doc: Document | None, tid: str, row: str, col: str) -> Decimal | None:
    table = doc.tables.get(tid) if doc is not None else None
    cell = table.cell(row, col) if table is not None else None
    return cell.value if cell is not None and cell.kind is CellKind.NUMBER else None


def _bindings(for_: Mapping[str, str], order: Callable[[str, str], Sequence[str]]) -> Iterator[dict[str, str]]:
    names = list(for_)
    axes = [order(*spec.split(".")) for spec in for_.values()]
    for combo in itertools.product(*axes):
        yield dict(zip(names, combo, strict=True))


def _env(env: Mapping[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in env.items()) or "(no binding)"


def _hit(doc: Document, pack: Pack, env: Mapping[str, str], result: Outcome, other: Document | None) -> Hit:
    terms = result.left_terms + result.right_terms
    anchor = next((t for t in terms if t.qual is None), terms[0])
    tpl = pack.tables[anchor.table]
    own = doc.tables.get(anchor.table) if anchor.qual is None else None
    cell = own.cell(anchor.row, anchor.col) if own is not None else None
    args = {
        "table": tpl.title,
        "row": row_label(tpl.row(env["row"]).label, env["row"]) if "row" in env else "",
        "column": row_label(tpl.column(env["col"]).label, env["col"]) if "col" in env else "",
        "reported": number_text(result.left),
        "computed": number_text(result.right),
        "year": doc.year or "",
        "prev_year": (other.year or "") if other is not None else "",
    }
    where = {"table": anchor.table, "row": anchor.row, "column": anchor.col}
    evidence: dict[str, Any] = {
        "reported": number_text(result.left),
        "computed": number_text(result.right),
        "cells": [_term(doc, t, side) for side, terms in (("left", result.left_terms), ("right", result.right_terms))
                  for t in terms],
    }
    if other is not None:
        evidence["other"] = other.source.name
    loc = cell.loc if cell is not None and cell.loc is not None else (own.loc if own is not None else None)
    return Hit(loc, args, where, evidence, other=other.source.name if other is not None else None)


def _from_image(hit: Hit, doc: Document, rule: RuleSpec, result: Outcome) -> Hit:
    """A finding on cells read from an image by OCR names the image; it stays an error only when every
    operand was read with high confidence (`image_confidence`), else it is a warning to check by eye."""
    if not doc.ocr:
        return hit
    spots = []
    for term in (*result.left_terms, *result.right_terms):
        table = doc.tables.get(term.table) if term.qual is None else None
        cell = table.cell(term.row, term.col) if table is not None else None
        spot = doc.image_cell(cell.loc) if cell is not None else None
        if spot is not None:
            spots.append(spot)
    if not spots:
        return hit
    images = list(dict.fromkeys(s.image for s in spots))
    sure = min(s.confidence for s in spots) >= rule.options.get("image_confidence", 0.8)
    evidence = {**hit.evidence, "images": images, "ocr_confidence": round(min(s.confidence for s in spots), 3),
                "ocr_cells": [{"image": s.image, "row": s.row, "column": s.col, "confidence": s.confidence}
                              for s in spots]}
    args = {**hit.args, "image": "、".join(images)}
    extra = rule.options.get("from_image" if sure else "from_image_unsure")
    message = None
    if extra:  # kept as an argument too, so that a diagnosis rewording the finding keeps it (diagnose.py)
        args["image_note"] = {lang: extra[lang].replace("{image}", args["image"]) for lang in extra}
        message = {lang: rule.message[lang] + "{image_note}" for lang in rule.message}
    return replace(hit, args=args, evidence=evidence, severity=None if sure else "warning", message=message)


def _term(doc: Document, term: Term, side: str) -> dict[str, str | int]:
    out: dict[str, str | int] = {"side": side, "table": term.table, "row": term.row, "column": term.col,
                                 "value": number_text(term.value)}
    if term.qual is not None:
        out["report"] = term.qual
        return out
    cell = doc.tables[term.table].cell(term.row, term.col)
    if cell is not None and cell.loc is not None:
        out.update(line=cell.loc.line, column_no=cell.loc.column)
    return out
