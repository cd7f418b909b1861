"""Files an office opens: a CSV (UTF-8 with BOM, Chinese headers) and an Excel workbook.

The workbook is written with XlsxWriter (imported only for `--xlsx`): it only
writes, which is all we need, streams rows, and sets what an office expects of
a sheet (frozen header row, filters, column widths). Every text cell is written
as text, never as a formula, whatever the report said; the CSV neutralises a
cell that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlint.display import for_spreadsheet
from reportlint.scan.overview import FIGURES, SEVERITY_ZH, BodyRow, Overview

BODY_HEADERS = ["单位", "层级", "上级单位", "是否在名册", "年度", "状态", "发布日期", "法定期限", "逾期天数",
                "错误", "警告", "提示", "主要问题", "报告链接", "栏目地址", "说明", *[f[3] for f in FIGURES]]
FINDING_HEADERS = ["单位", "年度", "规则", "规则说明", "级别", "问题", "位置", "跨报告", "报告链接", "对照报告"]
OVERDUE_HEADERS = ["单位", "层级", "上级单位", "年度", "状态", "法定期限", "逾期天数", "发布日期", "说明", "链接"]
OVERDUE = ("missing", "late", "unreachable", "unreadable", "unchecked")


def body_cells(row: BodyRow) -> list[Any]:
    s = row.status
    return [s.name, s.level or "", s.parent or "", "是" if s.on_roster else "否", s.year or "", s.label,
            s.published or "", s.deadline or "", s.days_late if s.days_late is not None else "",
            row.errors, row.warnings, row.infos, "；".join(row.top), s.url if s.url != s.listing_url else "",
            s.listing_url or "", s.reason or "", *(_figure(v) for v in (row.figures or [None] * len(FIGURES)))]


def finding_rows(view: Overview) -> Iterator[list[Any]]:
    for f in view.findings:
        yield [f.body, f.year or "", f.code, f.rule, SEVERITY_ZH[f.severity], f.message, f.place,
               "是" if f.across else "", f.url, f.other_url or ""]


def overdue_rows(view: Overview) -> Iterator[list[Any]]:
    for row in view.rows:
        s = row.status
        if s.status in OVERDUE:
            yield [s.name, s.level or "", s.parent or "", s.year or "", s.label, s.deadline or "",
                   s.days_late if s.days_late is not None else "", s.published or "", s.reason or "",
                   s.url or s.listing_url or ""]


def _figure(value: Any) -> Any:
    if value is None:
        return ""
    return int(value) if isinstance(value, int) or (isinstance(value, str) and value.isdigit()) else value


# ---- CSV --------------------------------------------------------------------------------

def csv_text(view: Overview) -> str:
    """One row per body and year; begins with a BOM so that Excel on Chinese Windows reads it as UTF-8."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(BODY_HEADERS)
    for row in view.rows:
        writer.writerow([for_spreadsheet(v) for v in body_cells(row)])
    return "\ufeff" + buf.getvalue()


def write_csv(view: Overview, path: str | Path) -> None:
    Path(path).write_bytes(csv_text(view).encode("utf-8"))


# ---- the workbook -----------------------------------------------------------------------

class XlsxMissing(Exception):
    """XlsxWriter is not installed."""


def write_xlsx(view: Overview, path: str | Path) -> None:
    try:
        import xlsxwriter
    except ImportError:
        raise XlsxMissing("--xlsx needs XlsxWriter: pip install xlsxwriter") from None
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_urls": False, "strings_to_numbers": False})
    try:
        # a fixed creation date (the scan's): the same scan gives the same file
        book.set_properties({"title": "政府信息公开工作年度报告检查", "author": "reportlint",
                             "created": datetime.fromisoformat(view.as_of)})
        head = book.add_format({"bold": True, "bg_color": "#E8E8E8", "border": 1, "text_wrap": True})
        styles = {"bad": book.add_format({"font_color": "#B00000"}), "": None}
        _sheet(book, "单位", BODY_HEADERS, ((c, "bad" if r.status.status in OVERDUE else "")
                                           for r in view.rows for c in [body_cells(r)]), head, styles,
               [22, 6, 18, 8, 6, 14, 11, 11, 8, 6, 6, 6, 50, 40, 40, 24, *[12] * len(FIGURES)])
        _sheet(book, "问题", FINDING_HEADERS, ((c, "") for c in finding_rows(view)), head, styles,
               [22, 6, 8, 30, 6, 60, 30, 6, 40, 40])
        _sheet(book, "未发布和逾期", OVERDUE_HEADERS, ((c, "bad") for c in overdue_rows(view)), head, styles,
               [22, 6, 18, 6, 14, 11, 8, 11, 30, 40])
    finally:
        book.close()


def _sheet(book: Any, name: str, headers: Sequence[str], rows: Iterable[tuple[Sequence[object], str]], head: Any,
           styles: dict[str, Any], widths: Sequence[int]) -> None:
    """One worksheet (`book`, `head` and `styles` are XlsxWriter's, which has no type annotations)."""
    sheet = book.add_worksheet(name)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    for col, text in enumerate(headers):
        sheet.write_string(0, col, text, head)
    n = 0
    for n, (cells, style) in enumerate(rows, start=1):
        fmt = styles.get(style)
        for col, value in enumerate(cells):
            if value is None or value == "":
                continue  # an empty cell, not an empty text
            if isinstance(value, bool) or not isinstance(value, int | float):
                sheet.write_string(n, col, str(value), fmt)
            else:
                sheet.write_number(n, col, value, fmt)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(n, 1), len(headers) - 1)
