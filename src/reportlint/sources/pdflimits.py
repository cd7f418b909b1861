"""pdfminer within bounds: what a PDF's streams unpack to, and how much content its pages make us interpret.

pdfminer decodes a FlateDecode stream with one `zlib.decompress` call (a 1 MB
stream of zeros unpacks to 1 GB), its fallback for damaged streams
concatenates bytes one input byte at a time (quadratic), its LZW and
run-length decoders have no output bound, and its interpreter runs a content
stream again for every page or form that draws it (a 23 KB PDF of 40 pages
sharing one stream took 85 s). `install()` swaps these decoders in
pdfminer.pdftypes for capped ones and charges every interpreted content stream
to a per-document budget; past a cap, `TooLarge` is raised and the reader
reports it (RL907/RL908) instead of hanging or exhausting memory.

The swap is done once, on pdfminer's module attributes (pdftypes' `zlib`,
`decompress_corrupted`, `lzwdecode`, `rldecode`, and the interpreter's
`execute`); tests/test_office_limits.py fails if pdfminer stops using them.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from io import BytesIO
from typing import Any

MAX_STREAM = 64 * 1024 * 1024  # what one stream may unpack to
MAX_DECODED = 256 * 1024 * 1024  # what all the streams of a document may unpack to
MAX_INTERPRETED = 1024 * 1024  # content bytes interpreted for a document, counted each time a stream is drawn
# (pdfminer parses ~100 KB of content a second; a report page has ~25 KB)
# pdfminer spends ~0.1 ms on each character it lays out: these bound a page and a document in time.
MAX_PAGE_CHARS = 10_000  # a dense A4 page of 9 pt text has ~3,000
MAX_PAGE_PATHS = 10_000  # segments of lines and shapes (table rules): ~1,000 on a page of tables
MAX_DOC_OBJECTS = 30_000  # characters, paths and images of all pages read (a report page: ~750)


class TooLarge(Exception):
    """A PDF past one of the caps. `scope`: "stream" (one stream), "page" or "document"."""

    def __init__(self, scope: str, en: str, zh: str) -> None:
        super().__init__(en)
        self.scope, self.en, self.zh = scope, en, zh

    @classmethod
    def of(cls, scope: str, key: str, **args: object) -> TooLarge:
        """Worded by the message catalogue (reportlint.messages, pdf.*)."""
        from reportlint.i18n import say

        return cls(scope, say(key, "en", **args), say(key, "zh", **args))


def _stream_too_large() -> TooLarge:
    mb = MAX_STREAM // (1024 * 1024)
    return TooLarge.of("stream", "pdf.stream", mb=mb)


class _Budget(threading.local):
    decoded: int = 0
    interpreted: int = 0
    objects: int = 0
    page_chars: int = 0
    page_paths: int = 0
    active: bool = False


_BUDGET = _Budget()


@contextmanager
def budget() -> Iterator[None]:
    """Count decoding and interpretation against the caps for one document (per thread)."""
    _BUDGET.decoded = _BUDGET.interpreted = _BUDGET.objects = 0
    _BUDGET.active = True
    try:
        yield
    finally:
        _BUDGET.active = False


def new_page() -> None:
    _BUDGET.page_chars = _BUDGET.page_paths = 0


def _decoded(n: int) -> None:
    if n > MAX_STREAM:
        raise _stream_too_large()
    if _BUDGET.active:
        _BUDGET.decoded += n
        if _BUDGET.decoded > MAX_DECODED:
            mb = MAX_DECODED // (1024 * 1024)
            raise TooLarge.of("document", "pdf.streams", mb=mb)


def _drawn(chars: int = 0, paths: int = 0) -> None:
    if not _BUDGET.active:
        return
    _BUDGET.page_chars += chars
    _BUDGET.page_paths += paths
    _BUDGET.objects += 1
    if _BUDGET.page_chars > MAX_PAGE_CHARS:
        raise TooLarge.of("page", "pdf.page_chars", limit=MAX_PAGE_CHARS)
    if _BUDGET.page_paths > MAX_PAGE_PATHS:
        raise TooLarge.of("page", "pdf.page_paths", limit=MAX_PAGE_PATHS)
    if _BUDGET.objects > MAX_DOC_OBJECTS:
        raise TooLarge.of("document", "pdf.objects", limit=MAX_DOC_OBJECTS)


class _Decompressor:
    """zlib.decompressobj whose total output is capped."""

    def __init__(self) -> None:
        self._d = zlib.decompressobj()
        self.size = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._d.decompress(data, MAX_STREAM + 1 - self.size)
        self.size += len(out)
        if self.size > MAX_STREAM or self._d.unconsumed_tail:
            raise _stream_too_large()
        return out

    def flush(self, *args: int) -> bytes:
        return self._d.flush(*args)

    @property
    def eof(self) -> bool:
        return self._d.eof


class _Zlib:
    """The part of the zlib module pdfminer.pdftypes uses, with capped output."""

    error = zlib.error

    @staticmethod
    def decompressobj(*args: object) -> _Decompressor:
        return _Decompressor()

    @staticmethod
    def decompress(data: bytes) -> bytes:
        d = _Decompressor()
        out = d.decompress(data)
        if not d.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        _decoded(len(out))
        return out


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's reader of a stream with a bad checksum, in linear time and capped."""
    d = _Decompressor()
    parts: list[bytes] = []
    for i in range(len(data)):
        try:
            parts.append(d.decompress(data[i : i + 1]))
        except zlib.error:
            if i < len(data) - 3:
                raise
            break
    out = b"".join(parts)
    _decoded(len(out))
    return out


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    parts: list[bytes] = []
    size = 0
    for chunk in LZWDecoder(BytesIO(data)).run():
        size += len(chunk)
        if size > MAX_STREAM:
            raise _stream_too_large()
        parts.append(chunk)
    out = b"".join(parts)
    _decoded(len(out))
    return out


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 1.7, 7.4.5), capped."""
    out = bytearray()
    i = 0
    while i < len(data):
        length = data[i]
        if length == 128:
            break
        if length < 128:
            out += data[i + 1 : i + 2 + length]
            i += 2 + length
        else:
            out += data[i + 1 : i + 2] * (257 - length)
            i += 2
        if len(out) > MAX_STREAM:
            raise _stream_too_large()
    _decoded(len(out))
    return bytes(out)


_INSTALLED = False
_LOCK = threading.Lock()


def install() -> None:
    """Swap pdfminer's decoders for the capped ones and meter its interpreter (once per process)."""
    global _INSTALLED
    with _LOCK:
        if _INSTALLED:
            return
        from pdfminer import pdfinterp, pdftypes

        patches = {"zlib": _Zlib(), "decompress_corrupted": _decompress_corrupted, "lzwdecode": _lzwdecode,
                   "rldecode": _rldecode}
        for name, patch in patches.items():  # pdfminer's module globals, replaced at run time
            setattr(pdftypes, name, patch)
        execute = pdfinterp.PDFPageInterpreter.execute

        def metered(self: pdfinterp.PDFPageInterpreter, streams: Sequence[object]) -> None:
            _interpreted(streams)
            execute(self, streams)

        _replace_method(pdfinterp.PDFPageInterpreter, "execute", metered)
        _meter_device()
        _INSTALLED = True


