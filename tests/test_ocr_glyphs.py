"""The digit-shape look (reportlint.ocr.glyphs): numbers drawn from the fonts' own shapes read
back, a glyph between two digits is not sure, the font of a table is recognised, and ink that is
no digit of any font fits none. No OCR engine needed."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy", reason="OCR needs the ocr extra (numpy)")
from reportlint.ocr import glyphs  # noqa: E402
from reportlint.ocr.glyphs import ALPHABET, Q, Region, face, fit_face, fonts, read  # noqa: E402
from reportlint.ocr.table import SHAPE_FIT, SHAPE_MARGIN, SIGN_MARGIN  # noqa: E402

BASE = 11.25  # baseline row of the drawn regions (a quarter-pixel position, as the bank has)


def font(name: str) -> glyphs.Font:
    return next(f for f in fonts() if f.name == name)


def drawn(fc: glyphs.Face, text: str, pen: float = 3.5, width: int | None = None) -> np.ndarray:
    """The number as the face draws it (darkness 0..1), pen starting at `pen`, baseline at BASE."""
    dr = fc.drawn
    gh, gw = dr.box
    w = width or int(pen + len(text) * fc.pitch + 8)
    out = np.zeros((int(BASE) + 5, w), dtype=np.float32)
    for ch in text:
        c = ALPHABET.index(ch)
        qx, qy = round(pen % 1 * Q) % Q, round(BASE % 1 * Q) % Q
        top, left = int(BASE) - dr.oy, int(pen) - dr.ox
        g = dr.bank[c, qy, qx].reshape(gh, gw)
        y0, x0 = max(top, 0), max(left, 0)
        y1, x1 = min(top + gh, out.shape[0]), min(left + gw, out.shape[1])
        out[y0:y1, x0:x1] += g[y0 - top : y1 - top, x0 - left : x1 - left]
        pen += fc.steps[c] / Q
    return np.clip(out, 0, 1)


def region(ink: np.ndarray) -> Region:
    return Region(ink, (BASE - 1.5, BASE + 1.0))


def test_the_fonts_hold_every_digit_and_the_point():
    names = {f.name for f in fonts()}
    assert names == {"dejavu-sans", "dejavu-serif", "liberation-sans", "liberation-serif", "noto-sans-cjk",
                     "noto-serif-cjk"}
    for f in fonts():
        assert f.shapes.shape[0] == len(ALPHABET) == 12  # 0-9 . -
        assert 0.6 < f.digit_height < 0.8  # lining figures, about three quarters of the em
        # tabular figures (one advance for every digit), but for Noto Serif CJK's narrower 1
        assert len(set(f.advances[:10])) == 1 or (f.name == "noto-serif-cjk" and f.advances[1] < f.advances[0])


@pytest.mark.parametrize(("name", "size"), [("liberation-serif", 10.5), ("noto-sans-cjk", 9.0), ("dejavu-sans", 14.0),
                                            ("noto-serif-cjk", 10.0)])  # proportional digits: the other way
@pytest.mark.parametrize("text", ["0", "1", "11", "218", "4529", "12.85", "18651.06", "-1", "-36"])
def test_a_drawn_number_reads_back_sure(name, size, text):
    fc = face(font(name), size)
    got = read(drawn(fc, text), fc, (BASE - 1.5, BASE + 1.0))
    assert got.text == text
    assert got.fit > 0.95 and got.margin >= SHAPE_MARGIN and got.sign >= SIGN_MARGIN


@pytest.mark.parametrize(("a", "b"), [("3", "8"), ("0", "6"), ("1", "7")])
def test_a_glyph_between_two_digits_is_not_sure(a, b):
    fc = face(font("liberation-serif"), 10.5)
    blend = (drawn(fc, f"2{a}") + drawn(fc, f"2{b}")) / 2
    got = read(blend, fc, (BASE - 1.5, BASE + 1.0))
    assert got.margin < SHAPE_MARGIN or got.fit < SHAPE_FIT


def test_the_table_font_size_and_pitch_are_recognised():
    fc = face(font("liberation-serif"), 11.0, pitch=6.0)  # the advance rounded to whole pixels
    cells = [region(drawn(fc, t)) for t in ["217", "1", "0", "218", "71", "29", "4", "32", "75", "1100"]]
    fitted = fit_face(cells)
    assert fitted is not None
    got, quality = fitted
    assert got.font.name == "liberation-serif" and abs(got.size - 11.0) < 0.6 and abs(got.pitch - 6.0) <= 0.25
    assert quality > 0.95


def test_ink_that_is_no_digit_fits_no_font():
    rng = np.random.default_rng(7)
    blobs = [region((rng.random((16, 30)) > 0.6).astype(np.float32)) for _ in range(6)]
    assert fit_face(blobs) is None
    assert fit_face([]) is None
