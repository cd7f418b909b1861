"""Generated files are current: the standalone parser of grammars/report.lark and docs/rules.md."""

from __future__ import annotations

from pathlib import Path

from reportlint.generate import grammar_digest, rules_md, shipped_digest

# The checkout's docs, wherever the package is installed (CI installs it non-editable).
RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_report_parser_is_current():
    assert shipped_digest() == grammar_digest(), "grammars/report.lark changed: run python -m reportlint.generate"


def test_generated_parser_reads_like_the_grammar():
    """The shipped tables parse as Lark does from the .lark file itself."""
    from lark import Lark

    from reportlint.parse.report_parser import Lark_StandAlone
    from reportlint.resources import grammar_path

    text = "## 二、主动公开\n| 规章 | 0 | |\n|---|---|---|\n规章\t0\t/\t3\n**（一）标题**正文 a|b\n"
    lark = Lark.open(str(grammar_path("report.lark")), parser="lalr", maybe_placeholders=False)
    assert Lark_StandAlone().parse(text) == lark.parse(text)


def test_rules_md_is_current():
    assert RULES_MD.read_text(encoding="utf-8") == rules_md(), "run python -m reportlint.generate"


def test_no_parser_cache_is_written(tmp_path, monkeypatch):
    """Parsing writes nothing to the temporary folder (Lark's cache=True wrote a pickle there)."""
    import tempfile

    from reportlint.parse.lines import parse_lines

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    parse_lines("一、总体情况\n规章\t0\t0\t0\n")
    assert list(tmp_path.iterdir()) == []
