from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPORTLINT_SHARED") or ROOT.parent / "shared")  # the shared corpus, beside the clone


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run the CLI in-process from the repository root: returns (exit code, stdout, stderr)."""
    monkeypatch.chdir(ROOT)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run