def _meter_device() -> None:
    """Count what the layout device receives: characters, paths, images."""
    from pdfminer.converter import PDFLayoutAnalyzer

    render_char, paint_path, render_image = (PDFLayoutAnalyzer.render_char, PDFLayoutAnalyzer.paint_path,
                                             PDFLayoutAnalyzer.render_image)

    # the wrappers pass pdfminer's own arguments through, whatever they are
    def char(self: PDFLayoutAnalyzer, *args: Any, **kwargs: Any) -> float:
        _drawn(chars=1)
        return render_char(self, *args, **kwargs)

    def path(self: PDFLayoutAnalyzer, *args: Any, **kwargs: Any) -> None:
        segments = args[4] if len(args) > 4 else kwargs.get("path", ())
        _drawn(paths=max(1, len(segments)))  # each segment becomes an object (a table rule) in pdfplumber
        paint_path(self, *args, **kwargs)

    def image(self: PDFLayoutAnalyzer, *args: Any, **kwargs: Any) -> None:
        _drawn()
        render_image(self, *args, **kwargs)

    for name, method in (("render_char", char), ("paint_path", path), ("render_image", image)):
        _replace_method(PDFLayoutAnalyzer, name, method)


def _replace_method(cls: type, name: str, method: Callable[..., object]) -> None:
    """Monkey-patch a method of pdfminer's (a type checker rightly refuses plain assignment)."""
    setattr(cls, name, method)


def _interpreted(streams: object) -> None:
    if not _BUDGET.active:
        return
    from pdfminer.pdftypes import PDFStream, resolve1

    for obj in streams if isinstance(streams, list | tuple) else [streams]:
        stream = resolve1(obj)
        if isinstance(stream, PDFStream):
            _BUDGET.interpreted += len(stream.get_data())
    if _BUDGET.interpreted > MAX_INTERPRETED:
        mb = MAX_INTERPRETED // (1024 * 1024)
        raise TooLarge.of("document", "pdf.interpreted", mb=mb)
