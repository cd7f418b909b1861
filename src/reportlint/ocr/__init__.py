"""OCR of tables published as images, and of scanned pages (optional extra: `reportlint[ocr]`).

    from reportlint.ocr import read_table, read_page
    table = read_table("t3.jpg")          # OcrTable: grid, cells (number / text / blank / unread)
    table.words()                          # positioned words for the word-position grid reader
    reader = TableReader("t3.jpg")         # the same, keeping the prepared image to re-read
    table = reader.read(); table = reader.reread(table, [(5, 3)])
    page = read_page("page-3.png")         # OcrPage: prose lines with boxes, and the tables found

A number is in a cell only when it was read with certainty (two looks agree, confident, as many
characters as glyphs); everything else with ink is a label or unread with a note. Engines:
tesseract (default, OS package) or RapidOCR (`rapidocr-onnxruntime`). Heavy imports (numpy,
Pillow) happen only when these functions are first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlint.ocr.budget import Budget, Deadline, ImageRejected
from reportlint.ocr.result import Kind, OcrCell, OcrLine, OcrPage, OcrTable, OcrWord

if TYPE_CHECKING:
    from reportlint.ocr.engines import EngineUnavailable
    from reportlint.ocr.page import read_page
    from reportlint.ocr.table import TableReader, read_table

__all__ = ["Budget", "Deadline", "EngineUnavailable", "ImageRejected", "Kind", "OcrCell", "OcrLine", "OcrPage",
           "OcrTable", "OcrWord", "TableReader", "available", "read_page", "read_table"]

_LAZY = {"read_table": "table", "TableReader": "table", "read_page": "page", "EngineUnavailable": "engines"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"reportlint.ocr.{_LAZY[name]}"), name)
    raise AttributeError(name)


def available(engine: str | None = None) -> str | None:
    """None when OCR can run here with that engine, else what is missing (one line, for a hint)."""
    try:
        import numpy  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        return "OCR needs the ocr extra: pip install 'reportlint[ocr]'"
    from reportlint.ocr.engines import EngineUnavailable, get_engine

    try:
        get_engine(engine)
    except EngineUnavailable as exc:
        return str(exc)
    return None
