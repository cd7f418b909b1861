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


# ---- a roster's bodies: who publishes on time, late, never; a region that adds up and one that does not ----

def scaled_body(k: int, bump: int = 0, in_force: int = 12) -> str:
    """A report body whose tables are k times the fixture's (the sum of k children's); `bump` adds to 自然人's
    本年新收 and 予以公开 (and so to 总计): the table still balances but no longer adds up to its children's."""
    t3 = [(g, label, [v * k for v in vals]) for g, label, vals in build.T3]
    for i in (0, 2, 23):  # 本年新收, （一）予以公开, （七）总计
        t3[i][2][0] += bump
    rows = [(g, label, [*vals, sum(vals)]) for g, label, vals in t3]
    saved = build.T2, build.T4
    build.T2 = [(b, h, [(lb, [v * k if isinstance(v, int) else v for v in vals]) for lb, vals in body])
                for b, h, body in saved[0]]
    build.T2[0][2][1] = ("行政规范性文件", [3 * k, k, in_force * k])  # 现行有效: last year's + made − repealed
    build.T4 = [v * k for v in saved[1]]
    try:
        return build.html_body(t2=build.html_t2(), t3=build.html_t3(rows), t4=build.html_t4())
    finally:
        build.T2, build.T4 = saved


def dated_report(body: str, year: int, published: str, k: int = 1, bump: int = 0) -> bytes:
    """A report page (CMS style A) of `body` for `year`, published on `published` (YYYY-MM-DD)."""
    html = build.html_page_a(scaled_body(k, bump, 12 if year >= build.YEAR else 10))
    html = html.replace(f"{build.YEAR + 1}-01-20", "@DATE@").replace(build.AGENCY, body)
    return html.replace(str(build.YEAR), str(year)).replace("@DATE@", published).encode("utf-8")


# (name, level, parent, 2025 report published on (None: never), its tables × k, bump)
REGION = "示例区人民政府"
COUNTY = "示例县人民政府"
ROSTER_30: list[tuple[str, str, str, str | None, int, int]] = [
    (REGION, "政府", "", "2026-03-20", 4, 3),  # 本级 + 3 units would be 4×; 3 more in three cells: does not add up
    ("示例区人民政府办公室", "部门", REGION, "2026-01-20", 1, 0),
    ("示例区民政局", "部门", REGION, "2026-01-20", 1, 0),
    ("示例区教育局", "部门", REGION, "2026-02-15", 1, 0),  # 15 days late
    ("示例区示例镇人民政府", "乡镇", REGION, "2026-03-01", 1, 0),
    (COUNTY, "政府", "", "2026-04-10", 3, 0),  # 10 days late; its children: one never publishes (uncertain)
    ("示例县人民政府办公室", "部门", COUNTY, "2026-01-25", 1, 0),
    ("示例县民政局", "部门", COUNTY, "2026-01-25", 1, 0),
    ("示例县卫生健康局", "部门", COUNTY, None, 1, 0),  # never
    *[(f"示例市{name}", "部门", "", published, 1, 0) for name, published in [
        ("发展和改革委员会", "2026-01-20"), ("教育局", "2026-01-20"), ("科学技术局", "2026-01-31"),
        ("工业和信息化局", "2026-01-20"), ("公安局", "2026-03-02"), ("民政局", "2026-01-20"),
        ("司法局", "2026-02-01"), ("财政局", "2026-01-20"), ("人力资源和社会保障局", "2026-01-20"),
        ("自然资源局", "2026-01-20"), ("生态环境局", "2026-01-20"), ("住房和城乡建设局", "2026-01-20"),
        ("交通运输局", "2026-01-20"), ("水利局", None), ("农业农村局", "2026-01-20"), ("商务局", None),
        ("文化和旅游局", "2026-01-20"), ("卫生健康委员会", "2026-01-20"), ("退役军人事务局", "2026-01-20"),
        ("应急管理局", "2026-01-20")]],
    ("示例市公共资源交易中心", "其他", "", "2026-01-28", 1, 0),
]
UNREACHABLE = "示例市应急管理局"
STRANGER = "示例市国库支付中心"  # found on 财政局's listing page, not on the roster
# the status each body's 2025 report should get (as of 2026-05-01)
EXPECTED_30 = {name: ("未发布" if published is None else "已发布") for name, _, _, published, _, _ in ROSTER_30}
EXPECTED_30.update({"示例区教育局": "逾期 15 天", COUNTY: "逾期 10 天", "示例市公安局": "逾期 30 天",
                    "示例市司法局": "逾期 1 天", UNREACHABLE: "无法访问"})


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused at once)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def roster_portals(bodies=None, hosts: int = 2, stranger: bool = True) -> tuple[list[Portal], callable]:
    """Portals for a roster: each body's listing page (its 2025 report when it published one, and its 2024
    report) spread over `hosts` hosts. Returns the portals and `roster(urls)`, which gives the roster's CSV
    text once the portals are serving at `urls`."""
    bodies = ROSTER_30 if bodies is None else bodies
    routes: list[dict[str, tuple[str, bytes]]] = [{"/robots.txt": ("text/plain", b"")} for _ in range(hosts)]
    where: dict[str, tuple[int, str]] = {}
    for i, (name, _level, _parent, published, k, bump) in enumerate(bodies):
        host = i % hosts
        items = []
        if published is not None:
            path = f"/b{i}/2026/t{published.replace('-', '')}_{i}.htm"
            routes[host][path] = (HTML, dated_report(name, 2025, published, k, bump))
            items.append((path, f"{name}2025年政府信息公开工作年度报告"))
        old = f"/b{i}/2025/t20250120_{i}.htm"
        routes[host][old] = (HTML, dated_report(name, 2024, "2025-01-20", k))
        items.append((old, f"{name}2024年政府信息公开工作年度报告"))
        if stranger and name == "示例市财政局":
            path = f"/b{i}/2026/t20260122_x.htm"
            routes[host][path] = (HTML, dated_report(STRANGER, 2025, "2026-01-22"))
            items.append((path, f"{STRANGER}2025年政府信息公开工作年度报告"))
        if name in ("示例市商务局",):
            items = []  # a listing page with nothing on it yet
        routes[host][f"/b{i}/index.html"] = (HTML, listing(items, None))
        where[name] = (host, f"/b{i}/index.html")
    portals = [Portal(r) for r in routes]
    dead = closed_port()

    def roster(urls: list[str]) -> str:
        lines = ["单位,层级,上级,栏目地址"]
        for name, level, parent, *_ in bodies:
            host, path = where[name]
            url = f"http://127.0.0.1:{dead}/nb/index.html" if name == UNREACHABLE else urls[host] + path
            lines.append(f"{name},{level},{parent},{url}")
        return "\n".join(lines) + "\n"

    return portals, roster


def bulk_roster(n: int) -> list[tuple[str, str, str, str | None, int, int]]:
    """For the benchmark: n departments, one in ten late, one in twenty never publishing."""
    out = []
    for k in range(n):
        published = None if k % 20 == 7 else "2026-02-10" if k % 10 == 3 else "2026-01-20"
        out.append((f"示例市第{k}局", "部门", "", published, 1, 0))
    return out
