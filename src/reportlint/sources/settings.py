"""How inputs are fetched and their images read: the settings alone, without the fetching and OCR code.

The CLI builds these for every run; the modules that use them (sources.fetch, sources.images)
are imported only when an input is a URL or holds images.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlint.resources import cache_home

DEFAULT_MAX_BYTES = 20 * 1024 * 1024



@dataclass(frozen=True)
class FetchOptions:
    """How a URL is fetched: timeouts, retries, redirects, size, TLS, the cache, which addresses."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 120.0  # seconds for one URL in all: redirects, retries and their waits included
    retries: int = 3
    backoff: float = 0.5  # seconds; doubled after each retry
    max_redirects: int = 5
    max_bytes: int = DEFAULT_MAX_BYTES
    verify_tls: bool = True
    cache_dir: Path | None = None  # None: no cache
    allow_private: bool | None = None  # private addresses: None = only when the URL asked for is on one
    images: bool = False  # an image is returned as bytes (a page's <img>, for OCR), not refused as no page


def default_cache_dir() -> Path:
    return cache_home("http")


@dataclass(frozen=True)
class OcrSettings:
    """How an input's images are read (the CLI's --ocr, --ocr-time, --ocr-engine)."""

    enabled: bool = True
    engine: str | None = None  # None: the default engine (tesseract)
    table_seconds: float = 10.0  # one table image or one scanned page
    document_seconds: float = 120.0  # all the images of one input
    progress: Callable[[str], None] | None = None  # told of each scanned page on long scans
