"""Row candidates: a line's label and its trailing values, with positions kept."""

from __future__ import annotations

from decimal import Decimal

from reportlint.model import CellKind
from reportlint.parse.lines import RawCell, parse_lines
from reportlint.parse.rows import GLUED, SPACED, row_candidates, split_trailing, trailing_tokens


def _cell(text: str) -> RawCell:
    return RawCell(text, None, False, 3, 5, 5 + len(text))


def test_spaced_values_split_from_their_label_with_columns():
    label, values = split_trailing(_cell("行政许可 12 0 1,234"))
    assert label == RawCell("行政许可", None, False, 3, 5, 9)
    assert [(v.raw, v.kind, v.value, v.column, v.end_column) for v in values] == [
        ("12", CellKind.NUMBER, Decimal(12), 10, 12), ("0", CellKind.NUMBER, Decimal(0), 13, 14),
        ("1,234", CellKind.NUMBER, Decimal(1234), 15, 20)]


def test_prose_and_glued_digits():
    assert trailing_tokens("本机关依法做好政府信息公开工作。") == (16, [], False)  # ends in no value: not scanned
    assert trailing_tokens("全年收到申请 -") == (7, [(7, 8)], False)  # a dash ends a value too
    assert trailing_tokens("规章000") == (2, [(2, 5)], True)


def test_a_split_is_cached_but_its_values_list_is_the_callers():
    cell = _cell("规范性文件 3 4")
    _, first = split_trailing(cell)
    first.clear()
    _, again = split_trailing(cell)
    assert [v.raw for v in again] == ["3", "4"]


def test_row_candidates_keep_their_line_index_and_layout():
    lines = parse_lines("一、概述\n\n行政许可 12 0 3\n规章000\n")
    rows = row_candidates(lines)
    assert [(r.index, r.line, r.layout, [v.raw for v in r.values]) for r in rows] == [
        (1, 3, SPACED, ["12", "0", "3"]), (2, 4, GLUED, ["000"])]
