"""Scan throughput and memory against the local portal simulator (no politeness delay).

python benchmarks/scan.py [N ...]          report pages behind one paginated listing (default: 250 500 1000)
python benchmarks/scan.py --roster N [H]   a roster of N bodies on H hosts (default 1000 on 10): each body's
                                           listing page, its 2025 report (one in ten late, one in twenty never)
                                           and its 2024 report; the summary page, CSV and workbook written
Each run is `reportlint scan` in a fresh process; peak memory is the largest RSS of it and its lint workers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from portal_sim import bulk_portal, bulk_roster, roster_portals


def timed(cmd: list[str]) -> tuple[float, int, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024


def run(n: int) -> None:
    portal = bulk_portal(n)
    base = portal.serve()
    with tempfile.TemporaryDirectory() as tmp:
        elapsed, code, rss = timed([sys.executable, "-m", "reportlint", "scan", f"{base}/nb/index.html", "--db",
                                    f"{tmp}/scan.sqlite", "--delay", "0", "--per-host", "8", "--concurrency", "8",
                                    "--no-cache", "--quiet"])
    portal.stop()
    pages = n + (n + 19) // 20  # reports and listing pages
    print(f"{n:5d} reports: {elapsed:6.1f} s, {pages / elapsed:6.1f} pages/s, peak RSS {rss:6.0f} MB (exit {code})")


def run_roster(n: int, hosts: int) -> None:
    t0 = time.perf_counter()
    portals, roster = roster_portals(bulk_roster(n), hosts=hosts, stranger=False)
    urls = [p.serve() for p in portals]
    built = time.perf_counter() - t0
    pages = sum(len(p.routes) - 1 for p in portals)  # less robots.txt
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "roster.csv").write_text(roster(urls), encoding="utf-8")
        elapsed, code, rss = timed([sys.executable, "-m", "reportlint", "scan", "--roster", f"{tmp}/roster.csv",
                                    "--year", "2025", "--as-of", "2026-05-01", "--db", f"{tmp}/scan.sqlite",
                                    "--delay", "0", "--per-host", "4", "--concurrency", "8", "--no-cache", "--quiet",
                                    "--report", f"{tmp}/summary.html", "--csv", f"{tmp}/bodies.csv",
                                    "--xlsx", f"{tmp}/bodies.xlsx"])
        t1 = time.perf_counter()
        export = subprocess.run([sys.executable, "-m", "reportlint", "db", f"{tmp}/scan.sqlite", "export", "--html",
                                 f"{tmp}/again.html", "--csv", f"{tmp}/again.csv", "--xlsx", f"{tmp}/again.xlsx"],
                                capture_output=True)
        exported = time.perf_counter() - t1
        size = Path(tmp, "scan.sqlite").stat().st_size / 2**20
    for p in portals:
        p.stop()
    print(f"roster of {n} bodies on {hosts} hosts ({pages} pages, simulator built in {built:.1f} s): "
          f"{elapsed:.1f} s, {pages / elapsed:.1f} pages/s, peak RSS {rss:.0f} MB, store {size:.0f} MB "
          f"(exit {code}); db export of the three outputs {exported:.1f} s (exit {export.returncode})")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--roster"]:
        run_roster(int(args[1]) if len(args) > 1 else 1000, int(args[2]) if len(args) > 2 else 10)
    else:
        for size in [int(a) for a in args] or [250, 500, 1000]:
            run(size)
