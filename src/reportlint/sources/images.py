"""Images of an input read by OCR: `<img>` tables of a portal page, pictures in a Word file, the
pages of a PDF that have no text layer.

An `ImageStore` belongs to one input. It finds an image's bytes (a data: URI; a file next to a
saved page, never outside its folder; for a page fetched from a URL, the image fetched with the
same limits as pages), reads it once (the parser may run twice, for the pack chosen by the
report's year) and keeps the input's OCR within its budgets: seconds per table or page, seconds
for the whole input, pixels per image (reportlint.ocr.budget). When OCR is not installed it
reads nothing and says how to install it (`missing`).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from reportlint.model import SourceInfo
from reportlint.sources.settings import OcrSettings as OcrSettings  # (its home: a light module)

if TYPE_CHECKING:
    from reportlint.ocr import Budget, Deadline, ImageRejected, OcrPage

    Reader = Callable[[Any, str, Budget, Deadline], "ImageRead"]  # (bytes or image, name, budgets) → its reading

DPI = 300  # scanned PDF pages are rendered at this resolution for OCR
MAX_IMAGE_BYTES = 15 * 1024 * 1024  # an image file larger than this is not a table screenshot
MIN_SIDE = 40  # smaller images are icons and rules, not tables
HINT = ("OCR is not installed: pip install 'reportlint[ocr]' and "
        "apt-get install tesseract-ocr tesseract-ocr-chi-sim")


@dataclass(frozen=True)
class ImageRead:
    """What became of one image: its table or page (None when not read) and why not."""

    name: str
    result: Any = None  # an OcrTable or OcrPage
    note: str = ""
    reader: Any = None  # the TableReader that read a table image, to read cells again


class ImageStore:
    def __init__(self, info: SourceInfo, settings: OcrSettings | None = None, fetch_options: Any = None) -> None:
        self.info = info
        self.settings = settings or OcrSettings()
        self.fetch_options = fetch_options
        self._cache: dict[tuple[str, str], ImageRead] = {}
        self._deadline: Any = None
        self._missing: str | None = None
        self._checked = False
        self._pdf: Any = None  # the PDF being read, opened once by pypdfium2 to render scanned pages
        self.page_read: Any = None  # parse.html's page and reading of this input, kept for the next pack tried

    # ---- whether OCR runs ---------------------------------------------------------------

    @property
    def missing(self) -> str:
        """"" when OCR can run; else why not (one line with the hint how to enable it)."""
        if not self._checked:
            self._checked = True
            if not self.settings.enabled:
                self._missing = "OCR is switched off (--no-ocr)"
            else:
                from reportlint.ocr import available

                why = available(self.settings.engine)
                self._missing = f"{why}; {HINT}" if why else ""
        return self._missing or ""

    @property
    def hint(self) -> str:
        """How to enable OCR, when it is missing here (not when it was switched off): "" otherwise."""
        return self.missing if self.settings.enabled else ""

    def _budget(self) -> tuple[Budget, Deadline]:
        from reportlint.ocr import Budget, Deadline

        if self._deadline is None:
            self._deadline = Deadline(self.settings.document_seconds)
        seconds = self.settings.table_seconds
        return Budget(table_seconds=seconds, page_seconds=seconds), self._deadline

    # ---- reading -------------------------------------------------------------------------

    def table(self, name: str, data: Callable[[], bytes | str]) -> ImageRead:
        """A table image read once: `data` gives its bytes, or a string saying why there are none."""
        return self._once(("table", name), name, data, self._read_table)

    def page(self, name: str, data: Callable[[], Any]) -> ImageRead:
        """A scanned page (an image, or bytes) read once: its lines of prose and its tables."""
        return self._once(("page", name), name, data, self._read_page)

    def html_image(self, src: str) -> ImageRead:
        """An `<img>` of the page, by its src (icons, logos and animations are not tables: not read)."""
        if DECORATION.search(src[:300]):
            return ImageRead(src[:80], note="an icon or logo, not read")
        return self.table(src, lambda: self.image_bytes(src))

    def _once(self, key: tuple[str, str], name: str, data: Callable[[], Any], read: Reader) -> ImageRead:
        if key not in self._cache:
            self._cache[key] = self._read(name, data, read)
        return self._cache[key]

    def _read(self, name: str, data: Callable[[], Any], read: Reader) -> ImageRead:
        if self.missing:
            return ImageRead(name, note=self.missing)
        budget, deadline = self._budget()
        if deadline.expired():
            return ImageRead(name, note=f"not read: the input's OCR budget "
                                        f"({self.settings.document_seconds:g} s) is spent")
        from reportlint.ocr import ImageRejected

        try:
            raw = data()
            if isinstance(raw, str):
                return ImageRead(name, note=raw)
            return read(raw, name, budget, deadline)
        except ImageRejected as exc:
            return ImageRead(name, note=str(exc))
        except MemoryError:
            raise
        except Exception as exc:  # a damaged image or page (pypdfium2, Pillow): that image unread, never the input
            return ImageRead(name, note=f"not read: {type(exc).__name__}: {str(exc)[:160]}")

    def _read_table(self, raw: Any, name: str, budget: Budget, deadline: Deadline) -> ImageRead:
        from reportlint.ocr.table import TableReader

        if not _table_sized(raw):
            raise _rejected(f"{name}: too small to be a table")
        reader = TableReader(raw, name=name, engine=self.settings.engine, budget=budget, deadline=deadline)
        return ImageRead(name, reader.read(), reader=reader)

    def reread(self, cells: dict[str, set[tuple[int, int]]]) -> bool:
        """Read these cells of these table images again (other looks); whether any reading changed."""
        changed = False
        for name, positions in cells.items():
            key = ("table", name)
            read = self._cache.get(key)
            if read is None or read.reader is None or self._deadline is None or self._deadline.expired():
                continue
            seconds = max(min(self.settings.table_seconds, self._deadline.left()), 0.1)
            table = read.reader.reread(read.result, sorted(positions), seconds)
            if table.cells != read.result.cells:
                changed = True
                self._cache[key] = ImageRead(name, table, read.note, read.reader)
        return changed

    def _read_page(self, raw: Any, name: str, budget: Budget, deadline: Deadline) -> ImageRead:
        from reportlint.ocr.page import read_page

        if self.settings.progress is not None:
            self.settings.progress(name)
        budget = replace(budget, page_seconds=2 * budget.table_seconds)  # a page holds prose and tables
        return ImageRead(name, read_page(raw, name=name, engine=self.settings.engine, budget=budget,
                                         deadline=deadline))

    def pdf_page(self, data: bytes, number: int) -> tuple[list[tuple[str, list[Any]]], str]:
        """A PDF page without a text layer, rendered at 300 dpi (pypdfium2, which pdfplumber brings)
        and read by OCR: its lines top to bottom (prose, and table rows as tab-separated cells, with
        the `ImageCell` of each cell or None), and a note ("" when read)."""
        read = self.page(f"page {number}", lambda: self._render(data, number))
        if read.result is None:
            return [], read.note
        return page_lines(read.result, read.name), "; ".join(read.result.notes) if not read.result.complete else ""

    def docx_picture(self, name: str, blob: bytes) -> tuple[list[tuple[list[str], list[Any]]], str]:
        """A picture in a Word file read as a table: its rows (cells and their readings), and a note."""
        from reportlint.ocr.layout import table_rows

        read = self.table(name, lambda: blob)
        if read.result is None:
            return [], read.note
        rows = [([c.text for c in row], [c.spot for c in row]) for row in table_rows(read.result, name)]
        return rows, ""

    def _render(self, data: bytes, number: int) -> Any:
        """The page as a PIL image, or why it is not rendered."""
        import pypdfium2

        from reportlint.ocr import Budget

        if self._pdf is None:
            self._pdf = pypdfium2.PdfDocument(data)
        page = self._pdf[number - 1]
        try:
            width, height = page.get_size()
            scale = DPI / 72
            cap = Budget().max_pixels
            if width * height * scale * scale > cap:  # a huge page: rendered smaller, never past the cap
                scale = (cap / (width * height)) ** 0.5
            if scale * max(width, height) < 200:
                return f"page {number}: too small to read"
            return page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()


    # ---- finding an image's bytes ----------------------------------------------------------

    def image_bytes(self, src: str) -> bytes | str:
        """The bytes of an `<img>` src, or why they cannot be had."""
        if not src:
            return "an image without a src"
        if src[:5].lower() == "data:":
            return data_uri(src)
        base = self.info.url
        if base:
            return self._fetch(urljoin(base, src))
        if urlsplit(src).scheme:
            return f"{src}: not fetched (the page was read from a file)"
        return self._local(src)

    def _local(self, src: str) -> bytes | str:
        name = self.info.name
        if name == "-" or not name:
            return f"{src}: no folder to find it in (the page came from stdin)"
        folder = Path(name).resolve().parent
        path = (folder / unquote(urlsplit(src).path).lstrip("/")).resolve()
        if not path.is_relative_to(folder):
            return f"{src}: outside the page's folder, not read"
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_IMAGE_BYTES + 1)
        except OSError as exc:
            return f"{src}: cannot be read ({exc.strerror or exc})"
        return data if len(data) <= MAX_IMAGE_BYTES else f"{src}: larger than {MAX_IMAGE_BYTES // 2**20} MB"

    def _fetch(self, url: str) -> bytes | str:
        from dataclasses import replace

        from reportlint.sources.fetch import FetchOptions, fetch

        options = replace(self.fetch_options or FetchOptions(), max_bytes=MAX_IMAGE_BYTES, images=True)
        loaded = fetch(url, options)
        if loaded.problems or not loaded.raw:
            why = loaded.problems[0].args.get("reason", {}).get("en", "") if loaded.problems else "empty"
            return f"{url}: {why}"
        return loaded.raw


DECORATION = re.compile(r"(?i)(?:icon|logo|banner|arrow|\.gif|\.svg|image/gif|image/svg)")
DATA_URI = re.compile(r"data:image/[\w.+-]+(?:;[\w-]+=[\w.-]+)*;base64,", re.I)


def data_uri(src: str) -> bytes | str:
    m = DATA_URI.match(src)
    if not m:
        return "a data: URI that is not a base64 image"
    payload = src[m.end():]
    if len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        return f"a data: image larger than {MAX_IMAGE_BYTES // 2**20} MB"
    try:
        return base64.b64decode(re.sub(r"\s+", "", payload), validate=True)
    except (binascii.Error, ValueError):
        return "a data: URI whose base64 is broken"


def page_lines(page: OcrPage, name: str) -> list[tuple[str, list[Any]]]:
    """An OCR'd page as lines top to bottom: each prose line (its `ImageCell`s none), each table row
    as its cells (text and reading; the reader joins them with tabs)."""
    from reportlint.ocr.layout import table_rows

    items: list[tuple[float, str, list[Any]]] = []
    for line in page.lines:
        text = _prose(line.text)
        if text:
            items.append((line.top, text, []))
    for (_x0, top, _x1, _bottom), table in page.tables:
        for r, row in enumerate(table_rows(table, name)):  # a table's rows together, in order
            items.append((top + r * 1e-3, "\t".join(c.text for c in row), [c.spot for c in row]))
    items.sort(key=lambda it: it[0])
    return [(text, spots) for _, text, spots in items]


CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")


# a prose line that reads as a table row (a label, then numbers and nothing a sentence has): a table
# whose grid was not found, its digits read by a text look only, never sure enough to be values
ROW_LIKE = re.compile(r"^(?P<label>[^\d]*?[\u4e00-\u9fff）)])\s*(?P<rest>\d[^。，；：,;:%％年月日件条个项次]*)$")


def _prose(text: str) -> str:
    """A line of OCR'd prose without the spaces tesseract puts between Chinese characters; a line
    that is a table row read as prose keeps its label and has each number unread."""
    from reportlint.parse.rows import UNREAD_MARK

    text = CJK_GAP.sub("", " ".join(text.split()))
    m = ROW_LIKE.match(text)
    if m is None:
        return text
    numbers = re.findall(r"\d+(?:\.\d+)?", m["rest"])
    return m["label"] + "".join(" " + UNREAD_MARK for _ in numbers)


def _table_sized(raw: Any) -> bool:
    """Whether an image is big enough to hold a table (its header read only, never its pixels)."""
    if not isinstance(raw, bytes | bytearray):
        return True
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(raw)) as im:
            w, h = im.size
    except Exception:  # not an image: read_table says so
        return True
    return min(w, h) >= MIN_SIDE and max(w, h) >= 3 * MIN_SIDE


def _rejected(message: str) -> ImageRejected:
    from reportlint.ocr import ImageRejected

    return ImageRejected(message)
