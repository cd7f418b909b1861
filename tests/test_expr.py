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
