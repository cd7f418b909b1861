"""Across reports (RL601–RL604) on rows as the scan store holds them."""

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
