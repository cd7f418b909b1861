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
    "kind of answer is not the total": ("同意公开答复9件，不予公开答复1件。", []),
    "cases are not applications": ("全年共办理相关案件3件。", []),
    "two figures in one sentence": ("全年收到申请25件，后更正为收到申请26件。", []),
    "carried forward reversed form": ("另有3件结转下年度办理。", [("RL401", "3")]),
    "reviews": ("本年度发生行政复议4件，行政诉讼2件。", []),
    "reviews wrong": ("本年度发生行政复议5件。", [("RL401", "5")]),
    "no applications claimed": ("本年度未收到政府信息公开申请。", [("RL402", None)]),
    "no correction is not no review": ("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。", []),
    "no review claimed": ("本年度未发生政府信息公开行政复议案件。", [("RL402", None)]),
    "all handled claimed": ("所有申请均已按时办结。", [("RL402", None)]),
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
