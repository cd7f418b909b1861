"""Speed measurements (never asserted in tests): python benchmarks/run.py [--repeat N] [--only PART ...].

Every figure is printed beside the bound it is compared with, measured in the same run
(the machine is shared and noisy: compare ratios, not absolute times; min and median).

- text: the seed, each corpus text report and the compliant fixtures. Bound: the
  shipped standalone Lark parser alone on the same (folded) text, building its tree.
  `warm` lints the same file again and again; `cold` lints a report never seen before:
  each run a fresh variant of the text (a line of its own appended) with the caches
  keyed by a document's text cleared (only the pack and the parsers stay loaded).
- html: the HTML fixtures and corpus pages, and 2019/2020 portal pages (a page's
  years moved to 2020: checked against the 2019 trial format). Bound: lxml alone
  parsing the same page.
- pdf: read + parse + check time per page of the corpus PDFs.
- cli: cold `reportlint check FILE` (a new process each time) beside a new Python
  process doing `import lark, yaml`; then the same run in phases (in-process, min of each).
- batch: `reportlint check DIR` over 100 / 1,000 / 5,000 distinct reports (the
  compliant-tab fixture with its table numbers scaled, so every report differs and
  its arithmetic holds): reports/s and the peak RSS of the process tree.

The shared corpus is found at $REPORTLINT_SHARED, else beside the clone (../shared).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlint.engine import Options, lint
from reportlint.pack import builtin_packs, load_builtin

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPORTLINT_SHARED") or ROOT.parent / "shared")
# Caches keyed by what a document holds (its labels, its text): a report never seen before misses them.
DOCUMENT_CACHES = ("reportlint.parse.normalize:label_key", "reportlint.parse.tables:_ranked",
                   "reportlint.parse.tables:_similarity", "reportlint.across:_cell",
                   "reportlint.parse.rows:classify", "reportlint.parse.rows:_value_like",
                   "reportlint.parse.tables:_target_said", "reportlint.parse.tables:_kind_value",
                   "reportlint.parse.rows:_split_trailing", "reportlint.parse.headings:section_of")


def text_inputs() -> list[Path]:
    files = sorted(SHARED.glob("seed/*.txt")) + sorted(SHARED.glob("corpus/real/*/source.md"))
    files += sorted(SHARED.glob("corpus/real/*/report.txt")) + sorted(SHARED.glob("corpus/real/*/page.txt"))
    return files + sorted(p for p in (ROOT / "fixtures").glob("compliant-*/report.*"))


def html_inputs() -> list[Path]:
    files = sorted((ROOT / "fixtures").glob("html-cms-*/page.html")) + sorted(SHARED.glob("corpus/real/*/page.html"))
    return files + sorted((ROOT / "fixtures" / "layouts").glob("r2019-*~original/page.html"))


def as_2020(page: Path, tmp: Path) -> Path:
    """A 2021-format page moved to the 2020 report year (due under the 2019 trial format)."""
    raw = page.read_bytes().decode("utf-8", errors="surrogateescape")
    years = sorted({int(y) for y in re.findall(r"(20[12]\d)年", raw)})
    year = max(years, key=lambda y: raw.count(f"{y}年"))
    raw = raw.replace(str(year + 1), "2021").replace(str(year), "2020")
    out = tmp / f"{page.parent.name}-as-2020.html"
    out.write_bytes(raw.encode("utf-8", errors="surrogateescape"))
    return out


def clear_document_caches() -> None:
    import importlib

    for spec in DOCUMENT_CACHES:
        module, name = spec.split(":")
        fn = getattr(importlib.import_module(module), name, None)
        if fn is not None and hasattr(fn, "cache_clear"):
            fn.cache_clear()


def timed(fn: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> list[float]:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def fmt(times: list[float], bound: list[float]) -> str:
    med, low = statistics.median(times), min(times)
    return f"{med:8.2f} {low:7.2f} {med / statistics.median(bound):6.1f}x"


def lark_alone(path: Path) -> Callable[[], object]:
    from reportlint.parse.normalize import fold
    from reportlint.parse.report_parser import Lark_StandAlone

    parser = Lark_StandAlone()
    text = fold(path.read_text(encoding="utf-8-sig", errors="replace"))
    text = text if text.endswith("\n") else text + "\n"
    return lambda: parser.parse(text)


def lxml_alone(path: Path) -> Callable[[], object]:
    from lxml import html as lxml_html

    data = path.read_bytes()
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    return lambda: lxml_html.document_fromstring(data, parser=parser)


def lint_runs(files: list[Path], bound_of: Callable[[Path], Callable[[], object]], bound_name: str,
              repeat: int, tmp: Path) -> None:
    pack, options = load_builtin(), Options(packs=builtin_packs())
    for f in files:
        lint(str(f), pack, options)  # the pack and the parsers loaded once, as in a run
    print(f"{'input':<44} {'KiB':>6} {bound_name + ' ms':>10} | {'cold: median':>12} {'min':>7} {'ratio':>7} |"
          f" {'warm: median':>12} {'min':>7} {'ratio':>7}")
    for f in files:
        bound = timed(bound_of(f), repeat)
        warm = timed(lambda f=f: lint(str(f), pack, options), repeat)
        variants = iter(_variants(f, tmp, repeat))
        current: list[Path] = []

        def fresh(variants=variants, current=current) -> None:
            current[:] = [next(variants)]
            clear_document_caches()

        cold = timed(lambda current=current: lint(str(current[0]), pack, options), repeat, before=fresh)
        name = f"{f.parent.name}/{f.name}"[-44:]
        print(f"{name:<44} {f.stat().st_size / 1024:6.1f} {statistics.median(bound):10.2f} | "
              f"{fmt(cold, bound):>28} | {fmt(warm, bound):>28}")


def _variants(path: Path, tmp: Path, n: int) -> list[Path]:
    """n copies of a report, each with a line of its own at the end (a text never seen before)."""
    raw = path.read_bytes()
    out = []
    for i in range(n):
        p = tmp / f"v{i}-{path.parent.name}{path.suffix}"
        end = f"\n<!-- variant {i} {time.time_ns()} -->\n" if path.suffix == ".html" else f"\n（{time.time_ns()}）\n"
        p.write_bytes(raw + end.encode("utf-8") if not raw.startswith(b"\xef\xbb\xbf") else raw + end.encode())
        out.append(p)
    return out


def pdf_per_page(repeat: int) -> None:
    """Read + parse + check time of the corpus PDFs, per page."""
    import pdfplumber

    pack, options = load_builtin(), Options(packs=builtin_packs())
    for f in sorted(SHARED.glob("corpus/real/*/report.pdf")):
        with pdfplumber.open(f) as pdf:
            pages = len(pdf.pages)
        best = statistics.median(timed(lambda f=f: lint(str(f), pack, options), max(2, repeat // 5)))
        name = f"{f.parent.name}/{f.name}"
        print(f"{name:<44} {pages:3d} pages {best:8.0f} ms  {best / pages:6.0f} ms/page")


def _env() -> dict[str, str]:
    # As installed for a user: byte code cached (some sandboxes set PYTHONDONTWRITEBYTECODE).
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _cli() -> list[str]:
    exe = shutil.which("reportlint")
    return [exe] if exe else [sys.executable, "-m", "reportlint"]


def cold_cli(path: Path, repeat: int) -> None:
    cmd = [*_cli(), "check", str(path)]
    env = _env()
    subprocess.run(cmd, capture_output=True, check=False, env=env)  # writes .pyc and the pack cache
    bound_cmd = [sys.executable, "-c", "import lark, yaml"]
    bare_cmd = [sys.executable, "-c", "pass"]
    runs: dict[str, list[float]] = {"check": [], "bound": [], "bare": []}
    for _ in range(repeat):  # interleaved, so that the machine's load hits all three alike
        for key, c in (("check", cmd), ("bound", bound_cmd), ("bare", bare_cmd)):
            t0 = time.perf_counter()
            subprocess.run(c, capture_output=True, check=False, env=env)
            runs[key].append((time.perf_counter() - t0) * 1000)
    med = {k: statistics.median(v) for k, v in runs.items()}
    print(f"cold `reportlint check {path.name}`: median {med['check']:.0f} ms, min {min(runs['check']):.0f} ms; "
          f"`python -c 'import lark, yaml'`: median {med['bound']:.0f} ms (ratio {med['check'] / med['bound']:.2f}); "
          f"bare `python -c pass`: {med['bare']:.0f} ms; over {repeat} runs")


# A cold `check FILE` in phases, in one new process (in-process: --time-limit 0 without the fork), as ms.
_PHASES = """
import json, sys, time
t = [time.perf_counter()]
import reportlint.cli as cli
t.append(time.perf_counter())
args = cli.build_parser("check").parse_args(["check", sys.argv[1], "--time-limit", "0"])
settings = cli._settings_for(args, sys.argv[1])
pack, options = cli._pack(None), cli._options(args, settings, sys.argv[1], None)
t.append(time.perf_counter())
import reportlint.engine, reportlint.parse.document
from reportlint.parse.lines import _parser
_parser()
t.append(time.perf_counter())
result = reportlint.engine.lint(sys.argv[1], pack, options)
t.append(time.perf_counter())
from reportlint.reporters import Context, get
get("text").render([result], Context(pack, "zh", False, ""))
t.append(time.perf_counter())
print(json.dumps([(b - a) * 1000 for a, b in zip(t, t[1:])]))
"""
PHASES = ("import cli", "args+settings+pack+options", "import engine+parser", "lint (first)", "render")


def cold_breakdown(path: Path, repeat: int) -> None:
    """Where a cold run's time goes (min of each phase over new processes)."""
    import json

    runs = [json.loads(subprocess.run([sys.executable, "-c", _PHASES, str(path)], capture_output=True, text=True,
                                      check=True, env=_env()).stdout) for _ in range(repeat)]
    parts = ", ".join(f"{name} {min(r[i] for r in runs):.0f}" for i, name in enumerate(PHASES))
    print(f"cold `check {path.name}` in-process, ms (min of {repeat}): {parts}")


