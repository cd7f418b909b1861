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


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole session (tests/pg_server.py), or a skip saying what is missing."""
    import pg_server as server

    why = server.missing()
    if why:
        pytest.skip(why)
    running = server.Server()
    yield running
    running.close()


@pytest.fixture
def pg_url(pg_server, request):
    """A new, empty database on the session's server, named for the test."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:55]
    return pg_server.create_database(name)
