"""Reading tables in the layouts reports arrive in: indentation, pipes, HTML in Markdown, drawn and
dashed tables, glued digits, positioned words. Every value read is the report's, or none is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import SHARED

from reportlint.engine import Options, lint
from reportlint.model import SourceInfo
from reportlint.pack import builtin_packs, load_builtin
from reportlint.parse.document import parse_text, text_lines
from reportlint.parse.grid import Column, Word, read_grid
from reportlint.parse.normalize import fold
from reportlint.reporters.json_out import extract_document

ROOT = Path(__file__).resolve().parent.parent
PACK = load_builtin()
PACKS = builtin_packs()


def lint_text(tmp_path: Path, text: str, name: str = "report.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = lint(str(path), PACK, Options(packs=PACKS))
    return result, extract_document(result, result.pack)["tables"]


def expected_tables(case: str) -> dict:
    return yaml.safe_load((ROOT / "fixtures" / case / "expected.yaml").read_text(encoding="utf-8"))["tables"]


def shape(result) -> list[tuple]:
    """Findings without their columns (indentation moves those)."""
    return [(f.code, f.loc.line if f.loc else None, tuple(sorted(f.where.items()))) for f in result.findings]


# ---- indentation --------------------------------------------------------------------

@pytest.mark.parametrize("indent", ["\u3000\u3000", "    ", "\u00a0\u00a0", "\t"], ids=["u3000", "spaces", "nbsp", "tab"])
@pytest.mark.parametrize("case", ["compliant-tab/report.txt", "compliant-pipe/report.md",
                                  "compliant-cell-per-line/report.txt", "RL301-balance/report.txt"])
def test_indented_report_reads_like_the_original(tmp_path, case, indent):
    text = (ROOT / "fixtures" / case).read_text(encoding="utf-8")
    suffix = Path(case).suffix
    plain, plain_tables = lint_text(tmp_path, text, "plain" + suffix)
    indented = "\n".join(indent + line if line else line for line in text.split("\n"))
    result, tables = lint_text(tmp_path, indented, "indented" + suffix)
    assert tables == plain_tables
    assert shape(result) == shape(plain)
    assert [s.key for s in result.document.sections] == [s.key for s in plain.document.sections]


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="the shared seed report is not present")
def test_seed_indented_with_ideographic_spaces_reads_like_the_seed(tmp_path):
    text = next((SHARED / "seed").glob("*.txt")).read_text(encoding="utf-8")
    plain, plain_tables = lint_text(tmp_path, text)
    result, tables = lint_text(tmp_path, "\n".join("\u3000\u3000" + line for line in text.split("\n")), "in.txt")
    assert tables == plain_tables and shape(result) == shape(plain)


# ---- pipes, HTML, drawn and dashed tables --------------------------------------------

T2_PIPES = """二、主动公开政府信息情况
第二十条第（一）项
---
信息内容| 本年制发件数| 本年废止件数| 现行有效件数
---|---|---|---
规章 | 0| 0| 0
行政规范性文件| 77| 132| 470
第二十条第（六）项
信息内容| 本年处理决定数量
---|---
行政处罚|
行政强制| 54
"""


def test_pipe_rows_without_outer_pipes(tmp_path):
    _, tables = lint_text(tmp_path, T2_PIPES, "report.md")
    assert tables["t2"]["normative_documents"] == {"made": 77, "repealed": 132, "valid": 470}  # not 4 / 7 / 0
    assert tables["t2"]["punishment"] == {"decisions": None}  # `行政处罚|`: an empty last cell
    assert tables["t2"]["coercion"] == {"decisions": 54}


def test_one_cell_per_line_ending_in_a_pipe(tmp_path):
    text = "二、主动公开政府信息情况\n规章 |\n1 |\n0 |\n3 |\n"
    _, tables = lint_text(tmp_path, text)
    assert tables["t2"]["regulations"] == {"made": 1, "repealed": 0, "valid": 3}


def test_html_table_in_markdown_is_read_at_its_place(tmp_path):
    text = ("## 四、政府信息公开行政复议、行政诉讼情况\n\n<table>\n<tr><td colspan=\"5\">行政复议</td>"
            "<td colspan=\"10\">行政诉讼</td></tr>\n<tr>"
            + "".join(f"<td>{h}</td>" for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)
            + "</tr>\n<tr>" + "".join(f"<td><span>{v}</span></td>" for v in range(15)) + "</tr>\n</table>\n")
    result, tables = lint_text(tmp_path, text, "report.md")
    assert tables["t4"]["review"] == {"upheld": 0, "corrected": 1, "other": 2, "pending": 3, "total": 4}
    cell = result.document.tables["t4"].cell("suit_direct", "upheld")
    line = text.split("\n")[cell.loc.line - 1]
    assert line[cell.loc.column - 1:].startswith("<td><span>5<")


def test_markup_in_markdown_is_blanked_one_for_one():
    folded = fold("<span style=\"x\">一、总体情况</span>\n| <span>规章</span> | 1 | 0 | 2 |\n")
    lines = text_lines(folded)
    assert lines[0].cells[0].text == "总体情况" and lines[0].cells[0].column == 19
    assert [c.text for c in lines[1].cells] == ["规章", "1", "0", "2"]


W3M = """四、政府信息公开行政复议、行政诉讼情况
┌──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┬──────┐
│结果维│结果  │其他  │尚未  │总计  │结果  │结果  │其他  │尚未  │总计  │结果  │结果  │其他  │尚未  │总计  │
│持    │纠正  │结果  │审结  │      │维持  │纠正  │结果  │审结  │      │维持  │纠正  │结果  │审结  │      │
├──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┼──────┤
│1     │      │0     │0     │1     │4     │0     │0     │1     │5     │1     │0     │1     │0     │2     │
└──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┴──────┘
"""


def test_box_drawn_table_keeps_its_empty_cells(tmp_path):
    _, tables = lint_text(tmp_path, W3M)
    assert tables["t4"]["review"] == {"upheld": 1, "corrected": None, "other": 0, "pending": 0, "total": 1}
    assert tables["t4"]["suit_after_review"]["total"] == 2


PANDOC_PLAIN = """二、主动公开政府信息情况

  ---------------- -------------- -------------- --------------
  信息内容         本年制发件数   本年废止件数   现行有效件数
  规章             2                             15
  行政规范性文件   34             7              126
  ---------------- -------------- -------------- --------------
