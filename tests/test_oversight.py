"""`reportlint scan --roster` against a loopback portal of 30 bodies (tests/portal_sim.py): who published,
who is late and by how many days, who never did, whose portal is unreachable; a region that does not add
up; the workbook, the CSV and the summary page an office opens; Ctrl-C and --resume; exports from the store."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import scan_sample
from lxml import html as lxml_html
from portal_sim import COUNTY, EXPECTED_30, REGION, STRANGER, UNREACHABLE, roster_portals

AS_OF = "2026-05-01"


def run_scan(db: Path, roster: Path, *extra: str, timeout: int = 300) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "reportlint", "scan", "--roster", str(roster), "--year", "2025", "--as-of", AS_OF,
           "--db", str(db), "--no-cache", "--retries", "0", "--timeout", "5", "--quiet", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    portals, roster = roster_portals()
    urls = [p.serve() for p in portals]
    folder = tmp_path_factory.mktemp("portal")
    (folder / "roster.csv").write_text(roster(urls), encoding="utf-8")
    yield folder / "roster.csv", urls
    for p in portals:
        p.stop()


@pytest.fixture(scope="module")
def scanned(portal, tmp_path_factory):
    """One uninterrupted scan of the 30 bodies with every output."""
    roster, _ = portal
    out = tmp_path_factory.mktemp("full")
    done = run_scan(out / "scan.sqlite", roster, "--delay", "0.01", "--per-host", "4", "--report",
                    str(out / "summary.html"), "--csv", str(out / "bodies.csv"), "--xlsx", str(out / "bodies.xlsx"))
    assert done.returncode == 1, done.stderr  # RL501 and RL401 errors among the reports
    return out


def test_workbook_lists_each_body_with_its_status_and_days_late(scanned):
    import openpyxl

    book = openpyxl.load_workbook(scanned / "bodies.xlsx")
    assert book.sheetnames == ["单位", "问题", "未发布和逾期"]
    sheet = book["单位"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    head = [c.value for c in sheet[1]]
    assert head[:9] == ["单位", "层级", "上级单位", "是否在名册", "年度", "状态", "发布日期", "法定期限", "逾期天数"]
    found = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert {name: found[name][5] for name in EXPECTED_30} == EXPECTED_30
    assert found["示例区教育局"][6:9] == ("2026-02-15", "2026-01-31", 15)
    assert found[COUNTY][6:9] == ("2026-04-10", "2026-03-31", 10)  # a government: 31 March
    assert found["示例市商务局"][7:9] == ("2026-01-31", None)  # never published: the deadline, no days
    assert "无法访问" in found[UNREACHABLE][15]
    assert found[STRANGER][3] == "否" and found[STRANGER][5] == "已发布"  # found on a portal, not on the roster
    assert len(found) == 31
    overdue = {r[0]: r[4] for r in book["未发布和逾期"].iter_rows(min_row=2, values_only=True)}
    assert overdue == {k: v for k, v in EXPECTED_30.items() if v != "已发布"}
    problems = list(book["问题"].iter_rows(min_row=2, values_only=True))
    assert ("RL501", "错误") in {(r[2], r[4]) for r in problems if r[0] == "示例市公安局"}
    assert book["问题"].freeze_panes == "A2"


def test_summary_page_lists_each_body_in_chinese(scanned):
    page = (scanned / "summary.html").read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    statuses = {tr.xpath("string(td[1])").replace("（名册外）", "").strip(): tr.xpath("string(td[5]/span)")
                for tr in tree.xpath("//table[@id='bodies']/tbody/tr")}
    assert {k: statuses[k] for k in EXPECTED_30} == EXPECTED_30
    late = tree.xpath("//table[@id='bodies']/tbody/tr[td[1]='示例市公安局']")[0]
    assert late.get("data-status") == "late" and late.xpath("string(td[8])") == "30"
    for gone in tree.xpath("//script|//style|//title"):
        gone.getparent().remove(gone)
    words = set(re.findall(r"[A-Za-z]{3,}", tree.text_content()))
    assert words <= {"resume", "db"}, words  # Chinese throughout: codes (RL501) and the --resume option only
    dead = tree.xpath(f"//tr[td[1]='{UNREACHABLE}']")[0]
    assert "栏目页无法访问" in dead.xpath("string(td[5])") and dead.xpath("td[12]/a/text()") == ["栏目页"]
    assert tree.xpath("//svg") and "RL501" in page  # counts by rule and by body, drawn
    # each report links to its own annotated page, written beside the summary
    link = tree.xpath("//tr[td[1]='示例区教育局']//a[text()='问题详情']/@href")[0]
    annotated = (scanned / link).read_text(encoding="utf-8")
    assert link.startswith("summary_reports/") and "RL501" in annotated and "返回汇总" in annotated
    assert "script-src 'sha256-" in page and "<script src" not in page


def test_rollup_names_the_differing_cells(scanned):
    db = scanned / "scan.sqlite"
    found = {url.split("/")[3]: (sev, msg, json.loads(ev)) for _c, url, sev, msg, ev in
             rows(db, "SELECT code, url, severity, message_zh, evidence_json FROM cross_findings WHERE code = 'RL607'")}
    region = rows(db, f"SELECT url FROM documents WHERE agency = '{REGION}' AND year = 2025")[0][0].split("/")[3]
    county = rows(db, f"SELECT url FROM documents WHERE agency = '{COUNTY}' AND year = 2025")[0][0].split("/")[3]
    assert set(found) == {region, county}
    severity, message, evidence = found[region]
    cells = {(c["table"], c["row"], c["column"], c["reported"], c["computed"]) for c in evidence["cells"]}
    assert severity == "warning" and cells == {
        ("t3", "new", "natural", "83", "80"), ("t3", "new", "total", "103", "100"),
        ("t3", "granted", "natural", "35", "32"), ("t3", "granted", "total", "39", "36"),
        ("t3", "total", "natural", "87", "84"), ("t3", "total", "total", "103", "100")}
    assert "表三 本年新收政府信息公开申请数量·自然人：本报告 83，下级合计 80" in message
    assert len(evidence["children"]) == 4 and evidence["missing"] == []
    severity, message, evidence = found[county]  # a child never published: uncertain, not an error
    assert severity == "info" and evidence["missing"] == ["示例县卫生健康局"] and "暂无法核对" in message


def test_csv_has_a_bom_chinese_headers_deadline_and_days_late(scanned):
    raw = (scanned / "bodies.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(",")[:9] == ["单位", "层级", "上级单位", "是否在名册", "年度", "状态", "发布日期", "法定期限",
                                       "逾期天数"]
    late = next(line.split(",") for line in lines if line.startswith("示例市公安局,"))
    assert late[5:9] == ["逾期 30 天", "2026-03-02", "2026-01-31", "30"]
    assert len(lines) == 32


def test_db_export_rebuilds_the_same_outputs(scanned, tmp_path, cli):
    code, _, err = cli("db", str(scanned / "scan.sqlite"), "export", "--html", str(tmp_path / "summary.html"),
                       "--csv", str(tmp_path / "bodies.csv"), "--xlsx", str(tmp_path / "bodies.xlsx"))
    assert code == 0, err
    assert same_outputs(scanned, tmp_path) == []
    code, _, err = cli("db", str(scanned / "scan.sqlite"), "export", "--lang", "en")
    assert code == 2 and "--html FILE" in err


def same_outputs(a: Path, b: Path) -> list[str]:
    """The names of the outputs that differ between two folders (the reports' pages included)."""
    names = ["summary.html", "bodies.csv", "bodies.xlsx"]
    names += sorted(p.relative_to(a).as_posix() for p in (a / "summary_reports").iterdir())
    theirs = sorted(p.relative_to(b).as_posix() for p in (b / "summary_reports").iterdir())
    differ = [n for n in names if not (b / n).is_file() or (a / n).read_bytes() != (b / n).read_bytes()]
    return differ + [n for n in theirs if n not in names]


def test_ctrl_c_writes_partial_outputs_and_resume_completes_them(scanned, portal, tmp_path):
    roster, _ = portal
    db = tmp_path / "scan.sqlite"
    cmd = [sys.executable, "-m", "reportlint", "scan", "--roster", str(roster), "--year", "2025", "--as-of", AS_OF,
           "--db", str(db), "--no-cache", "--retries", "0", "--timeout", "5", "--delay", "0.3", "--per-host", "1",
           "--report", str(tmp_path / "summary.html"), "--csv", str(tmp_path / "bodies.csv"),
           "--xlsx", str(tmp_path / "bodies.xlsx")]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            if db.exists() and rows(db, "SELECT COUNT(*) FROM documents")[0][0] >= 5:
                break
        except sqlite3.OperationalError:
            pass
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "正在停止…可用 --resume 继续" in err
    partial = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "检查尚未完成" in partial and (tmp_path / "bodies.csv").is_file() and (tmp_path / "bodies.xlsx").is_file()
    assert rows(db, "SELECT COUNT(*) FROM queue WHERE state = 'pending'")[0][0] > 0
    again = subprocess.run([sys.executable, "-m", "reportlint", "scan", "--db", str(db), "--resume", "--delay",
                            "0.01", "--per-host", "4", "--no-cache", "--retries", "0", "--timeout", "5", "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 1, again.stderr
    assert same_outputs(scanned, tmp_path) == []  # the outputs it was started with, as an uninterrupted scan's


def test_progress_on_a_log_is_a_line_per_100_pages():
    import io

    from reportlint.scan.progress import Progress

    out = io.StringIO()
    progress = Progress(stream=out, lang="zh")
    progress.start(known=250, finished=0)
    for _ in range(250):
        progress.bump(finished=1, linted=1)
    progress.show(final=True)
    lines = out.getvalue().splitlines()
    assert [line.split(" ")[1] for line in lines] == ["100/250", "200/250", "250/250"]
    assert "报告 100" in lines[0] and "预计剩余" in lines[0] and "页/秒" in lines[0]


def test_progress_on_a_terminal_is_a_bar_with_total_and_time_left():
    import io

    from reportlint.scan.progress import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    out = Tty()
    progress = Progress(stream=out, lang="en")
    progress.start(known=40, finished=10)  # a resumed scan: 10 done before
    progress.bump(finished=1)
    text = out.getvalue()
    assert text.startswith("\r[") and "11/40" in text and "left" in text and "pages/s" in text


@pytest.mark.parametrize(("text", "problem"), [
    ("单位,层级\n甲局,部门\n乙局,处室\n", "roster.csv:3: level '处室' of 乙局"),
    ("name,level,parent\n甲局,部门,\n乙局,部门,丙局\n", "roster.csv:3: the parent of 乙局, '丙局', is not on the roster"),
    ("name,level,parent\n甲局,部门,乙局\n乙局,部门,甲局\n", "is among its own parents"),
    ("name,level,url\n甲局,部门,x\n", "roster.csv:1: unknown column 'url'"),
    ("单位,层级\n甲局,部门\n甲局,部门\n", "roster.csv:3: 甲局 is already on line 2"),
    ("单位,层级,上级,栏目地址\n甲局,部门,,ftp://x/\n", "not an http(s) URL"),
])
def test_a_bad_roster_is_one_line_and_exit_2(tmp_path, cli, text, problem):
    (tmp_path / "roster.csv").write_text(text, encoding="utf-8")
    code, _, err = cli("scan", "--roster", str(tmp_path / "roster.csv"), "--db", str(tmp_path / "s.sqlite"),
                       "--lang", "en")
    assert code == 2 and problem in err and len(err.strip().splitlines()) == 1, err


def test_roster_in_gbk_with_english_headers():
    from reportlint.scan.roster import decode, parse_roster

    raw = "name,level,parent,listing_url\n示例区人民政府,政府,,\n示例区民政局,department,示例区人民政府,http://a/nb/\n"
    entries = parse_roster(decode(raw.encode("gbk"), "r.csv"))
    assert [(e.name, e.level, e.parent, e.listing_url) for e in entries] == [
        ("示例区人民政府", "政府", None, None), ("示例区民政局", "部门", "示例区人民政府", "http://a/nb/")]
    assert parse_roster(decode(("\ufeff单位,层级\n甲局,其他\n").encode(), "r.csv"))[0].level == "其他"


def test_urls_file_takes_listing_pages_and_reports(portal, tmp_path):
    _, urls = portal
    listing = f"{urls[0]}/b2/index.html"  # 示例区民政局's listing: its 2025 and 2024 reports
    report = f"{urls[1]}/b5/2026/t20260410_5.htm"  # 示例县人民政府's 2025 report itself
    (tmp_path / "urls.txt").write_text(f"{listing}\n{report}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reportlint", "scan", "--urls", str(tmp_path / "urls.txt"), "--db",
                           str(tmp_path / "s.sqlite"), "--delay", "0.01", "--no-cache", "--quiet", "--timeout", "5"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    found = rows(tmp_path / "s.sqlite", "SELECT agency, year FROM documents WHERE is_report = 1 ORDER BY agency, year")
    assert found == [("示例区民政局", 2024), ("示例区民政局", 2025), (COUNTY, 2025)]
    assert rows(tmp_path / "s.sqlite", f"SELECT kind, state FROM queue WHERE url = '{listing}'") == [("url", "done")]


def test_an_old_store_is_upgraded_in_place(tmp_path):
    from reportlint.scan.store import open_store

    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript(scan_sample.OLD_SCHEMA + """
        INSERT INTO queue (url, kind) VALUES ('http://a/', 'listing');
    """)
    con.close()
    store = open_store(str(db))
    try:
        store.mark("http://a/", "failed", "refused", "无法访问")
        assert store.queue_rows() == [("http://a/", "listing", None, "failed", "refused", "无法访问")]
        columns = {r[1] for r in store.query("PRAGMA table_info(cross_findings)")}
        assert "seq" in columns and "sections_json" in {r[1] for r in store.query("PRAGMA table_info(documents)")}
    finally:
        store.close()


def test_summary_sorts_and_filters_in_chromium(scanned, tmp_path):
    from test_browser import CHROMEDRIVER, CHROMIUM, browser, selenium

    if CHROMIUM is None or CHROMEDRIVER is None or selenium is None:
        pytest.skip("needs Chromium and chromedriver from the OS (apt-get install chromium chromium-driver) and selenium")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser(tmp_path, "summary")
    try:
        driver.get((scanned / "summary.html").as_uri())
        count = driver.find_element(By.ID, "f-count")
        assert count.text == "显示 31 / 31 行"  # the script ran under the page's CSP

        def names() -> list[str]:
            return [tr.find_element(By.TAG_NAME, "td").text.replace("（名册外）", "").strip()
                    for tr in driver.find_elements(By.CSS_SELECTOR, "#bodies tbody tr") if tr.is_displayed()]

        late = driver.find_element(By.XPATH, "//th[text()='逾期天数']")
        late.click()
        assert late.get_attribute("aria-sort") == "ascending" and names()[-4:] == [
            "示例市司法局", COUNTY, "示例区教育局", "示例市公安局"]
        late.click()
        assert late.get_attribute("aria-sort") == "descending" and names()[:4] == [
            "示例市公安局", "示例区教育局", COUNTY, "示例市司法局"]
        Select(driver.find_element(By.ID, "f-status")).select_by_visible_text("未发布")
        assert sorted(names()) == sorted(k for k, v in EXPECTED_30.items() if v == "未发布")
        assert count.text == "显示 3 / 31 行"
        Select(driver.find_element(By.ID, "f-status")).select_by_visible_text("全部")
        driver.find_element(By.ID, "f-name").send_keys("教育")
        assert sorted(names()) == ["示例区教育局", "示例市教育局"]
        driver.find_element(By.ID, "f-name").clear()
        driver.find_element(By.ID, "f-errors").click()
        assert names() and all(int(tr.get_attribute("data-errors")) > 0 for tr in driver.find_elements(
            By.CSS_SELECTOR, "#bodies tbody tr") if tr.is_displayed())
        driver.find_element(By.ID, "f-errors").click()
        driver.find_element(By.XPATH, "//th[text()='单位']").click()
        shown = names()
        assert len(shown) == 31 and shown[0] != shown[-1]
        driver.save_screenshot(str(tmp_path / "summary.png"))
    finally:
        driver.quit()


def test_statuses_not_due_undated_unchecked_and_a_report_whose_name_was_not_read():
    from datetime import date

    from reportlint.pack import load_builtin
    from reportlint.scan.roster import Entry
    from reportlint.scan.status import Doc, QueueItem, deadlines_of, last_due_year, statuses

    deadlines = deadlines_of(load_builtin())
    entries = [Entry("甲区人民政府", "政府", None, "http://a/gov/"), Entry("甲区民政局", "部门", "甲区人民政府", "http://a/mz/"),
               Entry("甲区教育局", "部门", None, "http://a/jy/"), Entry("甲区档案馆", "其他", None, "http://a/da/")]
    queue = [QueueItem("http://a/gov/", "listing", None, "done"), QueueItem("http://a/mz/", "listing", None, "done"),
             QueueItem("http://a/jy/", "listing", None, "pending"), QueueItem("http://a/da/", "listing", None, "done"),
             QueueItem("http://a/mz/1.htm", "report", "http://a/mz/", "done"),
             QueueItem("http://a/da/1.htm", "report", "http://a/da/", "done")]
    docs = [Doc("http://a/mz/1.htm", "http://a/mz/", None, 2025, "2026-01-10", True),  # its name not read
            Doc("http://a/da/1.htm", "http://a/da/", "甲区档案馆", 2025, None, True)]  # no date on the page
    found = {s.name: (s.status, s.deadline, s.url)
             for s in statuses(entries, docs, queue, {2025}, date(2026, 3, 1), deadlines)}
    assert found == {"甲区人民政府": ("not_due", "2026-03-31", None),  # a government: until 31 March
                     "甲区民政局": ("published", "2026-01-31", "http://a/mz/1.htm"),  # its own listing says whose
                     "甲区教育局": ("unchecked", "2026-01-31", None),
                     "甲区档案馆": ("undated", None, "http://a/da/1.htm")}  # 其他, and 馆 names no kind of body
    assert last_due_year(date(2026, 1, 31), deadlines) == 2024 and last_due_year(date(2026, 2, 1), deadlines) == 2025


def test_csv_cells_a_spreadsheet_would_run_are_text():
    from reportlint.display import for_spreadsheet

    assert [for_spreadsheet(v) for v in ("=1+1", "@SUM(A1)", "-2+3", "+86", "-2", "3.5", "示例局", 7)] == [
        "'=1+1", "'@SUM(A1)", "'-2+3", "+86", "-2", "3.5", "示例局", 7]
