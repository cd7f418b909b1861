"""From a portal page's blocks to a `Document`, through the same line grammar as text.

Each block becomes one line of a synthetic text (a paragraph, a Markdown-style
heading, or a table row with tab-separated cells), which the grammar parses;
every line and cell then takes back the position of its element in the page
source, so findings point into the original HTML.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from reportlint.i18n import both
from reportlint.model import Document, ImageCell, InputProblem, Location, SourceInfo, SourceText
from reportlint.pack import Pack
from reportlint.parse.document import Reading
from reportlint.parse.lines import Line, RawCell, parse_lines
from reportlint.parse.meta import DATE, PUBLISHED, URL_DATE, iso_date
from reportlint.parse.normalize import fold
from reportlint.parse.ocr_check import failing_image_cells
from reportlint.sources.html import Block, Page, Pos, parse_page

if TYPE_CHECKING:
    from reportlint.sources.images import ImageStore

META_DATES = ("PubDate", "pubdate", "publishtime", "firstpublishedtime", "article:published_time", "publishdate")
META_TITLES = ("ArticleTitle", "title", "og:title")


def parse_html(text: str, info: SourceInfo, pack: Pack, images: ImageStore | None = None) -> Document:
    markers = body_markers(pack)
    page, reading = _page_read(text, info, markers, images)
    if images is None or not page.image_refs:
        return reading.build(pack)
    blocks, ocr, missing = image_blocks(page, images)
    doc = (reading if blocks is page.blocks else _reading(page, blocks, text, info, markers)).build(pack)
    if ocr and images.reread(failing_image_cells(replace(doc, ocr=ocr), pack)):
        blocks, ocr, missing = image_blocks(page, images)  # an equation failed: its cells read again
        doc = _reading(page, blocks, text, info, markers).build(pack)
    return replace(doc, ocr=MappingProxyType(ocr), ocr_missing=missing) if ocr or missing else doc


def _page_read(text: str, info: SourceInfo, markers: tuple[str, ...],
               images: ImageStore | None = None) -> tuple[Page, Reading]:
    """The page parsed and typed. A page holding images is parsed by `parse_html` once per pack tried (a
    2019/2020 report: again for the format it was due under): its page and reading (without the images'
    rows) are kept on the lint's ImageStore (alive for that one input), so the same page with the same
    body markers is neither parsed nor typed again, only matched to the other pack."""
    key = (text, info, markers)
    kept = images.page_read if images is not None else None
    if kept is not None and kept[0] == key:
        return kept[1], kept[2]
    page = parse_page(text, markers)
    reading = _reading(page, page.blocks, text, info, markers)
    if images is not None:
        images.page_read = (key, page, reading)
    return page, reading


def body_markers(pack: Pack) -> tuple[str, ...]:
    return pack.report.body_markers if pack.report else ()


def read_html(text: str, info: SourceInfo, markers: tuple[str, ...]) -> Reading:
    """The page read as far as no pack is needed (`markers`: the words that find its body); its
    `<img>` tables are not read here (parse_html with an ImageStore reads them)."""
    return _page_read(text, info, markers)[1]


def _reading(page: Page, blocks: list[Block], text: str, info: SourceInfo, markers: tuple[str, ...]) -> Reading:
    lines = block_lines(blocks)
    head = "\n".join([*(page.meta.get(k, "") for k in META_TITLES), page.title, *_texts(page.blocks)])
    info = SourceInfo(info.name, info.kind, info.encoding, info.sha256, info.url,
                      info.published or published_date(page, info.url), page.meta.get("ArticleTitle") or page.title)
    problems = _attachment_problems(page) + [InputProblem(code, args, None) for code, args in page.problems]
    places = [Location(info.name, p.line, p.column, p.line, p.column + 4) for p in page.images]
    original = SourceText(blocks={(pos.line, pos.column): cell for b in page.blocks for cell, pos in b.cells})
    return Reading(lines, info, fold(head), text.count("\n") + 1, problems, places, original, markers)


def image_blocks(page: Page, images: ImageStore) -> tuple[list[Block], dict[tuple[int, int], ImageCell], str]:
    """The page's blocks with each `<img>` table's OCR'd rows at the image's place: each cell at the
    image's line, the column counting the image's cells on from the `<img>` tag (so that each cell
    has a place of its own); with the OCR reading of each cell by that place, and why images were
    not read (OCR missing)."""
    from reportlint.ocr.layout import table_rows

    blocks = list(page.blocks)
    ocr: dict[tuple[int, int], ImageCell] = {}
    missing = ""
    for where, src, index in reversed(page.image_refs):  # from the last: the indexes stay right
        read = images.html_image(src)
        if read.result is None:
            missing = missing or images.hint
            continue
        rows = []
        k = 0
        for row in table_rows(read.result, src):
            cells = []
            for cell in row:
                k += 1
                pos = Pos(where.line, where.column + k)
                if cell.spot is not None:
                    ocr[(pos.line, pos.column)] = cell.spot
                cells.append((cell.text, pos))
            rows.append(Block("row", tuple(cells), table=-1 - index))
        blocks[index:index] = rows
    return (blocks if ocr or len(blocks) != len(page.blocks) else page.blocks), ocr, missing


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
