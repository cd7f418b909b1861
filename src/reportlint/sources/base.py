"""Loading an input (file, stdin) into text with its metadata."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlint.hashes import sha256
from reportlint.i18n import both
from reportlint.model import InputProblem, SourceInfo
from reportlint.sources.decode import declared_html_encoding, decode
from reportlint.sources.formats import BINARY_KINDS, by_suffix
from reportlint.sources.settings import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from reportlint.sources.settings import FetchOptions



@dataclass(frozen=True)
class Loaded:
    """An input loaded: what it is, its text (or its bytes, for a binary format), problems met."""

    info: SourceInfo
    text: str | None  # None when the input could not be read as text
    problems: tuple[InputProblem, ...] = ()
    raw: bytes = field(default=b"", repr=False)


def load(spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
         fetch_options: FetchOptions | None = None) -> Loaded:
    """Read `spec` (a path, a URL or "-") into text. Never raises for bad input: problems are recorded."""
    if is_url(spec):
        from dataclasses import replace

        from reportlint.sources.fetch import FetchOptions, fetch

        return fetch(spec, replace(fetch_options or FetchOptions(), max_bytes=max_bytes))
    if spec == "-":
        stream = stdin or sys.stdin.buffer
        return from_bytes("-", stream.read(max_bytes + 1), kind="text", max_bytes=max_bytes)
    path = Path(spec)
    kind = kind_of(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        info = SourceInfo(name=spec, kind=kind)
        return _unreadable(info, both("reason.file_unreadable", reason=reason))
    return from_bytes(spec, data, kind=kind, max_bytes=max_bytes)


def is_url(spec: str) -> bool:
    """Whether an input names a URL (any scheme: the fetcher refuses all but http and https)."""
    return "://" in spec[:12]


def kind_of(path: Path) -> str:
    return by_suffix(path)


def from_bytes(name: str, data: bytes, *, kind: str, max_bytes: int = DEFAULT_MAX_BYTES,
               declared: str | None = None, url: str | None = None) -> Loaded:
    info = SourceInfo(name=name, kind=kind, sha256=sha256(data).hexdigest(), url=url)
    if len(data) > max_bytes:
        mb = max_bytes / (1024 * 1024)
        return _unreadable(info, both("reason.too_large", mb=mb))
    if kind in BINARY_KINDS:
        return Loaded(info, "", raw=data)  # rendered to text by the parser (reportlint.parse.office)
    if kind == "html" and declared is None:
        declared = declared_html_encoding(data)
    decoded = decode(data, declared)
    if decoded.text is None:
        return _unreadable(info, both(decoded.reason))
    info = SourceInfo(name=name, kind=kind, encoding=decoded.encoding, sha256=info.sha256, url=url)
    return Loaded(info, decoded.text, raw=data)


def _unreadable(info: SourceInfo, reason: dict[str, str]) -> Loaded:
    return Loaded(info, None, (InputProblem("RL901", {"reason": reason}, None),))
