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

from reportlint.i18n import say
from reportlint.sources.formats import by_magic

MAX_UNZIPPED = 200 * 1024 * 1024  # all members of a .docx together, unpacked
MAX_RATIO = 200  # unpacked / packed, for any member larger than 1 MB unpacked
MAX_MEMBERS = 5000
HTML_START = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|table|section|article)\b")
BINARY = (  # (magic, what it is: a message of the catalogue, web.binary.*)
    (b"MZ", "exe"), (b"\x7fELF", "elf"), (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"),
    (b"Rar!", "rar"), (b"7z\xbc\xaf", "7z"), (b"\x1f\x8b", "gzip"), (b"%!PS", "ps"), (b"{\\rtf", "rtf"),
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
    return refusal("too_large", "too_large", 413, mb=mb)


def refusal(code: str, key: str, status: int = 415, **args: object) -> Refusal:
    """A refusal worded by the message catalogue (`web.<key>`)."""
    return Refusal(code, say(f"web.{key}", "zh", **args), say(f"web.{key}", "en", **args), status)


def kind_of(data: bytes) -> str:
    """"docx", "pdf", "html" or "text"; raises Refusal for anything else."""
    if not data.strip():
        raise refusal("empty", "empty_file", 400)
    kind = by_magic(data)
    if kind in ("doc", "wps"):
        raise refusal("legacy_word", "legacy_word")
    if kind == "docx":
        check_docx(data)
    if kind is not None:
        return kind
    for magic, what in BINARY:
        if data.startswith(magic):
            raise Refusal("unsupported", say("web.not_a_report", "zh", what=say(f"web.binary.{what}", "zh")),
                          say("web.not_a_report", "en", what=say(f"web.binary.{what}", "en")))
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise refusal("unsupported", "binary")
    return "html" if HTML_START.search(data[:4096].lower()) else "text"


def check_docx(data: bytes) -> None:
    """A zip that is a Word document and unpacks to a sane size; raises Refusal otherwise."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise refusal("bad_docx", "bad_docx") from None
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise refusal("unsupported", "zip_not_docx")
    total = sum(m.file_size for m in members)
    bombs = [m for m in members if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)]
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED or bombs:
        raise refusal("bad_docx", "zip_bomb")


def safe_name(name: str | None, kind: str) -> str:
    """The file's own name for display and downloads: no folders, no control characters, not too long."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[\x00-\x1f\x7f\"<>|:*?]", "", base).strip(". ") or f"report.{kind}"
    return base[-100:]
