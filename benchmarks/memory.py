"""Memory in the number of inputs (never asserted in tests): python benchmarks/memory.py [N ...]

Copies a fixture report N times into a temporary folder, runs `reportlint check FOLDER --format json -o …`
in a fresh process and samples the resident memory of its process tree (the CLI and its worker) every
0.2 s. Results are streamed to the reporter, so the peak should not grow with N.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "fixtures" / "compliant-tab" / "report.txt"


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in children:
        out += _tree(int(child))
    return out


def _rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        for k in range(n):
            shutil.copy(REPORT, folder / f"r{k:05d}.txt")
        cmd = [sys.executable, "-m", "reportlint", "check", str(folder), "--format", "json",
               "-o", str(Path(tmp) / "out.json")]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, sum(_rss_kb(pid) for pid in _tree(proc.pid)))
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
    print(f"{n:6d} files: {elapsed:6.1f} s, {n / elapsed:6.1f} files/s, peak RSS of the process tree "
          f"{peak / 1024:5.0f} MB (exit {proc.returncode})")


if __name__ == "__main__":
    if not Path("/proc/self/status").exists():
        sys.exit("needs /proc (Linux)")
    for size in [int(a) for a in sys.argv[1:]] or [100, 1000, 5000]:
        run(size)
