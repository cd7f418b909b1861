"""What a run asks of the engine: the rules selected, the limits, the packs to choose from.

Apart from the engine so that the CLI can build a run's options without importing the engine
(a single input is checked in a forked process, which imports it there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlint.pack import NO_CATALOGUE, Catalogue
from reportlint.sources.settings import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Selection:
    """ruff-style code selection: the longest matching prefix decides; ignore wins a tie."""

    select: tuple[str, ...] = ("RL",)
    ignore: tuple[str, ...] = ()

    def __call__(self, code: str) -> bool:
        sel = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return sel >= 0 and sel > ign


@dataclass(frozen=True)
class Options:
    """What one run asks of the engine: the codes selected, the limits, the packs, fetching and OCR."""

    selection: Selection = field(default_factory=Selection)
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None  # ISO date used when the input carries none
    fetch: Any = None  # sources.fetch.FetchOptions for URLs (None: the defaults)
    packs: Catalogue = NO_CATALOGUE  # packs to choose from by report type and year (the built-in ones)
    severity: tuple[tuple[str, str], ...] = ()  # (code prefix, level) overrides; the longest prefix wins
    debug: bool = False  # keep the traceback of an internal error (as a note of its RL901 finding)
    ocr: Any = None  # sources.images.OcrSettings: how images are read (None: the defaults)
