"""RapidOCR (PaddleOCR's PP-OCRv4 models on ONNX Runtime, inside the `rapidocr-onnxruntime` wheel).

Only its recogniser is used on our line crops (the grid and the lines are ours); it has no
character whitelist, so a digit look is simply whatever it reads, and what counts as a number
is decided by the same rules as for tesseract.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

from reportlint.ocr.budget import Deadline
from reportlint.ocr.engines import EngineUnavailable, Mode, Reading
from reportlint.ocr.image import otsu

BATCH = 24  # lines per recogniser call; the deadline is checked between calls


@lru_cache(maxsize=1)
def _model() -> Any:  # rapidocr has no type annotations
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        raise EngineUnavailable("RapidOCR is not installed (pip install rapidocr-onnxruntime)") from None
    return RapidOCR(intra_op_num_threads=2, inter_op_num_threads=1)


class Rapid:
    name = "rapidocr"

    def __init__(self) -> None:
        self.model = _model()

    def read(self, lines: Sequence[np.ndarray], mode: Mode, deadline: Deadline, variant: int = 0,
             em: float | None = None) -> list[Reading | None]:
        del mode, em  # the recogniser scales every line to its own height
        prepared = [_prepare(line, variant) for line in lines]
        out: list[Reading | None] = []
        for start in range(0, len(prepared), BATCH):
            if deadline.expired():
                out += [None] * len(prepared[start : start + BATCH])
                continue
            results, _ = self.model.text_rec(prepared[start : start + BATCH])
            out += [Reading(str(text).strip(), float(score)) for text, score in results]
        return out

    def page(self, gray: np.ndarray, deadline: Deadline) -> list[tuple[str, tuple[int, int, int, int], float]]:
        if deadline.expired():
            return []
        result, _ = self.model(np.stack([gray] * 3, axis=-1))
        out = []
        for box, text, score in result or []:
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            out.append((str(text), (int(min(xs)), int(max(xs)), int(min(ys)), int(max(ys))), float(score)))
        return sorted(out, key=lambda line: (line[1][2], line[1][0]))


def _prepare(line: np.ndarray, variant: int) -> np.ndarray:
    """A line as the recogniser wants it (RGB, some white around); other looks binarise it
    and scale it up first, so that two looks are not the same computation twice."""
    im = Image.fromarray(line)
    if variant % 2 == 1:
        level = otsu(line)
        im = im.resize((im.width * 2, im.height * 2), Image.Resampling.LANCZOS).point(lambda v: 255 if v > level else 0)
    pad = max(4, int(im.height * (0.4 if variant < 2 else 0.8)))
    canvas = Image.new("L", (im.width + 2 * pad, im.height + 2 * pad), 255)
    canvas.paste(im, (pad, pad))
    return np.asarray(canvas.convert("RGB"))
