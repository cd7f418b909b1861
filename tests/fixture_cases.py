"""The fixture reports (fixtures/<case>/) and their expected results, shared by tests and the updater."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlint.engine import Options, lint
from reportlint.model import Finding, Result
from reportlint.pack import builtin_packs, load_builtin
from reportlint.reporters.json_out import extract_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


def cases() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_dir() and (p / "expected.yaml").is_file())


INPUT_NAMES = ("report.", "page.")


def report_of(case: Path) -> Path:
    return next(p for p in sorted(case.iterdir()) if p.name.startswith(INPUT_NAMES))


def run(case: Path) -> Result:
    """Lint a fixture as the CLI does: each report against the pack of its detected format."""
    return lint(str(report_of(case).relative_to(ROOT)), load_builtin(), Options(packs=builtin_packs()))


def finding_row(f: Finding) -> dict[str, Any]:
    row: dict[str, Any] = {"code": f.code, "line": f.loc.line if f.loc else None,
                           "column": f.loc.column if f.loc else None}
    where = {k: v for k, v in f.where.items() if v}
    if where:
        row["where"] = where
    if "reported" in f.evidence:
        row["reported"] = f.evidence["reported"]
    if "computed" in f.evidence:
        row["computed"] = f.evidence["computed"]
    if f.fixes or f.related or "suspects" in f.evidence:  # a diagnosed root cause (reportlint.diagnose)
        row["severity"] = f.severity.value
        if f.fixes:
            row["fixes"] = [dict(x) for x in f.fixes]
        if "suspects" in f.evidence:
            row["suspects"] = [dict(x) for x in f.evidence["suspects"]]
        if f.related:
            row["related"] = [finding_row(r) for r in f.related]
    return row


def expected_of(result: Result, with_tables: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"findings": [finding_row(f) for f in result.findings]}
    if with_tables:
        out["tables"] = extract_document(result, result.pack or load_builtin())["tables"]
    return out
