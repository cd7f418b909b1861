"""HTML markup inside Markdown or text: blanked out, and embedded tables read as tables.

Converters leave HTML in the Markdown they write: pandoc's GitHub Markdown keeps
a table with merged cells as a `<table>` element, and inline `<span>`/`<br>`
tags survive in paragraphs and pipe cells. Markup is replaced by spaces (one
code point for one, line breaks kept) so that every position still points
into the original file; each `<table>` is read by the HTML grid reader (spans
expanded) and its rows come back as tab-separated lines at the line and
column of their cells in the file.
"""

from __future__ import annotations

import re
from functools import cache

from reportlint.parse.lines import Line


# Compiled on first use: a plain text report holds no markup (~1.4 ms of a cold run).
@cache
def _tag() -> re.Pattern[str]:
    """Tags of the elements converters leave in Markdown (not `<!-- comments -->`: suppressions live there)."""
    return re.compile(
        r"</?(?:span|font|p|div|br|strong|b|em|i|u|a|img|sup|sub|small|big|section|article|center|o:p|"
        r"h[1-6]|ul|ol|li|table|tbody|thead|tfoot|tr|td|th|colgroup|col|caption)(?=[\s/>])[^<>]*>",
        re.IGNORECASE,
    )


@cache
def _entity() -> re.Pattern[str]:
    return re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);", re.IGNORECASE)


@cache
def _table() -> re.Pattern[str]:
    return re.compile(r"<table(?=[\s>])[^<>]*>.*?</table\s*>", re.IGNORECASE | re.DOTALL)


MAX_TABLES = 50


def has_markup(text: str) -> bool:
    return "<" in text and _tag().search(text) is not None


def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group())


def blank_markup(text: str) -> str:
    """The text with HTML tags and space entities replaced by spaces, line breaks kept."""
    return _entity().sub(_blank, _tag().sub(_blank, text))


def embedded_tables(text: str) -> tuple[str, list[Line]]:
    """The text with each `<table>…</table>` blanked, and the tables' rows as lines at their file positions."""
    lines: list[Line] = []
    spans = []
    for k, m in enumerate(_table().finditer(text)):
        if k >= MAX_TABLES:
            break
        if "<table" in m.group()[6:].lower():
            continue  # a table holding another: layout, read as text
        spans.append((m.start(), m.end()))
        lines.extend(_table_lines(text, m.start(), m.group()))
    if not spans:
        return text, []
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out), lines


def _table_lines(text: str, start: int, fragment: str) -> list[Line]:
    """Rows of one table element, positioned in the whole text."""
    from lxml import etree
    from lxml import html as lxml_html

    from reportlint.parse.html import block_lines
    from reportlint.sources.html import Block, _Positions, grid_rows

    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    padded = "\n" * (line - 1) + " " * (column - 1) + fragment
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        root = lxml_html.document_fromstring(padded.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return []
    table = root.find(".//table")
    if table is None:
        return []
    rows = [cells for cells in grid_rows(table, _Positions(padded)) if cells]
    return block_lines([Block("row", tuple(cells), table=1) for cells in rows])
