"""The truth of our rendered table images (fixtures/ocr/*.json) and how a reading scores against it.

Each truth cell is a box in the image's pixels and the text it shows. A reading's cells are
matched to it by position (the centre of a read box inside the truth box), so the score does
not depend on how the grid was numbered: every number cell is right, unread or wrong.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from PIL import Image, ImageFilter

from reportlint.ocr.result import Kind, OcrCell, OcrTable
from reportlint.parse.normalize import label_key

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ocr"
NUMBER = re.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class Truth:
    name: str
    size: tuple[int, int]
    ruled: bool
    cells: tuple[tuple[tuple[float, float, float, float], str], ...]
    root: Path = FIXTURES

    def scaled(self, s: float) -> Truth:
        cells = tuple(((x0 * s, y0 * s, x1 * s, y1 * s), text) for (x0, y0, x1, y1), text in self.cells)
        return Truth(self.name, (round(self.size[0] * s), round(self.size[1] * s)), self.ruled, cells, self.root)


def truths() -> list[Truth]:
    return [load(p.stem) for p in sorted(FIXTURES.glob("*.json"))]


def load(name: str, root: Path = FIXTURES) -> Truth:
    spec = json.loads((root / f"{name}.json").read_text(encoding="utf-8"))
    return Truth(name, tuple(spec["size"]), spec["ruled"],
                 tuple((tuple(c["box"]), c["text"]) for c in spec["cells"]), root)


def image(name: str, scale: float = 1.0, quality: int | None = None, blur: tuple | None = None,
          root: Path = FIXTURES) -> bytes:
    """The fixture image as a portal might publish it: rescaled, saved as JPEG of a quality,
    and optionally one region (x0, y0, x1, y1, radius) blurred."""
    im = Image.open(root / f"{name}.png").convert("L")
    if scale != 1.0:
        im = im.resize((round(im.width * scale), round(im.height * scale)), Image.LANCZOS)
    if blur:
        *box, radius = blur
        box = tuple(round(v) for v in box)
        im.paste(im.crop(box).filter(ImageFilter.GaussianBlur(radius)), box[:2])
    out = io.BytesIO()
    if quality:
        im.save(out, "JPEG", quality=quality)
    else:
        im.save(out, "PNG")
    return out.getvalue()


@dataclass
class Score:
    numbers: int = 0
    right: int = 0
    unread: int = 0
    wrong: list[str] = field(default_factory=list)
    labels: int = 0
    labels_exact: int = 0
    label_similarity: float = 0.0
    blanks: int = 0
    blanks_right: int = 0

    def add(self, other: Score) -> None:
        for k in ("numbers", "right", "unread", "labels", "labels_exact", "label_similarity", "blanks",
                  "blanks_right"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.wrong += other.wrong


def _inside(c: OcrCell, box) -> bool:
    cx, cy = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
    return box[0] <= cx < box[2] and box[1] <= cy < box[3]


def score(table: OcrTable, truth: Truth) -> Score:
    s = Score()
    claimed: set[int] = set()
    for box, text in truth.cells:
        mine = [c for c in table.cells if _inside(c, box)]
        claimed.update(id(c) for c in mine)
        read = [c for c in mine if c.kind in (Kind.NUMBER, Kind.TEXT)]
        numbers = [c for c in mine if c.kind is Kind.NUMBER]
        where = f"{truth.name} cell {text!r} at {tuple(round(v) for v in box)}"
        if NUMBER.fullmatch(text):
            s.numbers += 1
            if len(numbers) == 1 and len(read) == 1 and numbers[0].text == text:
                s.right += 1
            elif numbers or any(NUMBER.fullmatch(c.text) for c in read):
                s.wrong.append(f"{where}: read {[c.text for c in read]}")
            else:
                s.unread += 1
        elif not text:
            s.blanks += 1
            s.blanks_right += not read
            if numbers:
                s.wrong.append(f"{where}: blank read as {[c.text for c in numbers]}")
        else:
            s.labels += 1
            got = label_key("".join(c.text for c in sorted(read, key=lambda c: (c.top, c.x0))))
            want = label_key(text)
            s.labels_exact += got == want
            s.label_similarity += SequenceMatcher(None, got, want, autojunk=False).ratio()
            if numbers and not re.search(r"\d", text):
                s.wrong.append(f"{where}: label read as number {[c.text for c in numbers]}")
    for c in table.cells:  # a number standing in no truth cell (or across two) is a wrong value too
        if c.kind is Kind.NUMBER and id(c) not in claimed:
            s.wrong.append(f"{truth.name}: number {c.text!r} at {(c.x0, c.top)} in no cell")
    return s
