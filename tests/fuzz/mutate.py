"""Mutated reports of every input kind, as hypothesis strategies (the CI fuzz tests and benchmarks/fuzz.py).

Seeds are the fixture reports (text, Markdown, HTML) and the Word and PDF reports the tests generate; a
mutation is a short list of edits at relative positions: bytes flipped, inserted, deleted, repeated or cut,
hostile snippets put in (control characters, long digit runs, 其中 chains, broken tags, odd ordinals), lines
shuffled, and for Word the XML of a part edited (attribute values made absurd) before re-zipping.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from functools import cache
from pathlib import Path
from unittest import mock

from hypothesis import strategies as st

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))

KINDS = {"text": ".txt", "markdown": ".md", "html": ".html", "docx": ".docx", "pdf": ".pdf"}
MAX_SIZE = 1_500_000  # a mutant is cut here (inputs stay quick; size limits are tested on their own)

TEXT_SNIPPETS = [
    "\x00", "\x1b[2J\x1b]0;t\x07", "\t" * 40, "|" * 60, "1" * 3000, "0 " * 1500 + "a", "收到申请10件，其中" * 100,
    "一、", "（一）", "(十一)", "1.", "**", "#" * 8, "<!-- reportlint: disable=RL203 -->",
    "<!-- reportlint: disable", "\r", "\u202e", "9" * 40, "-", "—", "/", "，", "。", "\n\n", "总计", "本年新收",
    "行政复议", "12345678901234567890123456789", "1,234", "1,2,3", "１２３", "①", "一百一十", "\ufeff", "\ud800",
    "第二十条第（一）项", "结转下年度继续办理", "\t0\t0\t0\t0\t0\t0\t0", "| 0 | 0 |", "|---|---|", "2025年1月1日至12月31日",
    "国办公开办函〔2021〕30号", "XX", "某某", "的的", "\u3000" * 30, " " * 500, "-1", "1.5", "0.000001",
]
HTML_SNIPPETS = [
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "<td rowspan=99999>", "<td colspan=-1>", "<td colspan=abc>",
    "<th rowspan=0>", "<div>" * 300, "</div>" * 50, "<br>", "<!--", "-->", "<script>", "</script>", "<style>",
    "<meta charset=latin-1>", "<meta charset=x-unknown>", "&#0;", "&#x1b;", "&#xd800;", "&amp", "<p><b>一、总体情况</b>",
    "<table><tr></tr></table>", "<img src=x>", "<a href='/x.pdf'>附件</a>", "<h1>", "<![CDATA[", "<?xml ?>",
    "<svg><table>", "\x00", "<td>1</td>" * 50, "<tr><td>总计</td>" + "<td>5</td>" * 7 + "</tr>",
]
ATTRIBUTE_VALUES = ["", "-1", "0", "abc", "3000000", "99999999999", "9" * 5000, "1.5", " 2 ", "restart", "continue",
                    "chineseCounting", "%1%2%3%4%5%6%7%8%9、", "decimal"]
PDF_SNIPPETS = [
    b"BT /F1 9 Tf 1 0 0 1 60 700 Tm (0) Tj ET", b"/Filter /FlateDecode", b"/Length 999999", b"endstream",
    b"endobj", b"1 0 R", b"99 0 R", b"<< /Type /Page >>", b"[1 2 3", b"(((", b"/DescendantFonts 5",
    b"/MediaBox [0 0 0 0]", b"/Count -1", b"/Kids [2 0 R]", b"q " * 100, b"Q " * 100, b"9" * 40, b"-1",
    b"xref", b"trailer", b"%%EOF", b"\x00" * 16, b"/Rotate 45", b"BI /W 10 /H 10 ID ", b" EI",
]


# ---- seeds ---------------------------------------------------------------------------------

@cache
def seeds(kind: str) -> tuple[bytes, ...]:
    fixtures = ROOT / "fixtures"
    if kind == "text":
        return tuple(p.read_bytes() for p in sorted(fixtures.glob("*/report.txt")))
    if kind == "markdown":
        return tuple(p.read_bytes() for p in sorted(fixtures.glob("*/report.md")))
    if kind == "html":
        return tuple(p.read_bytes() for p in sorted(fixtures.glob("*/page.html")))
    if kind == "docx":
        from office_fixtures import docx_report

        return docx_report(), docx_report(split_t3=False, blank_cell=True)
    if kind == "pdf":
        from hostile import pdf_broken_page, raw_pdf, text_ops
        from office_fixtures import pdf_report
        from reportlab import rl_config

        with mock.patch.object(rl_config, "pageCompression", 0):  # content streams as text: edits land in them
            plain = pdf_report()
        return plain, pdf_report(), raw_pdf([text_ops(["一、总体情况", "0 1 2"])], flate=False), pdf_broken_page()
    raise ValueError(kind)


# ---- edits ---------------------------------------------------------------------------------

position = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def _at(data: bytes, where: float) -> int:
    return min(len(data), int(where * len(data)))


def _edit(kind: str):
    snippets = {"html": [s.encode() for s in HTML_SNIPPETS + TEXT_SNIPPETS[:12]],
                "pdf": PDF_SNIPPETS}.get(kind, [s.encode("utf-8", "surrogatepass") for s in TEXT_SNIPPETS])
    return st.one_of(
        st.tuples(st.just("flip"), position, st.integers(0, 255)),
        st.tuples(st.just("insert"), position, st.sampled_from(snippets)),
        st.tuples(st.just("insert"), position, st.binary(max_size=6)),
        st.tuples(st.just("delete"), position, st.integers(1, 400)),
        st.tuples(st.just("repeat"), position, st.integers(1, 200), st.integers(2, 60)),
        st.tuples(st.just("lines"), st.integers(0, 2**32 - 1)),
    )


def _rarely(strategy):
    """The strategy's value one time in ten, else None (edits that make most inputs unreadable at once)."""
    return st.tuples(st.integers(0, 9), strategy).map(lambda t: t[1] if t[0] == 0 else None)


