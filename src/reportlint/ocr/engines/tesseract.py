"""Tesseract through its command-line binary (Debian: tesseract-ocr, tesseract-ocr-chi-sim).

Many small crops cost tesseract more in start-up and layout analysis than in recognition, so
the lines of one pass are stacked into one tall image ("montage"), one line per band with
white space between, and read in one call; each word returns to its line by its y position.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from reportlint.ocr.budget import Deadline
from reportlint.ocr.engines import EngineUnavailable, Mode, Reading
from reportlint.ocr.image import otsu

Word = tuple[int, float, str, float]  # left, y of the centre, text, confidence 0..100
# Each look (variant): the height a line is scaled to, whether that is the table's text-line
# height (em) or the line image's own (for looks at small digits), and how it is binarised: ""
# not at all, "otsu" at Otsu's level, "stroke" blurred a little first and cut at 55 % of the
# ink-paper range (strokes of upscaled tiny digits come out whole). Digits read best around 36 px
# a line; looks 4-6 are for small digits the first four did not read.
LOOKS = {Mode.DIGITS: ((36, "em", ""), (60, "em", "otsu"), (30, "em", ""), (48, "em", "otsu"),
                       (40, "own", "stroke"), (20, "own", ""), (32, "own", "otsu")),
         Mode.TEXT: ((40, "em", ""), (52, "em", "otsu"), (34, "em", ""), (60, "em", "otsu"))}
GAP = 0.7  # white space between stacked lines, in line heights
MAX_MONTAGE = 30_000  # pixels tall per call (tesseract's own limit is 32k)
WHITELIST = "0123456789.-"


@lru_cache(maxsize=1)
def _binary() -> tuple[str, frozenset[str]]:
    exe = shutil.which("tesseract")
    if exe is None:
        raise EngineUnavailable("tesseract is not installed (Debian/Ubuntu: apt-get install tesseract-ocr "
                                "tesseract-ocr-chi-sim)")
    run = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    langs = frozenset(line.strip() for line in run.stdout.splitlines()[1:] if line.strip())
    if "chi_sim" not in langs:
        raise EngineUnavailable("tesseract has no Simplified Chinese data (apt-get install tesseract-ocr-chi-sim)")
    return exe, langs


class Tesseract:
    name = "tesseract"

    def __init__(self) -> None:
        self.exe, self.langs = _binary()

    def read(self, lines: Sequence[np.ndarray], mode: Mode, deadline: Deadline, variant: int = 0,
             em: float | None = None) -> list[Reading | None]:
        height, basis, binarise = LOOKS[mode][variant % len(LOOKS[mode])]
        scaled = [_scale(line, height / (em if em and basis == "em" else line.shape[0]), binarise) for line in lines]
        out: list[Reading | None] = []
        for chunk in _chunks(scaled, height):
            if deadline.expired():
                out += [None] * len(chunk)
                continue
            out += self._montage(chunk, height, mode, deadline)
        return out

    def _montage(self, chunk: list[Image.Image], height: int, mode: Mode, deadline: Deadline) -> list[Reading | None]:
        gap = int(height * GAP)
        width = max(im.width for im in chunk) + 2 * gap
        sheet = Image.new("L", (width, sum(im.height + gap for im in chunk) + gap), 255)
        bands, y = [], gap
        for im in chunk:
            sheet.paste(im, (gap, y))
            bands.append((y - gap / 2, y + im.height + gap / 2))
            y += im.height + gap
        args = ["-l", "chi_sim", "--psm", "6"]
        if mode is Mode.DIGITS:
            args = ["-l", "eng" if "eng" in self.langs else "chi_sim", "--psm", "6",
                    "-c", f"tessedit_char_whitelist={WHITELIST}"]
        words = self._run(sheet, args, deadline)
        if words is None:
            return [None] * len(chunk)
        found: list[list[tuple[int, str, float]]] = [[] for _ in chunk]
        for x, cy, text, conf in words:
            k = next((i for i, (a, b) in enumerate(bands) if a <= cy < b), None)
            if k is not None:
                found[k].append((x, text, conf))
        out = [_join(sorted(ws)) for ws in found]
        # Page segmentation drops a lone small glyph (a single 0) now and then: read those lines
        # one by one as single lines; then, for any still empty, without the whitelist, which
        # itself makes tesseract reject a clear 0 now and then (whatever comes out must still
        # read as a number to count).
        for single in ([*args[:3], "7", *args[4:]], [*args[:3], "7"]):
            missed = [i for i, r in enumerate(out) if r is None]
            if not missed or deadline.expired():
                break
            for i, r in zip(missed, self._singles([chunk[i] for i in missed], single, gap, deadline), strict=True):
                out[i] = r
        return [r or Reading("", 0.0) for r in out]

    def _singles(self, images: list[Image.Image], args: list[str], gap: int,
                 deadline: Deadline) -> list[Reading | None]:
        with tempfile.TemporaryDirectory(prefix="reportlint-ocr-") as tmp:
            paths = []
            for k, im in enumerate(images):
                padded = Image.new("L", (im.width + 2 * gap, im.height + 2 * gap), 255)
                padded.paste(im, (gap, gap))
                paths.append(Path(tmp) / f"{k}.png")
                padded.save(paths[-1])
            listing = Path(tmp) / "list.txt"
            listing.write_text("\n".join(map(str, paths)) + "\n", encoding="utf-8")
            try:
                run = subprocess.run([self.exe, str(listing), "stdout", *args, "tsv"], capture_output=True,
                                     text=True, timeout=max(deadline.left(), 0.1), env=_env())
            except subprocess.TimeoutExpired:
                return [None] * len(images)
        found: list[list[tuple[int, str, float]]] = [[] for _ in images]
        for row in run.stdout.splitlines()[1:]:
            f = row.split("\t")
            if len(f) == 12 and f[0] == "5" and f[11].strip() and 0 < int(f[1]) <= len(images):
                found[int(f[1]) - 1].append((int(f[6]), f[11].strip(), float(f[10])))
        return [_join(sorted(ws)) for ws in found]

    def _run(self, sheet: Image.Image, args: list[str], deadline: Deadline) -> list[Word] | None:
        with tempfile.TemporaryDirectory(prefix="reportlint-ocr-") as tmp:
            path = Path(tmp) / "sheet.png"
            sheet.save(path)
            try:
                run = subprocess.run([self.exe, str(path), "stdout", *args, "tsv"], capture_output=True,
                                     text=True, timeout=max(deadline.left(), 0.1), env=_env())
            except subprocess.TimeoutExpired:
                return None
        if run.returncode != 0:
            return None
        return list(_tsv_words(run.stdout))

    def page(self, gray: np.ndarray, deadline: Deadline) -> list[tuple[str, tuple[int, int, int, int], float]]:
        with tempfile.TemporaryDirectory(prefix="reportlint-ocr-") as tmp:
            path = Path(tmp) / "page.png"
            Image.fromarray(gray).save(path)
            try:
                run = subprocess.run([self.exe, str(path), "stdout", "-l", "chi_sim", "--psm", "4", "tsv"],
                                     capture_output=True, text=True, timeout=max(deadline.left(), 0.1), env=_env())
            except subprocess.TimeoutExpired:
                return []
        lines: dict[tuple[str, str, str], list[list[str]]] = {}
        for row in run.stdout.splitlines()[1:]:
            f = row.split("\t")
            if len(f) == 12 and f[0] == "5" and f[11].strip():
                lines.setdefault((f[2], f[3], f[4]), []).append(f)
        out = []
        for ws in lines.values():
            x0 = min(int(w[6]) for w in ws)
            x1 = max(int(w[6]) + int(w[8]) for w in ws)
            top = min(int(w[7]) for w in ws)
            bottom = max(int(w[7]) + int(w[9]) for w in ws)
            reading = _join([(int(w[6]), w[11], float(w[10])) for w in ws])
            assert reading is not None  # (a line has words)
            out.append((reading.text, (x0, x1, top, bottom), reading.confidence))
        return sorted(out, key=lambda line: (line[1][2], line[1][0]))


def _env() -> dict[str, str]:
    # One thread per call: on small images tesseract's OpenMP threads cost more than they save,
    # and the passes of a table already run side by side.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _tsv_words(tsv: str) -> Iterator[tuple[int, float, str, float]]:
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) == 12 and f[0] == "5" and f[11].strip():
            left, top, h = int(f[6]), int(f[7]), int(f[9])
            yield left, top + h / 2, f[11].strip(), float(f[10])


def _join(words: list[tuple[int, str, float]]) -> Reading | None:
    if not words:
        return None
    text = ""
    for _, w, _ in words:
        if text and not (_cjk(text[-1]) or _cjk(w[0])):
            text += " "
        text += w
    return Reading(text, max(0.0, min(c for _, _, c in words)) / 100)


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _scale(line: np.ndarray, factor: float, binarise: str) -> Image.Image:
    """The line scaled so that text of the table's line height comes out `factor` times taller,
    then binarised as the look asks."""
    im = Image.fromarray(line)
    factor = min(factor, 8.0)
    im = im.resize((max(1, round(im.width * factor)), max(1, round(im.height * factor))), Image.Resampling.LANCZOS)
    level: float
    if binarise == "otsu":
        level = otsu(line)
        im = im.point(lambda v: 255 if v > level else 0)
    elif binarise == "stroke":
        im = im.filter(ImageFilter.GaussianBlur(factor / 3))
        lo, hi = int(line.min()), int(line.max())
        level = lo + 0.55 * (hi - lo)
        im = im.point(lambda v: 255 if v > level else 0)
    return im


def _chunks(images: list[Image.Image], height: int) -> list[list[Image.Image]]:
    per = max(1, MAX_MONTAGE // int(height * (1 + GAP) + 1))
    return [images[i : i + per] for i in range(0, len(images), per)]
