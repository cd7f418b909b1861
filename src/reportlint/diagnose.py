"""Diagnose, not only detect: the cell whose change makes every equation of a table hold.

A clerk who types 23 for 22 in 表三（七）总计 breaks three equations at once (RL301,
RL302, RL303). After the checks, for each table with arithmetic findings, the engine
searches for the smallest change — one cell, else two — that makes every equation of
the pack over that table hold (each equation is linear in the cells: its coefficients
are read by evaluating it once more with a cell raised by one). The new value must
fit its column (a count is a whole number ≥ 0).

- Exactly one such change: it is reported once, on the finding at that cell (else the
  first), whose message names the cell, the value entered and the value due; the
  table's other arithmetic findings are attached to it (`related`), not repeated. The
  change is the finding's `fixes` ({table, row, column, from, to}); the data is never
  changed. A prose figure that disagrees only because of that cell (RL401) says so,
  as info; a prose figure that agrees with the cell as it is speaks against the change,
  and then no change is named.
- Two to three one-cell changes fit: the cells are named as suspects instead.
- Otherwise the findings stay as they are.

This is a field on the finding it explains, not a new code: the code keeps saying
which relation failed, and the diagnosis is a better message and the `fixes` field.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, DecimalException
from typing import Any

from reportlint.checks.values import equations, key_order, table_value
from reportlint.expr import CellRef, Const, Expr, Lookup, Missing, Node, Order, Outcome, Sum, evaluate, expand
from reportlint.i18n import LANGS
from reportlint.model import CellKind, Document, Finding, Severity, number_text
from reportlint.pack import Pack, TableTpl

Cell = tuple[str, str]  # (row, column) of one table
MAX_SUSPECTS = 3
PROSE_CODE = "RL401"


@dataclass(frozen=True)
class Equation:
    """One equation of the table as a linear form in its cells: how far off it is, how each cell moves it."""

    code: str
    residual: Decimal  # left side minus right side, as the table is
    coef: Mapping[Cell, Decimal]  # how much the residual moves when a cell grows by one


@dataclass(frozen=True)
class Change:
    """A fix to try: the cells it changes, each with its value as read and the value it would take."""

    cells: tuple[tuple[Cell, Decimal, Decimal], ...]  # (cell, from, to) for each cell changed


def diagnose(doc: Document, pack: Pack, findings: Sequence[Finding]) -> list[Finding]:
    """The findings, with each table's arithmetic findings explained by one change where one exists."""
    if not pack.diagnosis:
        return list(findings)
    out = list(findings)
    for tid in pack.tables:
        codes = {rule.code for rule, _ in equations(pack, tid)}
        arith = [f for f in out if f.code in codes and f.where.get("table") == tid and "other" not in f.evidence]
        if arith and tid in doc.tables:
            out = _explain(doc, pack, tid, arith, out)
    return out


def _explain(doc: Document, pack: Pack, tid: str, arith: list[Finding], findings: list[Finding]) -> list[Finding]:
    """Each group of failing equations that share cells is diagnosed on its own (two slips, two causes)."""
    eqs = table_equations(doc, pack, tid)
    unchecked = unchecked_cells(doc, pack, tid)
    failing = [i for i, e in enumerate(eqs) if e.residual]
    for group in _groups([eqs[i] for i in failing], failing):
        scope = [e for i, e in enumerate(eqs) if i in group or i not in failing]
        cells = set().union(*(eqs[i].coef for i in group))
        mine = [f for f in arith if _cells_of(f) & cells]
        if mine:
            findings = _explain_group(doc, pack, tid, scope, [eqs[i] for i in group], mine, findings, unchecked)
    return findings


