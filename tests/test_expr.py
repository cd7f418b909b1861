"""Rule expressions: parsed by grammars/expr.lark, evaluated over Decimal, missing operands skipped."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportlint.expr import ExprError, Missing, Outcome, evaluate, parse_expr, parse_value

ROWS = ["a", "b", "c", "total"]
COLS = ["x", "y", "sum"]


def order(table, axis):
    return ROWS if axis == "rows" else COLS


def lookup_from(values):
    return lambda q, t, r, c: values.get((r, c)) if q is None else values.get((q, r, c))


def test_sum_over_a_range_holds():
    expr = parse_expr("t1[total, $col] = sum(t1[a:c, $col])")
    values = {("a", "x"): Decimal(1), ("b", "x"): Decimal(2), ("c", "x"): Decimal(3), ("total", "x"): Decimal(6)}
    out = evaluate(expr, {"col": "x"}, lookup_from(values), order)
    assert isinstance(out, Outcome) and out.holds
    assert [t.row for t in out.right_terms] == ["a", "b", "c"]


def test_violation_reports_both_sides():
    expr = parse_expr("t1[a, x] + t1[b, x] == t1[total, x] - 1")
    values = {("a", "x"): Decimal(1), ("b", "x"): Decimal("2.5"), ("total", "x"): Decimal(3)}
    out = evaluate(expr, {}, lookup_from(values), order)
    assert not out.holds and out.left == Decimal("3.5") and out.right == Decimal(2)


def test_missing_operand_is_skipped_not_zero():
    expr = parse_expr("t1[total, x] = sum(t1[a:c, x])")
    out = evaluate(expr, {}, lookup_from({("total", "x"): Decimal(0)}), order)
    assert out == Missing("t1", "a", "x")


def test_comparisons_and_products():
    values = {("a", "x"): Decimal(2), ("b", "x"): Decimal(3)}
    assert evaluate(parse_expr("t1[a, x] * 3 >= t1[b, x] * 2"), {}, lookup_from(values), order).holds
    assert not evaluate(parse_expr("t1[a, x] != 2"), {}, lookup_from(values), order).holds


@pytest.mark.parametrize("bad", ["t1[a, x] +", "__import__('os')", "t1[a] = 1", "sum(1) = 1", ""])
def test_bad_expressions_are_rejected(bad):
    with pytest.raises(ExprError):
        parse_expr(bad)


def test_qualified_references_read_another_report():
    expr = parse_expr("t3[carried_over, total] = prev.t3[carry_forward, total]")
    assert expr.qualifiers() == {"prev"}
    values = {("carried_over", "total"): Decimal(5), ("prev", "carry_forward", "total"): Decimal(3)}
    out = evaluate(expr, {}, lookup_from(values), order)
    assert not out.holds and (out.left, out.right) == (5, 3)
    assert out.right_terms[0].qual == "prev"
    missing = evaluate(expr, {}, lookup_from({("carried_over", "total"): Decimal(5)}), order)
    assert missing.qual == "prev" and missing.row == "carry_forward"


def test_children_sum_and_bad_qualifier():
    expr = parse_expr("t1[$row, x] = sum(children.t1[$row, x])")
    assert expr.right.qual == "children"
    with pytest.raises(ExprError):
        parse_expr("cousin.t1[a, x] = 1")
    with pytest.raises(ExprError):
        parse_value("t1[a, x] = 1")
    assert parse_value("t1[a, x] + t1[b, x]").value_text == "t1[a, x] + t1[b, x]"


def _tables(values, kinds=None):
    """A table t1 as the check sees it: cells with a kind and a value."""
    from types import SimpleNamespace

    from reportlint.model import CellKind

    cells = {key: SimpleNamespace(value=v, kind=(kinds or {}).get(key, CellKind.NUMBER)) for key, v in values.items()}
    return {"t1": SimpleNamespace(cells=cells)}


def test_compiled_plan_agrees_with_evaluate():
    from reportlint.expr import compile_plan

    expr = parse_expr("t1[total, $col] + 2 * t1[a, $col] - (t1[b, $col] - 1) * 3 >= sum(t1[a:c, $col])")
    plan = compile_plan(expr, {"col": "x"}, order)
    # left - right = total + 2a - 3b + 3 - (a + b + c)
    assert plan is not None and plan.plus == (("t1", ("total", "x")), ("t1", ("a", "x")))
    assert plan.minus == (("t1", ("c", "x")),) and plan.scaled == ((("t1", ("b", "x")), -4),) and plan.const == 3
    for a, b, c, total in [(1, 2, 3, 6), (1, 2, 3, 5), (0, 0, 0, 0), (5, 1, 0, 0), (1, 4, 0, 2)]:
        values = {("a", "x"): Decimal(a), ("b", "x"): Decimal(b), ("c", "x"): Decimal(c),
                  ("total", "x"): Decimal(total)}
        out = evaluate(expr, {"col": "x"}, lookup_from(values), order)
        assert isinstance(out, Outcome) and plan.holds(_tables(values)) is out.holds


def test_compiled_plan_leaves_doubts_to_evaluate():
    from reportlint.expr import compile_plan
    from reportlint.model import CellKind

    expr = parse_expr("t1[total, x] = t1[a, x] - t1[a, x] + t1[total, x]")  # cells that cancel out are still needed
    plan = compile_plan(expr, {}, order)
    assert plan is not None and plan.scaled == ((("t1", ("total", "x")), 0), (("t1", ("a", "x")), 0))
    assert plan.holds(_tables({("total", "x"): Decimal(4), ("a", "x"): Decimal(1)}))
    assert not plan.holds(_tables({("total", "x"): Decimal(4)}))  # missing: not "holds"
    assert not plan.holds(_tables({("total", "x"): Decimal(4), ("a", "x"): None}, {("a", "x"): CellKind.DASH}))
    assert compile_plan(parse_expr("t1[a, x] * t1[b, x] = t1[c, x]"), {}, order) is None  # a product of cells
    assert compile_plan(parse_expr("t1[a, x] = prev.t1[a, x]"), {}, order) is None  # another report's cell


def test_compiled_value_is_the_evaluated_sum():
    from reportlint.expr import compile_plan

    expr = parse_value("sum(t1[a:b, x]) + 2 * t1[c, x] - t1[a, x]")
    plan = compile_plan(expr, {}, order)
    values = {("a", "x"): Decimal("1.5"), ("b", "x"): Decimal(4), ("c", "x"): Decimal(3)}
    out = evaluate(expr, {}, lookup_from(values), order)
    assert isinstance(out, Outcome) and plan is not None
    assert plan.total(_tables(values)) == out.left == Decimal(10)
    assert plan.total(_tables({("a", "x"): Decimal(1)})) is None  # a cell missing: not a value
    assert plan.total({}) is None  # the table missing
