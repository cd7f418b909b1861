"""From a portal page's blocks to a `Document`, through the same line grammar as text.

Each block becomes one line of a synthetic text (a paragraph, a Markdown-style
heading, or a table row with tab-separated cells), which the grammar parses;
every line and cell then takes back the position of its element in the page
source, so findings point into the original HTML.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.i18n import both
from reportlint.model import Document, InputProblem, Location, SourceInfo, SourceText
from reportlint.pack import Pack
from reportlint.parse.document import build_document
from reportlint.parse.lines import Line, RawCell, parse_lines
from reportlint.parse.meta import DATE, PUBLISHED, URL_DATE, iso_date
from reportlint.parse.normalize import fold
from reportlint.sources.html import Block, Page, Pos, parse_page

META_DATES = ("PubDate", "pubdate", "publishtime", "firstpublishedtime", "article:published_time", "publishdate")
META_TITLES = ("ArticleTitle", "title", "og:title")


def parse_html(text: str, info: SourceInfo, pack: Pack) -> Document:
    page = parse_page(text, pack.report.body_markers if pack.report else ())
    lines = block_lines(page.blocks)
    head = "\n".join([*(page.meta.get(k, "") for k in META_TITLES), page.title, *_texts(page.blocks)])
    info = SourceInfo(info.name, info.kind, info.encoding, info.sha256, info.url,
                      info.published or published_date(page, info.url), page.meta.get("ArticleTitle") or page.title)
    problems = _attachment_problems(page) + [InputProblem(code, args, None) for code, args in page.problems]
    images = [Location(info.name, p.line, p.column, p.line, p.column + 4) for p in page.images]
    original = SourceText(blocks={(pos.line, pos.column): cell for b in page.blocks for cell, pos in b.cells})
    return build_document(lines, info, pack, head=fold(head), line_count=text.count("\n") + 1, problems=problems,
                          images=images, original=original)


def rendering(text: str, pack: Pack | None = None) -> str:
    """The page as the line grammar reads it: a block a line, table rows tab-separated."""
    markers = pack.report.body_markers if pack is not None and pack.report else ()
    return "\n".join(_synthetic(b) for b in parse_page(text, markers).blocks) + "\n"


def _texts(blocks: list[Block]) -> Iterator[str]:
    for block in blocks[:400]:
        yield "\t".join(text for text, _ in block.cells)


def _synthetic(block: Block) -> str:
    if block.kind == "row":
        return "\t".join(_clean(text) for text, _ in block.cells)
    text = _clean(block.cells[0][0])
    if block.kind == "heading":
        return "#" * min(block.level, 6) + " " + text
    if block.bold and block.bold < len(text):
        return f"**{text[: block.bold]}**{text[block.bold:]}"
    return text


def _clean(text: str) -> str:
    text = fold(text).replace("\t", " ").replace("|", "¦")
    return "♯" + text[1:] if text.startswith("#") else text


def block_lines(blocks: list[Block], exact: bool = True) -> list[Line]:
    """The blocks as typed lines, each cell at its element's place in the page source.

    `exact`: the rows are a grid's own (a merged cell is one cell, not padded with empty ones)."""
    synthetic = "\n".join(_synthetic(b) for b in blocks)
    out = []
    for line in parse_lines(synthetic):
        block = blocks[line.no - 1]
        out.append(_relocate(line, block, exact))
    return out


def _relocate(line: Line, block: Block, exact: bool = True) -> Line:
    """The line with every cell at its element's place in the page source."""
    positions = [pos for _, pos in block.cells]
    cells = []
    for i, cell in enumerate(line.cells):
        pos: Pos = positions[i] if block.kind == "row" and i < len(positions) else positions[0]
        cells.append(RawCell(cell.text, cell.ordinal, cell.bold, pos.line, pos.column, pos.column + len(cell.text)))
    return Line(positions[0].line, line.kind, tuple(cells), line.md_level, exact and block.kind == "row")


def published_date(page: Page, url: str | None) -> str | None:
    """ISO date of publication: meta tags, a 发布时间 byline, or the URL's tYYYYMMDD_ pattern."""
    for key in META_DATES:
        m = DATE.search(page.meta.get(key, ""))
        if m:
            return iso_date(*m.groups())
    for block in page.blocks[:200]:
        m = PUBLISHED.search(block.cells[0][0])
        if m:
            return iso_date(*m.groups())
    m = URL_DATE.search(url or page.meta.get("Url", ""))
    return iso_date(*m.groups()) if m else None


def _attachment_problems(page: Page) -> list[InputProblem]:
    """A page whose report is only an attachment or only images: one finding, not six missing sections."""
    if page.body_found:
        return []
    if page.attachments:
        names = "、".join(href for href, _ in page.attachments[:3])
        return [InputProblem("RL905", {"what": both("part.attachment", names=names),
                                       "url": page.attachments[0][0]}, None)]
    return []
