"""`reportlint serve` over real HTTP (uvicorn on a loopback port): the API, the pages, what it refuses."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from lxml import html as lxml_html
from office_fixtures import docx_report
from serve_helpers import running
from test_formats import HOSTILE

from reportlint.serve import Settings

ROOT = Path(__file__).resolve().parent.parent
RL301 = (ROOT / "fixtures/RL301-balance/report.txt").read_bytes()
RL304 = (ROOT / "fixtures/RL304-t4-total/report.txt").read_bytes()


@pytest.fixture(scope="module")
def base():
    with running(Settings(max_bytes=2 * 1024 * 1024)) as url:
        yield url


def post(base: str, path: str, name: str, data: bytes, **fields) -> requests.Response:
    return requests.post(base + path, files={"file": (name, data)}, data=fields, timeout=60)


def test_api_check_gives_the_check_contract_with_word_places(base):
    response = post(base, "/api/check", "draft.docx", docx_report(blank_cell=True))
    assert response.status_code == 200
    data = response.json()
    assert data["schema"] == "reportlint.check/1" and data["documents"][0]["source"] == "draft.docx"
    (finding,) = [f for f in data["documents"][0]["findings"] if f["code"] == "RL203"]
    assert finding["where"] == {"table": "t3", "row": "new", "column": "total"}
    assert finding["place"]["label"].startswith("表三 一、本年新收政府信息公开申请数量 行 · 总计 列")
    assert set(finding["place"]["docx"]) == {"table", "row", "cell"}


def test_api_check_in_english(base):
    data = post(base, "/api/check", "r.txt", RL304, lang="en").json()
    assert data["documents"][0]["findings"][0]["message"].startswith("Table 4")


def test_api_docx_gives_the_draft_with_one_comment_per_finding(base):
    import docx

    draft = docx_report(blank_cell=True)
    findings = post(base, "/api/check", "draft.docx", draft).json()["documents"][0]["findings"]
    response = post(base, "/api/docx", "draft.docx", draft)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "draft.reportlint.docx" in response.headers["content-disposition"]
    comments = list(docx.Document(io.BytesIO(response.content)).comments)
    assert len(comments) == len(findings) == int(response.headers["x-reportlint-comments"])
    assert {c.author for c in comments} == {"reportlint"}
    assert any("RL203" in c.text and "请填写数字" in c.text for c in comments)


def test_api_docx_refuses_other_inputs(base):
    response = post(base, "/api/docx", "report.txt", RL301)
    assert response.status_code == 415 and response.json()["error"]["code"] == "not_docx"


def test_upload_page_is_chinese_and_has_no_script(base):
    response = requests.get(base + "/", timeout=10)
    tree = lxml_html.fromstring(response.text)
    assert response.status_code == 200 and "把报告文件拖到下面的框里" in response.text
    assert not tree.xpath("//script") and tree.xpath("//input[@type='file'][@name='file']")
    assert tree.xpath("//form[@action='/check'][@enctype='multipart/form-data']")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff" and response.headers["cache-control"] == "no-store"


def test_result_page_shows_the_report_with_downloads(base):
    response = post(base, "/check", "report.txt", RL301)
    tree = lxml_html.fromstring(response.text)
    assert response.status_code == 200
    assert len(tree.xpath("//td[contains(@class, 'bad')]")) == 2  # the two unbalanced 总计 cells
    links = {a.get("download"): a.get("href") for a in tree.xpath("//a[@download]")}
    assert set(links) == {"report.reportlint.json"}  # a text upload has no Word copy
    assert links["report.reportlint.json"].startswith("data:application/json;base64,")
    assert not tree.xpath("//script")


def test_result_page_of_a_word_draft_offers_the_commented_copy(base):
    import base64

    import docx

    tree = lxml_html.fromstring(post(base, "/check", "草稿.docx", docx_report(blank_cell=True)).text)
    href = tree.xpath("//a[@download='草稿.reportlint.docx']/@href")[0]
    data = base64.b64decode(href.split(",", 1)[1])
    assert len(list(docx.Document(io.BytesIO(data)).comments)) >= 1


def test_pasted_text_is_checked(base):
    response = requests.post(base + "/api/check", data={"text": RL304.decode("utf-8")}, timeout=60)
    codes = [f["code"] for f in response.json()["documents"][0]["findings"]]
    assert "RL304" in codes


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b" " * (60 * 1024 * 1024))
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "status", "code", "words"), [
    ("big.docx", b"PK\x03\x04" + b"\0" * (3 * 1024 * 1024), 413, "too_large", "文件太大"),
    ("setup.docx", b"MZ\x90\x00\x03" + b"\0" * 4000, 415, "unsupported", "可执行程序"),
    ("bomb.docx", _bomb(), 415, "bad_docx", "压缩炸弹"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000, 415, "legacy_word", "另存为"),
    ("photo.docx", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 415, "unsupported", "图片"),
    ("broken.docx", b"PK\x03\x04 not really a zip", 415, "bad_docx", "损坏"),
])
def test_refused_uploads_get_a_clear_message_and_the_server_stays_up(base, name, data, status, code, words):
    api = post(base, "/api/check", name, data)
    assert api.status_code == status and api.json()["error"]["code"] == code
    page = post(base, "/check", name, data)
    assert page.status_code == status and words in page.text and "<script" not in page.text
    assert requests.get(base + "/healthz", timeout=10).text == "ok"


def test_not_a_report_and_nothing_sent(base):
    page = requests.post(base + "/check", files={"file": ("notice.txt", "关于举办活动的通知\n请各单位做好准备。\n".encode())},
                         timeout=30)
    assert page.status_code == 422 and "不像是一份政府信息公开工作年度报告" in page.text
    empty = requests.post(base + "/check", data={"url": "", "text": ""}, timeout=30)
    assert empty.status_code == 400 and "没有收到文件" in empty.text
    bad_url = requests.post(base + "/api/check", data={"url": "file:///etc/passwd"}, timeout=30)
    assert bad_url.status_code == 400 and bad_url.json()["error"]["code"] == "bad_url"


def test_hostile_page_is_inert(base):
    response = post(base, "/check", "hostile.html", HOSTILE.encode("utf-8"))
    tree = lxml_html.fromstring(response.text)
    assert response.status_code == 200
    assert not tree.xpath("//script") and not tree.xpath("//img") and not tree.xpath("//iframe")
    assert not [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
    assert not [h for h in tree.xpath("//@href") if h.lower().startswith("javascript:")]
    assert "&lt;script&gt;" in response.text and "default-src 'none'" in response.headers["content-security-policy"]


def test_concurrent_uploads_see_only_their_own_report(base):
    def one(k: int) -> tuple[int, str, list[str]]:
        name, data = (f"a{k}.txt", RL301) if k % 2 else (f"b{k}.txt", RL304)
        doc = post(base, "/api/check", name, data).json()["documents"][0]
        return k, doc["source"], sorted({f["code"] for f in doc["findings"]})

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(one, range(12)))
    for k, source, codes in answers:
        assert source == (f"a{k}.txt" if k % 2 else f"b{k}.txt")
        assert ("RL301" in codes) == bool(k % 2) and ("RL304" in codes) != bool(k % 2)


def test_a_url_is_fetched(base):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(RL301)))
            self.end_headers()
            self.wfile.write(RL301)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/report.txt"
        data = requests.post(base + "/api/check", data={"url": url}, timeout=60).json()
    finally:
        server.shutdown()
    assert data["documents"][0]["source"] == url
    assert "RL301" in {f["code"] for f in data["documents"][0]["findings"]}


def test_a_foreign_host_name_is_refused(base):
    response = requests.get(base + "/", headers={"Host": "attacker.example"}, timeout=10)
    assert response.status_code == 400


def test_openapi_describes_the_api(base):
    spec = requests.get(base + "/api/openapi.json", timeout=10).json()
    assert spec["openapi"].startswith("3.") and {"/api/check", "/api/docx"} <= set(spec["paths"])
    assert "multipart/form-data" in spec["paths"]["/api/check"]["post"]["requestBody"]["content"]
    json.dumps(spec)


def test_serve_says_so_when_the_port_is_taken(cli, monkeypatch):
    import socket

    monkeypatch.setenv("REPORTLINT_LANG", "en")  # serve has no --lang: its errors follow the environment

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        code, _, err = cli("serve", "--port", str(sock.getsockname()[1]))
    assert code == 2 and "cannot listen on 127.0.0.1:" in err and "--port" in err
