"""Where a finding is, in words a reader can act on.

Line and column count in the text reportlint reads, which for a Word or PDF
file is a rendering the reader never sees. A `Place` says the same in the
reader's terms: the table, row and column by their printed labels; for prose
the section heading as written, the paragraph's number in that section and the
sentence quoted exactly as in the source (the parser folds full-width
punctuation one code point for one, so the original is cut from the same
positions); the PDF page; the Word paragraph or table cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from reportlint.i18n import say
from reportlint.model import Document, Finding, Heading, Location, Paragraph, Result
from reportlint.pack import Pack, TableTpl
from reportlint.parse.normalize import fold

SENTENCE_END = re.compile(r"[。;!?；！？]")
MAX_QUOTE = 120  # Word's find box takes 255 characters; a quote stays one contiguous piece of the source


@dataclass(frozen=True)
class Place:
    """Where a finding is in the reader's terms: cell labels, section, paragraph, quote, page, Word or image."""

    table: str | None = None  # canonical table, row and column keys
    row: str | None = None
    column: str | None = None
    section: str | None = None  # the section heading as written ("一、总体情况")
    paragraph: int | None = None  # 1-based, among the paragraphs of that section
    quote: str | None = None  # the sentence as written in the source
    heading: bool = False  # the place is a heading (the quote is the heading)
    page: int | None = None  # PDF page
    # Word, 1-based: (("paragraph", n),) or (("table", t), ("row", r), ("cell", c))
    docx: tuple[tuple[str, int], ...] = ()
    # a cell read from an image by OCR: the image as the input names it, its grid row and column (1-based)
    image: tuple[str, int, int] | None = None

    def as_dict(self, pack: Pack, lang: str) -> dict[str, Any]:
        """The JSON form: the label in `lang` and each part that is known."""
        out: dict[str, Any] = {"label": label(self, pack, lang)}
        if self.table:
            out.update(table_label(self, pack, lang))
        for key in ("section", "paragraph", "quote", "page"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.docx:
            out["docx"] = dict(self.docx)
        if self.image:
            out["image"] = {"name": self.image[0], "row": self.image[1], "column": self.image[2]}
        return out


def place_of(finding: Finding, result: Result) -> Place:
    """The place of a finding in its document (only what is known)."""
    loc, doc, where = finding.loc, result.document, finding.where
    base = Place(table=where.get("table"), row=where.get("row"), column=where.get("column"),
                 page=loc.page if loc else None)
    if doc is None or loc is None or _whole_document(loc):
        return base if base.table or base.page else Place()
    docx = _docx(doc, loc)
    spot = doc.image_cell(loc)
    if spot is not None:
        base = _with(base, image=(spot.image, spot.row + 1, spot.col + 1))
    if base.table and base.row and base.column:
        return _with(base, docx=docx)
    head = next((h for h in doc.headings if h.loc.line == loc.line and h.loc.column <= loc.column
                 <= max(h.loc.end_column, h.loc.column)), None)
    if head is not None:
        written = heading_text(doc, head)
        return _with(base, section=written, quote=written, heading=True, docx=docx)
    para = _paragraph(doc, loc)
    if para is None:
        return _with(base, docx=docx)
    section, number = _section_and_number(doc, para)
    return _with(base, section=section, paragraph=number, quote=_sentence(doc, para, loc), docx=docx)


def _with(place: Place, **changes: Any) -> Place:
    return replace(place, **changes)


def _whole_document(loc: Location) -> bool:
    """Findings about the whole document point at an empty span at 1:1."""
    return (loc.line, loc.column, loc.end_line, loc.end_column) == (1, 1, 1, 1)


def _paragraph(doc: Document, loc: Location) -> Paragraph | None:
    for p in doc.paragraphs:
        if p.loc.line == loc.line and p.loc.column <= loc.column < max(p.loc.end_column, p.loc.column + 1):
            return p
    return None


def _section_and_number(doc: Document, para: Paragraph) -> tuple[str | None, int]:
    section = next((s for s in doc.sections if s.contains(para.loc)), None)
    inside = [p for p in doc.paragraphs if (section.contains(p.loc) if section else
                                           not any(s.contains(p.loc) for s in doc.sections))]
    lines = sorted({p.loc.line for p in inside if (p.loc.line, p.loc.column) <= (para.loc.line, para.loc.column)})
    if section is None:
        return None, len(lines)
    return heading_text(doc, section.heading), len(lines)


def _sentence(doc: Document, para: Paragraph, loc: Location) -> str:
    """The sentence around a finding's span, cut from the source as written."""
    text = para.text
    a = max(0, min(loc.column - para.loc.column, len(text)))
    b = max(a + 1, min(loc.end_column - para.loc.column if loc.end_line == loc.line else len(text), len(text)))
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, a)), default=0)
    m = SENTENCE_END.search(text, b)
    end = m.end() if m else len(text)
    while start < a and text[start] in " \t":
        start += 1
    if end - start > MAX_QUOTE:  # a long run of text: a window around the span, still one piece
        start = max(start, min(a - 20, end - MAX_QUOTE))
        end = min(end, start + MAX_QUOTE)
    return original_text(doc, para.loc, para.loc.column + start, para.loc.column + end) or text[start:end]


