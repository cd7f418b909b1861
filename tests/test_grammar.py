"""The line grammar (grammars/report.lark): line kinds, cells, ordinals and positions."""

from __future__ import annotations

from lark import Lark

from reportlint.numerals import ordinal_value
from reportlint.parse.lines import parse_lines
from reportlint.parse.normalize import fold, label_key
from reportlint.resources import grammar_path


def kinds(text: str) -> list[str]:
    return [line.kind for line in parse_lines(fold(text))]


def test_grammar_has_no_conflicts():
    Lark.open(str(grammar_path("report.lark")), parser="lalr", strict=True)
    Lark.open(str(grammar_path("expr.lark")), parser="lalr", strict=True)


def test_line_kinds():
    text = "## 二、主动公开\n| 规章 | 0 |\n|---|---|\n规章\t0\t0\n一、总体情况\n   \n正文 a|b\n"
    assert kinds(text) == ["heading", "pipe", "pipe_sep", "tab", "text", "text"]


def test_heading_ordinal_and_columns():
    (line,) = parse_lines(fold("#### （四）平台建设\n"))
    cell = line.cells[0]
    assert line.md_level == 4 and cell.ordinal == "(四)" and cell.text == "平台建设"
    assert cell.column == 9  # code points, not bytes: after "#### （四）"


def test_bold_lead_in():
    (line,) = parse_lines(fold("**（一）主动公开情况。**全年公开信息10条。\n"))
    cell = line.cells[0]
    assert cell.bold and cell.ordinal == "(一)" and cell.text.startswith("主动公开情况。**")


def test_tab_row_keeps_blank_cells_and_positions():
    (line,) = parse_lines("\t\t规章\t\t0\t\n")
    assert [c.text for c in line.cells] == ["", "", "规章", "", "0", ""]
    assert line.cells[4].column == 7


def test_a_row_closing_run_of_values_is_one_token_read_as_its_cells():
    from reportlint.parse.report_parser import Lark_StandAlone

    text = "规章\t1,000\t \t-\t2.5 \n| 行政许可 | 7 |  | 9 |\n"
    tokens = [t.type for t in Lark_StandAlone().lex(text)]
    # (with its line break: VALUE_TABS_NL, VALUE_PIPES_NL)
    assert tokens.count("VALUE_TABS_NL") == 1 and tokens.count("VALUE_PIPES_NL") == 1
    tab, pipe = parse_lines(text)
    assert [(c.text, c.column, c.end_column) for c in tab.cells] == [
        ("规章", 1, 3), ("1,000", 4, 9), ("", 11, 11), ("-", 12, 13), ("2.5", 14, 17)]
    assert [(c.text, c.column) for c in pipe.cells] == [("行政许可", 3), ("7", 10), ("", 15), ("9", 17)]


def test_pipe_row_without_closing_pipe_and_empty_cells():
    (line,) = parse_lines("| 四、结转 | 1 || 0\n")
    assert [c.text for c in line.cells] == ["结转", "1", "", "0"]
    assert line.cells[0].ordinal == "四、"


def test_pipe_inside_prose_is_text():
    (line,) = parse_lines("说明 | 见附件\n")
    assert line.kind == "text" and line.cells[0].text == "说明 | 见附件"


def test_decimal_is_not_an_ordinal():
    (line,) = parse_lines("4068.208\n")
    assert line.cells[0].ordinal is None and line.cells[0].text == "4068.208"


def test_fold_is_one_for_one():
    original = "（一）１２３　ＡＢＣ\r\n"
    assert len(fold(original)) == len(original)
    assert fold(original) == "(一)123 ABC\r\n"


def test_label_key_normalises_brackets_spaces_and_traditional():
    assert label_key("（二）部分公开（区分處理的， 只計這一情形）") == label_key("部分公开(区分处理的,只计这一情形)")
    assert label_key("四、結轉下年度繼續辦理") == label_key("结转下年度继续办理")


def test_ordinal_values():
    assert ordinal_value("十二、") == ("cn", 12)
    assert ordinal_value("（三）") == ("paren_cn", 3)
    assert ordinal_value("4.") == ("num", 4)
    assert ordinal_value("(2)") == ("paren_num", 2)


def test_unparseable_line_falls_back_to_text():
    lines = parse_lines(fold("正常一行\n\t|坏\n最后一行\n"))
    assert [line.no for line in lines] == [1, 2, 3]


