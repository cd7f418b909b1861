"""`applies:` — a rule runs only on the reports it is for (RL701 only from 2021, when the fee rules began)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build

from reportlint.engine import Options, lint_loaded
from reportlint.model import SourceInfo
from reportlint.pack import PackError, builtin_packs, load_builtin, load_pack
from reportlint.sources.base import Loaded

NO_FEE_WORDS = "本年度无其他需要报告的事项。"


def run(text: str):
    loaded = Loaded(SourceInfo("case.txt", "text"), text)
    return lint_loaded(loaded, load_builtin(), Options(packs=builtin_packs()))


def test_fee_rule_is_not_applied_to_a_2020_report():
    text = build.report_2019().replace("2020年，本机关未收取信息处理费。", NO_FEE_WORDS)
    result = run(text)
    assert result.pack.name == "gov-2019"
    assert [f.code for f in result.findings] == []


def test_fee_rule_is_not_applied_to_a_2020_report_checked_with_the_2021_pack():
    text = build.report_2019().replace("2020年，本机关未收取信息处理费。", NO_FEE_WORDS)
    result = lint_loaded(Loaded(SourceInfo("case.txt", "text"), text), load_builtin(), Options())
    assert "RL701" not in {f.code for f in result.findings}
    assert any(n.rule == "RL701" and "not applicable to the 2020 report" in n.text for n in result.notes)


def test_fee_rule_applies_to_a_2025_report():
    result = run(build.tab_report().replace(build.OTHER[0], NO_FEE_WORDS))
    assert [f.code for f in result.findings] == ["RL701"]


def test_a_report_of_unknown_year_is_judged_by_its_format():
    """No year anywhere: the 2021 format was due only from 2021, so the fee rule applies."""
    text = "六、其他需要报告的事项\n无。\n"
    assert "RL701" in {f.code for f in run(text).findings}


@pytest.mark.parametrize(("applies", "error"), [
    ("{from_year: '2021'}", "expected a whole number"),
    ("{since: 2021}", "unknown key 'since'"),
    ("[2021]", "applies must be a mapping"),
])
def test_applies_is_validated_at_its_line(tmp_path, applies, error):
    from reportlint.resources import rules_dir

    text = (rules_dir() / "gov-2021.yaml").read_text(encoding="utf-8")
    old = "took effect on 2021-01-01\n    applies: {from_year: 2021}\n"  # RL701's
    assert text.count(old) == 1
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace(old, f"took effect on 2021-01-01\n    applies: {applies}\n"), encoding="utf-8")
    with pytest.raises(PackError) as exc:
        load_pack(path, check_schema=False)
    line = text[: text.index(old)].count("\n") + 2
    assert f"{path}:{line}:" in str(exc.value) and error in str(exc.value)
