"""Fetching against a local HTTP server the test starts: never the internet."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reportlint.engine import Options, lint
from reportlint.pack import load_builtin
from reportlint.sources.fetch import FetchOptions, fetch

PAGE = Path("fixtures/html-cms-a/page.html").read_bytes()
GBK_PAGE = Path("fixtures/html-cms-b-gbk/page.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args):  # keep the test output clean
        pass

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        if path == "/ok.html":
            self.send(200, PAGE)
        elif path == "/gbk.html":
            self.send(200, GBK_PAGE, "text/html")  # the charset only in <meta>
        elif path.startswith("/hop"):
            n = int(path[4:] or 0)
            self.send(302, headers={"Location": "/ok.html" if n >= 3 else f"/hop{n + 1}"})
        elif path == "/loop":
            self.send(302, headers={"Location": "/loop"})
        elif path == "/flaky":
            if Handler.hits[path] < 2:
                self.send(500, b"busy")
            else:
                self.send(200, PAGE)
        elif path == "/down":
            self.send(503, b"down")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, PAGE)
        elif path == "/big":
            self.send(200, b"<html>" + b"x" * 300_000)
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send(304, headers={"ETag": '"v1"'})
            else:
                self.send(200, PAGE, headers={"ETag": '"v1"'})
        else:
            self.send(404, b"not found")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that timed out closed the socket
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = FetchOptions(connect_timeout=2, read_timeout=0.5, retries=2, backoff=0.01, cache_dir=None)


def reason(loaded) -> str:
    return loaded.problems[0].args["reason"]["en"] if loaded.problems else ""


def test_success(server):
    loaded = fetch(server + "/ok.html", FAST)
    assert loaded.text and "总体情况" in loaded.text and loaded.info.kind == "html"


def test_url_is_linted_like_a_file(server):
    result = lint(server + "/ok.html", load_builtin(), Options(fetch=FAST))
    assert result.findings == () and result.document.tables["t3"].cell("new", "total").raw == "25"
    assert result.source.published == "2026-01-20"


def test_gbk_page_declared_in_meta(server):
    loaded = fetch(server + "/gbk.html", FAST)
    assert loaded.info.encoding == "gb18030" and "总体情况" in loaded.text


def test_redirect_chain_is_followed(server):
    assert fetch(server + "/hop0", FAST).text


def test_redirect_loop_is_a_finding(server):
    assert "more than 5 redirects" in reason(fetch(server + "/loop", FAST))


def test_404_is_a_finding(server):
    assert reason(fetch(server + "/missing", FAST)) == "HTTP 404 Not Found"


def test_500_then_success_is_retried(server):
    Handler.hits.pop("/flaky", None)
    assert fetch(server + "/flaky", FAST).text
    assert Handler.hits["/flaky"] == 2


def test_persistent_5xx_gives_up_with_the_status(server):
    assert reason(fetch(server + "/down", FAST)) == "HTTP 503 Service Unavailable"
    assert Handler.hits["/down"] == 3  # the first try and two retries


def test_slow_response_times_out(server):
    started = time.monotonic()
    assert "timed out" in reason(fetch(server + "/slow", FetchOptions(read_timeout=0.3, retries=0)))
    assert time.monotonic() - started < 1.4


def test_oversized_body(server):
    got = fetch(server + "/big", FetchOptions(max_bytes=100_000, retries=0))
    assert "larger than" in reason(got)


def test_non_html_content_type(server):
    assert "image/png" in reason(fetch(server + "/image.png", FAST))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/report.html", "gopher://x/"])
def test_other_schemes_are_refused(url):
    assert "only http and https" in reason(fetch(url, FAST))


def test_refused_connection():
    got = fetch("http://127.0.0.1:9/x.html", FetchOptions(retries=0, connect_timeout=1))
    assert "cannot connect" in reason(got)


def test_cache_revalidates_with_etag(server, tmp_path):
    opts = FetchOptions(retries=0, cache_dir=tmp_path)
    first = fetch(server + "/etag", opts)
    second = fetch(server + "/etag", opts)
    assert first.text == second.text and len(list(tmp_path.glob("*.body"))) == 1


def test_a_failing_url_does_not_stop_the_run(server, cli):
    code, out, _ = cli("check", server + "/missing", server + "/ok.html", "--format", "json", "--no-cache",
                       "--retries", "0")
    import json

    docs = json.loads(out)["documents"]
    assert [d["findings"][0]["code"] if d["findings"] else None for d in docs] == ["RL901", None]
    assert code == 1
