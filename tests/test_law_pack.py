"""The 法治政府建设年度报告 pack (rules/law-gov.yaml): a second report type from pack data alone."""

from __future__ import annotations

import json

PAGE = "fixtures/law-gov-page/page.html"
TEXT = "fixtures/law-gov-text/report.txt"


def findings(cli, *args):
    code, out, _ = cli("check", *args, "--format", "json", "--lang", "en")
    doc = json.loads(out)["documents"][0]
    return code, doc, [(f["code"], f["line"]) for f in doc["findings"]]


def test_detected_by_title_and_by_name(cli):
    for args in ((TEXT,), (TEXT, "--rules", "law-gov")):
        code, doc, found = findings(cli, *args)
        assert code == 1 and doc["pack"] == "law-gov" and doc["year"] == 2025
        assert [c for c, _ in found] == ["RL501", "RL503", "RL711", "RL712"]


def test_portal_page_is_read_not_taken_for_an_attachment(cli):
    code, doc, found = findings(cli, PAGE)
    assert doc["pack"] == "law-gov" and found == [("RL704", 23)]
    assert code == 0  # RL704 is info
    # the same page against the 政府信息公开 pack: not that report type (nothing of its own is found)
    _, gov, found = findings(cli, PAGE, "--rules", "gov-2021")
    assert gov["pack"] == "gov-2021" and "RL704" not in {c for c, _ in found}


def test_deadline_is_31_march_for_departments_too(cli):
    _, _, found = findings(cli, TEXT, "--published", "2026-03-31")
    assert ("RL501", 1) in found  # the report's own 发布时间 (15 April) wins over --published
    code, out, _ = cli("explain", "RL501", "--rules", "law-gov", "--lang", "en")
    assert code == 0 and "第二十四条" in out and "before 1 April" in out


def test_rules_check_runs_the_packs_examples(cli):
    code, out, err = cli("rules", "check", "law-gov")
    assert code == 0 and "OK, pack law-gov" in out, err
