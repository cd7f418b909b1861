"""Links on portal listing pages: the annual reports, the next pages, and attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

REPORT_TEXT = re.compile(
    r"(20\d{2}|19\d{2})\s*年度?[^<]{0,40}?(?:政府信息公开|政务公开|信息公开)?[^<]{0,20}?(?:年度报告|年报)")
REPORT_HREF = re.compile(r"(?:nb|ndbg|年报|annual)", re.I)
NEXT_TEXT = re.compile(r"^\s*(?:下一页|下页|后一页|next|›|»|>)\s*$", re.I)
PAGE_HREF = re.compile(r"(?:index_\d+\.s?html?$|[?&](?:page|pageindex|pageNo|p)=\d+)", re.I)
ATTACHMENT = re.compile(r"\.(pdf|docx?|wps)(?:$|[?#])", re.I)


@dataclass(frozen=True)
class Links:
    reports: tuple[str, ...]
    pages: tuple[str, ...]
    attachments: tuple[str, ...]


def normalise(url: str) -> str:
    """A URL without its fragment, scheme and host in lower case."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def listing_links(page: str, base: str) -> Links:
    try:
        root = lxml_html.document_fromstring(page.encode("utf-8", "surrogatepass"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return Links((), (), ())
    reports, pages, attachments = [], [], []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = normalise(urljoin(base, href))
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        text = " ".join(a.itertext()).strip() or (a.get("title") or "")
        if ATTACHMENT.search(url):
            attachments.append(url)
            if REPORT_TEXT.search(text):
                reports.append(url)
        elif REPORT_TEXT.search(text) or (REPORT_TEXT.search(a.get("title") or "")):
            reports.append(url)
        elif NEXT_TEXT.match(text) or PAGE_HREF.search(url):
            pages.append(url)
    return Links(_unique(reports), _unique(pages), _unique(attachments))


def sitemap_urls(xml: str) -> list[str]:
    return [normalise(m) for m in re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", xml)]


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
