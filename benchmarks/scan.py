"""Scan throughput and memory against the local portal simulator (no politeness delay).

python benchmarks/scan.py [N ...]   (default: 250 500 1000 report pages)
Each size runs `reportlint scan` in a fresh process; peak memory is that process's max RSS.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from portal_sim import bulk_portal


def run(n: int) -> None:
    portal = bulk_portal(n)
    base = portal.serve()
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "reportlint", "scan", f"{base}/nb/index.html", "--db", f"{tmp}/scan.sqlite",
               "--delay", "0", "--per-host", "8", "--concurrency", "8", "--no-cache", "--quiet"]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
    portal.stop()
    pages = n + (n + 19) // 20  # reports and listing pages
    print(f"{n:5d} reports: {elapsed:6.1f} s, {pages / elapsed:6.1f} pages/s, peak RSS {usage.ru_maxrss / 1024:6.0f} MB"
          f" (exit {os.waitstatus_to_exitcode(status)})")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [250, 500, 1000]:
        run(size)
