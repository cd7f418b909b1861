"""Write digits.npz: the shapes of 0-9 . - in a few open fonts, for the digit-shape look (glyphs.py).

    python src/reportlint/ocr/fonts/build.py      (needs the fonts below and Pillow with FreeType)

Each character is drawn once, large (EM pixels to the em), as ink coverage 0..255 with the pen at
column PAD and the baseline at row BASE, with its advance width; glyphs.py shrinks them to the size
of the digits in a table image. The fonts are the open ones screenshots of tables show on Linux
and their metric twins on Windows: Liberation Serif (Times New Roman), Liberation Sans (Arial),
DejaVu Sans and Serif, Noto Sans and Serif CJK (Source Han: the digits of Chinese UI fonts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

CHARS = "0123456789.-"
EM = 96
PAD = 48  # pixels of white around the pen box, so shrinking never reads outside the drawing
BASE = PAD + EM  # the baseline row (ascent at most one em)
FONTS = {  # name: (file, face index in a collection)
    "liberation-serif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", 0),
    "liberation-sans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 0),
    "dejavu-sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "dejavu-serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 0),
    "noto-sans-cjk": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "noto-serif-cjk": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
}


def draw(path: str, index: int) -> tuple[np.ndarray, np.ndarray]:
    font = ImageFont.truetype(path, EM, index=index)
    advances = np.array([font.getlength(ch) for ch in CHARS], dtype=np.float32)
    width = int(PAD + advances.max() + PAD)
    shapes = np.zeros((len(CHARS), BASE + EM // 2 + PAD, width), dtype=np.uint8)
    for k, ch in enumerate(CHARS):
        im = Image.new("L", (width, shapes.shape[1]), 0)
        ImageDraw.Draw(im).text((PAD, BASE), ch, fill=255, font=font, anchor="ls")
        shapes[k] = np.asarray(im)
    return shapes, advances


def main() -> None:
    out: dict[str, Any] = {}  # arrays by name (numpy's stubs would take any keyword for allow_pickle)
    for name, (path, index) in FONTS.items():
        shapes, advances = draw(path, index)
        out[f"{name}:shapes"] = shapes
        out[f"{name}:advances"] = advances
    dest = Path(__file__).with_name("digits.npz")
    np.savez_compressed(dest, chars=np.array(list(CHARS)), em=EM, pad=PAD, base=BASE, **out)
    print("wrote", dest, dest.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
