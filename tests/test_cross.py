"""Across reports (RL601–RL607) on rows as the scan store holds them."""

from __future__ import annotations

import json

from reportlint.pack import load_builtin
from reportlint.scan.related import cross_findings

PACK = load_builtin()
OWN = [f"本单位{w}工作按计划推进并取得具体成效。" for w in ("政策", "网站", "申请", "培训", "考核", "保密", "档案", "督查")]
TEMPLATE = ["本报告依据政府信息公开条例编制并按规定格式公开发布。"]


def doc(url, body, year, carried=2, forward=2, valid=12, made=3, repealed=1, prose=None):
    tables = {"t2": {"normative_documents": {"made": made, "repealed": repealed, "valid": valid}},
              "t3": {"carried_over": {"total": carried}, "carry_forward": {"total": forward}}}
    return {"url": url, "body": body, "agency": body, "year": year, "tables_json": json.dumps(tables),
            "prose": "".join(prose if prose is not None else [*TEMPLATE, f"{body}{year}年的情况各不相同。"])}


def codes(rows):
    return sorted((r["code"], r["url"]) for r in cross_findings(rows, PACK))


def test_consistent_years_give_nothing():
    rows = [doc("a24", "甲局", 2024, valid=10), doc("a25", "甲局", 2025, carried=2, valid=12)]
    assert codes(rows) == []


def test_carry_over_mismatch_rl601():
    rows = [doc("a24", "甲局", 2024, forward=3, valid=10), doc("a25", "甲局", 2025, carried=5, valid=12)]
    assert codes(rows) == [("RL601", "a25")]


def test_documents_in_force_rl602():
    rows = [doc("a24", "甲局", 2024, valid=10), doc("a25", "甲局", 2025, valid=15)]
    assert codes(rows) == [("RL602", "a25")]


def test_repeated_report_rl603_ignores_numbers_and_boilerplate():
    last = [s.replace("计划", "计划2024") for s in OWN]
    rows = [doc("a24", "甲局", 2024, valid=10, prose=TEMPLATE + last),
            doc("a25", "甲局", 2025, prose=TEMPLATE + [s.replace("计划", "计划2025") for s in OWN]),
            doc("b25", "乙局", 2025, prose=TEMPLATE + ["乙局自己的工作写得很具体而且与众不同。"] * 1),
            doc("c25", "丙局", 2025, prose=[*TEMPLATE, "丙局自己的工作写得也很具体并且互不相同。"])]
    found = codes(rows)
    assert ("RL603", "a25") in found
    assert not [c for c in found if c[0] == "RL604"]


def test_duplicate_report_rl604():
    rows = [doc("b25", "乙镇", 2025, prose=OWN), doc("c25", "丙镇", 2025, prose=OWN)]
    assert codes(rows) == [("RL604", "b25")]


def sections(body, year, problems):
    """Store rows' prose by section, as the scan keeps it."""
    return [[None, f"{body}{year}年政府信息公开工作年度报告"], ["general", f"{body}{year}年工作平稳推进。"],
            ["problems", "".join(problems)]]


PROBLEMS = ["主要问题一是本局政策解读的形式还比较单一。", "主要问题二是依申请公开答复文书仍不够规范。",
            "改进措施一是增加图解和问答等多种解读形式。", "改进措施二是建立答复文书模板并开展案例培训。"]


def test_a_section_repeating_last_years_rl605_from_stored_sections():
    rows = [doc("a24", "甲局", 2024, valid=10), doc("a25", "甲局", 2025)]
    rows[0]["sections_json"] = json.dumps(sections("甲局", 2024, PROBLEMS))
    rows[1]["sections_json"] = json.dumps(sections("甲局", 2025, [*PROBLEMS[:2], "今年起建立栏目更新台账。"]))
    found = cross_findings(rows, PACK)
    assert [(f["code"], f["url"]) for f in found] == [("RL605", "a25")]
    assert json.loads(found[0]["evidence_json"])["where"] == {"section": "problems"}
    assert "67%" in found[0]["message_zh"] and "存在的主要问题及改进情况" in found[0]["message_zh"]
    rows[1]["sections_json"] = json.dumps(sections("甲局", 2025, [*PROBLEMS[:1], "今年起建立栏目更新台账。", "下一步落实专人负责制。"]))
    assert codes(rows) == []  # one of three: not more than half


def test_template_sentences_of_a_section_are_not_counted():
    rows = []
    for body in ("甲局", "乙局", "丙局"):  # three bodies write the same 第五部分 every year: the template's
        for year in (2024, 2025):
            row = doc(f"{body}{year}", body, year, valid=10 if year == 2024 else 12)
            row["sections_json"] = json.dumps(sections(body, year, PROBLEMS))
            rows.append(row)
    assert [c for c, _ in codes(rows) if c == "RL605"] == []


def test_figure_jump_rl606_is_info_with_both_values():
    rows = [doc("a24", "甲局", 2024, valid=10), doc("a25", "甲局", 2025)]
    for row, n in zip(rows, (8, 90), strict=True):
        tables = json.loads(row["tables_json"])
        tables["t3"]["new"] = {"total": n}
        row["tables_json"] = json.dumps(tables)
    found = [f for f in cross_findings(rows, PACK) if f["code"] == "RL606"]
    assert [(f["url"], f["severity"]) for f in found] == [("a25", "info")]
    assert json.loads(found[0]["evidence_json"])["value"] == "90" and "由 2024 年的 8 变为 2025 年的 90" in found[0][
        "message_zh"]


def test_rollup_rl607_certain_uncertain_and_adding_up():
    def row(url, body, new):
        tables = {"t3": {"new": {"natural": new, "total": new}}}
        return {"url": url, "agency": body, "year": 2025, "tables_json": json.dumps(tables), "prose": ""}

    parents = {"甲局": "乙区", "丙局": "乙区", "丁局": "乙区"}
    all_read = [row("p", "乙区", 10), row("a", "甲局", 4), row("c", "丙局", 3), row("d", "丁局", 3)]
    assert cross_findings(all_read, PACK, parents) == []
    all_read[0] = row("p", "乙区", 12)
    found = cross_findings(all_read, PACK, parents)
    assert [(f["code"], f["url"], f["severity"]) for f in found] == [("RL607", "p", "warning")]
    cells = json.loads(found[0]["evidence_json"])["cells"]
    assert [(c["row"], c["column"], c["reported"], c["computed"]) for c in cells] == [
        ("new", "natural", "12", "10"), ("new", "total", "12", "10")]
    one_missing = [row("p", "乙区", 12), row("a", "甲局", 4), row("c", "丙局", 3)]  # 丁局 has not published
    found = cross_findings(one_missing, PACK, parents)
    assert [(f["code"], f["severity"]) for f in found] == [("RL607", "info")]
    assert json.loads(found[0]["evidence_json"])["missing"] == ["丁局"]
    too_much = [row("p", "乙区", 5), row("a", "甲局", 4), row("c", "丙局", 3)]  # 7 already: certain
    assert [f["severity"] for f in cross_findings(too_much, PACK, parents)] == ["warning"]
    assert cross_findings([row("p", "乙区", 5), row("a", "甲局", 4)], PACK, {}) == []  # no roster, no roll-up
