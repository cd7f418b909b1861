"""Root causes (reportlint.diagnose): the one cell (else two) whose change makes every equation of a table hold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build
import jsonschema
import pytest

from reportlint.diagnose import table_equations
from reportlint.engine import Options, lint_loaded
from reportlint.model import SourceInfo
from reportlint.pack import builtin_packs, load_builtin
from reportlint.sources.base import Loaded

T3_TOTAL = build.T3_TOTAL  # \t（七）总计\t21\t2\t0\t1\t0\t1\t25
T4_ROW = "\t".join(map(str, build.T4))


def run(text: str):
    return lint_loaded(Loaded(SourceInfo("case.txt", "text"), text), load_builtin(), Options(packs=builtin_packs()))


def with_total(value: int, text: str | None = None) -> str:
    return (text or build.tab_report()).replace(T3_TOTAL, T3_TOTAL[:-2] + str(value))


def with_t4(values: list[int], text: str | None = None) -> str:
    return (text or build.tab_report()).replace(T4_ROW, "\t".join(map(str, values)))


def summary(result) -> list[tuple]:
    return [(f.code, f.severity.value, [(x["row"], x["column"], x["from"], x["to"]) for x in f.fixes],
             [r.code for r in f.related]) for f in result.findings]


def test_equations_of_a_compliant_table_all_hold():
    result = run(build.tab_report())
    eqs = table_equations(result.document, result.pack, "t3")
    assert len(eqs) == 7 + 25 + 7 and not any(e.residual for e in eqs)
    row_total = next(e for e in eqs if e.code == "RL302" and ("new", "total") in e.coef)
    assert row_total.coef[("new", "total")] == 1 and row_total.coef[("new", "natural")] == -1


def test_one_wrong_cell_is_reported_once_with_its_fix():
    result = run(with_total(26))
    assert summary(result) == [
        ("RL401", "info", [("total", "total", "26", "25")], []),  # 办结25件: the text is right
        ("RL301", "error", [("total", "total", "26", "25")], ["RL302", "RL303"]),
    ]
    from reportlint.reporters import Context, get

    ctx = Context(result.pack, "en")
    data = json.loads(get("json").render([result], ctx))
    primary = data["documents"][0]["findings"][1]
    assert primary["fix"] == {"table": "t3", "row": "total", "column": "total", "from": "26", "to": "25"}
    assert [r["code"] for r in primary["related"]] == ["RL302", "RL303"]
    assert primary["message"].startswith('Table 3 (applications received and handled), row "总计 (total)", '
                                         'column "总计 (total)": 26 is entered where 25 is due')
    sarif = json.loads(get("sarif").render([result], ctx))
    schema = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    (res,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "RL301"]
    related = [x["message"]["text"] for x in res["relatedLocations"]]
    assert related[-2].startswith("RL302: ") and related[-1].startswith("RL303: ")
    assert res["properties"]["fixes"] == [primary["fix"]]


def test_two_wrong_cells_with_one_change_that_explains_them():
    text = with_total(26).replace("\t一、本年新收政府信息公开申请数量\t20\t", "\t一、本年新收政府信息公开申请数量\t21\t")
    (primary,) = [f for f in run(text).findings if f.code == "RL301"]
    assert [(x["row"], x["column"], x["from"], x["to"]) for x in primary.fixes] == [
        ("total", "total", "26", "25"), ("new", "natural", "21", "20")]
    assert sorted(r.code for r in primary.related) == ["RL301", "RL302", "RL302", "RL303"]


def test_a_wrong_cell_with_two_possible_fixes_names_the_suspects():
    result = run(with_t4([*build.T4[:9], 0, *build.T4[10:]]))  # 未经复议直接起诉: 维持 1, 总计 0
    (f,) = result.findings
    assert f.code == "RL304" and f.fixes == ()
    assert [(s["column"], s["from"], s["to"]) for s in f.evidence["suspects"]] == [("total", "0", "1"),
                                                                                    ("upheld", "1", "0")]


def test_only_values_a_cell_can_hold_are_proposed():
    # 行政复议 维持 10, 纠正 1, 总计 0: lowering a part to -1 would balance it too, but a count is never negative
    (f,) = run(with_t4([10, 1, 0, 0, 0, *build.T4[5:]])).findings
    assert [(x["column"], x["to"]) for x in f.fixes] == [("total", "11")]


def test_a_text_that_backs_the_cell_as_it_is_vetoes_the_change():
    text = with_total(26).replace("办结25件", "办结26件")
    assert summary(run(text)) == [("RL301", "error", [], []), ("RL302", "error", [], []),
                                  ("RL303", "error", [], [])]


def test_slips_in_two_tables_are_diagnosed_each_on_its_own():
    text = with_t4([10, 1, 0, 0, 0, *build.T4[5:]], with_total(26))
    fixed = {(f.code, f.where["table"]): [(x["row"], x["column"], x["to"]) for x in f.fixes]
             for f in run(text).findings if f.fixes}
    assert fixed == {("RL301", "t3"): [("total", "total", "25")], ("RL304", "t4"): [("review", "total", "11")],
                     ("RL401", "t3"): [("total", "total", "25")]}


def test_no_change_of_one_or_two_cells_leaves_the_findings_as_they_are():
    before = run(build.cases()["RL303-outcome-total"][1])
    assert [(f.code, f.fixes, f.related) for f in before.findings] == [("RL303", (), ()), ("RL303", (), ())]


def test_no_change_is_named_where_an_equation_it_touches_waits_on_a_blank_cell():
    text = with_total(26).replace(T3_TOTAL[:-2] + "26", "\t（七）总计\t21\t2\t\t1\t0\t1\t26")  # 科研机构 blank
    result = run(text)
    assert [(f.code, f.fixes, f.related) for f in result.findings if f.code.startswith("RL3")] == [
        ("RL301", (), ()), ("RL303", (), ())]



def test_quotients_are_those_of_the_exact_context():
    from decimal import Decimal, DivisionByZero, localcontext

    from reportlint.diagnose import _div
    from reportlint.expr import EXACT

    pairs = [("-1", "1"), ("7", "2"), ("1.50", "3"), ("2E+5", "-1"), ("9" * 70, "1"), ("1", "3"), ("10", "4.0")]
    with localcontext(EXACT):
        for a, b in pairs:
            assert repr(_div(Decimal(a), Decimal(b))) == repr(Decimal(a) / Decimal(b))
        with pytest.raises(DivisionByZero):
            _div(Decimal(1), Decimal(0))


def test_two_cell_search_skips_pairs_a_holding_equation_splits():
    from decimal import Decimal

    from reportlint.diagnose import Equation, two_cell_changes

    tpl = load_builtin().tables["t4"]
    a, b, c = ("review", "upheld"), ("review", "corrected"), ("review", "other")
    whole = Equation("RL1", Decimal(3), {a: Decimal(1), b: Decimal(1), c: Decimal(1)})
    first = Equation("RL2", Decimal(1), {a: Decimal(1)})
    holding = Equation("RL3", Decimal(0), {b: Decimal(1)})  # b alone: b stays as it is
    values = {a: Decimal(5), b: Decimal(5), c: Decimal(5)}
    found = two_cell_changes([whole, first, holding], [whole, first], values, tpl)
    assert [ch.cells for ch in found] == [((c, Decimal(5), Decimal(3)), (a, Decimal(5), Decimal(4)))]


@pytest.mark.parametrize("text", [build.tab_report(), with_total(26), with_t4([1, 0, 0, 0, 2, *build.T4[5:]])])
def test_coefficients_read_in_one_pass_equal_raising_each_cell(text, monkeypatch):
    """The one-pass reading of a linear equation's coefficients gives what raising each cell by one gave."""
    import reportlint.diagnose as diagnose

    result = run(text)
    fast = [table_equations(result.document, result.pack, tid) for tid in result.document.tables]
    monkeypatch.setattr(diagnose, "_coefficients", lambda *a: None)
    slow = [table_equations(result.document, result.pack, tid) for tid in result.document.tables]
    assert fast == slow and sum(map(len, fast)) > 30


def test_a_product_of_cells_is_raised_cell_by_cell():
    from decimal import Decimal

    from reportlint.diagnose import _coefficients
    from reportlint.expr import evaluate, parse_expr

    values = {("a", "x"): Decimal(3), ("b", "x"): Decimal(5)}

    def lookup(q, t, r, c):
        return values[(r, c)]

    linear = parse_expr("t1[a, x] * 2 - 3 * (t1[b, x] + t1[a, x]) = t1[b, x]")
    assert _coefficients(linear, {}, lambda t, k: (), evaluate(linear, {}, lookup, lambda t, k: ())) == {
        ("a", "x"): Decimal(-1), ("b", "x"): Decimal(-4)}
    product = parse_expr("t1[a, x] * t1[b, x] = 15")
    assert _coefficients(product, {}, lambda t, k: (), evaluate(product, {}, lookup, lambda t, k: ())) is None
