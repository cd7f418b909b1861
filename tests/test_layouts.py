"""Every layout a report arrives in: our synthetic reports as real converters render them.

fixtures/layouts/<report>~<converter>/ holds a converter's output and the
report's own tables (fixtures/layouts/render.py). Each case must give every
cell right, except the rows its `unread:` lists, which must be left unread
(never guessed) and explained by the finding named there; no arithmetic
finding may fire (the reports balance).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from reportlint.engine import Options, lint
from reportlint.pack import builtin_packs, load_builtin
from reportlint.reporters.json_out import extract_document

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "layouts"
CASES = sorted(p.parent for p in LAYOUTS.glob("*~*/expected.yaml"))
PACKS = builtin_packs()


def same(expected, got) -> bool:
    if expected is None or got is None:
        return expected is got
    return Decimal(str(expected)) == Decimal(str(got))


def run(case: Path):
    spec = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    result = lint(str(case / spec["input"]), load_builtin(), Options(packs=PACKS))
    return spec, result, extract_document(result, result.pack)


def test_every_converter_of_every_report_is_a_case():
    converters = {c.name.split("~")[1] for c in CASES}
    assert {"original", "pandoc-gfm", "pandoc-plain", "lynx", "w3m", "html2text", "markdownify", "trafilatura",
            "libreoffice-docx", "libreoffice-pdf", "chromium-pdf", "chromium-pdftotext-layout"} <= converters
    assert {c.name.split("~")[0] for c in CASES} == {"r2021-ruled", "r2021-plain", "r2019-ruled", "r2019-plain",
                                                     "r2021-blanks"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_layout_reads_right_or_says_why_not(case: Path):
    spec, result, doc = run(case)
    assert (doc["format"], doc["year"]) == (spec["format"], spec["year"])
    unread = {row: code for code, rows in (spec.get("unread") or {}).items() for row in rows}
    codes = {f.code for f in result.findings}
    wrong, missing, stale = [], [], []
    for table, rows in spec["tables"].items():
        for row, cols in rows.items():
            got_row = (doc["tables"].get(table) or {}).get(row, {})
            for col, want in cols.items():
                if col not in got_row:
                    if f"{table}.{row}" not in unread:
                        missing.append(f"{table}.{row}.{col}")
                elif not same(want, got_row[col]):
                    wrong.append(f"{table}.{row}.{col}: {got_row[col]!r}, not {want!r}")
            if f"{table}.{row}" in unread and all(c in got_row for c in cols):
                stale.append(f"{table}.{row}")
    assert not wrong, f"wrong values: {wrong}"
    assert not missing, f"cells unread and not listed under unread: {missing}"
    assert not stale, f"listed as unread but read now (run render.py --note-unread): {stale}"
    assert "unexplained" not in unread.values()
    assert {code for code in unread.values()} <= codes, "the finding that explains an unread row is missing"
    assert not [f for f in result.findings if f.code.startswith("RL3")], "a reading doubt became an arithmetic error"