"""


def test_dashed_rule_table_reads_by_column(tmp_path):
    _, tables = lint_text(tmp_path, PANDOC_PLAIN)
    assert tables["t2"]["regulations"] == {"made": 2, "repealed": None, "valid": 15}
    assert tables["t2"]["normative_documents"] == {"made": 34, "repealed": 7, "valid": 126}


# ---- digits run together ----------------------------------------------------------------

def note_texts(result) -> list[str]:
    return [n.text for n in result.notes if n.rule == "reading"]


def test_glued_digits_one_a_cell_are_split_with_a_note(tmp_path):
    text = "二、主动公开政府信息情况\n规章000\n四、政府信息公开行政复议、行政诉讼情况\n结果维持 结果纠正 其他结果 尚未审结 总计\n" \
           "复议后起诉总计000000000000000\n"
    result, tables = lint_text(tmp_path, text)
    assert tables["t2"]["regulations"] == {"made": 0, "repealed": 0, "valid": 0}
    assert tables["t4"]["review"]["total"] == 0 and tables["t4"]["suit_after_review"]["upheld"] == 0
    assert any("regulations" in n and "one digit a cell" in n for n in note_texts(result))


def test_glued_digits_are_split_by_the_tables_equations(tmp_path):
    text = (ROOT / "fixtures/compliant-tab/report.txt").read_text(encoding="utf-8")
    text = text.replace("一、本年新收政府信息公开申请数量\t20\t3\t0\t1\t0\t1\t25", "一、本年新收政府信息公开申请数量 2030101 25")
    result, tables = lint_text(tmp_path, text)
    assert tables["t3"]["new"] == expected_tables("compliant-tab")["t3"]["new"]
    assert any("t3 new" in n and "equations hold" in n for n in note_texts(result))
    assert not [f for f in result.findings if f.code.startswith("RL3")]


def test_glued_digits_with_two_readings_stay_unread(tmp_path):
    text = "二、主动公开政府信息情况\n行政规范性文件693665\n"
    result, tables = lint_text(tmp_path, text)
    assert "normative_documents" not in tables.get("t2", {})
    assert [f.code for f in result.findings if f.code == "RL904"] == ["RL904"]


def test_spaced_digits_glued_in_pairs(tmp_path):
    text = (ROOT / "fixtures/compliant-tab/report.txt").read_text(encoding="utf-8")
    text = text.replace("\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0", "\t3.补正后申请内容仍不明确 0 0 00 00 0")
    _result, tables = lint_text(tmp_path, text)
    assert tables["t3"]["unable_3"] == {c: 0 for c in ("natural", "commercial", "research", "social", "legal",
                                                       "other_org", "total")}


# ---- words by position ------------------------------------------------------------------

def words(rows: list[tuple[float, list[tuple[str, float]]]], height: float = 10.0) -> list[Word]:
    """Words from (top, [(text, x0)]) with each character 10 units wide."""
    return [Word(t, x, x + 10 * len(t), top, top + height) for top, items in rows for t, x in items]


LABELS = {"本年制发件数", "本年废止件数", "现行有效件数", "自然人", "商业企业", "总计"}


def test_grid_places_numbers_under_their_headings():
    rows, columns = read_grid(words([
        (0, [("信息内容", 0), ("本年制发件数", 100), ("本年废止件数", 200), ("现行有效件数", 300)]),
        (20, [("规章", 10), ("2", 125), ("15", 320)]),
        (40, [("行政规范性", 0), ("34", 120), ("7", 225), ("126", 315)]),
        (50, [("文件", 0)]),
    ]), LABELS)
    assert [c.label for c in columns] == ["本年制发件数", "本年废止件数", "现行有效件数"]
    assert [(r.kind, r.labels, r.cells) for r in rows[1:]] == [
        ("row", ("规章",), ("2", "", "15")),
        ("row", ("行政规范性文件",), ("34", "7", "126")),  # the label's second line joins it
    ]


def test_grid_stacks_wrapped_headings_and_leaves_a_straddling_number_unplaced():
    rows, _ = read_grid(words([
        (0, [("自然人", 100), ("商业", 200), ("总计", 300)]),
        (10, [("企业", 200)]),
        (30, [("一、本年新收", 0), ("5", 125), ("3", 160), ("8", 325)]),  # 3 lies across the edge at 165
    ]), LABELS)
    assert rows[0].cells == ("自然人", "商业企业", "总计")
    assert rows[1].kind == "unplaced" and rows[1].cells == ("5", "3", "8")


def test_grid_leaves_a_row_with_an_unsure_word_unread_and_carries_columns_over():
    columns = [Column("自然人", 100, 130), Column("商业企业", 200, 240), Column("总计", 300, 320)]
    ws = words([(0, [("二、上年结转", 0), ("1", 110), ("0", 215), ("1", 305)])])
    rows, _ = read_grid(ws, LABELS, columns=columns)
    assert rows[0].cells == ("1", "0", "1")  # the headings of the page before
    unsure = [Word(w.text, w.x0, w.x1, w.top, w.bottom, confidence=0.3 if w.text == "0" else 1.0) for w in ws]
    rows, _ = read_grid(unsure, LABELS, columns=columns)
    assert rows[0].kind == "unread" and rows[0].cells == ()


def test_text_words_count_wide_characters_twice(tmp_path):
    info = SourceInfo("t.txt", "text")
    doc = parse_text(W3M.replace("│1     │      │", "│1     │      │"), info, PACK)
    assert doc.tables["t4"].cell("review", "upheld").value == 1


def test_a_split_search_with_no_answer_gives_up_on_its_work_not_its_answers():
    """`1`×30 then `000000` into 15 cells: no split exists (no number has a leading zero), yet the cuts
    of the first run are millions; a fuzzed page like it took minutes. The search stops at MAX_STEPS."""
    import pytest

    from reportlint.parse.glued import _SearchTooLong, ways

    with pytest.raises(_SearchTooLong):
        list(ways(("1" * 30, "000000"), 15))
    assert list(ways(("12", "3"), 3)) == [("1", "2", "3")]