def _explain_group(doc: Document, pack: Pack, tid: str, eqs: list[Equation], failing: list[Equation],
                   arith: list[Finding], findings: list[Finding], unchecked: set[Cell]) -> list[Finding]:
    tpl = pack.tables[tid]
    values = _values(doc, tid)
    codes = sorted({e.code for e in failing})
    changes = one_cell_changes(eqs, failing, values, tpl) or two_cell_changes(eqs, failing, values, tpl)
    if len(changes) == 1 and not any(cell in unchecked for cell, _, _ in changes[0].cells):
        # the only change, and every equation it touches could be checked (none waits on a blank cell)
        verdict = _prose_verdict(doc, pack, tid, changes[0])
        if verdict is None:
            return findings  # the text backs the cell as it is: no change is named
        return _with_fix(pack, tid, arith, findings, changes[0], codes, verdict)
    if 2 <= len(changes) <= MAX_SUSPECTS and all(len(c.cells) == 1 for c in changes):
        return _with_suspects(pack, tid, arith, findings, changes, codes)
    return findings


def _groups(failing: list[Equation], index: list[int]) -> list[set[int]]:
    """The failing equations in groups that share cells (by their index among all equations)."""
    groups: list[tuple[set[int], set[Cell]]] = []
    for i, e in zip(index, failing, strict=True):
        cells = set(e.coef)
        joined = [g for g in groups if g[1] & cells]
        merged = ({i}.union(*(g[0] for g in joined)), cells.union(*(g[1] for g in joined)))
        groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
    return [g[0] for g in groups]


def _cells_of(f: Finding) -> set[Cell]:
    return {(c["row"], c["column"]) for c in f.evidence.get("cells", ()) if isinstance(c, dict) and "report" not in c}


# ---- the equations and their solutions --------------------------------------------

def table_equations(doc: Document, pack: Pack, tid: str) -> list[Equation]:
    """Every equation over the table whose cells are all numbers, with its residual and coefficients."""
    table = doc.tables[tid]
    order = key_order(pack)

    def lookup(qual: str | None, t: str, row: str, col: str, bump: Cell | None = None) -> Decimal | None:
        cell = table.cell(row, col) if qual is None and t == tid else None
        if cell is None or cell.kind is not CellKind.NUMBER or cell.value is None:
            return None
        return cell.value + 1 if bump == (row, col) else cell.value

    def bumped_at(term: Cell) -> Lookup:
        return lambda q, t, r, c: lookup(q, t, r, c, term)

    out = []
    for rule, env in equations(pack, tid):
        assert rule.expr is not None
        base = evaluate(rule.expr, env, lookup, order)
        if isinstance(base, Missing):
            continue
        residual = base.left - base.right
        coef = _coefficients(rule.expr, env, order, base)
        if coef is None:  # a product of cells: each cell raised by one, and the equation evaluated again
            coef = {}
            for term in {(t.row, t.col) for t in (*base.left_terms, *base.right_terms)}:
                bumped = evaluate(rule.expr, env, bumped_at(term), order)
                assert not isinstance(bumped, Missing)
                if (moved := bumped.left - bumped.right - residual) != 0:
                    coef[term] = moved
        out.append(Equation(rule.code, residual, coef))
    return out


class _NotLinear(Exception):
    pass


def _coefficients(expr: Expr, env: Mapping[str, str], order: Order, base: Outcome) -> dict[Cell, Decimal] | None:
    """How much left minus right moves when each cell grows by one, read off the expression in one pass
    (what raising each cell and evaluating again gives, exactly); None when two cells are multiplied."""
    values = {(t.row, t.col): t.value for t in (*base.left_terms, *base.right_terms)}
    try:
        _, left = _linear(expr.left, env, order, values)
        _, right = _linear(expr.right, env, order, values)
    except _NotLinear:
        return None
    for cell, c in right.items():
        left[cell] = left.get(cell, Decimal(0)) - c
    return {cell: c for cell, c in left.items() if c != 0}


