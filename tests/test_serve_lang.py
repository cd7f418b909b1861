"""The web app in English: `/?lang=en`, a form's `lang` field or `?lang=en` on a post; Chinese otherwise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests
from lxml import html as lxml_html
from serve_helpers import running

from reportlint.serve import Settings

ROOT = Path(__file__).resolve().parent.parent
RL301 = (ROOT / "fixtures/RL301-balance/report.txt").read_bytes()
NOTICE = "关于举办活动的通知\n请各单位做好准备。\n".encode()


@pytest.fixture(scope="module")
def base():
    with running(Settings(max_bytes=2 * 1024 * 1024)) as url:
        yield url


def _words(page: str) -> str:
    tree = lxml_html.fromstring(page)
    for gone in tree.xpath("//style"):
        gone.getparent().remove(gone)
    return tree.text_content()


def test_upload_page_in_english_posts_in_english(base):
    page = requests.get(base + "/?lang=en", timeout=10).text
    tree = lxml_html.fromstring(page)
    assert tree.get("lang") == "en" and tree.xpath("//form[@action='/check?lang=en']")
    assert "Drop the report file in the box below" in page and "up to 2 MB" in page
    assert set(re.findall(r"[\u4e00-\u9fff]+", _words(page))) == {"国办公开办函", "号"}  # the format's document number
    assert lxml_html.fromstring(requests.get(base + "/", timeout=10).text).get("lang") == "zh-CN"


def test_result_page_in_english(base):
    page = requests.post(base + "/check?lang=en", files={"file": ("report.txt", RL301)}, timeout=60).text
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//a[@class='plain'][@href='/?lang=en']/text()") == ["Check another file"]
    assert tree.xpath("//a[@download]/text()") == ["Download the results (JSON)"]
    assert "sign-off box" in page and "下载" not in page
    by_field = requests.post(base + "/check", files={"file": ("report.txt", RL301)}, data={"lang": "en"}, timeout=60)
    assert "Check another file" in by_field.text


def test_refusals_and_problems_in_english(base):
    empty = requests.post(base + "/check?lang=en", data={"url": "", "text": ""}, timeout=30)
    assert empty.status_code == 400 and "No file, url or text was sent." in empty.text
    assert "This file cannot be checked" in empty.text and "没有收到文件" not in empty.text
    photo = requests.post(base + "/check", files={"file": ("p.docx", b"\x89PNG\r\n\x1a\n" + b"\0" * 100)},
                          data={"lang": "en"}, timeout=30)
    assert photo.status_code == 415 and "Not a report file: a PNG image." in photo.text
    notice = requests.post(base + "/check?lang=en", files={"file": ("notice.txt", NOTICE)}, timeout=30)
    assert notice.status_code == 422
    assert ("This does not look like a government information disclosure annual report: no required section and "
            "no statistics table was found.") in notice.text
    assert "Check that you sent the report itself" in notice.text
    missing = requests.get(base + "/nowhere?lang=en", timeout=10)
    assert missing.status_code == 404 and "There is no such page." in missing.text
    assert "找不到这个页面。" in requests.get(base + "/nowhere", timeout=10).text


def test_pasted_text_is_named_in_the_language(base):
    text = RL301.decode("utf-8")
    zh = requests.post(base + "/api/check", data={"text": text}, timeout=60).json()
    en = requests.post(base + "/api/check", data={"text": text, "lang": "en"}, timeout=60).json()
    assert zh["documents"][0]["source"] == "粘贴的文字.txt" and en["documents"][0]["source"] == "pasted text.txt"
