"""Reading accuracy per converter (a measurement, never a test): python benchmarks/reading.py [CASE_DIR ...]

A case is a folder with an input and an `expected.yaml` (the corpus-check
format: `input`, `converter`, `tables` in canonical keys, `expect.absent`).
With no argument it measures the committed layout fixtures
(fixtures/layouts/*/). For every converter it prints the cells expected, the
share read right, the wrong values (a number where another number, a blank or
nothing was expected, or a blank where a number was) — the figure that must be
0 — the cells left unread, and the arithmetic findings (RL3xx) that fired
where the case says they must not.

    python benchmarks/reading.py                       # the fixtures
    python benchmarks/reading.py OUT/*/ -v              # renderings made by a layouts tool
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from reportlint.engine import Options, lint
from reportlint.pack import builtin_packs, load_builtin
from reportlint.reporters.json_out import extract_document

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("report.txt", "source.md", "page.html", "report.pdf", "report.docx")


@dataclass
class Tally:
    cases: int = 0
    cells: int = 0
    right: int = 0
    wrong: int = 0
    unread: int = 0
    false_arith: int = 0
    details: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        share = 100.0 * self.right / self.cells if self.cells else 100.0
        return (f"{name:<22} {self.cases:>5} {self.cells:>6} {share:>7.1f}% {self.wrong:>6} {self.unread:>7}"
                f" {self.false_arith:>6}")


def same(expected, got) -> bool:
    if expected is None or got is None:
        return expected is got
    try:
        return Decimal(str(expected)) == Decimal(str(got))
    except InvalidOperation:
        return str(expected) == str(got)


def input_of(case: Path, spec: dict) -> Path | None:
    if spec.get("input"):
        return case / spec["input"]
    return next((case / n for n in INPUTS if (case / n).is_file()), None)


def measure(case: Path, tally: Tally, options: Options) -> None:
    spec = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8")) or {}
    src = input_of(case, spec)
    if src is None:
        return
    result = lint(str(src), load_builtin(), options)
    got = extract_document(result, result.pack).get("tables") or {}
    tally.cases += 1
    for table, rows in (spec.get("tables") or {}).items():
        for row, cols in rows.items():
            for col, want in cols.items():
                tally.cells += 1
                have = ((got.get(table) or {}).get(row) or {}).get(col, "<missing>")
                if have == "<missing>":
                    tally.unread += 1
                elif same(want, have):
                    tally.right += 1
                else:
                    tally.wrong += 1
                    tally.details.append(f"{case.name}: {table}.{row}.{col} expected {want!r}, got {have!r}")
    absent = (spec.get("expect") or {}).get("absent") or []
    for f in result.findings:
        if f.code.startswith("RL3") and any(f.code.startswith(p) for p in absent):
            tally.false_arith += 1
            tally.details.append(f"{case.name}: false {f.code} at line {f.loc.line if f.loc else '?'}")


def converter_of(case: Path) -> str:
    spec = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8")) or {}
    return str(spec.get("converter") or (case.name.split("~", 1)[1] if "~" in case.name else "original"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong value and false finding")
    args = ap.parse_args()
    cases = [c for c in args.cases or sorted((ROOT / "fixtures" / "layouts").glob("*/"))
             if (c / "expected.yaml").is_file()]
    options = Options(packs=builtin_packs())
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        measure(case, tallies[converter_of(case)], options)
    print(f"{'converter':<22} {'cases':>5} {'cells':>6} {'right':>8} {'wrong':>6} {'unread':>7} {'RL3xx':>6}")
    total = Tally()
    for name in sorted(tallies):
        t = tallies[name]
        print(t.line(name))
        for k in ("cases", "cells", "right", "wrong", "unread", "false_arith"):
            setattr(total, k, getattr(total, k) + getattr(t, k))
        if args.verbose:
            for d in t.details:
                print("    " + d)
    print(total.line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
