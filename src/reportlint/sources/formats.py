"""The input formats, listed in one place: how each is recognised (file suffix, HTTP content type, leading
bytes), whether it is read as text or kept as bytes, and which parser reads it. A new format is one entry
in FORMATS; its reader and parser are imported only when an input of that format arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlint.model import Document
    from reportlint.pack import Pack
    from reportlint.parse.document import Reading
    from reportlint.sources.base import Loaded
    from reportlint.sources.images import ImageStore

Parser = Callable[["Loaded", "Pack", "ImageStore | None"], "Document"]
Reader = Callable[["Loaded", "Pack"], "Reading"]
Renderer = Callable[["Loaded", "Pack | None"], str]


@dataclass(frozen=True)
class Format:
    """One input format: how it is recognised, and the functions that read, parse and render it."""

    name: str  # the kind a loaded input carries (SourceInfo.kind)
    parse: Parser  # the whole document; an ImageStore, when given, reads its images by OCR
    render: Renderer  # the text the parser reads (`reportlint extract --format text`)
    read: Reader | None = None  # read up to where the pack matters (parsed once, matched per pack)
    suffixes: tuple[str, ...] = ()  # file names it is recognised by (lower case, with the dot)
    content_types: tuple[str, ...] = ()  # HTTP Content-Type values it is served as
    magic: tuple[bytes, ...] = ()  # leading bytes it is recognised by in an upload
    magic_within: int = 0  # how far into the data the magic may start (0: at the very start)
    binary: bool = False  # kept as bytes and rendered by its parser; else decoded as text
    in_folders: bool = True  # a file with its suffix is linted when a folder is given


# ---- parsers and renderers (imported when used: CLI start-up stays light) -----------------

def _parse_text(loaded: Loaded, pack: Pack, images: ImageStore | None = None) -> Document:
    from reportlint.parse.document import parse_text

    return parse_text(loaded.text or "", loaded.info, pack)


def _read_text(loaded: Loaded, pack: Pack) -> Reading:
    from reportlint.parse.document import read_text

    return read_text(loaded.text or "", loaded.info)


def _parse_html(loaded: Loaded, pack: Pack, images: ImageStore | None = None) -> Document:
    from reportlint.parse.html import parse_html

    return parse_html(loaded.text or "", loaded.info, pack, images)


def _read_html(loaded: Loaded, pack: Pack) -> Reading:
    from reportlint.parse.html import body_markers, read_html

    return read_html(loaded.text or "", loaded.info, body_markers(pack))


def _parse_office(loaded: Loaded, pack: Pack, images: ImageStore | None = None) -> Document:
    from reportlint.parse.office import parse_office

    return parse_office(loaded.raw, loaded.info, pack, images)


def _render_text(loaded: Loaded, pack: Pack | None) -> str:
    return loaded.text or ""


def _render_html(loaded: Loaded, pack: Pack | None) -> str:
    from reportlint.pack import load_builtin
    from reportlint.parse.html import rendering

    return rendering(loaded.text, pack or load_builtin()) if loaded.text else ""


def _render_office(loaded: Loaded, pack: Pack | None) -> str:
    from reportlint.parse.office import render

    return render(loaded.raw, loaded.info.kind, pack).text


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the legacy Word (.doc) and WPS container

FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", _parse_text, _render_text, _read_text, (".txt", ".text"), ("text/plain", "text/markdown")),
    Format("markdown", _parse_text, _render_text, _read_text, (".md", ".markdown")),
    Format("html", _parse_html, _render_html, _read_html, (".html", ".htm", ".shtml", ".xhtml"),
           ("text/html", "application/xhtml+xml")),
    Format("pdf", _parse_office, _render_office, None, (".pdf",), ("application/pdf",), (b"%PDF-",), 1024, binary=True),
    Format("docx", _parse_office, _render_office, None, (".docx",),
           ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",), (b"PK\x03\x04",),
           binary=True),
    # legacy Word and WPS: read as Word files, they are reported as not readable (save as .docx)
    Format("doc", _parse_office, _render_office, None, (".doc",), ("application/msword",), (OLE,), binary=True,
           in_folders=False),
    Format("wps", _parse_office, _render_office, None, (".wps",), binary=True, in_folders=False),
)}
DEFAULT = "text"  # what a file with an unknown suffix is read as
BINARY_KINDS = frozenset(name for name, f in FORMATS.items() if f.binary)


def get(kind: str) -> Format:
    """The format of a loaded input's kind (plain text for a kind no format has)."""
    return FORMATS.get(kind) or FORMATS[DEFAULT]


def by_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    return next((f.name for f in FORMATS.values() if suffix in f.suffixes), DEFAULT)


def by_content_type(ctype: str) -> str | None:
    """The format a Content-Type (without parameters, lower case) names; None if none does."""
    return next((f.name for f in FORMATS.values() if ctype in f.content_types), None)


def by_magic(data: bytes) -> str | None:
    """The format whose leading bytes `data` starts with; None if none."""
    for f in FORMATS.values():
        if any(data.startswith(m) or (f.magic_within and m in data[:f.magic_within]) for m in f.magic):
            return f.name
    return None


def folder_suffixes() -> frozenset[str]:
    """The suffixes of the files linted when a folder is given."""
    return frozenset(s for f in FORMATS.values() if f.in_folders for s in f.suffixes)
