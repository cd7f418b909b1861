"""Links on portal listing pages: the annual reports, the next pages, and attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

NEXT_TEXT = re.compile(r"^\s*(?:下一页|下页|后一页|next|›|»|>)\s*$", re.I)
PAGE_HREF = re.compile(r"(?:index_\d+\.s?html?$|[?&](?:page|pageindex|pageNo|p)=\d+)", re.I)
ATTACHMENT = re.compile(r"\.(pdf|docx?|wps)(?:$|[?#])", re.I)


@dataclass(frozen=True)
class Links:
    """The links of a listing page: to reports, to the listing's next pages, and to attachments."""

    reports: tuple[str, ...]
    pages: tuple[str, ...]
    attachments: tuple[str, ...]


def normalise(url: str) -> str:
    """A URL without its fragment, scheme and host in lower case."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def listing_links(page: str, base: str, report_link: str) -> Links:
    """The links of a listing page; `report_link` (the pack's `report.listing_link`) matches a report's link text."""
    from reportlint import patterns

    def is_report(text: str) -> bool:
        try:
            return bool(text) and patterns.search(report_link, text) is not None
        except patterns.PatternTimeout:
            return False

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
            if is_report(text):
                reports.append(url)
        elif is_report(text) or is_report(a.get("title") or ""):
            reports.append(url)
        elif NEXT_TEXT.match(text) or PAGE_HREF.search(url):
            pages.append(url)
    return Links(_unique(reports), _unique(pages), _unique(attachments))


def sitemap_urls(xml: str) -> list[str]:
    return [normalise(m) for m in re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", xml)]


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
