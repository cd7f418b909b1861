"""The pre-commit hook, run by the real pre-commit tool (`pre-commit try-repo`) on a scratch repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None
                                or not (ROOT / ".git").exists(), reason="needs pre-commit, git and a git checkout")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=ci@example.invalid", "-c", "user.name=ci", *args], cwd=repo,
                   check=True, capture_output=True)


def try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "LANG": "en_US.UTF-8"}
    return subprocess.run(["pre-commit", "try-repo", str(ROOT), "reportlint", "--all-files"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=600)


def test_hook_passes_a_good_report_and_fails_a_bad_one(tmp_path):
    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copy(ROOT / "fixtures/compliant-pipe/report.md", repo / "good.md")
    (repo / "notes.py").write_text("print('not a report')\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "good")
    home = tmp_path / "pre-commit-home"
    good = try_repo(repo, home)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "reportlint" in good.stdout and "Passed" in good.stdout

    shutil.copy(ROOT / "fixtures/RL302-row-total/report.txt", repo / "draft.txt")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "bad")
    bad = try_repo(repo, home)
    assert bad.returncode == 1
    assert "Failed" in bad.stdout and "draft.txt:38:32: RL302" in bad.stdout


def test_hook_lints_word_and_pdf_reports_but_not_the_readme(tmp_path):
    from office_fixtures import docx_report, pdf_report

    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "README.md").write_text("# 年度报告\n\n本仓库存放年度报告。\n", encoding="utf-8")  # not a report
    (repo / "docs").mkdir()
    (repo / "docs" / "CHANGELOG.md").write_text("- 新增报告\n", encoding="utf-8")
    (repo / "draft.docx").write_bytes(docx_report(blank_cell=True))
    (repo / "final.pdf").write_bytes(pdf_report(encrypt="secret"))  # RL901: proves the PDF was read
    (repo / "notes.md").write_text("# 备忘\n\n不是报告。\n", encoding="utf-8")
    (repo / ".reportlint.yaml").write_text("exclude: ['notes.md']\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "reports")
    done = try_repo(repo, tmp_path / "pre-commit-home")
    out = done.stdout
    assert "README.md" not in out and "CHANGELOG.md" not in out and "notes.md" not in out, out
    assert "draft.docx:" in out and "RL203" in out, out  # the Word draft was read and checked
    assert "final.pdf:1:1: RL901" in out and done.returncode == 1, out
