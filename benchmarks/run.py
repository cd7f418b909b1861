"""Speed measurements (never asserted in tests): python benchmarks/run.py [--repeat N].

- in-process lint time per report (read, parse, every check) on the fixtures,
  the seed report and the corpus text and HTML reports when ../shared is present;
- PDF time per page on the corpus PDFs;
- cold `reportlint check` wall time on one file (a new process each time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reportlint.engine import lint
from reportlint.pack import load_builtin

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def inputs() -> list[Path]:
    files = sorted(p for p in (ROOT / "fixtures").glob("compliant-*/report.*"))
    files += sorted(SHARED.glob("seed/*.txt")) + sorted(SHARED.glob("corpus/real/*/source.md"))
    files += sorted(SHARED.glob("corpus/real/*/report.txt")) + sorted(SHARED.glob("corpus/real/*/page.txt"))
    files += sorted((ROOT / "fixtures").glob("html-cms-*/page.html")) + sorted(SHARED.glob("corpus/real/*/page.html"))
    return files


def in_process(files: list[Path], repeat: int) -> None:
    pack = load_builtin()
    for f in files:
        lint(str(f), pack)  # warm caches (grammar, pack)
    print(f"{'input':<48} {'KiB':>6} {'median ms':>10} {'min ms':>8}")
    for f in files:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            lint(str(f), pack)
            times.append((time.perf_counter() - t0) * 1000)
        name = str(f.relative_to(f.parents[1]))
        print(f"{name:<48} {f.stat().st_size / 1024:6.1f} {statistics.median(times):10.2f} {min(times):8.2f}")


def pdf_per_page(repeat: int) -> None:
    """Read + parse + check time of the corpus PDFs, per page."""
    import pdfplumber

    pack = load_builtin()
    for f in sorted(SHARED.glob("corpus/real/*/report.pdf")):
        with pdfplumber.open(f) as pdf:
            pages = len(pdf.pages)
        times = []
        for _ in range(max(2, repeat // 5)):
            t0 = time.perf_counter()
            lint(str(f), pack)
            times.append((time.perf_counter() - t0) * 1000)
        best = statistics.median(times)
        name = str(f.relative_to(f.parents[1]))
        print(f"{name:<48} {pages:3d} pages {best:8.0f} ms  {best / pages:6.0f} ms/page")


def cold_cli(path: Path, repeat: int) -> None:
    exe = shutil.which("reportlint") or sys.executable
    cmd = [exe, "check", str(path)] if exe.endswith("reportlint") else [exe, "-m", "reportlint", "check", str(path)]
    # As installed for a user: byte code cached (some sandboxes set PYTHONDONTWRITEBYTECODE).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, check=False, env=env)  # warm: writes .pyc and the pack cache
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False, env=env)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"cold CLI `reportlint check {path.name}`: median {statistics.median(times):.0f} ms, "
          f"min {min(times):.0f} ms over {repeat} runs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    in_process(inputs(), args.repeat)
    pdf_per_page(args.repeat)
    cold_cli(ROOT / "fixtures" / "compliant-tab" / "report.txt", max(5, args.repeat // 2))


if __name__ == "__main__":
    main()