def _one_by_one_grammar() -> str:
    """The grammar without its merged tokens (HEADING_LINE, PIPE_SEP_LINE, OPENED_LINE, TEXT_LINE, OPENED_TEXT,
    TAB_TEXT, PIPE_TEXT, VALUE_TABS_NL, VALUE_PIPES_NL, the blank lines in _NL): every cell's opening, text and
    separator a token of its own, each line break one _NL."""
    import re

    g = grammar_path("report.lark").read_text(encoding="utf-8")
    g = re.sub(r"(^|\s)//.*$", "", g, flags=re.M)  # (the comments)
    for alternative in (" | text_line", " | row_line", " | heading_line", " | sep_line", " | TAB_TEXT",
                        " | PIPE_TEXT", "\n    | OPENED_TEXT"):
        g = g.replace(alternative, "")
    g = g.replace("_NL: /(?:\\r?\\n)+/", "_NL: /\\r?\\n/")
    merged = (r"text_line|row_line|heading_line|sep_line|HEADING_LINE|PIPE_SEP_LINE|OPENED_LINE|TEXT_LINE"
              r"|OPENED_TEXT|TAB_TEXT|PIPE_TEXT|VALUE_TABS_NL|VALUE_PIPES_NL")
    g = re.sub(rf"^(?:{merged})\b.*$", "", g, flags=re.M)
    assert not re.search(rf"{merged}|\(\?:\\r\?\\n\)\+", g)
    return g


def test_the_merged_tokens_parse_as_the_tokens_one_by_one():
    """The tokens that hold an opening and its text, a separator and its cell, a text line and its line
    break: the lines made of them are those the tokens lexed one by one make, on real and generated text."""
    import random
    from pathlib import Path

    from reportlint.parse.lines import _parser, _ToLines

    reference = Lark(_one_by_one_grammar(), parser="lalr", lexer="contextual", maybe_placeholders=False,
                     transformer=_ToLines())
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [fold(p.read_text(encoding="utf-8-sig", errors="replace"))
             for p in sorted([*root.glob("**/*.txt"), *root.glob("**/*.md")])]
    rng = random.Random(16)
    pieces = ["**", "***", "*", "一、", "十一、", "(一)", "( 二 )", "1.", "2、", "(3)", "12.5", "1.2", " ", "  ", "\t",
              "\t\t", "|", "||", "| ", "规章", "其他", "0", "12", "-", "—", "/", "1,234", "\n", "\n\n", "\r\n", "\r",
              "#", "## ", "|---|", ":--", "，", "(", ")", "一", "、", ".", "x",
              "\u00a0", "\u3000", "\u2002", "#\u00a0"]  # (spaces SPACE takes that MD_HASH is not followed by)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) + "\n" for _ in range(4000)]
    lines = [line for t in texts[:50] for line in t.split("\n")]
    texts += ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 6))) + "\n" for _ in range(1000)]
    assert len(texts) > 5000
    for text in texts:
        try:
            want = reference.parse(text)
        except Exception:
            want = None
        try:
            got = _parser().parse(text)
        except Exception:
            got = None
        assert got == want, repr(text)


def test_a_merged_token_is_tried_before_its_parts():
    """Where the lexer may take a merged token or the token it opens with, it tries the merged one first
    (else the parts would be taken one by one and the merged token never)."""
    from reportlint.parse.lines import _parser

    parts = {"OPENED_TEXT": ("STARS", "ORDINAL", "TEXT"), "TAB_TEXT": ("TAB",), "PIPE_TEXT": ("PIPE",),
             "TEXT_LINE": ("TEXT",), "VALUE_TABS_NL": ("VALUE_TABS",), "VALUE_PIPES_NL": ("VALUE_PIPES",),
             "HEADING_LINE": ("MD_HASH",), "OPENED_LINE": ("OPENED_TEXT", "STARS", "ORDINAL"),
             "PIPE_SEP_LINE": ("PIPE_SEP",)}
    parser = _parser()
    parser.parse("x\n")  # (the contextual lexer's per-state lexers are built on first use)
    checked = 0
    for lexer in parser.parser.lexer.lexers.values():
        names = [t.name for t in lexer.terminals]
        for merged, first in parts.items():
            for part in first:
                if merged in names and part in names:
                    assert names.index(merged) < names.index(part), (merged, part, names)
                    checked += 1
    assert checked >= len(parts)


def test_the_line_builders_cell_opening_is_the_grammars_stars_and_ordinal():
    """parse/lines.py splits a merged token's opening with its own pattern: it must be STARS? ORDINAL? as the
    grammar writes them (an ordinal added to the grammar and not there would be read as text)."""
    import re

    from reportlint.parse.lines import _OPENING

    g = grammar_path("report.lark").read_text(encoding="utf-8")
    stars = re.search(r"^STARS\.\d+: /(.+)/$", g, re.M)
    ordinal = re.search(r"^ORDINAL\.\d+: (/.+/(?:\n\s+\| /.+/)*)$", g, re.M)
    assert stars and ordinal
    alternatives = [a.strip().removeprefix("| ")[1:-1] for a in ordinal.group(1).split("\n")]
    assert len(alternatives) == 4
    assert _OPENING.pattern == f"({stars.group(1)})?({'|'.join(alternatives)})?"