def apply(data: bytes, edit: tuple) -> bytes:
    op = edit[0]
    if op == "flip":
        at = _at(data, edit[1])
        return data[:at] + bytes([edit[2]]) + data[at + 1:]
    if op == "insert":
        at = _at(data, edit[1])
        return data[:at] + edit[2] + data[at:]
    if op == "delete":
        at = _at(data, edit[1])
        return data[:at] + data[at + edit[2]:]
    if op == "repeat":
        at = _at(data, edit[1])
        piece = data[at : at + edit[2]]
        return data[:at] + piece * edit[3] + data[at + len(piece):]
    if op == "lines":  # move one line elsewhere
        lines = data.split(b"\n")
        if len(lines) < 3:
            return data
        seed = edit[1]
        line = lines.pop(seed % len(lines))
        lines.insert((seed // 7) % len(lines), line)
        return b"\n".join(lines)
    raise ValueError(op)


# ---- Word: edit a part's XML, then the package -----------------------------------------------

ATTRIBUTE = re.compile(rb'w:(val|ilvl|numId|abstractNumId|gridSpan)="[^"]*"')


def _xml_edit():
    attribute = st.tuples(st.just("attribute"), st.integers(0, 10_000), st.sampled_from(ATTRIBUTE_VALUES))
    return st.one_of(attribute, attribute, attribute, _edit("html"))  # most edits keep the XML well formed


def edit_docx(data: bytes, part_edits: list[tuple], package_edits: list[tuple]) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = {info.filename: zf.read(info) for info in zf.infolist()}
    except (zipfile.BadZipFile, KeyError, ValueError):
        return data
    for index, edit in part_edits:
        names = sorted(n for n in parts if n.endswith(".xml"))
        name = names[index % len(names)]
        if edit[0] == "attribute":
            hits = list(ATTRIBUTE.finditer(parts[name]))
            if hits:
                m = hits[edit[1] % len(hits)]
                new = b'w:' + m.group(1) + b'="' + edit[2].encode() + b'"'
                parts[name] = parts[name][: m.start()] + new + parts[name][m.end():]
        else:
            parts[name] = apply(parts[name], edit)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    packaged = out.getvalue()
    for edit in package_edits:
        packaged = apply(packaged, edit)
    return packaged


# ---- the strategy ----------------------------------------------------------------------------

@st.composite
def mutants(draw, kind: str) -> bytes:
    """A seed of `kind` with a few edits (sometimes none: the seeds themselves are inputs too)."""
    data = draw(st.sampled_from(seeds(kind)))
    if kind == "docx":
        part_edits = draw(st.lists(st.tuples(st.integers(0, 50), _xml_edit()), max_size=6))
        package_edit = draw(_rarely(_edit("pdf")))  # bytes of the zip itself (binary snippets)
        data = edit_docx(data, part_edits, [package_edit] if package_edit else [])
    else:
        for edit in draw(st.lists(_edit(kind), max_size=8)):
            data = apply(data, edit)
            if len(data) > MAX_SIZE:
                data = data[:MAX_SIZE]
    cut = draw(_rarely(position))
    return data[: _at(data, cut)] if cut is not None else data