def _linear(node: Node, env: Mapping[str, str], order: Order,
            values: Mapping[Cell, Decimal]) -> tuple[Decimal, dict[Cell, Decimal]]:
    """A node's value and its coefficient for each cell it reads."""
    if isinstance(node, Const):
        return node.value, {}
    if isinstance(node, CellRef):
        cell = (node.row.resolve(env), node.col.resolve(env))
        return values[cell], {cell: Decimal(1)}
    if isinstance(node, Sum):
        rows = expand(node.rows, env, order(node.table, "rows"))
        cols = expand(node.cols, env, order(node.table, "columns"))
        coef: dict[Cell, Decimal] = {}
        for cell in ((r, c) for r in rows for c in cols):
            coef[cell] = coef.get(cell, Decimal(0)) + 1
        return sum((values[cell] for cell in coef), Decimal(0)), coef
    a, ca = _linear(node.left, env, order, values)
    b, cb = _linear(node.right, env, order, values)
    if node.op == "*":
        if ca and cb:
            raise _NotLinear
        scale, form = (b, ca) if ca else (a, cb)
        return a * b, {cell: c * scale for cell, c in form.items()}
    sign = 1 if node.op == "+" else -1
    out = dict(ca)
    for cell, c in cb.items():
        out[cell] = out.get(cell, Decimal(0)) + sign * c
    return (a + b if sign == 1 else a - b), out


def unchecked_cells(doc: Document, pack: Pack, tid: str) -> set[Cell]:
    """The cells of the equations over the table that cannot be checked (a cell of theirs is not a number)."""
    table = doc.tables[tid]
    order = key_order(pack)

    def number(qual: str | None, t: str, row: str, col: str) -> Decimal | None:
        cell = table.cell(row, col)
        return cell.value if cell is not None and cell.kind is CellKind.NUMBER else None

    out: set[Cell] = set()
    for rule, env in equations(pack, tid):
        assert rule.expr is not None
        if isinstance(evaluate(rule.expr, env, number, order), Missing):
            every = evaluate(rule.expr, env, lambda q, t, r, c: Decimal(0), order)
            assert not isinstance(every, Missing)
            out |= {(x.row, x.col) for x in (*every.left_terms, *every.right_terms)}
    return out


def one_cell_changes(eqs: Sequence[Equation], failing: Sequence[Equation], values: Mapping[Cell, Decimal],
                     tpl: TableTpl) -> list[Change]:
    common = set.intersection(*(set(e.coef) for e in failing))
    found = []
    for cell in sorted(common):
        delta = _div(-failing[0].residual, failing[0].coef[cell])
        if all(e.residual + e.coef.get(cell, 0) * delta == 0 for e in eqs) and _fits(tpl, cell, values[cell] + delta):
            found.append(Change(((cell, values[cell], values[cell] + delta),)))
    return found


def two_cell_changes(eqs: Sequence[Equation], failing: Sequence[Equation], values: Mapping[Cell, Decimal],
                     tpl: TableTpl) -> list[Change]:
    pool = sorted(set().union(*(e.coef for e in failing)))
    # an equation that holds and holds one cell of the two only would keep that cell as it is (a zero
    # delta): both cells must be in the same holding equations
    holding = {c: frozenset(i for i, e in enumerate(eqs) if not e.residual and c in e.coef) for c in pool}
    found = []
    for a, b in itertools.combinations(pool, 2):
        if holding[a] != holding[b] or any(a not in e.coef and b not in e.coef for e in failing):
            continue
        deltas = _solve(eqs, a, b)
        if deltas is None or 0 in deltas:
            continue
        new = (values[a] + deltas[0], values[b] + deltas[1])
        if _fits(tpl, a, new[0]) and _fits(tpl, b, new[1]):
            found.append(Change(((a, values[a], new[0]), (b, values[b], new[1]))))
    return found


class _NoSolution(Exception):
    pass


def _solve(eqs: Sequence[Equation], a: Cell, b: Cell) -> tuple[Decimal, Decimal] | None:
    """The one (delta a, delta b) making every equation hold, or None (none, or not just one)."""
    da: Decimal | None = None
    db: Decimal | None = None
    try:
        for _ in range(2):  # an equation of both cells gives one delta once the other is known
            for e in eqs:
                ca, cb = e.coef.get(a, 0), e.coef.get(b, 0)
                if ca and not cb:
                    da = _agree(da, _div(-e.residual, ca))
                elif cb and not ca:
                    db = _agree(db, _div(-e.residual, cb))
                elif ca and cb and da is not None and db is None:
                    db = _div(-(e.residual + ca * da), cb)
                elif ca and cb and db is not None and da is None:
                    da = _div(-(e.residual + cb * db), ca)
    except _NoSolution:
        return None
    if da is None or db is None:
        return None
    ok = all(e.residual + e.coef.get(a, 0) * da + e.coef.get(b, 0) * db == 0 for e in eqs)
    return (da, db) if ok else None


