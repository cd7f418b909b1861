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
from dataclasses import dataclass, field

MAX_PAGES = 300  # PDF pages read; a longer file is reported, not read to the end
MAX_DOCX_XML = 50 * 1024 * 1024  # uncompressed document.xml bigger than this is refused (zip bombs)
PAGE_NUMBER = re.compile(r"^[\s\-—–－]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[\s\-—–－]*$")


@dataclass
class Rendering:
    lines: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)  # the page of each line (1-based), PDF only
    problems: list[tuple[str, dict]] = field(default_factory=list)  # (code, args)
    # DOCX only: where each line came from, ("p", i) for the i-th body paragraph or ("row", t, r) for
    # row r of the t-th body table (0-based; a row's k-th tab-separated cell is its k-th w:tc)
    origins: list[tuple] = field(default_factory=list)

    def add(self, text: str, page: int = 0, origin: tuple = ()) -> None:
        self.lines.append(text.replace("\n", " "))
        self.pages.append(page)
        self.origins.append(origin)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("|", "¦")


def _row(cells: list[str]) -> str:
    return "\t".join(_clean(c) for c in cells)


# ---- PDF -------------------------------------------------------------------------

def render_pdf(data: bytes, max_pages: int | None = None, labels: set[str] | None = None) -> Rendering:
    """The PDF as text lines; `labels` (label keys of the rule pack's column headings) let tables
    printed without ruling be read by their words' positions (reportlint.parse.grid)."""
    import pdfplumber  # heavy: only for PDF input
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    out = Rendering()
    max_pages = max_pages or MAX_PAGES
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except PDFPasswordIncorrect:
        out.problems.append(("RL901", _reason("PDF 已加密", "the PDF is encrypted")))
        return out
    except (PDFSyntaxError, Exception) as exc:
        out.problems.append(("RL901", _reason(f"PDF 文件已损坏：{exc}", f"the PDF is broken: {exc}")))
        return out
    with pdf:
        if len(pages) > max_pages:
            out.problems.append(("RL907", {"read": max_pages, "total": len(pages)}))
        blank = []
        columns: list = []  # the headings of an unruled table, carried over to the next page
        for number, page in enumerate(pages[:max_pages], start=1):
            if not page.chars:
                blank.append(number)
                continue
            lines, columns = _page_lines(page, labels, columns)
            for text in lines:
                out.add(text, number)
        if (blank and len(blank) == min(len(pages), max_pages)) or blank:
            out.problems.append(("RL903", {"pages": _ranges(blank)}))
    return out


def _page_lines(page, labels: set[str] | None = None, columns=()) -> tuple[list[str], list]:
    """A page's text lines and table rows, top to bottom, running headers and page numbers dropped;
    and the columns of an unruled table still open at its end."""
    tables = [t for t in page.find_tables() if _is_data_table(t)]
    boxes = [t.bbox for t in tables]
    items: list[tuple[float, str]] = []

    def outside(obj) -> bool:
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


def _unruled_rows(page, labels: set[str], columns) -> tuple[list[tuple[float, str]], list[tuple[float, float]], list]:
    """Rows of tables printed without ruling, rebuilt from the words' positions (reportlint.parse.grid):
    (top, tab-separated row) items, the vertical extents they took, and the columns still open."""
    from reportlint.parse.grid import Word, read_grid, text_row

    words = [Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
             for w in page.extract_words(x_tolerance=1.5, keep_blank_chars=False)]
    rows, columns = read_grid(words, labels, columns=columns)
    items, taken = [], []
    for row in rows:
        text = text_row(row)
        if text is not None:
            items.append((row.top, text))
        taken.extend((b.top, b.bottom) for b in row.bands)
    return items, taken, columns


def _is_data_table(table) -> bool:
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


def _reason(zh: str, en: str) -> dict:
    return {"reason": {"zh": zh, "en": en}}


# ---- DOCX ------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN = "一二三四五六七八九十"


def render_docx(data: bytes) -> Rendering:
    out = Rendering()
    problem = _docx_guard(data)
    if problem:
        out.problems.append(("RL901", problem))
        return out
    import docx  # python-docx: only for Word input

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        out.problems.append(("RL901", _reason(f"无法打开 Word 文件：{exc}", f"cannot open the Word file: {exc}")))
        return out
    numbering = _Numbering(document)
    paragraphs = tables = 0
    for el in document.element.body.iterchildren():
        if el.tag == W + "p":
            text = _para_text(el)
            prefix = numbering.label(el)
            level = _heading_level(el, document)
            if text or prefix:
                line = prefix + text
                out.add(("#" * level + " " + line) if level else line, origin=("p", paragraphs))
            paragraphs += 1
        elif el.tag == W + "tbl":
            for r, cells in enumerate(_docx_grid(el)):
                if any(cells) or len(cells) >= 5:  # a row of empty cells may be 表四's data row
                    out.add(_row(cells), origin=("row", tables, r))
            tables += 1
    return out


def _docx_guard(data: bytes) -> dict | None:
    """Refuse what is not a DOCX (legacy .doc, WPS) or would unpack to something huge."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return _reason("这是旧版 Word（.doc）或 WPS 文件，请另存为 .docx 或 PDF 后再检查",
                       "this is a legacy Word (.doc) or WPS file: save it as .docx or PDF and check that")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML:
                mb = MAX_DOCX_XML // (1024 * 1024)
                return _reason(f"Word 正文解压后超过 {mb} MB", f"the Word document unpacks to more than {mb} MB")
    except (zipfile.BadZipFile, KeyError):
        return _reason("不是有效的 .docx 文件", "not a valid .docx file")
    return None


def _para_text(p) -> str:
    parts = []
    for node in p.iter(W + "t", W + "tab", W + "br"):
        parts.append(node.text or "" if node.tag == W + "t" else " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _heading_level(p, document) -> int:
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


def _docx_grid(tbl) -> list[list[str]]:
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
                span = int(gs.get(W + "val") or 1) if gs is not None else 1
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
            col += max(span, 1)
        rows.append(row)
    return rows


class _Numbering:
    """Word's automatic numbering (一、 （一） 1.) written out as the text shows it."""

    def __init__(self, document) -> None:
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
                fmt = lvl.find(W + "numFmt")
                txt = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                levels[int(lvl.get(W + "ilvl"))] = (
                    fmt.get(W + "val") if fmt is not None else "decimal",
                    txt.get(W + "val") if txt is not None else "%1.",
                    int(start.get(W + "val")) if start is not None else 1,
                )
            abstract[an.get(W + "abstractNumId")] = levels
        for num in part.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})

    def label(self, p) -> str:
        pr = p.find(f"{W}pPr/{W}numPr")
        if pr is None:
            return ""
        num = pr.find(W + "numId")
        ilvl = pr.find(W + "ilvl")
        num_id = num.get(W + "val") if num is not None else None
        level = int(ilvl.get(W + "val")) if ilvl is not None else 0
        levels = self.levels.get(num_id or "", {})
        if level not in levels:
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
        if value <= 10:
            return CN[value - 1] if value >= 1 else str(value)
        tens, ones = divmod(value, 10)
        return (CN[tens - 1] if tens > 1 else "") + "十" + (CN[ones - 1] if ones else "")
    return str(value)
