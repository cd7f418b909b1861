"""Word (DOCX) and PDF reports rendered as text lines, each line remembering its page.

The rendering is what the line grammar reads: a paragraph per line (a Word
heading as a Markdown heading, Word's automatic numbering written out), a
table row per line with tab-separated cells (merged cells expanded as for
HTML). Locations are lines of this rendering (`reportlint extract --format
text` prints it) plus, for PDF, the page.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportlint.i18n import both
from reportlint.model import Origin

if TYPE_CHECKING:  # pdfplumber and python-docx: imported when a PDF or Word file is read
    from docx.document import Document as WordDocument
    from lxml.etree import _Element
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF
    from pdfplumber.table import Table as PdfTable

    from reportlint.parse.grid import Column
    from reportlint.sources.pdflimits import TooLarge
from reportlint.numerals import to_cn

# OCR hooks (reportlint.sources.images): a page without text → its lines (text, cell spots) and a note;
# a Word picture (part name, bytes) → its rows (cells, spots) and a note
PageScan = Callable[[int], tuple[list[Any], str]]
PictureReader = Callable[[str, bytes], tuple[list[Any], str]]

MAX_PAGES = 300  # PDF pages read; a longer file is reported, not read to the end
MAX_DOCX_PART = 50 * 1024 * 1024  # a part of a Word file that unpacks to more is refused (zip bombs)
MAX_DOCX_TOTAL = 200 * 1024 * 1024  # so is a Word file whose parts unpack to more in all
MAX_DOCX_PARTS = 10_000
MAX_DOCX_LINES = 20_000  # paragraphs and table rows (a report has a few hundred)
MAX_LIST_LEVEL = 8  # Word's list levels are 0–8
MAX_LIST_START = 1_000_000
MAX_GRID_SPAN = 64  # columns a Word table cell may span
PAGE_NUMBER = re.compile(r"^[\s\-—–－]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[\s\-—–－]*$")


@dataclass
class Rendering:
    """A Word or PDF file as text lines, with each line's page and origin and what OCR read."""

    lines: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)  # the page of each line (1-based), PDF only
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (code, args)
    # cells read by OCR (scanned pages, pictures in Word files), by (line, column) of the rendering
    ocr: dict[tuple[int, int], Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # how pages or pictures were read, or why not
    hint: Any = ""  # how to have pages without text read (OCR missing): an argument of RL903
    # DOCX only: where each line came from, ("p", i) for the i-th body paragraph or ("row", t, r) for
    # row r of the t-th body table (0-based; a row's k-th tab-separated cell is its k-th w:tc)
    origins: list[Origin] = field(default_factory=list)

    def add(self, text: str, page: int = 0, origin: Origin = ()) -> None:
        self.lines.append(text.replace("\n", " "))
        self.pages.append(page)
        self.origins.append(origin)

    def add_read(self, cells: list[str], spots: list[Any], page: int = 0, origin: Origin = ()) -> None:
        """A line read by OCR: cells tab-separated (one cell: prose), each cell's reading kept by its column."""
        column = 1
        for text, spot in zip(cells, spots, strict=False):
            if spot is not None:
                self.ocr[(len(self.lines) + 1, column)] = spot
            column += len(text) + 1
        self.add("\t".join(cells), page, origin)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("|", "¦")


def _row(cells: list[str]) -> str:
    return "\t".join(_clean(c) for c in cells)


# ---- PDF -------------------------------------------------------------------------

def render_pdf(data: bytes, max_pages: int | None = None, labels: set[str] | None = None,
               scan: PageScan | None = None, hint: Any = "") -> Rendering:
    """The PDF's text lines, page by page, each page released once read; `labels` (label keys of
    the rule pack's column headings) let tables printed without ruling be read by their words'
    positions (reportlint.parse.grid); `scan` reads a page without a text layer by OCR (its lines,
    and a note), reportlint.sources.images.

    A page that cannot be read (a parser error, content past a cap) or that has
    no text layer is a finding about that page (its number in the `page`
    argument) and the other pages are still read; only when no page gave text is
    the document unreadable as a whole.
    """
    import pdfplumber  # heavy: only for PDF input
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    from reportlint.sources import pdflimits

    pdflimits.install()
    _quiet_pdfminer()
    out = Rendering(hint=hint)
    max_pages = max_pages or MAX_PAGES
    with pdflimits.budget():
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except PDFPasswordIncorrect:
            out.problems.append(("RL901", _reason("office.pdf_encrypted")))
            return out
        except Exception as exc:
            too_large = _too_large(exc)
            if too_large:
                out.problems.append(("RL908", _limit_reason(too_large)))
            else:
                out.problems.append(("RL901", _reason("office.pdf_broken", error=_short(exc))))
            return out
        try:
            _read_pages(pdf, max_pages, out, labels, scan)
        finally:
            pdf.flush_cache()  # not pdf.close(): it would build every page (and fail on a broken page tree)
    return out


def _read_pages(pdf: PDF, max_pages: int, out: Rendering, labels: set[str] | None = None,
                scan: PageScan | None = None) -> None:
    blank: list[int] = []
    columns: list[Column] = []  # the headings of an unruled table, carried over to the next page
    number = 0
    pages = _page_objects(pdf)
    while True:
        try:
            page_obj = next(pages, None)
        except Exception as exc:  # a broken page tree: the pages before it are kept
            if number == 0:
                out.problems.append(("RL901", _reason("office.page_tree", error=_short(exc))))
                return
            out.problems.append(("RL901", {**_reason("office.page_tree_after", page=number, error=_short(exc)),
                                           "page": number + 1}))
            break
        if page_obj is None:
            break
        number += 1
        if number > max_pages:
            out.problems.append(("RL907", {"read": max_pages, "total": _page_count(pdf, number)}))
            break
        outcome, columns = _read_page(pdf, page_obj, number, out, labels, columns)
        if outcome == "blank" and scan is not None and _scanned(scan, number, out):
            outcome, columns = "read", []
        if outcome == "blank":
            blank.append(number)
        elif outcome == "stop":
            out.problems.append(("RL907", {"read": number - 1, "total": _page_count(pdf, number)}))
            break
    _blank_problems(blank, number, out)


def _read_page(pdf: PDF, page_obj: PDFPage, number: int, out: Rendering, labels: set[str] | None,
               columns: list[Column]) -> tuple[str, list[Column]]:
    """Add one page's lines; say whether it was "read", "blank", "failed" or hit a document budget
    ("stop"), and the columns of an unruled table still open at its end."""
    from pdfplumber.page import Page

    from reportlint.sources import pdflimits

    page = None
    pdflimits.new_page()
    try:
        page = Page(pdf, page_obj, page_number=number)
        if not page.chars:
            return "blank", columns
        lines, columns = _page_lines(page, labels, columns)
    except Exception as exc:
        too_large = _too_large(exc)
        if too_large is not None and too_large.scope == "document":
            return "stop", []
        out.problems.append(_page_problem(number, exc, too_large))
        return "failed", []
    finally:
        if page is not None:
            page.close()  # pdfplumber keeps every object of a page until it is closed
    for text in lines:
        out.add(text, number)
    return "read", columns


def _scanned(scan: PageScan, number: int, out: Rendering) -> bool:
    """A page without text read by OCR: whether it gave lines."""
    lines, note = scan(number)
    if note:
        out.notes.append(f"page {number}: {note}")
    for text, spots in lines:
        out.add_read(text.split("\t"), spots, number)
    if lines:
        out.notes.append(f"page {number}: no text layer, read by OCR")
    return bool(lines)


def _page_objects(pdf: PDF) -> Iterator[PDFPage]:
    """pdfminer's pages, one at a time (pdfplumber's `pages` builds every page first)."""
    from pdfminer.pdfpage import PDFPage

    return PDFPage.create_pages(pdf.doc)


def _page_count(pdf: PDF, seen: int) -> int:
    """How many pages the PDF has (counting on from `seen`, at most a million)."""
    count = seen
    for count, _ in enumerate(_page_objects(pdf), start=1):
        if count >= 1_000_000:
            break
    return max(count, seen)


def _page_problem(number: int, exc: Exception, too_large: TooLarge | None) -> tuple[str, dict[str, Any]]:
    if too_large is not None:
        return "RL908", {**_limit_reason(too_large, number), "page": number}
    reason = _reason("office.page_unreadable", page=number, error=_short(exc))
    return "RL901", {**reason, "page": number}


def _blank_problems(blank: list[int], pages: int, out: Rendering) -> None:
    """RL903 for each run of pages without text. When no page gave text, the problems are the whole
    document's: each page's problem stands for it (it stops the rules), else one says why."""
    if out.lines:
        for run in _runs(blank):
            out.problems.append(("RL903", {"pages": _ranges(run), "page": run[0], "hint": out.hint}))
        return
    if blank:
        out.problems.append(("RL903", {"pages": _ranges(blank), "hint": out.hint}))
    out.problems[:] = [(code, {k: v for k, v in args.items() if k != "page"}) for code, args in out.problems]
    if pages and not out.problems:
        out.problems.append(("RL901", _reason("office.no_page")))


def _runs(pages: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for p in pages:
        if runs and runs[-1][-1] == p - 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _too_large(exc: BaseException) -> TooLarge | None:
    """The pdflimits.TooLarge behind an exception (pdfplumber wraps pdfminer's), if any."""
    from reportlint.sources.pdflimits import TooLarge

    seen = 0
    cause: BaseException | None = exc
    while cause is not None and seen < 10:
        if isinstance(cause, TooLarge):
            return cause
        wrapped = cause.args[0] if cause.args and isinstance(cause.args[0], BaseException) else None
        cause = cause.__cause__ or cause.__context__ or wrapped
        seen += 1
    return None


def _limit_reason(exc: TooLarge, page: int | None = None) -> dict[str, Any]:
    where = both("office.on_page", page=page) if page else {"zh": "", "en": ""}
    return {"reason": {"zh": where["zh"] + exc.zh, "en": where["en"] + exc.en}}


def _short(exc: BaseException) -> str:
    """An exception in a few words; pdfplumber's wrapper of pdfminer's errors is looked through."""
    while type(exc).__name__ == "PdfminerException" and exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]
    text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _quiet_pdfminer() -> None:
    """pdfminer logs warnings about damaged files; they are findings here, never lines on stderr."""
    import logging

    for name in ("pdfminer", "pdfplumber"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _page_lines(page: Page, labels: set[str] | None = None,
                columns: Sequence[Column] = ()) -> tuple[list[str], list[Column]]:
    """A page's text lines and table rows, top to bottom, running headers and page numbers dropped;
    and the columns of an unruled table still open at its end."""
    tables = [t for t in page.find_tables() if _is_data_table(t)]
    boxes = [t.bbox for t in tables]
    items: list[tuple[float, str]] = []

    def outside(obj: dict[str, Any]) -> bool:
        mid_x = (obj["x0"] + obj["x1"]) / 2
        mid_y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= mid_x <= b[2] and b[1] <= mid_y <= b[3] for b in boxes)

    text_page = page.filter(outside) if boxes else page
    grid_items, taken, columns = _unruled_rows(text_page, labels, columns) if labels else ([], [], [])
    items.extend(grid_items)
    height = float(page.height)
    for line in text_page.extract_text_lines(layout=False, strip=True):
        text = line["text"].strip()
        margin = line["top"] < height * 0.07 or line["bottom"] > height * 0.93
        if not text or (PAGE_NUMBER.match(text) and (margin or "-" in text or "—" in text)):
            continue
        mid = (line["top"] + line["bottom"]) / 2
        if any(top <= mid <= bottom for top, bottom in taken):
            continue  # read as a table row from its words
        items.append((line["top"], text))
    for table in tables:
        for row, cells in zip(table.rows, table.extract(), strict=False):
            texts = [re.sub(r"\s*\n\s*", "", c) if c else "" for c in cells]
            filled = [t for t in texts if t]
            if len(filled) == 1 and sum(c is not None for c in cells) == 1:
                items.append((row.bbox[1], _clean(filled[0])))  # one cell across the row: a line of text
            elif filled:
                items.append((row.bbox[1], _row(texts)))  # (a label and empty cells stays a row)
    items.sort(key=lambda it: it[0])
    return [text for _, text in items], list(columns)


def _unruled_rows(page: Page, labels: set[str],
                  columns: Sequence[Column]) -> tuple[list[tuple[float, str]], list[tuple[float, float]], list[Column]]:
    """Rows of tables printed without ruling, rebuilt from the words' positions (reportlint.parse.grid):
    (top, tab-separated row) items, the vertical extents they took, and the columns still open."""
    from reportlint.parse.grid import Word, read_grid, text_row

    words = [Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
             for w in page.extract_words(x_tolerance=1.5, keep_blank_chars=False)]
    rows, columns = read_grid(words, labels, columns=columns)
    items: list[tuple[float, str]] = []
    taken: list[tuple[float, float]] = []
    for row in rows:
        text = text_row(row)
        if text is not None:
            items.append((row.top, text))
        taken.extend((b.top, b.bottom) for b in row.bands)
    return items, taken, columns


def _is_data_table(table: PdfTable) -> bool:
    """pdfplumber also reports framed text boxes as tables: a data table has two columns or more."""
    rows = table.extract()
    return any(sum(1 for c in row if c and c.strip()) >= 2 for row in rows)


def _ranges(pages: list[int]) -> str:
    out, start, prev = [], pages[0], pages[0]
    for p in [*pages[1:], None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if p is not None:
            start = prev = p
    return ", ".join(out)


def _reason(key: str, **args: object) -> dict[str, Any]:
    """The `reason` argument of an input finding, worded by the message catalogue."""
    return {"reason": both(key, **args)}


# ---- DOCX ------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def render_docx(data: bytes, pictures: PictureReader | None = None) -> Rendering:
    """The Word file's rendering; `pictures` reads a picture in the text by OCR (its rows, and a note:
    reportlint.sources.images), the rows taking the picture's place."""
    out = Rendering()
    problem = _docx_guard(data)
    if problem:
        out.problems.append(problem)
        return out
    import docx  # python-docx: only for Word input

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:
        out.problems.append(("RL901", _reason("office.docx_unopenable", error=_short(exc))))
        return out
    numbering = _Numbering(document)
    paragraphs = tables = 0
    for el in body.iterchildren() if body is not None else ():
        if el.tag == W + "p":
            text = _para_text(el)
            prefix = numbering.label(el)
            level = _heading_level(el, document)
            if text or prefix:
                line = prefix + text
                out.add(("#" * level + " " + line) if level else line, origin=("p", paragraphs))
            if pictures is not None:
                _pictures(el, document, pictures, out, ("p", paragraphs))
            paragraphs += 1
        elif el.tag == W + "tbl":
            for r, cells in enumerate(_docx_grid(el)):
                if any(cells) or len(cells) >= 5:  # a row of empty cells may be 表四's data row
                    out.add(_row(cells), origin=("row", tables, r))
            tables += 1
        if len(out.lines) > MAX_DOCX_LINES:
            out.problems.append(("RL908", _reason("office.docx_lines", limit=MAX_DOCX_LINES)))
            break
    return out


A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
V = "{urn:schemas-microsoft-com:vml}"
MAX_PICTURES = 50  # pictures of one Word file read by OCR


def _pictures(p: _Element, document: WordDocument, read: PictureReader, out: Rendering, origin: Origin) -> None:
    """The pictures of a paragraph (DrawingML blips, legacy VML image data) read by OCR, their rows
    added after it (each row's origin the paragraph)."""
    ids = [b.get(R + "embed") for b in p.iter(A + "blip")] + [v.get(R + "id") for v in p.iter(V + "imagedata")]
    for rid in filter(None, ids):
        if sum(1 for n in out.notes if n.startswith("picture ")) >= MAX_PICTURES:
            return
        try:
            part = document.part.related_parts[rid]
            name, blob = str(part.partname).lstrip("/"), part.blob
        except (KeyError, AttributeError):
            continue
        rows, note = read(name, blob)
        out.notes.append(f"picture {name}: {note or 'read by OCR'}")
        for cells, spots in rows:
            out.add_read(cells, spots, origin=origin)


def _docx_guard(data: bytes) -> tuple[str, dict[str, Any]] | None:
    """Refuse what is not a DOCX (legacy .doc, WPS) or would unpack to something huge.

    python-docx reads every part of the package into memory, so each part is
    capped, and so is their sum and their number (the sizes in a zip's directory
    bound what reading a member yields: zipfile stops and fails past them).
    """
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "RL901", _reason("office.legacy_word")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
            zf.getinfo("word/document.xml")
    except Exception:  # BadZipFile, a missing document.xml, and whatever a damaged directory raises
        return "RL901", _reason("office.not_docx")
    mb = MAX_DOCX_PART // (1024 * 1024)
    if len(members) > MAX_DOCX_PARTS:
        return "RL908", _reason("office.docx_parts", limit=MAX_DOCX_PARTS)
    if any(m.file_size > MAX_DOCX_PART for m in members):
        return "RL908", _reason("office.docx_part_size", mb=mb)
    if sum(m.file_size for m in members) > MAX_DOCX_TOTAL:
        total = MAX_DOCX_TOTAL // (1024 * 1024)
        return "RL908", _reason("office.docx_size", mb=total)
    return None


def _para_text(p: _Element) -> str:
    parts = []
    for node in p.iter(W + "t", W + "tab", W + "br"):
        parts.append(node.text or "" if node.tag == W + "t" else " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _heading_level(p: _Element, document: WordDocument) -> int:
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is None:
        return 0
    sid = style.get(W + "val") or ""
    try:
        name = document.styles.get_by_id(sid, 1).name if document.styles else sid  # 1 = paragraph style
    except (KeyError, ValueError, AttributeError):
        name = sid
    m = re.match(r"(?i)(?:heading|标题)\s*(\d)$", (name or "").strip())
    return int(m.group(1)) if m else 0


def _docx_grid(tbl: _Element) -> list[list[str]]:
    """Rows of cell texts; gridSpan appears once, a vMerge label is repeated down its rows."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column -> text of the cell that started a vertical merge
    for tr in tbl.iterchildren(W + "tr"):
        row: list[str] = []
        col = 0
        for tc in tr.iterchildren(W + "tc"):
            props = tc.find(W + "tcPr")
            span = 1
            merge = None
            if props is not None:
                gs = props.find(W + "gridSpan")
                span = _int(gs.get(W + "val") if gs is not None else None, 1, 1, MAX_GRID_SPAN) or 1
                vm = props.find(W + "vMerge")
                if vm is not None:
                    merge = vm.get(W + "val") or "continue"
            text = re.sub(r"\s+", "", "".join(_para_text(p) for p in tc.iter(W + "p")))
            if merge == "continue":
                label = above.get(col, "")
                row.append(label if label and not re.fullmatch(r"[\d.,\-/—]+", label) else "")
            else:
                row.append(text)
                if merge == "restart":
                    above[col] = text
                else:
                    above.pop(col, None)
            col += span
        rows.append(row)
    return rows


def _int(value: str | None, default: int, low: int, high: int) -> int | None:
    """An integer attribute of Word XML, or `default` when absent or not a number; None when out of range."""
    if value is None or not re.fullmatch(r"\s*-?\d+\s*", value):
        return default
    text = value.strip()
    if len(text) > 9:  # more digits than any list or table has (and int() of 5,000 digits raises)
        return None
    number = int(text)
    return number if low <= number <= high else None


class _Numbering:
    """Word's automatic numbering (一、 （一） 1.) written out as the text shows it.

    Word has nine list levels (ilvl 0–8); a paragraph naming another level, or
    numbering that is not well formed, is read without its number.
    """

    def __init__(self, document: WordDocument) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            part = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for an in part.iterchildren(W + "abstractNum"):
            levels = {}
            for lvl in an.iterchildren(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"), -1, 0, MAX_LIST_LEVEL)
                if ilvl is None or ilvl < 0:
                    continue
                fmt = lvl.find(W + "numFmt")
                txt = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                levels[ilvl] = (
                    (fmt.get(W + "val") or "decimal") if fmt is not None else "decimal",
                    (txt.get(W + "val") or "") if txt is not None else "%1.",
                    _int(start.get(W + "val") if start is not None else None, 1, 0, MAX_LIST_START) or 1,
                )
            abstract[an.get(W + "abstractNumId")] = levels
        for num in part.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})

    def label(self, p: _Element) -> str:
        pr = p.find(f"{W}pPr/{W}numPr")
        if pr is None:
            return ""
        num = pr.find(W + "numId")
        ilvl = pr.find(W + "ilvl")
        num_id = (num.get(W + "val") if num is not None else None) or ""
        level = _int(ilvl.get(W + "val") if ilvl is not None else None, 0, 0, MAX_LIST_LEVEL)
        levels = self.levels.get(num_id, {})
        if level is None or level not in levels:
            return ""
        for (nid, lv) in list(self.counters):
            if nid == num_id and lv > level:
                del self.counters[(nid, lv)]
        _fmt, text, start = levels[level]
        self.counters[(num_id, level)] = self.counters.get((num_id, level), start - 1) + 1
        out = text
        for k in range(level + 1):
            k_fmt = levels.get(k, ("decimal", "", 1))[0]
            value = self.counters.get((num_id, k), levels.get(k, ("", "", 1))[2])
            out = out.replace(f"%{k + 1}", _format(value, k_fmt))
        return out


def _format(value: int, fmt: str) -> str:
    if fmt.startswith(("chinese", "ideograph", "japaneseCounting", "taiwaneseCounting")):
        return to_cn(value)
    return str(value)