def heading_text(doc: Document, head: Heading) -> str:
    """A heading as written, with its ordinal."""
    written = original_text(doc, head.loc, head.loc.column, head.loc.end_column, head)
    return written or f"{head.ordinal or ''}{head.text}"


def original_text(doc: Document, loc: Location, column: int, end_column: int,
                  node: Paragraph | Heading | None = None) -> str | None:
    """The source text between two columns of a line, if it is the text the parser read there (in `node`,
    else in the paragraph or heading there: a page's one long line holds many)."""
    if doc.original is None:
        return None
    nodes: tuple[Paragraph | Heading, ...] = (*doc.paragraphs, *doc.headings)
    para = node or next((p for p in nodes if p.loc.line == loc.line
                         and p.loc.column <= column < max(p.loc.end_column, p.loc.column + 1)), None)
    if doc.original.lines:
        original = doc.original.text(loc.line, column, end_column)
    else:  # HTML: find the paragraph's text inside its element's text
        block = doc.original.block(loc.line, column)
        at = _clean(block).find(para.text) if block and para else -1
        if at < 0 or block is None or para is None:
            return None
        original = block[at + column - para.loc.column : at + end_column - para.loc.column]
    if not original or para is None:
        return original or None
    known = para.text[column - para.loc.column : end_column - para.loc.column]
    return original if _clean(original) == known or _clean(original).strip() == known.strip() else None


def _clean(text: str) -> str:
    """As the parser reads text: folded, tabs and pipes replaced one for one."""
    return fold(text).replace("\t", " ").replace("|", "¦")


def _docx(doc: Document, loc: Location) -> tuple[tuple[str, int], ...]:
    """The Word paragraph or table cell a line of the rendering came from."""
    if not doc.line_origins or not 0 < loc.line <= len(doc.line_origins):
        return ()
    origin = doc.line_origins[loc.line - 1]
    if not origin:
        return ()
    if len(origin) == 2:  # ("p", i)
        return (("paragraph", origin[1] + 1),)
    line = doc.original.lines[loc.line - 1] if doc.original and loc.line <= len(doc.original.lines) else ""
    cell = line[: max(loc.column - 1, 0)].count("\t")
    return (("table", origin[1] + 1), ("row", origin[2] + 1), ("cell", cell + 1))


# ---- labels ------------------------------------------------------------------------

def table_label(place: Place, pack: Pack, lang: str) -> dict[str, str]:
    """The printed names of a place's table, row and column."""
    tpl = pack.tables.get(place.table or "")
    if tpl is None:
        return {"table": place.table or ""}
    out = {"table": short_title(tpl.title, lang)}
    if place.row and place.row in tpl.row_keys:
        out["row"] = row_text(tpl, place.row)
    if place.column and place.column in tpl.col_keys:
        out["column"] = tpl.column(place.column).label
    return out


def short_title(title: Any, lang: str) -> str:
    """"表三" from "表三（收到和处理…）", "Table 3" from "Table 3 (applications…)"."""
    text = (title.get(lang) or title.get("zh", "")) if hasattr(title, "get") else str(title)
    return re.split(r"[（(]", text, maxsplit=1)[0].strip()


def row_text(tpl: TableTpl, key: str) -> str:
    """A row as the table prints it: its ordinal and label, under its group for numbered rows."""
    row = tpl.row(key)
    own = f"{row.ordinal or ''}{_short(row.label)}"
    group = next((g for g in tpl.groups if g.key == row.group), None)
    if group is not None and row.ordinal and row.ordinal[0].isdigit():
        return f"{group.ordinal or ''}{group.label} {own}"
    return own


def _short(label: str, size: int = 16) -> str:
    label = label.split("（")[0] if len(label) > 12 and "（" in label else label
    return label if len(label) <= size else label[: size - 1] + "…"


def label(place: Place, pack: Pack, lang: str) -> str:
    """One line a reader can find the place by."""
    parts: list[str] = []
    if place.page:
        parts.append(say("place.page", lang, page=place.page))
    if place.table:
        names = table_label(place, pack, lang)
        text = names["table"]
        if "row" in names:
            text += say("place.row", lang, row=names["row"])
        if "column" in names:
            text += say("place.column", lang, column=names["column"])
        if not (place.section or place.quote) or "row" in names:
            parts.append(text)
    if place.heading and place.quote:
        parts.append(say("place.heading", lang, quote=place.quote))
    elif place.quote is not None:
        where = place.section or say("place.opening", lang)
        para = say("place.paragraph", lang, paragraph=place.paragraph) if place.paragraph else ""
        parts.append(f"{where} {para}".strip() + say("place.quote", lang, quote=place.quote))
    if place.docx:
        parts.append(docx_label(dict(place.docx), lang))
    if place.image:
        name, row, col = place.image
        parts.append(say("place.image", lang, name=name, row=row, col=col))
    return " · ".join(parts)


def docx_label(docx: dict[str, int], lang: str) -> str:
    if "paragraph" in docx:
        return say("place.docx_paragraph", lang, paragraph=docx["paragraph"])
    return say("place.docx_cell", lang, table=docx["table"], row=docx["row"], cell=docx["cell"])
