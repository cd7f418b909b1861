"""A local portal simulator for the scan tests and benchmark: listing pages with pagination, report pages
in two CMS styles (one GBK), a PDF-only report, robots.txt, a flaky host, two years of reports.

All content comes from the fixture builder (fictional bodies, our own prose)."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build

BODIES = ["示例市示例区科学技术局", "示例市示例区教育局", "示例市示例区民政局"]


def report_page(body: str, year: int, style: str = "a", carried_over: int | None = None) -> bytes:
    html = build.html_page_a(build.html_body()) if style == "a" else build.html_page_b(build.html_body(), "gb2312")
    html = html.replace(build.AGENCY, body).replace(str(build.YEAR + 1), str(year + 1)).replace(
        str(build.YEAR), str(year))
    if carried_over is not None:
        old = "<td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td>"
        new = (f"<td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>{carried_over}</td><td>0</td><td>0</td>"
               f"<td>0</td><td>0</td><td>0</td><td>{carried_over}</td>")
        assert old in html
        html = html.replace(old, new)
    return html.encode("gb18030" if style == "b" else "utf-8")


def listing(items: list[tuple[str, str]], next_page: str | None) -> bytes:
    links = "".join(f'<li><a href="{href}">{text}</a><span>2026-01-20</span></li>' for href, text in items)
    more = f'<a href="{next_page}">下一页</a>' if next_page else ""
    return (f"<html><head><meta charset='utf-8'><title>政府信息公开年报</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><ul class='list'>{links}</ul>{more}</body></html>").encode()


class Portal:
    """Routes of one simulated host."""

    def __init__(self, routes: dict[str, tuple[str, bytes]], flaky: bool = False) -> None:
        self.routes, self.flaky, self.count, self.hits = routes, flaky, 0, {}
        self.lock = threading.Lock()

    def serve(self) -> str:
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with portal.lock:
                    portal.count += 1
                    portal.hits[self.path] = portal.hits.get(self.path, 0) + 1
                    fail = portal.flaky and portal.count % 2 == 1 and self.path != "/robots.txt"
                if fail:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                ctype, body = portal.routes.get(self.path, ("text/plain", b""))
                self.send_response(200 if self.path in portal.routes else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Quiet(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


HTML, HTML_GBK = "text/html; charset=utf-8", "text/html"


def main_portal() -> Portal:
    """Host A: two listing pages, 2025 and 2024 reports of three bodies (one carry-over mismatch),
    a PDF-only report, a page robots.txt forbids."""
    from office_fixtures import pdf_report

    routes: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n")}
    page1, page2 = [], []
    for i, body in enumerate(BODIES):
        style = "b" if i == 1 else "a"
        p25, p24 = f"/zfxxgknb/2026/t20260120_{i}.htm", f"/zfxxgknb/2025/t20250120_{i}.htm"
        routes[p25] = (HTML_GBK if style == "b" else HTML, report_page(body, 2025, style, carried_over=3 if i == 2 else None))
        routes[p24] = (HTML_GBK if style == "b" else HTML, report_page(body, 2024, style))
        page1.append((p25, f"{body}2025年政府信息公开工作年度报告"))
        page2.append((p24, f"{body}2024年政府信息公开工作年度报告"))
    routes["/zfxxgknb/2026/t20260121_9.htm"] = (HTML, build.html_page_a(
        '<p>附件：<a href="/files/b9.pdf">2025年政府信息公开工作年度报告.pdf</a></p>').replace(
        build.AGENCY, "示例市示例区财政局").encode())
    page1.append(("/zfxxgknb/2026/t20260121_9.htm", "示例市示例区财政局2025年政府信息公开工作年度报告"))
    routes["/files/b9.pdf"] = ("application/pdf", pdf_report())
    routes["/private/secret.htm"] = (HTML, report_page("示例市示例区保密局", 2025))
    page2.append(("/private/secret.htm", "示例市示例区保密局2025年政府信息公开工作年度报告"))
    routes["/zfxxgknb/index.html"] = (HTML, listing(page1, "index_1.html"))
    routes["/zfxxgknb/index_1.html"] = (HTML, listing(page2, None))
    return Portal(routes)


def flaky_portal() -> Portal:
    """Host B: fails every other request (503); one listing, one report."""
    routes = {"/robots.txt": ("text/plain", b""),
              "/nb/index.html": (HTML, listing([("/nb/t20260115_1.htm", "示例县示例镇2025年政府信息公开工作年度报告")],
                                               None)),
              "/nb/t20260115_1.htm": (HTML, report_page("示例县示例镇人民政府", 2025))}
    return Portal(routes, flaky=True)


def bulk_portal(n: int) -> Portal:
    """For the benchmark: n report pages behind paginated listings (20 a page)."""
    routes: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"")}
    page = report_page(BODIES[0], 2025)
    items = []
    for k in range(n):
        path = f"/nb/t{k:06d}.htm"
        routes[path] = (HTML, page.replace(BODIES[0].encode(), f"示例市第{k}局".encode()))
        items.append((path, f"示例市第{k}局2025年政府信息公开工作年度报告"))
    pages = [items[i : i + 20] for i in range(0, n, 20)]
    for i, chunk in enumerate(pages):
        name = "index.html" if i == 0 else f"index_{i}.html"
        nxt = f"index_{i + 1}.html" if i + 1 < len(pages) else None
        routes[f"/nb/{name}"] = (HTML, listing(chunk, nxt))
    return Portal(routes)
