"""Hostile and malformed inputs, built by the tests (no binary files in the repository).

Hand-written PDFs (a tiny writer: catalog, pages, one Helvetica font, content
streams) and DOCX packages written with zipfile, so that every attribute and
every byte that matters is under the test's control.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from unittest import mock

# ---- PDF ------------------------------------------------------------------------------

def raw_pdf(contents: list[bytes], *, shared: bool = False, flate: bool = True,
            fonts: dict[int, bytes] | None = None) -> bytes:
    """A PDF whose pages draw `contents` (one stream a page; with `shared`, every page draws the first);
    `fonts` gives some pages (by index) their own font dictionary instead of Helvetica."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, written once the pages are known
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    streams = [add(_stream(c, flate)) for c in (contents[:1] if shared else contents)]
    kids = []
    for k in range(len(contents)):
        stream = streams[0 if shared else k]
        own = add(fonts[k]) if fonts and k in fonts else font
        kids.append(add(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {stream} 0 R "
                        f"/Resources << /Font << /F1 {own} 0 R >> >> >>".encode()))
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode()
    return _write(objects)


def _stream(content: bytes, flate: bool) -> bytes:
    data = zlib.compress(content, 9) if flate else content
    head = f"<< /Length {len(data)}{' /Filter /FlateDecode' if flate else ''} >>\nstream\n".encode()
    return head + data + b"\nendstream"


def _write(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def text_ops(lines: list[str]) -> bytes:
    ops = [b"BT /F1 10 Tf"]
    for k, line in enumerate(lines):
        ops.append(f"1 0 0 1 60 {780 - 14 * (k % 50)} Tm ({line}) Tj".encode())
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_flate_bomb(mb: int = 200) -> bytes:
    """One page whose content stream is mostly spaces: ~200 KB that unpacks to `mb` MB."""
    return raw_pdf([text_ops(["Annual report"]) + b" " * (mb * 1024 * 1024)])


def pdf_shared_content(pages: int = 40, runs: int = 60_000) -> bytes:
    """`pages` pages that all draw one content stream of `runs` text runs (a few KB compressed)."""
    return raw_pdf([text_ops(["0"] * runs)] * pages, shared=True)


def pdf_broken_page(texts: tuple[str, ...] = ("page one text", "page two text", "page three text")) -> bytes:
    """Pages of text; the second draws with a Type0 font whose descendant fonts are a number (pdfminer raises
    while parsing that page)."""
    bad = b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts 5 >>"
    return raw_pdf([text_ops([t]) for t in texts], fonts={1: bad})


def pdf_long_path(segments: int = 60_000) -> bytes:
    """One page: a heading and a single path of `segments` line segments (each a pdfplumber object)."""
    ops = b"1 w 0 0 m " + b" ".join(f"{k % 500} {(k * 7) % 800} l".encode() for k in range(segments)) + b" S"
    return raw_pdf([text_ops(["one"]) + b"\n" + ops])


def pdf_with_seal_page() -> bytes:
    """The fixture report with a scanned seal page (a drawing, no text) before section 五."""
    import office_fixtures

    class Sealed(office_fixtures._Pdf):
        def line(self, text: str) -> None:
            if text.startswith("五、"):
                self.new_page()
                self.c.circle(300, 500, 80, fill=1)  # the seal: no text layer on this page
                self.c.showPage()
                self.page += 1
                self.y = 780
                self._font()
            super().line(text)

    with mock.patch.object(office_fixtures, "_Pdf", Sealed):
        return office_fixtures.pdf_report()


# ---- DOCX -----------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/></Relationships>')


def docx_package(body: str, numbering: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word package: `body` is the inside of <w:body>, `numbering` of <w:numbering>."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/_rels/document.xml.rels", DOC_RELS)
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}">'
                                         f"<w:body>{body}</w:body></w:document>")
        zf.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
                                          f"{numbering}</w:numbering>")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def para(text: str, num: str | None = None, ilvl: str = "0") -> str:
    props = f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


def chinese_list(start: str = "1", ilvl: str = "0") -> str:
    return (f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>')


def table(cells: list[list[tuple[str, str | None]]]) -> str:
    """A table of (text, gridSpan) cells."""
    rows = []
    for row in cells:
        tcs = "".join((f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span is not None else "<w:tc>")
                      + f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>" for text, span in row)
        rows.append(f"<w:tr>{tcs}</w:tr>")
    return f"<w:tbl>{''.join(rows)}</w:tbl>"


def with_compression_method(zip_bytes: bytes, member: str, method: int) -> bytes:
    """The zip with `member`'s compression method changed in both headers (to one zipfile cannot read)."""
    data = bytearray(zip_bytes)
    name = member.encode()
    at = 0
    while (at := data.find(name, at + 1)) >= 0:
        if data[at - 30 : at - 26] == b"PK\x03\x04":  # local file header: method at offset 8
            struct.pack_into("<H", data, at - 30 + 8, method)
        elif data[at - 46 : at - 42] == b"PK\x01\x02":  # central directory: method at offset 10
            struct.pack_into("<H", data, at - 46 + 10, method)
    return bytes(data)


# ---- the whole corpus ------------------------------------------------------------------------

def regression_inputs() -> dict[str, bytes]:
    """Every reproducer of the hardening issue, by file name (its suffix says its kind)."""
    from pathlib import Path

    compliant = Path(__file__).resolve().parent.parent.joinpath("fixtures/compliant-tab/report.txt").read_text(
        encoding="utf-8")

    def report_with(paragraph: str) -> bytes:
        return compliant.replace("（五）监督保障。", paragraph + "\n（五）监督保障。", 1).encode("utf-8")

    return {
        "empty-row.html": b"<table><tr></tr></table>",
        "deep.html": b"<div>" * 100_000 + "一、总体情况".encode() + b"</div>" * 100_000,
        "numbers-then-letter.txt": report_with(" ".join(["0"] * 20_000) + "a"),
        "digit-run.txt": report_with("1" * 40_000),
        "breakdowns.txt": report_with("收到申请10件，其中" * 26_000),
        "suppression.md": report_with("<!-- reportlint: disable=" + "R L " * 10_000),
        "escape-\x1b[2J.md": report_with("<!-- reportlint: disable \x1b]0;t\x07 -->"),
        "broken-page.pdf": pdf_broken_page(),
        "sealed.pdf": pdf_with_seal_page(),
        "bomb.pdf": pdf_flate_bomb(100),
        "shared.pdf": pdf_shared_content(40, 3_000),
        "long-path.pdf": pdf_long_path(),
        "list-120.docx": docx_package("".join(para(f"第{k}项", num="5") for k in range(1, 121)), chinese_list()),
        "ilvl.docx": docx_package(para("正文", num="5", ilvl="3000000"), chinese_list()),
        "gridspan.docx": docx_package(table([[("规章", "abc"), ("0", "99999999999")]])),
        "method99.docx": with_compression_method(docx_package(para("正文")), "word/document.xml", 99),
        "part-bomb.docx": docx_package(para("正文"), extra={"word/media/image1.png": b"\0" * (60 * 1024 * 1024)}),
        "not-utf8-\udcff.txt": report_with("一"),
    }
