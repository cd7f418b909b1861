"""Every fixture report gives exactly its expected findings (and, for complete reports, its tables)."""

from __future__ import annotations

import pytest
import yaml
from fixture_cases import FIXTURES, cases, expected_of, run
from update_golden import CLEAN

from reportlint.pack import load_builtin

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_findings(case):
    expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    got = expected_of(run(case), with_tables="tables" in expected)
    assert got["findings"] == expected["findings"]
    if "tables" in expected:
        assert got["tables"] == expected["tables"]


@pytest.mark.parametrize("case", [c for c in CASES if c.name.startswith(CLEAN)],
                         ids=lambda c: c.name)
def test_compliant_reports_are_complete_and_clean(case):
    result = run(case)
    assert result.findings == ()
    pack = result.pack
    for tid, tpl in pack.tables.items():
        table = result.document.tables[tid]
        assert set(table.rows) == set(tpl.row_keys), tid


def test_every_rule_has_a_failing_and_a_passing_fixture():
    fired: dict[str, set[str]] = {}
    for case in CASES:
        data = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
        for f in data["findings"]:
            fired.setdefault(f["code"], set()).add(case.name)
    pack = load_builtin()
    # input problems of generated files (tests/test_office.py, test_sources.py, test_isolation.py) and the
    # rules across reports, which need several reports (tests/test_scan.py, test_cross.py, test_oversight.py)
    generated = {"RL901", "RL903", "RL907", "RL908", "RL601", "RL602", "RL603", "RL604", "RL605", "RL606", "RL607"}
    untested = [r.code for r in pack.rules if r.code not in fired and r.code not in generated]
    assert not untested, f"rules with no failing fixture: {untested}"
    clean = [c for c in CASES if c.name.startswith("compliant")]
    assert len(clean) >= 3  # tab, pipe, one cell per line: every rule passes on each


def test_each_rule_case_is_named_for_a_rule_that_fires_in_it():
    for case in CASES:
        code = case.name.split("-")[0]
        if not code.startswith("RL"):
            continue
        data = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
        assert code in {f["code"] for f in data["findings"]}, case.name


def test_fixture_folder_has_no_stray_reports():
    for folder in FIXTURES.iterdir():
        if folder.is_dir() and (any(folder.glob("report.*")) or any(folder.glob("page.*"))):
            assert (folder / "expected.yaml").is_file(), f"{folder.name} has no expected.yaml"
