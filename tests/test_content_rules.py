"""RL106 by the intro's own list, RL108 (总体情况's five aspects), RL506 (years in the body): what a reviewer
would say, and silence where the text leaves a doubt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build

from reportlint.engine import Options, Selection, lint_loaded
from reportlint.model import SourceInfo
from reportlint.pack import builtin_packs, load_builtin
from reportlint.sources.base import Loaded


def found(text: str, code: str) -> list:
    options = Options(packs=builtin_packs(), selection=Selection(select=(code,)))
    result = lint_loaded(Loaded(SourceInfo("case.txt", "text"), text), load_builtin(), options)
    return [(f.evidence.get("reported"), f.evidence.get("computed")) for f in result.findings]


SIX = ("总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的情况、"
       "政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项")


@pytest.mark.parametrize(("intro", "expected"), [
    (f"本报告包括{SIX}等六个部分。", []),
    (f"本报告包括{SIX}等五个部分。", [(5, 6), (5, 6)]),  # the list names six, and six sections follow
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况，"
     "存在的主要问题及改进情况以及其他需要报告的事项等六部分组成。", []),
    ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况"
     "和其他需要报告的事项等六部分组成。", [(6, 5)]),
    # an item that names no part of the format (an old report's 统计表) leaves the list's count in doubt
    ("本报告由概述、主动公开政府信息情况、依申请公开情况、复议诉讼情况、存在的问题和改进措施和统计表等六部分组成。", []),
    ("本报告包括总体情况和主动公开情况等六个部分。", []),  # two parts named: not a list of the parts
])
def test_intro_list(intro, expected):
    assert found(build.tab_report().replace(build.INTRO, build.INTRO + intro), "RL106") == expected


def test_five_aspects_however_written():
    general = "\n".join(f"{head}。{body}" for head, body in build.GENERAL[1:])
    assert general in build.tab_report()
    reworded = ("（一）系统化推进主动公开。全年发布信息86条。\n（二）规范化办理依申请公开。收到申请25件。\n"
                "（三）精细化建设公开平台。完成网页巡查，清理过期信息。\n（四）常态化开展监督管理。开展案例培训。")
    assert found(build.tab_report().replace(general, reworded), "RL108") == []
    lacking = "（一）主动公开。全年发布信息86条，其中政策文件9条。\n（二）依申请公开。全年新收申请25件，均按时答复。"
    result = found(build.tab_report().replace(general, lacking), "RL108")
    assert len(result) == 1


def test_five_aspects_are_not_asked_of_2019_reports_nor_of_an_unwritten_section():
    general = "\n".join(f"{head}。{body}" for head, body in build.GENERAL[1:])
    assert found(build.report_2019().replace(general.replace("2025", "2020"), "（一）主动公开。全年公开信息。"),
                 "RL108") == []
    whole = build.GENERAL[0] + "\n\n" + general
    assert whole in build.tab_report()
    assert found(build.tab_report().replace(whole, "（文字描述）"), "RL108") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年度通过门户网站主动公开2022年政府信息86条。", [("2022", "2025")]),
    ("今年主动公开政府信息86条，较2022年有所增加。", []),  # a comparison
    ("本年度贯彻落实2019年修订的《中华人民共和国政府信息公开条例》。", []),  # the year a law was revised
    ("本年度落实《示例区2021-2025年政务公开规划》。", []),  # a title and a range
    ("本年度公开2024年度部门决算和2025年度部门预算。", []),  # the year before is a report year's own business
    ("截至2022年12月31日，本年度累计公开信息86条。", []),  # a date
    ("主动公开2022年政府信息86条。", []),  # no sentence about the report year's work
])
def test_years_in_the_body(sentence, expected):
    text = build.tab_report().replace(build.GENERAL[1][1], sentence)
    assert found(text, "RL506") == expected


def test_last_years_year_opening_a_paragraph():
    text = build.tab_report().replace(build.PROBLEMS[0], "2024年，我局政策解读形式较为单一。")
    assert found(text, "RL506") == [("2024", "2025")]
    compared = build.tab_report().replace(build.PROBLEMS[0], "2024年，较上年度报告中指出的问题已整改完毕。")
    assert found(compared, "RL506") == []
    # the opening of 总体情况 is RL503's
    assert found(build.tab_report().replace(build.GENERAL[0], build.GENERAL[0].replace("2025", "2024")), "RL506") == []


def test_a_report_from_before_2019_is_not_held_to_the_later_formats():
    old = ("示例区科学技术局2018年度政府信息公开工作年度报告\n本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n"
           "一、概述\n2018年，我局认真贯彻落实《条例》。\n二、主动公开政府信息情况\n全年主动公开政府信息86条。\n"
           "三、政府信息依申请公开工作情况\n2018年未收到政府信息公开申请。\n五、主要问题和改进措施\n"
           "主要问题是解读形式较为单一；下一步将加强培训，丰富解读形式，完善公开目录。\n")
    options = Options(packs=builtin_packs())
    result = lint_loaded(Loaded(SourceInfo("old.txt", "text"), old), load_builtin(), options)
    assert result.findings == ()
