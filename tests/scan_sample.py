"""A scan's store written by hand: every status, reason and kind of finding the scan's outputs show.

Shared by the tests of the outputs in Chinese and English (tests/test_scan_lang.py) and by
tests/update_golden.py, which writes their goldens.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlint.scan.store import SQLiteStore

# the tables of a store as the first versions wrote them (no seq, no note_zh, no sections): upgrade tests
OLD_SCHEMA = """
        CREATE TABLE queue (url TEXT PRIMARY KEY, kind TEXT NOT NULL, discovered_from TEXT,
                            state TEXT NOT NULL DEFAULT 'pending', note TEXT);
        CREATE TABLE documents (url TEXT PRIMARY KEY, discovered_from TEXT, fetched_at TEXT, http_status TEXT,
            content_hash TEXT, agency TEXT, body TEXT, year INTEGER, format TEXT, published TEXT,
            is_report INTEGER NOT NULL, tables_json TEXT, prose TEXT, errors INTEGER, warnings INTEGER, infos INTEGER);
        CREATE TABLE cross_findings (code TEXT NOT NULL, url TEXT NOT NULL, other_url TEXT, severity TEXT NOT NULL,
            message_zh TEXT, message_en TEXT, evidence_json TEXT, PRIMARY KEY (code, url, other_url));