def batch_reports(folder: Path, n: int) -> None:
    """n distinct compliant reports: compliant-tab with the table numbers scaled by k (the sums still hold)."""
    base = (ROOT / "fixtures" / "compliant-tab" / "report.txt").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(1, n + 1):
        lines = [re.sub(r"(?<=\t)(\d+)(?=\t|$)", lambda m, k=k: str(int(m.group(1)) * k), line)
                 if "\t" in line else line for line in base.split("\n")]
        (folder / f"r{k:05d}.txt").write_text("\n".join(lines), encoding="utf-8")


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in children:
        out += _tree(int(child))
    return out


def _rss(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            for row in Path(f"/proc/{pid}/status").read_text().splitlines():
                if row.startswith("VmRSS:"):
                    total += int(row.split()[1])
        except OSError:
            pass
    return total


def batch(sizes: list[int], extra: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp, f"b{n}")
            batch_reports(folder, n)
            out = Path(tmp, "out.json")
            cmd = [*_cli(), "check", str(folder), "--format", "json", "-o", str(out), *extra]
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
            peak, parent, workers, status, usage = 0, 0, 0, 0, None
            while usage is None:
                pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    usage = rusage
                    break
                tree = _tree(proc.pid)
                own, others = _rss([proc.pid]), _rss(tree[1:])
                peak, parent, workers = max(peak, own + others), max(parent, own), max(workers, others)
                time.sleep(0.05)
            elapsed = time.perf_counter() - t0
            cpu = usage.ru_utime + usage.ru_stime  # of the CLI and the workers it waited for
            print(f"check DIR of {n:5d} reports {' '.join(extra):<10}: {elapsed:6.1f} s, {n / elapsed:6.0f} reports/s, "
                  f"CPU {cpu:6.1f} s ({n / cpu:5.0f} reports per CPU-second), peak RSS of the process tree "
                  f"{peak / 1024:6.0f} MiB (parent {parent / 1024:4.0f}, workers together {workers / 1024:4.0f}; "
                  f"exit {os.waitstatus_to_exitcode(status)}); load average {os.getloadavg()[0]:.1f}")
            shutil.rmtree(folder)


PARTS = ("text", "html", "pdf", "cli", "batch")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    ap.add_argument("--batch", type=int, nargs="+", default=[100, 1000, 5000], help="batch sizes")
    ap.add_argument("--batch-args", default="", help="extra arguments of the batch's `check` (e.g. '--jobs 1')")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if "text" in args.only:
            print("== text reports: in-process lint (read, parse, every check) vs Lark alone on the same text")
            lint_runs(text_inputs(), lark_alone, "Lark", args.repeat, Path(tmp))
        if "html" in args.only:
            print("== HTML pages: in-process lint vs lxml alone parsing the same page")
            pages = html_inputs()
            pages += [as_2020(p, Path(tmp)) for p in pages if p.parent.name in ("html-cms-a", "pingtan-2023")]
            lint_runs(pages, lxml_alone, "lxml", args.repeat, Path(tmp))
    if "pdf" in args.only:
        print("== PDF: per page")
        pdf_per_page(args.repeat)
    if "cli" in args.only:
        print("== cold CLI")
        cold_cli(ROOT / "fixtures" / "compliant-tab" / "report.txt", max(5, args.repeat // 2))
        cold_breakdown(ROOT / "fixtures" / "compliant-tab" / "report.txt", max(5, args.repeat // 2))
    if "batch" in args.only:
        print("== batch: distinct reports, one `reportlint check DIR` each")
        batch(args.batch, args.batch_args.split())


if __name__ == "__main__":
    main()
