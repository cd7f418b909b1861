"""Limits on what OCR may cost: pixels per image, seconds per table and per document."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """What OCR may spend: the size of an image, the seconds for a table, a page and a document."""

    max_pixels: int = 40_000_000  # a 300-dpi A3 scan is 17 MP; more is a bomb or a mistake
    max_side: int = 20_000
    table_seconds: float = 30.0
    page_seconds: float = 20.0
    document_seconds: float = 300.0


class ImageRejected(ValueError):
    """An image OCR will not open (too large, not an image): the message is one line for the user."""


class Deadline:
    """A point in time shared by the steps of one table, page or document."""

    def __init__(self, seconds: float, parent: Deadline | None = None) -> None:
        end = time.monotonic() + seconds
        self.end: float = min(end, parent.end) if parent else end

    def left(self) -> float:
        return self.end - time.monotonic()

    def expired(self) -> bool:
        return self.left() <= 0
