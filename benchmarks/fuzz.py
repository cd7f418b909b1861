"""Fuzzing at scale (not in CI): python benchmarks/fuzz.py [--per-kind 10000] [--kinds text,pdf] [--seed 1]

Runs the mutation strategies of tests/fuzz/mutate.py (hypothesis, generation only: no shrinking) over every
input kind, each input read and checked in a worker process under the time limit, as `reportlint check`
does. Reports per kind: inputs, internal errors (a traceback behind an RL901: must be 0), inputs over the
time budget (must be 0), worker deaths, the slowest inputs, and the worker's peak resident memory (must
stay under 500 MB). Failing inputs are saved for study (--save, default a temporary folder).
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from mutate import KINDS, mutants  # noqa: E402

from reportlint.engine import Options, lint  # noqa: E402
from reportlint.pack import builtin_packs, load_builtin  # noqa: E402
from reportlint.workers import OverBudget, WorkerDied, Workers  # noqa: E402

MEMORY_NOTE_KB = 400 * 1024


def fuzz_one(path: str) -> dict:
    """In the worker: lint one input; say what came out, how long it took, and the worker's peak memory."""
    started = time.perf_counter()
    result = lint(path, load_builtin(), Options(packs=builtin_packs(), debug=True))
    seconds = time.perf_counter() - started
    errors = [n.text for n in result.notes if n.rule == "RL901" and "Traceback" in n.text]
    return {"codes": [f.code for f in result.findings], "error": errors[0] if errors else None,
            "seconds": seconds, "peak_kb": _peak_kb()}


def _peak_kb() -> int:
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class Tally:
    def __init__(self, kind: str, save: Path) -> None:
        self.kind, self.save = kind, save
        self.inputs = self.errors = self.over = self.deaths = 0
        self.seconds: list[float] = []
        self.peak_kb = 0
        self.codes: collections.Counter[str] = collections.Counter()
        self.causes: collections.Counter[str] = collections.Counter()

    def keep(self, data: bytes, why: str) -> None:
        folder = self.save / self.kind
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{why}-{self.inputs:05d}{KINDS[self.kind]}").write_bytes(data)

    def line(self, elapsed: float) -> str:
        ordered = sorted(self.seconds) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return (f"{self.kind:<9} {self.inputs:>7} {self.errors:>9} {self.over:>11} {self.deaths:>7} "
                f"{ordered[-1]:>8.2f} {p99:>8.2f} {self.peak_kb / 1024:>10.0f} {elapsed / 60:>8.1f}")


def run_kind(kind: str, count: int, rng_seed: int, time_limit: float, save: Path, workers: Workers) -> Tally:
    tally = Tally(kind, save)
    folder = Path(tempfile.mkdtemp(prefix=f"reportlint-fuzz-{kind}-"))
    path = folder / f"input{KINDS[kind]}"

    @seed(rng_seed)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(mutants(kind))
    def one(data: bytes) -> None:
        tally.inputs += 1
        path.write_bytes(data)
        try:
            out = workers.call(fuzz_one, str(path))
        except OverBudget:
            tally.over += 1
            tally.keep(data, "over-budget")
            return
        except WorkerDied as exc:
            tally.deaths += 1
            tally.causes[f"worker died: {exc}"] += 1
            tally.keep(data, "worker-died")
            return
        tally.seconds.append(out["seconds"])
        if out["peak_kb"] > max(tally.peak_kb, MEMORY_NOTE_KB):  # a new high over 400 MB: keep the input
            tally.keep(data, f"memory-{out['peak_kb'] // 1024}MB")
        tally.peak_kb = max(tally.peak_kb, out["peak_kb"])
        tally.codes.update(set(out["codes"]))
        if out["error"]:
            tally.errors += 1
            tally.causes[out["error"].strip().splitlines()[-1][:160]] += 1
            tally.keep(data, "internal-error")
        if tally.inputs % 1000 == 0:
            print(f"  {kind}: {tally.inputs} inputs …", file=sys.stderr, flush=True)

    one()
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=10_000)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "reportlint-fuzz-failures")
    args = parser.parse_args()
    os.chdir(ROOT)  # the seeds are the fixtures
    print(f"{'kind':<9} {'inputs':>7} {'tracebacks':>9} {'over budget':>11} {'deaths':>7} {'max s':>8} "
          f"{'p99 s':>8} {'peak MB':>10} {'minutes':>8}")
    worst = 0
    for kind in args.kinds.split(","):
        started = time.monotonic()
        # spawned, not forked: a forked worker would count the pages of this (growing) process as its own
        with Workers(1, time_limit=args.time_limit, method="spawn") as workers:
            tally = run_kind(kind, args.per_kind, args.seed, args.time_limit, args.save, workers)
        print(tally.line(time.monotonic() - started), flush=True)
        for cause, n in tally.causes.most_common(10):
            print(f"    {n:>5} × {cause}")
        print(f"    finding codes (inputs with each): {dict(sorted(tally.codes.items()))}")
        worst = max(worst, tally.errors + tally.over + tally.deaths + (tally.peak_kb > 500 * 1024))
    print(f"failing inputs (if any) saved under {args.save}")
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main())