# Every signal trapped: a quotient is taken from here only when it is exact and short. The engine's exact
# context (a million digits) spends ~0.6 ms on any division, even 1 / -1 (58 % of a 2019/2020 page).
_SHORT = Context(prec=60, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=list(Context().flags))


def _div(a: Decimal, b: Decimal | int) -> Decimal:
    """a / b as the current (exact) context gives it; cheap when the quotient is short and exact."""
    try:
        return _SHORT.divide(a, b)
    except DecimalException:  # inexact, too long, or a division by zero: as the exact context says
        return a / b


def _agree(known: Decimal | None, value: Decimal) -> Decimal:
    if known is not None and known != value:
        raise _NoSolution
    return value


def _fits(tpl: TableTpl, cell: Cell, value: Decimal) -> bool:
    kind = tpl.column(cell[1]).kind
    if kind == "signed":
        return True
    return value >= 0 and (kind == "decimal" or value == value.to_integral_value())


def _values(doc: Document, tid: str) -> dict[Cell, Decimal]:
    return {key: cell.value for key, cell in doc.tables[tid].cells.items()
            if cell.kind is CellKind.NUMBER and cell.value is not None}


# ---- the text against the change -----------------------------------------------------

Cause = tuple[Cell, Decimal]  # the changed cell a prose figure depends on, and its value due


def _prose_verdict(doc: Document, pack: Pack, tid: str,
                   change: Change) -> list[tuple[Mapping[str, Any], Cause]] | None:
    """The prose figures the change explains ((figure, (cell, its value due))), or None when the text backs
    the table as it is."""
    from reportlint.checks.figures import mentions
    from reportlint.checks.prose import stream

    rule = pack.rule(PROSE_CODE)
    if rule is None or rule.kind != "prose_figure":
        return []
    changes = {(tid, row, col): to for (row, col), _, to in change.cells}
    prose = stream(doc)
    explained = []
    for figure in rule.options.get("figures", ()):
        before = table_value(doc, pack, figure["value"])
        after = table_value(doc, pack, figure["value"], changes)
        if before is None or after is None or before == after:
            continue
        also = {v for e in figure.get("also", ()) if (v := table_value(doc, pack, e)) is not None}
        for mention in mentions(prose, figure, rule.options, doc.year):
            if mention.count is None:
                continue
            if mention.count in {before} | also and mention.count != after:
                return None
            if mention.count == after:
                explained.append((figure, _cause(doc, pack, tid, figure, change)))
    return explained


def _cause(doc: Document, pack: Pack, tid: str, figure: Mapping[str, Any], change: Change) -> Cause:
    """The changed cell a figure depends on (the first, if it depends on both), and its value due."""
    for cell, _, to in change.cells:
        if table_value(doc, pack, figure["value"], {(tid, *cell): to}) != table_value(doc, pack, figure["value"]):
            return cell, to
    cell, _, to = change.cells[0]
    return cell, to


# ---- rewriting the findings ------------------------------------------------------------

