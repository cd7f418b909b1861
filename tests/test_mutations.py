"""No wrong value, ever: every layout, its table cells shifted, merged or dropped.

For each text layout of our reports (the compliant fixtures and the
converter renderings in fixtures/layouts, PDF and Word files through the
text they are read as), hypothesis picks numbers of the tables and damages
them as real conversions do: a cell dropped (its neighbours move over), two
cells run together, an extra cell pushed in, a cell emptied. Whatever the
reader makes of the damaged text, each value it gives must be the report's
own (or a blank where a cell was emptied); a row it cannot place stays
unread, and no arithmetic finding may come of the damage.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportlint.engine import lint_loaded
from reportlint.model import Result, SourceInfo
from reportlint.pack import load_builtin
from reportlint.parse.office import render
from reportlint.reporters.json_out import extract_document
from reportlint.sources.base import Loaded

ROOT = Path(__file__).resolve().parent.parent
PACKS = {"2021": load_builtin("gov-2021.yaml"), "2019": load_builtin("gov-2019.yaml")}  # by format
LAYOUTS = ["original", "lynx", "w3m", "pandoc-plain", "pandoc-gfm", "html2text", "markdownify", "trafilatura",
           "chromium-pdftotext-layout", "chromium-pdftotext-raw", "libreoffice-pdftotext-layout",
           "libreoffice-pdftotext-raw", "libreoffice-pdf", "libreoffice-docx"]
# Tables read by the columns their rules draw: moving text moves it into another column for any
# reader, so only emptying a cell keeps the report the same report.
POSITIONAL = ("w3m", "pandoc-plain")
CASES = [ROOT / "fixtures" / name for name in ("compliant-tab", "compliant-pipe", "compliant-cell-per-line",
                                               "format-2019-compliant")]
CASES += [ROOT / "fixtures" / "layouts" / f"{report}~{conv}" for report in ("r2021-plain", "r2019-ruled")
          for conv in LAYOUTS]
CASES += [ROOT / "fixtures" / "layouts" / "r2019-plain~chromium-pdf"]
NUMBER = re.compile(r"(?<![\d.,\-])\d+(?:\.\d+)?(?![\d.])")
SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|\t|[ ]+|\n")


@cache
def truth_and_text(case: Path) -> tuple[dict, str, str, str]:
    """The report's tables, the text the reader reads, its format, and its kind ("text" or "html")."""
    spec = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    source = case / spec["input"] if "input" in spec else next(
        p for p in case.iterdir() if p.name.startswith(("report.", "source.", "page.")))
    if source.suffix in (".pdf", ".docx"):
        text = render(source.read_bytes(), source.suffix[1:]).text
    else:
        text = source.read_text(encoding="utf-8")
    return spec["tables"], text, spec.get("format") or "2021", "html" if source.suffix == ".html" else "text"


def table_numbers(text: str) -> list[re.Match]:
    """Numbers from the first table label on (prose numbers before it are left alone)."""
    start = text.find("规章")
    return [m for m in NUMBER.finditer(text) if m.start() > start >= 0]


def mutate(text: str, numbers: list[re.Match], pick: int, how: str) -> str:
    m = numbers[pick % len(numbers)]
    if how == "empty":  # the cell left empty, the others where they were
        return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    if how == "drop":  # the cell goes, its separator too: the neighbours move over
        after = SEPARATOR.match(text, m.end())
        end = after.end() if after and after.group() != "\n" else m.end()
        return text[: m.start()] + text[end:]
    if how == "merge":  # the separator before the next number goes: 3 0 -> 30
        after = SEPARATOR.match(text, m.end())
        if after is None or not NUMBER.match(text, after.end()):
            return text
        return text[: m.end()] + text[after.end():]
    before = re.search(r"(?:[ \t]*\|[ \t]*|\t|[ ]+|\n)$", text[: m.start()])  # "push": an extra cell before it
    return text[: m.start()] + "9" + (before.group() if before else " ") + text[m.start():]


def read(text: str, fmt: str, kind: str) -> tuple[dict, Result]:
    result = lint_loaded(Loaded(SourceInfo("mutated", kind), text), PACKS[fmt])
    return extract_document(result, PACKS[fmt])["tables"], result


def same(expected, got) -> bool:
    if expected is None or got is None:
        return expected is got
    return Decimal(str(expected)) == Decimal(str(got))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(pick=st.integers(min_value=0, max_value=10_000), how=st.sampled_from(["drop", "merge", "push", "empty"]))
def test_damaged_cells_never_give_a_wrong_value(case, pick, how):
    truth, text, fmt, kind = truth_and_text(case)
    numbers = table_numbers(text)
    if not numbers or (case.name.endswith(POSITIONAL) and how != "empty"):
        return
    got, result = read(mutate(text, numbers, pick, how), fmt, kind)
    wrong = []
    for table, rows in truth.items():
        for row, cols in rows.items():
            for col, want in cols.items():
                have = (got.get(table) or {}).get(row, {}).get(col, "<unread>")
                if have == "<unread>" or same(want, have) or (have is None and how in ("empty", "drop")):
                    continue
                wrong.append(f"{table}.{row}.{col}: {have!r}, not {want!r}")
    assert not wrong, f"{how} #{pick % len(numbers)}: {wrong}"
    assert not [f.code for f in result.findings if f.code.startswith("RL3")], f"{how} #{pick % len(numbers)}"
