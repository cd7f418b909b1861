"""2019/2020 reports (the trial format) are read and judged as that format defines them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build
from fixture_cases import FIXTURES, run

from reportlint.engine import Options, lint_loaded
from reportlint.model import CellKind, SourceInfo
from reportlint.pack import builtin_packs, load_builtin
from reportlint.sources.base import Loaded


def lint_text(text: str):
    return lint_loaded(Loaded(SourceInfo("case.txt", "text"), text), load_builtin(), Options(packs=builtin_packs()))


def test_a_2019_page_with_blank_zeros_is_read_and_judged_by_its_own_format():
    result = run(FIXTURES / "RL203-2019-blank-zeros")
    doc = result.document
    assert (result.pack.name, doc.year, doc.format) == ("gov-2019", 2019, "2019")
    t2, t3 = doc.tables["t2"], doc.tables["t3"]
    # 政府集中采购 is read, its amount with the unit it was printed with
    assert (t2.cell("procurement", "projects").value, t2.cell("procurement", "amount").value) == (4, 365000)
    assert t3.cell("other", "total").value == 3 and "other_1" not in t3.rows
    assert t3.cell("granted", "research").kind is CellKind.BLANK
    # one warning for the blanks; no missing 政府集中采购 (RL202), no 信息处理费 (RL701, from 2021), and the
    # stated outcomes and shares agree with the table once its blanks are read as the zeros they are
    assert [(f.code, f.severity.value, f.evidence.get("count")) for f in result.findings] == [("RL203", "warning", 115)]
    page = (FIXTURES / "RL203-2019-blank-zeros" / "page.html").read_text(encoding="utf-8")
    wrong = lint_loaded(Loaded(SourceInfo("page.html", "html"), page.replace("占44%", "占50%")), load_builtin(),
                        Options(packs=builtin_packs()))
    assert [(f.code, f.evidence["reported"], f.evidence["computed"]) for f in wrong.findings if f.code == "RL401"] == [
        ("RL401", "50%", "44%")]


def test_a_change_may_carry_its_sign():
    for sep in ("\t", " "):
        text = build.report_2019().replace("其他对外管理服务事项\t3\t0\t8", sep.join(["其他对外管理服务事项", "3", "+2", "8"]))
        result = lint_text(text)
        assert result.findings == ()
        assert result.document.tables["t2"].cell("other_services", "change").value == 2


def test_2019_figures_are_read_against_the_2019_table():
    text = build.report_2019().replace(build.GENERAL[2][1].replace("2025", "2020"),
                                       "全年新收政府信息公开申请25件。办结的申请中予以公开及部分公开11件，占44%，其他处理4件，占20%。")
    result = lint_text(text)
    assert [(f.code, f.evidence["reported"], f.evidence["computed"]) for f in result.findings] == [
        ("RL401", "4", "3"), ("RL401", "20%", "12%")]  # （六）其他处理 is one row in 2019: 3