def _with_fix(pack: Pack, tid: str, arith: list[Finding], findings: list[Finding], change: Change,
              codes: list[str], verdict: list[tuple[Mapping[str, Any], Cause]]) -> list[Finding]:
    tpl = pack.tables[tid]
    texts = pack.diagnosis
    cells = [c for c, _, _ in change.cells]
    primary = min(arith, key=lambda f: ((f.where.get("row"), f.where.get("column")) not in cells, f.code,
                                        f.sort_key()))
    anchor = (primary.where.get("row"), primary.where.get("column"))
    change = Change(tuple(sorted(change.cells, key=lambda c: c[0] != anchor)))  # the finding's own cell first
    args: dict[str, Any] = {"table": tpl.title, "codes": _joined(codes, texts["and"])}
    for i, (cell, old, new) in enumerate(change.cells):
        tail = str(i + 1) if i else ""
        args.update({f"cell{tail}": _cell_text(pack, tpl, cell), f"from{tail}": number_text(old),
                     f"to{tail}": number_text(new)})
    fixes = tuple({"table": tid, "row": row, "column": col, "from": number_text(old), "to": number_text(new)}
                  for (row, col), old, new in change.cells)
    related = tuple(f for f in arith if f is not primary)
    template = texts["fix"] if len(change.cells) == 1 else texts["fix2"]
    template, args = _image_note(primary, template, args)
    explained = replace(primary, template=template, args=args, fixes=fixes, related=related)
    prose = {_expr_key(figure): cause for figure, cause in verdict}
    out = []
    for f in findings:
        if f is primary:
            out.append(explained)
        elif any(f is r for r in related):
            continue
        elif f.code == PROSE_CODE and f.evidence.get("expression") in prose:
            out.append(_prose_explained(f, pack, tpl, prose[f.evidence["expression"]], primary.code, fixes))
        else:
            out.append(f)
    return out


def _expr_key(figure: Mapping[str, Any]) -> str:
    value: Expr = figure["value"]
    return value.value_text


def _prose_explained(f: Finding, pack: Pack, tpl: TableTpl, cause: Cause, code: str,
                     fixes: tuple[Mapping[str, Any], ...]) -> Finding:
    cell, to = cause
    args = {**f.args, "cell": _cell_text(pack, tpl, cell), "to": number_text(to), "code": code}
    return replace(f, template=pack.diagnosis["prose"], args=args, severity=Severity.INFO, fixes=fixes)


def _with_suspects(pack: Pack, tid: str, arith: list[Finding], findings: list[Finding], changes: list[Change],
                   codes: list[str]) -> list[Finding]:
    tpl = pack.tables[tid]
    texts = pack.diagnosis
    items = []
    for change in changes:
        (cell, old, new), = change.cells
        items.append(_render(texts["suspect"], {"cell": _cell_text(pack, tpl, cell), "from": number_text(old),
                                                "to": number_text(new)}))
    cells = {lang: texts["or"][lang].join(item[lang] for item in items) for lang in LANGS}
    primary = min(arith, key=lambda f: (f.code, f.sort_key()))
    related = tuple(f for f in arith if f is not primary)
    suspects = [{"table": tid, "row": c.cells[0][0][0], "column": c.cells[0][0][1],
                 "from": number_text(c.cells[0][1]), "to": number_text(c.cells[0][2])} for c in changes]
    args = {"table": tpl.title, "codes": _joined(codes, texts["and"]), "cells": cells}
    template, args = _image_note(primary, texts["suspects"], args)
    explained = replace(primary, template=template, args=args, related=related,
                        evidence={**primary.evidence, "suspects": suspects})
    return [explained if f is primary else f for f in findings if not any(f is r for r in related)]


def _image_note(primary: Finding, template: Mapping[str, str],
                args: dict[str, Any]) -> tuple[Mapping[str, str], dict[str, Any]]:
    """The diagnosis keeps what the finding said of numbers read from an image (checks/arithmetic.py)."""
    note = primary.args.get("image_note")
    if not note:
        return template, args
    return {lang: text + "{image_note}" for lang, text in template.items()}, {**args, "image_note": note,
                                                                              "image": primary.args.get("image")}


def _cell_text(pack: Pack, tpl: TableTpl, cell: Cell) -> dict[str, str]:
    row, col = tpl.row(cell[0]), tpl.column(cell[1])
    label = f"{row.ordinal or ''}{row.label}" if row.ordinal and not row.ordinal[0].isdigit() else row.label
    return _render(pack.diagnosis["cell"], {"row": {"zh": label, "en": f"{row.label} ({row.key})"},
                                             "column": {"zh": col.label, "en": f"{col.label} ({col.key})"}})


def _render(template: Mapping[str, str], args: Mapping[str, object]) -> dict[str, str]:
    from reportlint.i18n import render

    return {lang: render(template, args, lang) for lang in LANGS}


def _joined(codes: Iterable[str], sep: Mapping[str, str]) -> dict[str, str]:
    return {lang: sep[lang].join(codes) for lang in LANGS}
