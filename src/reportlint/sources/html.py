"""Portal pages: decode, parse with lxml, find the report body, and flatten it into blocks.

Why lxml directly: BeautifulSoup's lxml tree builder drops source positions and
its html.parser builder, which keeps them, takes ~50 ms on a 100 KB portal
page (the whole budget). lxml parses the same page in ~2 ms and keeps each
element's source line; the column is recovered by finding the tag on that
line. BeautifulSoup's encoding sniffer still reads the <meta> declarations.

A block is a paragraph (text with the source position of its element) or a
table row (cells with theirs), in document order. Tables are grids with
rowspan/colspan expanded; a table holding another table is layout and is
walked into; script, style, navigation and form widgets are skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from reportlint.i18n import both

SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "canvas", "select",
        "option", "button", "input", "textarea", "form", "nav", "head", "title", "meta", "link"}
BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "li", "ul", "ol",
         "dl", "dt", "dd", "center", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "figure",
         "figcaption", "body", "html", "table", "tr", "caption", "hr", "ucapcontent"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD = {"strong", "b"}
WS = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
MAX_GRID = 200  # rows or columns beyond this are not a statistics table
MAX_DEPTH = 256  # libxml2's limit on element nesting (without XML_PARSE_HUGE)
ATTACHMENT = re.compile(r"\.(pdf|docx?|wps|xlsx?|ofd|zip|rar)(?:$|[?#])", re.I)


@dataclass(frozen=True)
class Pos:
    """A place in the page source: 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True)
class Block:
    """A paragraph, heading or table row of the page, with where each cell's text is in the source."""

    kind: str  # "text", "heading" or "row"
    cells: tuple[tuple[str, Pos], ...]  # one cell for text; every grid cell for a row
    level: int = 0  # heading level
    bold: int = 0  # how many leading characters are bold (a run-in heading)
    table: int = 0  # which <table> a row belongs to (1-based)


@dataclass
class Page:
    """A portal page as read: its blocks in document order, its title, meta, attachments, images."""

    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (href, link text)
    images: list[Pos] = field(default_factory=list)  # images inside the report body
    # the same images' src, and how many blocks came before each (where its OCR'd rows go)
    image_refs: list[tuple[Pos, str, int]] = field(default_factory=list)
    body_found: bool = False
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (code, args) about the page as read


class _Positions:
    """Source line and column of elements, visited in document order."""

    def __init__(self, source: str) -> None:
        self.lower = source.lower()
        self.starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.cursor = 0

    def of(self, el: etree._Element) -> Pos:
        line = el.sourceline or 1
        if line > len(self.starts):
            return Pos(line, 1)
        begin = max(self.cursor, self.starts[line - 1])
        end = self.starts[line] if line < len(self.starts) else len(self.lower)
        at = self.lower.find("<" + str(el.tag).lower(), begin, end)
        if at < 0:
            return Pos(line, 1)  # an element the parser implied (tbody, p)
        self.cursor = at + 1
        return Pos(line, at - self.starts[line - 1] + 1)

    def line_of(self, offset: int) -> Pos:
        line = bisect.bisect_right(self.starts, offset)
        return Pos(line, offset - self.starts[line - 1] + 1)


def parse_page(source: str, markers: Sequence[str] = ()) -> Page:
    """The report body of an HTML page as blocks, with the page's title and meta tags.

    `markers` are words of the report's own text (the pack's `report.body_markers`): the body is
    the element holding most of them. Without markers the whole page body is read."""
    root, too_deep = _parse(source)
    page = Page()
    if too_deep:  # libxml2 drops whatever lies deeper than 256 levels: the page cannot be read whole
        page.problems.append(("RL908", {"reason": both("reason.html_depth", depth=MAX_DEPTH)}))
    if root is None:
        return page
    page.title = _text(root.find(".//title")) if root.find(".//title") is not None else ""
    page.meta = _meta(root)
    body, page.body_found = find_body(root, markers)
    page.attachments = _attachments(root if not page.body_found else body)
    walker = _Walker(_Positions(source))
    walker.walk(body)
    walker.flush()
    page.blocks = walker.blocks
    page.images = walker.images
    page.image_refs = walker.image_refs
    return page


def _parse(source: str) -> tuple[etree._Element | None, bool]:
    """The page's tree, and whether it was nested too deeply to be read whole."""
    data = source.encode("utf-8", "surrogatepass")
    # lxml's plain HTML parser: the same tree as lxml.html's, without its Python class lookup for every
    # element the walk touches (~20,000 calls a page); nothing here uses lxml.html's element methods
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except ValueError:
        root = None
    return root, any("Excessive depth" in str(e.message) for e in parser.error_log)


def _meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        name = el.get("name") or el.get("property") or el.get("http-equiv")
        content = el.get("content")
        if name and content and name not in out:
            out[name] = WS.sub(" ", content).strip()
    for tag in ("publishtime", "pubdate"):  # some CMSs (and collectors) write the date as an element
        found = root.find(f".//{tag}")
        if found is not None and _text(found):
            out.setdefault(tag, _text(found))
    return out


def _text(el: etree._Element | None) -> str:
    return WS.sub(" ", "".join(el.itertext())).strip() if el is not None else ""


def find_body(root: etree._Element, markers: Sequence[str]) -> tuple[etree._Element, bool]:
    """The smallest element that holds most of the report's markers (not one site's CSS class)."""
    hits: list[etree._Element] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP:
            continue
        own = el.text
        if own and any(m in own for m in markers):
            hits.append(el)
        for child in el:
            tail = child.tail or ""
            if tail and any(m in tail for m in markers):
                hits.append(el)
    body = root.find("body")
    if body is None:
        body = root
    if len(hits) < 2:
        return body, False
    return _common_ancestor(hits), True


