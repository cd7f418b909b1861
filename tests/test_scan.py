"""`reportlint scan` against a local portal simulator (tests/portal_sim.py): never the internet."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SHARED
from portal_sim import flaky_portal, main_portal

from reportlint.pack import load_builtin
from reportlint.scan.links import listing_links


@pytest.fixture(scope="module")
def portals():
    a, b = main_portal(), flaky_portal()
    urls = (a.serve(), b.serve())
    yield urls, (a, b)
    a.stop()
    b.stop()


def scan(tmp_path, urls, *extra, db="scan.sqlite"):
    cmd = [sys.executable, "-m", "reportlint", "scan", f"{urls[0]}/zfxxgknb/index.html", f"{urls[1]}/nb/index.html",
           "--db", str(tmp_path / db), "--delay", "0.01", "--no-cache", "--retries", "3", "--timeout", "5", "--quiet",
           *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_scan_finds_every_report_honours_robots_and_flags_the_mismatch(tmp_path, portals):
    urls, (a, _b) = portals
    done = scan(tmp_path, urls, "--report", str(tmp_path / "summary.html"), "--csv", str(tmp_path / "out.csv"))
    assert done.returncode == 1, done.stderr  # RL601 is an error
    db = tmp_path / "scan.sqlite"
    reports = rows(db, "SELECT agency, year FROM documents WHERE is_report = 1 ORDER BY agency, year")
    assert len(reports) == 8  # 3 bodies × 2 years, the PDF attachment, the flaky host's report
    assert ("示例县示例镇人民政府", 2025) in reports  # survived a host failing every other request
    assert rows(db, "SELECT state, note FROM queue WHERE url LIKE '%/private/%'") == [("skipped", "robots.txt")]
    assert "/private/secret.htm" not in a.hits
    cross = rows(db, "SELECT code, url FROM cross_findings")
    assert [c for c, _ in cross].count("RL601") == 1 and cross[0][1].endswith("t20260120_2.htm")
    assert "/files/b9.pdf" in a.hits and rows(db, "SELECT COUNT(*) FROM documents WHERE url LIKE '%b9.pdf'") == [(1,)]
    summary = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "RL601" in summary and "示例市示例区民政局" in summary
    csv_lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_lines[0].startswith("单位,层级,上级单位,是否在名册,年度,状态,发布日期,法定期限,逾期天数")
    bodies_years = rows(db, "SELECT COUNT(DISTINCT agency || year) FROM documents WHERE is_report = 1")[0][0]
    assert len(csv_lines) == 1 + bodies_years  # a row per body and year (the PDF is 科学技术局's too)


def test_killed_scan_resumes_to_the_same_database(tmp_path, portals):
    urls, _ = portals
    full = scan(tmp_path, urls, db="full.sqlite")
    assert full.returncode == 1
    db = tmp_path / "killed.sqlite"
    cmd = [sys.executable, "-m", "reportlint", "scan", f"{urls[0]}/zfxxgknb/index.html", f"{urls[1]}/nb/index.html",
           "--db", str(db), "--delay", "0.3", "--per-host", "1", "--no-cache", "--quiet", "--timeout", "5"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            if db.exists() and rows(db, "SELECT COUNT(*) FROM documents")[0][0] >= 3:
                break
        except sqlite3.OperationalError:
            pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = rows(db, "SELECT COUNT(*) FROM documents")[0][0]
    assert 3 <= partial < 9
    again = subprocess.run([*cmd[:4], "--db", str(db), "--resume", "--delay", "0.01", "--no-cache", "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 1, again.stderr
    for sql in ("SELECT url, discovered_from, http_status, content_hash, agency, year, format, published, is_report, "
                "tables_json, errors, warnings, infos FROM documents ORDER BY url",
                "SELECT url, seq, code, severity, line, col, message_zh FROM findings ORDER BY url, seq",
                "SELECT code, url, other_url FROM cross_findings ORDER BY code, url",
                "SELECT url, kind, state FROM queue ORDER BY url"):
        assert rows(db, sql) == rows(tmp_path / "full.sqlite", sql), sql


def test_existing_store_needs_resume_or_fresh(tmp_path, portals):
    urls, _ = portals
    scan(tmp_path, urls)
    again = scan(tmp_path, urls)
    assert again.returncode == 2 and "--resume" in again.stderr


def test_db_command(tmp_path, portals, cli):
    urls, _ = portals
    scan(tmp_path, urls)
    code, out, _ = cli("db", str(tmp_path / "scan.sqlite"))
    assert code == 0 and "across reports: RL601 1" in out
    code, out, _ = cli("db", str(tmp_path / "scan.sqlite"), "cross")
    assert out.startswith("RL601\t")


@pytest.mark.skipif(not (SHARED / "corpus/real/pingtan-list/index.html").is_file(), reason="no shared corpus")
def test_links_of_a_real_listing_page():
    page = (SHARED / "corpus/real/pingtan-list/index.html").read_text(encoding="utf-8")
    links = listing_links(page, "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/index.htm",
                          load_builtin().report.listing_link)
    assert len(links.reports) == 10
    assert links.reports[0] == "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm"
