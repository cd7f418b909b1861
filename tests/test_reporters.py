"""Golden outputs of each format, and the JSON contracts."""

from __future__ import annotations

import json

import pytest
from fixture_cases import FIXTURES, GOLDEN, ROOT, report_of
from update_golden import FORMATS, GOLDEN_CASES


@pytest.mark.parametrize("name", GOLDEN_CASES)
@pytest.mark.parametrize(("fmt", "lang"), FORMATS)
def test_check_golden(cli, name, fmt, lang):
    report = str(report_of(FIXTURES / name).relative_to(ROOT))
    _, out, _ = cli("check", report, "--format", fmt, "--lang", lang, "--color", "never")
    assert out == (GOLDEN / f"{name}.{lang}.{fmt}").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", GOLDEN_CASES)
def test_extract_golden(cli, name):
    report = str(report_of(FIXTURES / name).relative_to(ROOT))
    _, out, _ = cli("extract", report)
    assert out == (GOLDEN / f"{name}.extract.json").read_text(encoding="utf-8")


def test_check_json_contract(cli):
    code, out, _ = cli("check", "fixtures/RL302-row-total/report.txt", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["schema"] == "reportlint.check/1"
    finding = next(f for f in data["documents"][0]["findings"] if f["code"] == "RL302")
    assert set(finding) >= {"code", "name", "severity", "message", "line", "column", "end_line", "end_column",
                            "where", "evidence"}
    assert finding["where"] == {"table": "t3", "row": "new", "column": "total"}
    assert finding["evidence"]["reported"] == "26" and finding["evidence"]["computed"] == "25"
    summed = {(c["row"], c["column"]) for c in finding["evidence"]["cells"]}
    assert ("new", "natural") in summed and ("new", "other_org") in summed and len(summed) == 7


def test_extract_json_types(cli):
    _, out, _ = cli("extract", "fixtures/compliant-tab/report.txt")
    doc = json.loads(out)["documents"][0]
    assert doc["format"] == "2021" and doc["year"] == 2025 and doc["agency"] == "示例市示例区科学技术局"
    assert doc["tables"]["t2"]["fees"]["amount"] == "1.25"  # a decimal is an exact string
    assert doc["tables"]["t3"]["new"]["total"] == 25  # a count is an integer


def test_extract_keeps_raw_text_of_blank_cells(cli):
    _, out, _ = cli("extract", "fixtures/RL203-blank-cell/report.txt")
    doc = json.loads(out)["documents"][0]
    assert doc["tables"]["t3"]["carry_forward"]["total"] is None
    assert doc["raw"]["t3"]["carry_forward"]["total"] == ""