def _common_ancestor(elements: list[etree._Element]) -> etree._Element:
    paths = []
    for el in elements:
        chain = [el, *el.iterancestors()]
        paths.append(list(reversed(chain)))
    common = paths[0][0]
    for i in range(min(len(p) for p in paths)):
        if all(p[i] is paths[0][i] for p in paths):
            common = paths[0][i]
        else:
            break
    if common.tag in ("tr", "td", "th", "tbody", "thead", "table", "p", "span", "font", "strong"):
        # markers all inside one table or paragraph: widen to the block that holds the report
        for anc in common.iterancestors():
            if anc.tag in ("div", "body", "td", "article", "section", "ucapcontent") and anc.tag != "table":
                return anc
    return common


def _attachments(scope: etree._Element) -> list[tuple[str, str]]:
    out = []
    for a in scope.iter("a"):
        href = (a.get("href") or "").strip()
        if href and ATTACHMENT.search(href):
            out.append((href, _text(a)))
    return out


class _Walker:
    """Depth-first walk that collects paragraphs and table rows in document order."""

    def __init__(self, positions: _Positions) -> None:
        self.pos = positions
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.buf_pos: Pos | None = None
        self.buf_bold = 0  # leading bold characters in buf
        self.bold_open = True  # no plain text seen yet in buf
        self.heading = 0
        self.tables = 0
        self.images: list[Pos] = []
        self.image_refs: list[tuple[Pos, str, int]] = []

    def add_text(self, text: str | None, where: Pos, bold: bool) -> None:
        if not text or (not self.buf and not WS.sub("", text)):
            return
        if not self.buf:
            self.buf_pos = where
        if bold and self.bold_open:
            self.buf_bold += len(WS.sub(" ", text).lstrip() if not self.buf else WS.sub(" ", text))
        elif WS.sub("", text):
            self.bold_open = False
        self.buf.append(text)

    def flush(self) -> None:
        text = WS.sub(" ", "".join(self.buf)).strip()
        if text and self.buf_pos is not None:
            kind = "heading" if self.heading else "text"
            self.blocks.append(Block(kind, ((text, self.buf_pos),), self.heading, min(self.buf_bold, len(text))))
        self.buf, self.buf_pos, self.buf_bold, self.bold_open = [], None, 0, True

    def walk(self, el: etree._Element, bold: bool = False) -> Pos | None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP:
            return None
        where = self.pos.of(el)
        if tag == "img":
            self.images.append(where)
            self.image_refs.append((where, (el.get("src") or "").strip(), len(self.blocks)))
        if tag == "table" and not _is_layout(el):
            self.flush()
            self.tables += 1
            for cells in grid_rows(el, self.pos):
                if cells:  # a <tr> with no cell is no row
                    self.blocks.append(Block("row", tuple(cells), table=self.tables))
            return where
        is_block = tag in BLOCK or tag == "br"
        if is_block:
            self.flush()
            self.heading = HEADINGS.get(tag, self.heading)
        bold = bold or tag in BOLD
        self.add_text(el.text, where, bold)
        for child in el:
            child_pos = self.walk(child, bold)
            self.add_text(child.tail, child_pos or where, bold)
        if is_block:
            self.flush()
            if tag in HEADINGS:
                self.heading = 0
        return where


def _is_layout(table: etree._Element) -> bool:
    """A table used for page layout: it holds another table or long runs of paragraphs."""
    return table.find(".//table") is not None


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    for el in table.iter("tr"):
        parent = el.getparent()
        owner = parent if parent is None or parent.tag == "table" else parent.getparent()
        if owner is table:
            yield el


def grid_rows(table: etree._Element, pos: _Positions) -> list[list[tuple[str, Pos]]]:
    """The table as rows of (text, position) with spans expanded.

    A cell spanning columns appears once; a label spanning rows is repeated in
    each row it covers (its position is the original cell's), so each row
    carries its group label. A value spanning rows appears once.
    """
    pending: dict[int, tuple[int, str, Pos]] = {}  # column -> (rows left, text, pos) from rowspans
    out: list[list[tuple[str, Pos]]] = []
    for tr in list(_rows(table))[:MAX_GRID]:
        row: list[tuple[str, Pos]] = []
        col = 0
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        queue = list(cells)
        while queue or col in pending:
            if col in pending:
                left, text, where = pending.pop(col)
                if left > 1:
                    pending[col] = (left - 1, text, where)
                if text and not _is_value(text):
                    row.append((text, where))
                col += 1
                continue
            cell = queue.pop(0)
            where = pos.of(cell)
            text = _cell_text(cell)
            span = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            if down > 1:
                for k in range(span):
                    pending[col + k] = (down - 1, text if k == 0 else "", where)
            row.append((text, where))
            col += span
            if col > MAX_GRID:
                break
        out.append(row)
    return out


def _cell_text(cell: etree._Element) -> str:
    parts = []
    for node in cell.iter():
        if isinstance(node.tag, str) and node.tag in SKIP:
            continue
        if node is not cell and node.tag == "table":
            continue
        if node.text:
            parts.append(node.text)
        if node is not cell and node.tail:
            parts.append(node.tail)
    return WS.sub(" ", "".join(parts)).strip().replace("\t", " ")


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(int(str(value).strip()), MAX_GRID))
    except (TypeError, ValueError):
        return 1


def _is_value(text: str) -> bool:
    return bool(re.fullmatch(r"[-−]?\d[\d,]*(?:\.\d+)?|[-—/]+", text.strip()))
