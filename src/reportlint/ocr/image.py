"""Opening an image safely and turning it into a grey array and an ink mask."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image

from reportlint.ocr.budget import Budget, ImageRejected

Source = str | Path | bytes | Image.Image | np.ndarray


def load_gray(source: Source, budget: Budget) -> np.ndarray:
    """The image as uint8 grey levels, refused (ImageRejected) past the budget's pixel caps."""
    if isinstance(source, np.ndarray):
        arr = source if source.ndim == 2 else np.asarray(Image.fromarray(source).convert("L"))
        _check_size(arr.shape[1], arr.shape[0], budget)
        return arr.astype(np.uint8, copy=False)
    if isinstance(source, Image.Image):
        _check_size(*source.size, budget)
        return np.asarray(_flatten(source))
    raw = io.BytesIO(source) if isinstance(source, bytes) else source
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(raw)  # reads the header only
            _check_size(*im.size, budget)
            im.load()
        except ImageRejected:
            raise
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            raise ImageRejected(f"image over the cap of Pillow's decompression-bomb check: {exc}") from None
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageRejected(f"not a readable image: {exc}") from None
    return np.asarray(_flatten(im))


def _check_size(width: int, height: int, budget: Budget) -> None:
    if width * height > budget.max_pixels or max(width, height) > budget.max_side:
        raise ImageRejected(f"image of {width}×{height} pixels is over the cap of "
                            f"{budget.max_pixels:,} pixels / {budget.max_side} a side")
    if width < 8 or height < 8:
        raise ImageRejected(f"image of {width}×{height} pixels is too small to hold a table")


def _flatten(im: Image.Image) -> Image.Image:
    """Grey levels, with any transparency composed onto white (screenshots are often RGBA)."""
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA")
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(white, im)
    return im.convert("L")


def otsu(gray: np.ndarray) -> int:
    """The grey level that best separates ink from paper (Otsu's method)."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (m0[-1] * w0 - m0 * total) ** 2 / (w0 * w1)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between))


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """True where there is ink: darker than Otsu's level, and never the paper of a blank image."""
    level = otsu(gray)
    if gray.min() > 200 or int(gray.max()) - int(gray.min()) < 40:
        return np.zeros(gray.shape, dtype=bool)  # no contrast: nothing printed
    return gray <= min(level, 200)


FAINT_LINE = 20  # a rule may be this little darker than the paper (light grey borders)


def line_mask(gray: np.ndarray) -> np.ndarray:
    """True where a faint ruling line may be: darker than the paper by FAINT_LINE grey levels (only
    long straight runs of it count as rules)."""
    paper = int(np.percentile(gray, 90))
    if paper - int(gray.min()) < 40:
        return np.zeros(gray.shape, dtype=bool)
    return gray <= paper - FAINT_LINE
