"""What an upload is, told by its bytes (never by its name), and what the app refuses.

A .docx is a zip holding word/document.xml; before python-docx unpacks it, the
zip's directory is read to refuse archives that would unpack to something huge
(zip bombs) or that hold thousands of members. Text is anything without NUL
bytes that is not a known binary format; HTML is text that opens like a page.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from reportlint.sources.formats import by_magic

MAX_UNZIPPED = 200 * 1024 * 1024  # all members of a .docx together, unpacked
MAX_RATIO = 200  # unpacked / packed, for any member larger than 1 MB unpacked
MAX_MEMBERS = 5000
HTML_START = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|table|section|article)\b")
BINARY = (  # (magic, what it is)
    (b"MZ", "Windows 可执行程序（.exe）", "a Windows program (.exe)"),
    (b"\x7fELF", "可执行程序", "a program"),
    (b"\x89PNG", "PNG 图片", "a PNG image"),
    (b"\xff\xd8\xff", "JPEG 图片", "a JPEG image"),
    (b"GIF8", "GIF 图片", "a GIF image"),
    (b"Rar!", "RAR 压缩包", "a RAR archive"),
    (b"7z\xbc\xaf", "7z 压缩包", "a 7z archive"),
    (b"\x1f\x8b", "gzip 压缩包", "a gzip archive"),
    (b"%!PS", "PostScript 文件", "a PostScript file"),
    (b"{\\rtf", "RTF 文件", "an RTF file"),
)


@dataclass
class Refusal(Exception):
    """An upload the app does not read: an error code for the API and a sentence for the page."""

    code: str  # too_large, unsupported, legacy_word, bad_docx, empty
    zh: str
    en: str
    status: int = 415


def too_large(limit: int) -> Refusal:
    mb = limit / (1024 * 1024)
    return Refusal("too_large", f"文件太大：超过 {mb:g} MB 的上限。请删去文中的图片或附件后再试，或把正文另存为 PDF。",
                   f"the file is larger than the {mb:g} MB limit", 413)


def kind_of(data: bytes) -> str:
    """"docx", "pdf", "html" or "text"; raises Refusal for anything else."""
    if not data.strip():
        raise Refusal("empty", "文件是空的。", "the file is empty", 400)
    kind = by_magic(data)
    if kind in ("doc", "wps"):
        raise Refusal("legacy_word", "这是旧版 Word（.doc）或 WPS 文件：请在 Word 或 WPS 中“另存为” .docx 后再上传。",
                      "a legacy Word (.doc) or WPS file: save it as .docx first")
    if kind == "docx":
        check_docx(data)
    if kind is not None:
        return kind
    for magic, zh, en in BINARY:
        if data.startswith(magic):
            raise Refusal("unsupported", f"这不是报告文件，而是{zh}。请上传 Word（.docx）、PDF、网页（.html）"
                          "或文本（.txt、.md）文件。", f"not a report file: {en}")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refusal("unsupported", "无法识别的文件类型（二进制文件）。请上传 Word（.docx）、PDF、网页（.html）"
                      "或文本（.txt、.md）文件。", "not a text, HTML, PDF or Word file")
    return "html" if HTML_START.search(data[:4096].lower()) else "text"


def check_docx(data: bytes) -> None:
    """A zip that is a Word document and unpacks to a sane size; raises Refusal otherwise."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Refusal("bad_docx", "文件已损坏，无法作为 Word（.docx）文件打开。", "a broken zip / .docx file") from None
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise Refusal("unsupported", "这是一个压缩包，不是 Word（.docx）文件。", "a zip archive, not a Word file")
    total = sum(m.file_size for m in members)
    bombs = [m for m in members if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED or bombs:
        raise Refusal("bad_docx", "这个 Word 文件解压后异常庞大（疑似“压缩炸弹”），已拒绝处理。",
                      "the Word file unpacks to an abnormal size (a zip bomb?)")


def safe_name(name: str | None, kind: str) -> str:
    """The file's own name for display and downloads: no folders, no control characters, not too long."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[\x00-\x1f\x7f\"<>|:*?]", "", base).strip(". ") or f"report.{kind}"
    return base[-100:]
