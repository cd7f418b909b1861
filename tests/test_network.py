"""A hostile loopback server: a body and headers dripped a byte a second, a listing that paginates forever,
redirects to another port and to a link-local address, Retry-After. `check URL` and `scan` end within
their budgets with the right findings."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise

import pytest
from portal_sim import report_page

from reportlint.sources import fetch as fetch_module
from reportlint.sources.fetch import FetchOptions, fetch, retry_after

REPORT = report_page("示例市示例区科学技术局", 2025)


class Hostile(BaseHTTPRequestHandler):
    other = ""  # the base URL of another local service (set by the fixture)
    hits: dict[str, list[float]] = {}

    def log_message(self, *args):
        pass

    def send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def drip(self, data: bytes) -> None:
        try:
            for k in range(len(data)):
                self.wfile.write(data[k : k + 1])
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass  # the client gave up: that is the point

    def do_GET(self):
        path = self.path
        Hostile.hits.setdefault(path, []).append(time.monotonic())
        n = len(Hostile.hits[path])
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n")
        elif path.startswith("/nb/index"):  # page k links page k+1, forever, and one report
            k = int(path.removeprefix("/nb/index").removesuffix(".html").lstrip("_") or 0)
            body = (f"<html><body><ul><li><a href='/nb/t2026012{k % 10}_{k}.htm'>示例局2025年政府信息公开工作年度报告"
                    f"</a></li></ul><a href='index_{k + 1}.html'>下一页</a></body></html>").encode()
            self.send(200, body)
        elif path.startswith("/nb/t") and path.endswith("_0.htm"):
            self.send(200, REPORT)
        elif path.startswith("/nb/t") and path.endswith("_1.htm"):  # the body a byte at a time
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(REPORT)))
            self.end_headers()
            self.drip(REPORT)
        elif path.startswith("/nb/t") and path.endswith("_2.htm"):  # the headers a byte at a time
            self.drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"x" * 1000 + b"\r\n\r\n")
        elif path.startswith("/nb/t") and path.endswith("_3.htm"):  # to another service on this machine
            self.send(302, headers={"Location": f"{Hostile.other}/nb/secret.htm"})
        elif path.startswith("/nb/t") and path.endswith("_4.htm"):  # busy: come back in a second
            if n == 1:
                self.send(503, b"busy", {"Retry-After": "1"})
            else:
                self.send(200, REPORT.replace("示例市示例区科学技术局".encode(), "示例市示例区教育局".encode()))
        elif path.startswith("/nb/t") and path.endswith("_5.htm"):  # to a place robots.txt forbids
            self.send(302, headers={"Location": "/private/report.htm"})
        elif path == "/metadata":
            self.send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif path == "/busy-for-an-hour":
            self.send(503, b"busy", {"Retry-After": "3600"})
        elif path == "/flaky":
            self.send(503 if n < 3 else 200, REPORT)
        else:
            self.send(404, b"not found")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


def _serve(handler) -> tuple[Server, str]:
    httpd = Server(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture(scope="module")
def hostile():
    class Other(Hostile):
        def do_GET(self):
            self.send(200, REPORT.replace("示例市示例区科学技术局".encode(), "示例市内网局".encode()))

    other, other_url = _serve(Other)
    httpd, url = _serve(Hostile)
    Hostile.other = other_url
    yield url
    for server in (httpd, other):
        server.shutdown()
        server.server_close()


def reason(loaded) -> str:
    return loaded.problems[0].args["reason"]["en"] if loaded.problems else ""


# ---- fetch ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/nb/t20260121_1.htm", "/nb/t20260122_2.htm"])
def test_a_dripping_server_is_cut_at_the_deadline(hostile, path):
    """Each byte comes within the read timeout, so only a deadline for the whole request ends it."""
    started = time.monotonic()
    got = fetch(hostile + path, FetchOptions(read_timeout=5, deadline=2, retries=3, cache_dir=None))
    assert reason(got) == "no complete answer within the 2 s deadline"
    assert time.monotonic() - started < 10


def test_retry_after_is_honoured(hostile):
    Hostile.hits.pop("/nb/t20260124_4.htm", None)
    got = fetch(hostile + "/nb/t20260124_4.htm", FetchOptions(backoff=0.01, cache_dir=None))
    assert got.text is not None
    first, second = Hostile.hits["/nb/t20260124_4.htm"]
    assert second - first >= 0.95


def test_a_retry_after_past_the_deadline_is_not_waited_for(hostile):
    started = time.monotonic()
    got = fetch(hostile + "/busy-for-an-hour", FetchOptions(deadline=5, cache_dir=None))
    assert reason(got) == "no complete answer within the 5 s deadline"
    assert time.monotonic() - started < 4  # gave up at once


@pytest.mark.parametrize("value, seconds", [("3", 3.0), (" 0 ", 0.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
                                            ("soon", None), ("", None), (None, None)])
def test_retry_after_values(value, seconds):
    assert retry_after(value) == seconds


def test_a_redirect_to_a_link_local_address_is_refused(hostile, monkeypatch):
    """As if the server were public: only 169.254/16 (cloud metadata) counts as restricted here."""
    monkeypatch.setattr(fetch_module, "_restricted", lambda a: a.startswith("169.254."))
    got = fetch(hostile + "/metadata", FetchOptions(cache_dir=None, allow_private=False))
    assert reason(got) == ("redirected to http://169.254.169.254/latest/meta-data/, a private, loopback or "
                           "link-local address")


def test_a_private_address_is_refused_unless_asked_for(hostile):
    assert "private, loopback or link-local" in reason(fetch(hostile + "/nb/t20260120_0.htm",
                                                             FetchOptions(cache_dir=None, allow_private=False)))
    assert fetch(hostile + "/nb/t20260120_0.htm", FetchOptions(cache_dir=None)).text  # the URL itself is local


def test_a_redirect_can_be_refused_by_the_caller(hostile):
    got = fetch(hostile + "/nb/t20260123_3.htm", FetchOptions(cache_dir=None),
                allow=lambda target: ("不行", "not in scope") if Hostile.other in target else None)
    assert reason(got) == f"redirected to {Hostile.other}/nb/secret.htm: not in scope"


def test_retries_are_paced_like_first_requests(hostile):
    from reportlint.scan.crawler import HostLimiter

    Hostile.hits.pop("/flaky", None)
    got = fetch(hostile + "/flaky", FetchOptions(backoff=0.01, cache_dir=None), pace=HostLimiter(1, 0.4))
    assert got.text is not None
    times = Hostile.hits["/flaky"]
    assert len(times) == 3 and min(b - a for a, b in pairwise(times)) >= 0.35


def test_check_url_ends_within_the_deadline(hostile, cli):
    started = time.monotonic()
    code, out, _ = cli("check", hostile + "/nb/t20260121_1.htm", hostile + "/nb/t20260120_0.htm",
                       "--deadline", "2", "--no-cache", "--format", "json", "--lang", "en")
    docs = json.loads(out)["documents"]
    assert [f["message"] for f in docs[0]["findings"]] == [
        "cannot read the input: no complete answer within the 2 s deadline"]
    assert docs[1]["findings"] == []  # the next URL is checked (the compliant report)
    assert time.monotonic() - started < 30 and code == 1


# ---- scan -------------------------------------------------------------------------------

def test_a_scan_of_the_hostile_portal_ends_with_the_right_findings(hostile, tmp_path, cli):
    db = tmp_path / "scan.sqlite"
    started = time.monotonic()
    code, _, err = cli("scan", hostile + "/nb/index.html", "--db", str(db), "--max-pages", "6", "--deadline", "3",
                         "--timeout", "2", "--delay", "0.05", "--retries", "1", "--quiet", "--no-cache",
                         "--processes", "1")
    elapsed = time.monotonic() - started
    assert elapsed < 90, f"the scan took {elapsed:.0f} s"
    assert code == 1 and err == ""  # the unreadable reports are RL901, an error
    rows = sqlite3.connect(db).execute("SELECT url, http_status, agency FROM documents ORDER BY url").fetchall()
    status = {url.rsplit("/", 1)[1]: (s, agency) for url, s, agency in rows}
    assert status["t20260120_0.htm"] == ("ok", "示例市示例区科学技术局")
    assert status["t20260121_1.htm"][0] == "no complete answer within the 3 s deadline"
    assert status["t20260122_2.htm"][0] == "no complete answer within the 3 s deadline"
    assert status["t20260123_3.htm"][0] == (f"redirected to {Hostile.other}/nb/secret.htm: outside the scan's "
                                            f"starting hosts and paths")
    assert status["t20260124_4.htm"] == ("ok", "示例市示例区教育局")  # fetched after its Retry-After
    assert status["t20260125_5.htm"][0] == (f"redirected to {hostile}/private/report.htm: robots.txt "
                                            f"disallows it")
    queue = dict(sqlite3.connect(db).execute(
        "SELECT url, note FROM queue WHERE kind = 'listing' AND state = 'skipped'").fetchall())
    assert list(queue.values()) == ["more than 6 listing pages (--max-pages)"]  # the 7th; no 8th was found
    assert "示例市内网局" not in json.dumps(rows, ensure_ascii=False)


def test_a_killed_lint_worker_is_restarted_and_its_document_retried(hostile, tmp_path, monkeypatch):
    """One killed worker used to fail every document still queued on the pool (272 of 420)."""
    import os
    import signal

    from reportlint import engine
    from reportlint.engine import Options
    from reportlint.pack import builtin_packs, load_builtin
    from reportlint.scan.crawler import Scanner, ScanOptions
    from reportlint.scan.store import SQLiteStore

    flag = tmp_path / "killed"
    lint_loaded = engine._lint_loaded

    def dying_once(loaded, pack, options):
        if not flag.exists():
            flag.write_text(loaded.info.name)
            os.kill(os.getpid(), signal.SIGKILL)
        return lint_loaded(loaded, pack, options)

    monkeypatch.setattr(engine, "_lint_loaded", dying_once)  # forked workers inherit it
    store = SQLiteStore(tmp_path / "s.sqlite")
    fetch_options = FetchOptions(cache_dir=None, deadline=5, read_timeout=2, retries=0)
    options = ScanOptions(delay=0, processes=1, start_method="fork", fetch=fetch_options,
                          lint=Options(packs=builtin_packs()))
    Scanner(store, load_builtin(), options).run([(hostile + "/nb/t20260120_0.htm", "report"),
                                                 (hostile + "/nb/t20260126_0.htm", "report")])
    rows = dict(store.query("SELECT url, http_status FROM documents"))
    assert flag.exists() and len(rows) == 2 and set(rows.values()) == {"ok"}
