"""OCR of table images: cells right / unread / wrong and time per table (never asserted in tests).

    python benchmarks/ocr.py [--engine tesseract|rapidocr] [--scales 1,0.85] [--qualities png,75]
                             [--only NAME] [--html PAGE.html ... [--keep DIR]] [--truths DIR]
                             [--pages PDF ...] [--scanned PDF|HTML|DOCX ...]

Reads our rendered fixture tables (fixtures/ocr/*.png with their truth) at each scale and JPEG
quality; `--html` first renders the tables of real pages the same way (needs chromium), so the
same truth-by-position scoring runs on tables we did not write (`--keep DIR` keeps those renders
with their truth, `--truths DIR` reads them again without a browser); `--pages` times the page pass on
PDF pages rendered at 300 dpi (needs pdftoppm); `--scanned` lints whole inputs the way the CLI does
(scanned PDF pages rendered by pypdfium2, <img> tables, Word pictures) and prints ms per OCR'd page or
image. Prints one line per image and a total.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "fixtures" / "ocr"))

from ocr_truth import Score, Truth, image, load, score, truths  # noqa: E402

from reportlint.ocr import read_page, read_table  # noqa: E402
from reportlint.ocr.budget import Budget  # noqa: E402


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_tables(items: list[Truth], scales: list[float], qualities: list[int | None], engine: str,
               budget: Budget, verbose: bool) -> Score:
    total = Score()
    times: list[float] = []
    print(f"{'image':<34} {'scale':>5} {'q':>4} {'wall s':>7} {'cpu s':>6} {'numbers':>9} {'unread':>6} "
          f"{'wrong':>5} {'labels':>7} {'sim':>5}")
    for truth in items:
        for s in scales:
            for q in qualities:
                data = image(truth.name, s, q, root=truth.root)
                c0, w0 = child_cpu() + self_cpu(), time.perf_counter()
                table = read_table(data, name=truth.name, engine=engine, budget=budget)
                wall, cpu = time.perf_counter() - w0, child_cpu() + self_cpu() - c0
                times.append(wall)
                sc = score(table, truth.scaled(s))
                total.add(sc)
                print(f"{truth.name:<34} {s:>5} {q or 'png':>4} {wall:>7.2f} {cpu:>6.2f} "
                      f"{sc.right:>4}/{sc.numbers:<4} {sc.unread:>6} {len(sc.wrong):>5} "
                      f"{sc.labels_exact:>3}/{sc.labels:<3} {sc.label_similarity / max(sc.labels, 1):>5.2f}")
                for w in sc.wrong:
                    print("   WRONG", w)
                if verbose:
                    for c in table.unread():
                        print(f"   unread r{c.row} c{c.col}: {c.note}")
    n = max(total.numbers, 1)
    cells = total.numbers + total.blanks
    print(f"TOTAL cells (numbers and blanks) {total.right + total.blanks_right}/{cells} right "
          f"({100 * (total.right + total.blanks_right) / max(cells, 1):.1f} %)")
    print(f"TOTAL numbers {total.right}/{total.numbers} right ({100 * total.right / n:.1f} %), "
          f"{total.unread} unread, {len(total.wrong)} wrong; labels exact {total.labels_exact}/{total.labels}, "
          f"similarity {total.label_similarity / max(total.labels, 1):.3f}; "
          f"median {sorted(times)[len(times) // 2] if times else 0:.2f} s a table")
    return total


def render_pages(pages: list[Path], out: Path) -> list[Truth]:
    """The statistics tables of real pages rendered as our fixtures are (fixtures/ocr/build.py)."""
    import build as ocr_build  # fixtures/ocr/build.py

    names = []
    for page in pages:
        for name in ocr_build.render_page_tables(page, out):
            names.append(load(name, root=out))
    return names


def render_styled(how: str, out: Path) -> list[Truth]:
    """Our tables in other fonts or ruling styles (fixtures/ocr/build.py render_fonts/render_rulings)."""
    import build as ocr_build  # fixtures/ocr/build.py

    return [load(name, root=out) for name in getattr(ocr_build, how)(out)]


def run_pages(pdfs: list[Path], engine: str, budget: Budget) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), f"{tmp}/{pdf.stem}"], check=True)
            for png in sorted(Path(tmp).glob(f"{pdf.stem}*.png")):
                w0 = time.perf_counter()
                page = read_page(png, engine=engine, budget=budget)
                print(f"{png.name:<30} {time.perf_counter() - w0:6.2f} s  {len(page.lines):>3} lines  "
                      f"{len(page.tables)} tables  {page.notes}")


def run_scanned(inputs: list[Path], seconds: float) -> None:
    """Whole inputs through the engine: wall time, and ms per OCR'd page or image."""
    from reportlint.engine import Options, lint
    from reportlint.pack import load_builtin
    from reportlint.sources.images import OcrSettings

    options = Options(ocr=OcrSettings(table_seconds=seconds, document_seconds=3600))
    for path in inputs:
        c0, w0 = child_cpu() + self_cpu(), time.perf_counter()
        result = lint(str(path), load_builtin(), options)
        wall, cpu = time.perf_counter() - w0, child_cpu() + self_cpu() - c0
        doc = result.document
        read = [n.text for n in (doc.notes if doc else ()) if "read by OCR" in n.text]
        images = len({spot.image for spot in doc.ocr.values()}) if doc else 0
        count = len(read) or images
        cells = len(doc.ocr) if doc else 0
        per = f"{1000 * wall / count:6.0f} ms wall, {1000 * cpu / count:6.0f} ms CPU per page/image" if count else ""
        print(f"{path.name:<30} {wall:7.2f} s  {cpu:7.2f} s CPU  {count:>2} OCR'd pages/images  {cells:>4} cells  "
              f"{per}  findings: {' '.join(sorted(f.code for f in result.findings))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", default="tesseract")
    ap.add_argument("--scales", default="1,0.85")
    ap.add_argument("--qualities", default="png,75")
    ap.add_argument("--only", default="")
    ap.add_argument("--html", nargs="*", type=Path, default=[])
    ap.add_argument("--fonts", action="store_true", help="render our tables in other fonts and sizes "
                    "(fixtures/ocr/build.py FONT_STYLES; needs chromium)")
    ap.add_argument("--rulings", action="store_true", help="render our tables with other ruling styles "
                    "(fixtures/ocr/build.py RULINGS; needs chromium)")
    ap.add_argument("--keep", type=Path, help="render --html/--fonts/--rulings tables into this folder and keep them")
    ap.add_argument("--truths", type=Path, help="read rendered tables with their truth from this folder")
    ap.add_argument("--pages", nargs="*", type=Path, default=[])
    ap.add_argument("--scanned", nargs="*", type=Path, default=[], help="inputs linted whole (scanned PDF, "
                    "a page with <img> tables, a Word file with pictures)")
    ap.add_argument("--seconds", type=float, default=60.0, help="time budget per table")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    scales = [float(s) for s in args.scales.split(",")]
    qualities = [None if q == "png" else int(q) for q in args.qualities.split(",")]
    budget = Budget(table_seconds=args.seconds)
    if args.pages:
        run_pages(args.pages, args.engine, budget)
        return
    if args.scanned:
        run_scanned(args.scanned, args.seconds)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.html or args.fonts or args.rulings:
            out = args.keep or Path(tmp)
            out.mkdir(parents=True, exist_ok=True)
            items = (render_pages(args.html, out) if args.html else
                     render_styled("render_fonts" if args.fonts else "render_rulings", out))
        elif args.truths:
            items = [load(p.stem, root=args.truths) for p in sorted(args.truths.glob("*.json"))]
        else:
            items = truths()
        items = [t for t in items if args.only in t.name]
        run_tables(items, scales, qualities, args.engine, budget, args.verbose)


if __name__ == "__main__":
    main()
