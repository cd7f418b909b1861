"""Prose against tables on the sentences real reports write (RL401, RL402): data-driven."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build

from reportlint.engine import Options, Selection, lint_loaded
from reportlint.model import SourceInfo
from reportlint.pack import load_builtin
from reportlint.sources.base import Loaded

PACK = load_builtin()
SENTENCE = build.GENERAL[2][1]  # 全年新收政府信息公开申请25件，上年结转2件，办结25件，结转下年度2件。

# (sentence replacing the compliant one, expected (code, reported) pairs)
CASES = {
    "compliant": (SENTENCE, []),
    "withdrawn inside the count": ("全年新收政府信息公开申请25件，其中3件申请人主动撤回。", []),
    "handled includes carried over": ("全年答复25件（含上年度结转2件），结转下年度2件。", []),
    "received counts the carried over": ("全年共受理政府信息公开申请27件。", []),
    "chinese numerals": ("全年新收政府信息公开申请二十五件，办结二十五件。", []),
    "full-width digits": ("全年新收政府信息公开申请２５件。", []),
    "chinese numeral wrong": ("全年新收政府信息公开申请三十件。", [("RL401", "30")]),
    "received wrong": ("全年收到政府信息公开申请31件。", [("RL401", "31")]),
    "handled wrong": ("全年办结申请20件。", [("RL401", "20")]),
    "kind of answer is not the total": ("同意公开答复9件，不予公开答复2件。", []),
    "cases are not applications": ("全年共办理相关案件3件。", []),
    "two figures in one sentence": ("全年收到申请25件，后更正为收到申请26件。", []),
    "carried forward reversed form": ("另有3件结转下年度办理。", [("RL401", "3")]),
    "reviews": ("本年度发生行政复议4件，行政诉讼2件。", []),
    "reviews wrong": ("本年度发生行政复议5件。", [("RL401", "5")]),
    "no applications claimed": ("本年度未收到政府信息公开申请。", [("RL402", None)]),
    "no correction is not no review": ("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。", []),
    "no review claimed": ("本年度未发生政府信息公开行政复议案件。", [("RL402", None)]),
    "all handled claimed": ("所有申请均已按时办结。", [("RL402", None)]),
    # 表三's outcomes (予以公开 9, 部分公开 2, 不予公开 2, 无法提供 7 of which 不掌握 6, 不予处理 2, 其他处理 3)
    "every outcome right": ("予以公开9件，部分公开2件，不予公开2件，无法提供7件，不予处理2件，其他处理3件。", []),
    "granted wrong": ("同意公开答复8件。", [("RL401", "8")]),
    "partial wrong": ("部分公开答复3件。", [("RL401", "3")]),
    "refused wrong": ("不予公开4件。", [("RL401", "4")]),
    "not processed wrong": ("不予处理5件。", [("RL401", "5")]),
    "otherwise handled wrong": ("其他处理1件。", [("RL401", "1")]),
    "granted with partial": ("予以公开及部分公开11件。", []),
    "granted with partial wrong": ("予以公开及部分公开9件。", [("RL401", "9")]),
    "unable for every reason": ("因本机关不掌握等原因无法提供7件。", []),
    "unable for every reason wrong": ("因本机关不掌握等原因无法提供6件。", [("RL401", "6")]),
    "unable for the first reason only": ("因本机关不掌握相关政府信息无法提供6件。", []),
    "unable for the first reason wrong": ("本机关不掌握相关信息的5件。", [("RL401", "5")]),
    "unable for another one reason": ("因政府信息不存在无法提供6件。", []),
    "disclosure rate without the unanswerable": ("依申请公开率为61.1%。", []),
    # shares of those handled (25), received (25) or received and carried over (27), at the stated precision
    "share right": ("予以公开及部分公开11件，占44%。", []),
    "share right in brackets": ("不予公开2件（8.00%）。", []),
    "share of received and carried over": ("不予公开2件，占7.41%。", []),
    "share cut not rounded": ("无法提供7件，占25.9%。", []),
    "share wrong": ("予以公开及部分公开11件，占30%。", [("RL401", "30%")]),
    "share wrong at its precision": ("不予处理2件，占8.5%。", [("RL401", "8.5%")]),
    "share right for the count the text gives": ("予以公开及部分公开10件，占40%。", [("RL401", "10")]),
    "count and share both wrong": ("予以公开及部分公开10件，占33.9%。", [("RL401", "10"), ("RL401", "33.9%")]),
    "disclosure rate right": ("依申请公开率为44%。", []),
    "disclosure rate of granted only": ("依申请公开率为36%。", []),
    "disclosure rate wrong": ("依申请公开率为60%。", [("RL401", "60%")]),
    "proactive rate is not the table's": ("公文主动公开率达98%。", []),
    # 表四 (复议 维持 2 纠正 1 尚未审结 1 of 4; 诉讼 维持 1, 其他 1, of 2)
    "review outcomes right": ("行政复议4件，其中维持2件，纠正1件，尚未审结1件。", []),
    "review upheld wrong": ("行政复议4件，其中维持3件。", [("RL401", "3")]),
    "review correction rate right": ("行政复议纠错率为25%。", []),
    "review correction rate of those decided": ("行政复议纠错率为33.3%。", []),
    "review correction rate wrong": ("行政复议纠错率为50%。", [("RL401", "50%")]),
    "suit upheld wrong": ("行政诉讼2件，维持2件。", [("RL401", "2")]),
    "upheld in a sentence of both is ambiguous": ("行政复议4件、行政诉讼2件，维持3件。", []),
    # 表二 (规范性文件 3 1 12, 行政许可 45, 行政处罚 12, 行政强制 2, 收费 1.25 万元)
    "decisions right": ("作出行政许可决定45件，行政处罚决定12件，行政强制决定2件。", []),
    "licensing decisions wrong": ("作出行政许可决定50件。", [("RL401", "50")]),
    "fees right": ("行政事业性收费金额1.25万元。", []),
    "fees wrong": ("行政事业性收费1.5万元。", [("RL401", "1.5")]),
    "fees waived are not fees charged": ("减免行政事业性收费3万元。", []),
    "internal rules are not regulations": ("制定内部规章制度3件。", []),
    # ambiguous sentences: silence
    "another year": ("2024年收到政府信息公开申请30件。", []),
    "cumulative": ("累计收到政府信息公开申请30件。", []),
    "a range": ("全年办结申请20-30件。", []),
    "about": ("全年不予处理约5件。", []),
    "a sub-unit": ("其中区财政局受理申请3件。", []),
    "each department": ("各部门收到申请30件。", []),
    "compared with last year": ("不予公开较上年减少4件。", []),
    "outcomes of the new ones only": ("全年新收政府信息公开申请25件，其中予以公开8件，不予公开1件。", []),
}


def findings_for(sentence: str):
    text = build.tab_report().replace(SENTENCE, sentence)
    loaded = Loaded(SourceInfo("case.txt", "text"), text)
    result = lint_loaded(loaded, PACK, Options(selection=Selection(select=("RL401", "RL402"))))
    return [(f.code, f.evidence.get("reported")) for f in result.findings]


@pytest.mark.parametrize("name", list(CASES))
def test_prose_sentence(name):
    sentence, expected = CASES[name]
    assert findings_for(sentence) == expected
