"""Regenerate fixtures/*/expected.yaml and tests/golden/* from the current behaviour.

Run `python tests/update_golden.py` from the repository root after an intended
change, then review every diff: the files are the tests' expectations.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))

from fixture_cases import FIXTURES, GOLDEN, INPUT_NAMES, ROOT, cases, expected_of, report_of, run

from reportlint.cli import main

CLEAN = ("compliant", "encoding", "html-cms", "format-2019")  # complete, compliant reports: their tables are checked too
HEADER = "# Expected findings of reportlint on this report (tests/test_fixtures.py); reviewed by hand.\n"
FORMATS = [("text", "zh"), ("text", "en"), ("json", "zh"), ("json", "en"), ("concise", "en"), ("github", "en"),
           ("junit", "en"), ("sarif", "en"), ("html", "zh")]
GOLDEN_CASES = ("compliant-tab", "RL301-balance", "RL203-blank-cell", "RL904-run-together", "RL301-one-wrong-cell")


def update_expected() -> None:
    for case in cases():
        result = run(case)
        data = expected_of(result, with_tables=case.name.startswith(CLEAN))
        (case / "expected.yaml").write_text(HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")


def cli_output(args: list[str]) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(args)
    return buf.getvalue()


def update_reporters() -> None:
    GOLDEN.mkdir(exist_ok=True)
    os.chdir(ROOT)
    for name in GOLDEN_CASES:
        report = str(report_of(FIXTURES / name).relative_to(ROOT))
        for fmt, lang in FORMATS:
            text = cli_output(["check", report, "--format", fmt, "--lang", lang, "--color", "never"])
            (GOLDEN / f"{name}.{lang}.{fmt}").write_text(text, encoding="utf-8")
        (GOLDEN / f"{name}.extract.json").write_text(cli_output(["extract", report]), encoding="utf-8")


def update_scan_outputs() -> None:
    """The scan's summary page, report page, CSV and workbook of tests/scan_sample.py, in each language."""
    import tempfile
    from pathlib import Path

    import scan_sample
    from test_scan_lang import NAMES

    for lang in ("zh", "en"):
        with tempfile.TemporaryDirectory() as folder:
            for name, text in scan_sample.outputs(Path(folder), lang).items():
                (GOLDEN / NAMES[name].format(lang=lang)).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    for case in FIXTURES.iterdir():
        inputs = case.is_dir() and any(p.is_file() and p.name.startswith(INPUT_NAMES) for p in case.iterdir())
        if inputs and not (case / "expected.yaml").exists():
            (case / "expected.yaml").write_text(HEADER, encoding="utf-8")
    update_expected()
    update_reporters()
    update_scan_outputs()
