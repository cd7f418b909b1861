"""OCR engines behind one small interface: read text-line images, in a mode, within a deadline.

`tesseract` (the default) runs the OS package's binary; `rapidocr` runs RapidOCR's ONNX models
when the `rapidocr-onnxruntime` package is installed. Grid finding, cropping and the decision of
what counts as read are ours, the same for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np

from reportlint.ocr.budget import Deadline


class Mode(StrEnum):
    DIGITS = "digits"  # only 0-9 . - may come out
    TEXT = "text"  # Chinese labels and headers


@dataclass(frozen=True)
class Reading:
    """The text an engine read from one line image, and how sure it was."""

    text: str
    confidence: float  # 0..1, the least sure part of the line
    look: int = 0  # which look (variant) read it


class EngineUnavailable(RuntimeError):
    """The engine is not installed here: the message says what to install."""


class Engine(Protocol):
    name: str

    def read(self, lines: Sequence[np.ndarray], mode: Mode, deadline: Deadline, variant: int = 0,
             em: float | None = None) -> list[Reading | None]:
        """One reading per line image (grey, tight around the ink), None for a line not read
        before the deadline. `em` is the table's text-line height in pixels (the engine scales
        from it); `variant` asks for another look (other scale, other binarisation)."""
        ...

    def page(self, gray: np.ndarray, deadline: Deadline) -> list[tuple[str, tuple[int, int, int, int], float]]:
        """Text lines of a whole page: (text, (x0, x1, top, bottom), confidence)."""
        ...


def get_engine(name: str | None = None) -> Engine:
    """The engine by name ("tesseract", "rapidocr"); the default is tesseract."""
    name = (name or "tesseract").lower()
    if name == "tesseract":
        from reportlint.ocr.engines.tesseract import Tesseract

        return Tesseract()
    if name in ("rapidocr", "rapid"):
        from reportlint.ocr.engines.rapid import Rapid

        return Rapid()
    raise EngineUnavailable(f"unknown OCR engine {name!r} (tesseract, rapidocr)")