"""

ROSTER = [("示例市人民政府", "政府", None, "http://gov.test/zf/"),
          ("示例市教育局", "部门", "示例市人民政府", "http://gov.test/jy/"),
          ("示例市民政局", "部门", "示例市人民政府", "http://gov.test/mz/"),
          ("示例市商务局", "部门", "示例市人民政府", "http://gov.test/sw/"),
          ("示例市公安局", "部门", "示例市人民政府", "http://down.test/ga/"),
          ("示例市司法局", "部门", "示例市人民政府", "http://gov.test/sf/"),
          ("示例市水务局", "部门", "示例市人民政府", "http://gov.test/sl/"),
          ("示例市档案馆", "其他", None, "http://gov.test/da/"),
          ("示例市统计局", "部门", None, "http://gov.test/tj/"),
          ("示例市审计局", "部门", None, "http://gov.test/sj/"),
          ("示例市财政局", "部门", None, None),
          ("示例市林业局", "部门", None, "http://gov.test/ly/")]
# (url, kind, discovered_from, state, note, note_zh): notes as the crawler writes them, and as older
# versions did (a bare English note, no Chinese one)
QUEUE = [("http://gov.test/zf/", "listing", None, "done", None, None),
         ("http://gov.test/jy/", "listing", None, "done", None, None),
         ("http://gov.test/mz/", "listing", None, "done", None, None),
         ("http://gov.test/sw/", "listing", None, "done", None, None),
         ("http://down.test/ga/", "listing", None, "failed", "cannot connect: [Errno 111] Connection refused",
          "无法访问：无法连接：[Errno 111] Connection refused"),
         ("http://gov.test/sf/", "listing", None, "skipped", "robots.txt", None),
         ("http://gov.test/sl/", "listing", None, "skipped", "outside the starting hosts and paths", None),
         ("http://gov.test/da/", "listing", None, "done", None, None),
         ("http://gov.test/tj/", "listing", None, "pending", None, None),
         ("http://gov.test/sj/", "listing", None, "failed", "KeyError: 'x'", "出错（KeyError）"),
         ("http://gov.test/ly/", "listing", None, "skipped", "more than 5 listing pages (--max-pages)", None),
         ("http://gov.test/zf/1.htm", "report", "http://gov.test/zf/", "done", None, None),
         ("http://gov.test/jy/1.htm", "report", "http://gov.test/jy/", "done", None, None),
         ("http://gov.test/mz/1.htm", "report", "http://gov.test/mz/", "done", None, None),
         ("http://gov.test/mz/notice.htm", "report", "http://gov.test/mz/", "done", None, None),
         ("http://gov.test/mz/gone.htm", "report", "http://gov.test/mz/", "done", None, None),
         ("http://gov.test/da/1.htm", "report", "http://gov.test/da/", "done", None, None),
         ("http://gov.test/zf/other.htm", "report", "http://gov.test/zf/", "done", None, None),
         ("http://gov.test/zf/noname.htm", "report", None, "done", None, None)]
# (url, discovered_from, agency, year, published, http_status, is_report, errors, warnings, infos)
DOCS = [("http://gov.test/zf/1.htm", "http://gov.test/zf/", "示例市人民政府", 2025, "2026-03-20", "ok", 1, 1, 1, 0),
        ("http://gov.test/jy/1.htm", "http://gov.test/jy/", "示例市教育局", 2025, "2026-02-15", "ok", 1, 0, 1, 1),
        ("http://gov.test/mz/1.htm", "http://gov.test/mz/", "示例市民政局", 2024, "2025-01-20", "ok", 1, 0, 0, 0),
        ("http://gov.test/mz/notice.htm", "http://gov.test/mz/", None, None, None, "ok", 0, 0, 0, 0),
        ("http://gov.test/mz/gone.htm", "http://gov.test/mz/", None, None, None, "HTTP 404", 0, 0, 0, 0),
        ("http://gov.test/da/1.htm", "http://gov.test/da/", "示例市档案馆", 2025, None, "ok", 1, 0, 0, 0),
        ("http://gov.test/zf/other.htm", "http://gov.test/zf/", "示例市气象局", 2025, "2026-01-10", "ok", 1, 0, 0, 0),
        ("http://gov.test/zf/noname.htm", None, None, 2025, "2026-01-12", "ok", 1, 0, 0, 0)]
TABLES = {"t3": {"new": {"total": 12}, "carried_over": {"total": 1}, "total": {"total": 11},
                 "carry_forward": {"total": 2}},
          "t4": {"review": {"total": 3}}, "t2": {"normative_documents": {"valid": "4.5"}}}
# (url, code, severity, line, message_zh, message_en, where)
FINDINGS = [
    ("http://gov.test/zf/1.htm", "RL301", "error", 40, "本年新收与结转之和（13）不等于办理结果与结转之和（12）",
     "new plus carried over (13) is not results plus carried forward (12)", {"table": "t3", "row": "total",
                                                                          "column": "total"}),
    ("http://gov.test/zf/1.htm", "RL701", "warning", 3, "含模板占位文字“XX”", "template placeholder “XX”",
     {"section": "general"}),
    ("http://gov.test/jy/1.htm", "RL701", "warning", 5, "含模板占位文字“XXX”", "template placeholder “XXX”", {}),
    ("http://gov.test/jy/1.htm", "RL701", "warning", 9, "含模板占位文字“××”", "template placeholder “××”", {}),
    ("http://gov.test/jy/1.htm", "RL504", "info", 1, "未写明发布日期", "no publication date", {}),
]
CROSS = [{"code": "RL607", "url": "http://gov.test/zf/1.htm", "other_url": "http://gov.test/jy/1.htm",
          "severity": "warning", "message_zh": "与下级单位报告之和不符", "message_en": "differs from the sum below",
          "evidence_json": json.dumps({"where": {"table": "t3", "row": "new", "column": "natural"}})}]
PAGE = "<!DOCTYPE html><html><body><h1>报告</h1><p class=\"signoff\">审核</p></body></html>"


def build(path: Path) -> SQLiteStore:
    """The store, written; the caller closes it."""
    store = SQLiteStore(path)
    store.set_roster(ROSTER)
    store.set_meta("as_of", "2026-05-01")
    store.set_meta("years", [2025])
    for url, kind, source, state, note, note_zh in QUEUE:
        store.enqueue([url], kind, source)
        store.mark(url, state, note, note_zh)
    by_url: dict[str, list[dict[str, Any]]] = {}
    for url, code, severity, line, zh, en, where in FINDINGS:
        by_url.setdefault(url, []).append({"code": code, "severity": severity, "line": line, "col": 1,
                                           "message_zh": zh, "message_en": en, "where": where, "evidence": {}})
    for url, source, agency, year, published, status, is_report, errors, warnings, infos in DOCS:
        row = {"url": url, "discovered_from": source, "fetched_at": "2026-05-01T00:00:00", "http_status": status,
               "content_hash": "x", "agency": agency, "body": agency, "year": year, "format": "2021",
               "published": published, "is_report": is_report,
               "tables_json": json.dumps(TABLES) if is_report else "{}", "prose": "", "errors": errors,
               "warnings": warnings, "infos": infos}
        state = next(q[3] for q in QUEUE if q[0] == url)
        store.save_document(row, by_url.get(url, []), url, PAGE if is_report else None)
        store.mark(url, state)
    store.replace_cross(CROSS)
    return store


def outputs(folder: Path, lang: str) -> dict[str, str]:
    """The summary page, the annotated page of a report, the CSV and the workbook's cells (as JSON), in `lang`."""
    import openpyxl

    from reportlint.pack import load_builtin
    from reportlint.scan.command import write_outputs
    from reportlint.scan.overview import page_name

    store = build(folder / "scan.sqlite")
    try:
        paths = {"report": str(folder / "summary.html"), "csv": str(folder / "bodies.csv"),
                 "xlsx": str(folder / "bodies.xlsx")}
        write_outputs(store, load_builtin(), paths, lang)
    finally:
        store.close()
    book = openpyxl.load_workbook(folder / "bodies.xlsx")
    sheets = {name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in book.sheetnames}
    annotated = folder / "summary_reports" / page_name("http://gov.test/zf/1.htm")  # it has a finding across reports
    return {"summary.html": (folder / "summary.html").read_text(encoding="utf-8"),
            "report.html": annotated.read_text(encoding="utf-8"),
            "bodies.csv": (folder / "bodies.csv").read_bytes().decode("utf-8"),
            "bodies.xlsx.json": json.dumps(sheets, ensure_ascii=False, indent=1) + "\n"}
