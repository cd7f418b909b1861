"""Files an office opens: a CSV (UTF-8 with BOM, headers in the overview's language) and an Excel workbook.

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
from reportlint.i18n import Said, say
from reportlint.scan.overview import FIGURES, BodyRow, Overview

# the columns of each sheet: message ids (col.*, figure.*)
BODY_COLUMNS = ["body", "level", "parent", "on_roster", "year", "status", "published", "deadline", "days_late",
                "errors", "warnings", "infos", "top", "report_url", "listing_url", "reason"]
FINDING_COLUMNS = ["body", "year", "rule", "rule_summary", "severity", "message", "place", "across", "report_url",
                   "other_url"]
OVERDUE_COLUMNS = ["body", "level", "parent", "year", "status", "deadline", "days_late", "published", "reason",
                   "link"]
OVERDUE = ("missing", "late", "unreachable", "unreadable", "unchecked")


def headers(columns: Sequence[str], lang: str) -> list[str]:
    return [say(f"col.{c}", lang) for c in columns]


def body_headers(lang: str) -> list[str]:
    return headers(BODY_COLUMNS, lang) + [say(f[3], lang) for f in FIGURES]


def body_cells(row: BodyRow, lang: str = "zh") -> list[Any]:
    s = row.status
    return [s.name, s.level or "", s.parent or "", say("export.yes" if s.on_roster else "export.no", lang),
            s.year or "", s.label_in(lang), s.published or "", s.deadline or "",
            s.days_late if s.days_late is not None else "", row.errors, row.warnings, row.infos,
            say("export.separator", lang).join(row.top), s.url if s.url != s.listing_url else "",
            s.listing_url or "", s.reason_in(lang), *(_figure(v) for v in (row.figures or [None] * len(FIGURES)))]


def finding_rows(view: Overview) -> Iterator[list[Any]]:
    lang = view.lang
    for f in view.findings:
        yield [f.body, f.year or "", f.code, f.rule, say(f"severity.{f.severity}", lang), f.message, f.place,
               say("export.yes", lang) if f.across else "", f.url, f.other_url or ""]


def overdue_rows(view: Overview) -> Iterator[list[Any]]:
    for row in view.rows:
        s = row.status
        if s.status in OVERDUE:
            yield [s.name, s.level or "", s.parent or "", s.year or "", s.label_in(view.lang), s.deadline or "",
                   s.days_late if s.days_late is not None else "", s.published or "", s.reason_in(view.lang),
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
    writer.writerow(body_headers(view.lang))
    for row in view.rows:
        writer.writerow([for_spreadsheet(v) for v in body_cells(row, view.lang)])
    return "\ufeff" + buf.getvalue()


def write_csv(view: Overview, path: str | Path) -> None:
    Path(path).write_bytes(csv_text(view).encode("utf-8"))


# ---- the workbook -----------------------------------------------------------------------

class XlsxMissing(Said):
    """XlsxWriter is not installed."""


def write_xlsx(view: Overview, path: str | Path) -> None:
    try:
        import xlsxwriter
    except ImportError:
        raise XlsxMissing("cli.xlsx_missing") from None
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_urls": False, "strings_to_numbers": False})
    try:
        # a fixed creation date (the scan's): the same scan gives the same file
        lang = view.lang
        book.set_properties({"title": say("export.title", lang), "author": "reportlint",
                             "created": datetime.fromisoformat(view.as_of)})
        head = book.add_format({"bold": True, "bg_color": "#E8E8E8", "border": 1, "text_wrap": True})
        styles = {"bad": book.add_format({"font_color": "#B00000"}), "": None}
        _sheet(book, say("export.sheet_bodies", lang), body_headers(lang),
               ((c, "bad" if r.status.status in OVERDUE else "") for r in view.rows for c in [body_cells(r, lang)]),
               head, styles,
               [22, 6, 18, 8, 6, 14, 11, 11, 8, 6, 6, 6, 50, 40, 40, 24, *[12] * len(FIGURES)])
        _sheet(book, say("export.sheet_findings", lang), headers(FINDING_COLUMNS, lang),
               ((c, "") for c in finding_rows(view)), head, styles,
               [22, 6, 8, 30, 6, 60, 30, 6, 40, 40])
        _sheet(book, say("export.sheet_overdue", lang), headers(OVERDUE_COLUMNS, lang),
               ((c, "bad") for c in overdue_rows(view)), head, styles,
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
