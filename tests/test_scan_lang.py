"""The scan's outputs in Chinese (the default, byte for byte as before) and in English: the summary page,
a report's page, the CSV and the workbook, from a store written by hand (tests/scan_sample.py); the notes the
crawler stores in both languages; a store written before there were two languages still exports."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
import scan_sample
from lxml import html as lxml_html

GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = {"summary.html": "scan-summary.{lang}.html", "report.html": "scan-report.{lang}.html",
         "bodies.csv": "scan-bodies.{lang}.csv", "bodies.xlsx.json": "scan-bodies.{lang}.xlsx.json"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_outputs_match_their_goldens(tmp_path, lang):
    out = scan_sample.outputs(tmp_path, lang)
    differ = [name for name, text in out.items()
              if (GOLDEN / NAMES[name].format(lang=lang)).read_bytes() != text.encode("utf-8")]
    assert differ == []


def test_english_outputs_have_no_chinese_but_the_data(tmp_path):
    out = scan_sample.outputs(tmp_path, "en")
    tree = lxml_html.fromstring(out["summary.html"])
    for gone in tree.xpath("//script|//style|//tbody/tr/td[position()<=3]|//svg//title|//b|//li/a"):
        gone.getparent().remove(gone)
    chinese = set(re.findall(r"[\u4e00-\u9fff]+", tree.text_content()))
    # what stays Chinese is data: names of bodies in charts and the rules' Chinese quotes of the template
    assert chinese <= {"示例市人民政府", "示例市教育局", "六", "信息处理费"}, chinese
    assert tree.get("lang") == "en"
    sheets = json.loads(out["bodies.xlsx.json"])
    assert list(sheets) == ["Bodies", "Findings", "Not published or late"]
    assert sheets["Bodies"][0][:6] == ["Body", "Level", "Parent body", "On the roster", "Year", "Status"]
    late = next(r for r in sheets["Bodies"] if r[0] == "示例市教育局")
    assert late[3:9] == ["Yes", 2025, "Late by 15 days", "2026-02-15", "2026-01-31", 15]
    assert next(r[2:5:2] for r in sheets["Findings"] if r[2] == "RL301") == ["RL301", "error"]
    reasons = {r[0]: r[8] for r in sheets["Not published or late"][1:]}
    assert reasons["示例市公安局"] == "The listing page: cannot connect: [Errno 111] Connection refused"
    assert reasons["示例市司法局"] == "The listing page: robots.txt disallows it"  # an older store's bare note
    assert reasons["示例市财政局"] == "The roster gives no listing page address"
    assert "← back to the summary" in out["report.html"] and "Compared with other reports" in out["report.html"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_script_is_allowed_by_its_hash(tmp_path, lang):
    page = scan_sample.outputs(tmp_path, lang)["summary.html"]
    code = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    assert f"script-src 'sha256-{digest}'" in page
    assert ("'显示 '+shown+' / '+rows.length+' 行'" if lang == "zh" else "shown+' / '+rows.length+' rows shown'") in code


def test_notes_are_stored_in_both_languages():
    from reportlint.scan.status import QueueItem, _reason, note

    assert note("note.error", kind="KeyError", error=KeyError("x")) == ("KeyError: 'x'", "出错（KeyError）")
    assert note("note.max_pages", limit=5) == ("more than 5 listing pages (--max-pages)",
                                               "：超过 5 个栏目页的上限（--max-pages）")
    failed = note("note.unreachable", reason={"zh": "无法连接：[Errno 111] refused", "en": "cannot connect: refused"})
    assert failed == ("cannot connect: refused", "无法访问：无法连接：[Errno 111] refused")
    item = QueueItem("http://a/", "listing", None, "failed", *failed)
    assert _reason(item) == {"zh": "栏目页无法访问：无法连接", "en": "The listing page: cannot connect: refused"}
    skipped = QueueItem("http://a/", "listing", None, "skipped", *note("note.robots"))
    assert _reason(skipped) == {"zh": "栏目页：robots.txt 不允许抓取", "en": "The listing page: robots.txt disallows it"}
    limited = QueueItem("http://a/", "listing", None, "skipped", *note("note.max_pages", limit=5))
    assert _reason(limited)["zh"] == "栏目页：超过 5 个栏目页的上限（--max-pages）"


def _old_store(path: Path) -> None:
    """A store as an early version wrote it: no note_zh, no seq, a finding with no English message."""
    con = sqlite3.connect(path)
    con.executescript(scan_sample.OLD_SCHEMA + """
        INSERT INTO queue (url, kind, state, note) VALUES ('http://a/sf/', 'listing', 'skipped', 'robots.txt');
        INSERT INTO queue (url, kind, state) VALUES ('http://a/jy/', 'listing', 'done');
        INSERT INTO queue (url, kind, discovered_from, state) VALUES ('http://a/jy/1.htm', 'report', 'http://a/jy/',
                                                                     'done');
        INSERT INTO documents VALUES ('http://a/jy/1.htm', 'http://a/jy/', '2026-05-01', 'ok', 'x', '示例市教育局',
            '示例市教育局', 2025, '2021', '2026-02-15', 1, '{}', '', 0, 1, 0);
        CREATE TABLE findings (url TEXT NOT NULL REFERENCES documents(url), seq INTEGER NOT NULL,
            code TEXT NOT NULL, severity TEXT NOT NULL, line INTEGER, col INTEGER, message_zh TEXT, message_en TEXT,
            where_json TEXT, evidence_json TEXT, PRIMARY KEY (url, seq));
        INSERT INTO findings VALUES ('http://a/jy/1.htm', 0, 'RL701', 'warning', 5, 1, '含模板占位文字', NULL, '{}',
                                     '{}');
    """)
    con.close()


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", ["示例市司法局,部门,,是,2025,无法访问", "栏目页：robots.txt 不允许抓取", "示例市教育局,部门,,是,2025,逾期 15 天",
            "RL701 含模板占位文字"]),
    ("en", ["示例市司法局,部门,,Yes,2025,Unreachable", "The listing page: robots.txt disallows it",
            "示例市教育局,部门,,Yes,2025,Late by 15 days", "RL701 含模板占位文字"]),  # no English message: the Chinese
])
def test_a_store_written_by_an_older_version_exports_in_either_language(tmp_path, cli, lang, expected):
    from reportlint.scan.store import open_store

    _old_store(tmp_path / "old.sqlite")
    store = open_store(str(tmp_path / "old.sqlite"))
    store.set_roster([("示例市司法局", "部门", None, "http://a/sf/"), ("示例市教育局", "部门", None, "http://a/jy/")])
    store.set_meta("as_of", "2026-05-01")
    store.set_meta("years", [2025])
    store.close()
    code, _, err = cli("db", str(tmp_path / "old.sqlite"), "export", "--csv", str(tmp_path / "b.csv"),
                       "--html", str(tmp_path / "s.html"), "--xlsx", str(tmp_path / "b.xlsx"), "--lang", lang)
    assert code == 0, err
    text = (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    assert [e for e in expected if e not in text] == []
    code, out, _ = cli("db", str(tmp_path / "old.sqlite"), "csv", "--lang", lang)
    assert code == 0 and out.splitlines()[1:] == text.splitlines()[1:]


def test_scan_and_db_export_follow_reportlint_lang(tmp_path, cli, monkeypatch):
    store = scan_sample.build(tmp_path / "s.sqlite")
    store.close()
    monkeypatch.setenv("REPORTLINT_LANG", "en")
    code, out, _ = cli("db", str(tmp_path / "s.sqlite"), "csv")
    assert code == 0 and out.startswith("Body,Level,")
    code, out, _ = cli("db", str(tmp_path / "s.sqlite"), "csv", "--lang", "zh")  # the option wins
    assert code == 0 and out.startswith("单位,层级,")
