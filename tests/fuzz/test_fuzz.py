"""Fuzzing kept (bounded for CI): mutated reports of every kind are read and checked without an internal
error and within the time budget; the regression corpus of the hardening issue in one run.
benchmarks/fuzz.py runs the same strategies at 10,000 inputs a kind."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from mutate import KINDS, mutants

from reportlint.engine import Options, lint
from reportlint.pack import builtin_packs, load_builtin
from reportlint.workers import OverBudget, Workers

EXAMPLES = {"text": 60, "markdown": 40, "html": 60, "docx": 30, "pdf": 25}
PACK = load_builtin()
OPTIONS = Options(packs=builtin_packs(), debug=True)


@pytest.fixture(scope="module")
def workers():
    with Workers(1, time_limit=30) as pool:
        yield pool


def internal_errors(result) -> list[str]:
    return [n.text for n in result.notes if n.rule == "RL901" and "Traceback" in n.text]


@pytest.mark.parametrize("kind", list(KINDS))
def test_mutated_inputs_never_fail_inside_reportlint(kind, workers, tmp_path_factory):
    folder = tmp_path_factory.mktemp(kind)

    @settings(max_examples=EXAMPLES[kind], deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(mutants(kind))
    def check(data: bytes) -> None:
        path = folder / f"input{KINDS[kind]}"
        path.write_bytes(data)
        try:
            result = workers.call(lint, str(path), PACK, OPTIONS)
        except OverBudget:
            pytest.fail(f"over the time budget: {data[:200]!r}")
        assert not internal_errors(result), internal_errors(result)[0]

    check()


def test_the_regression_corpus_in_one_run(cli, tmp_path):
    from hostile import regression_inputs

    for name, data in regression_inputs().items():
        (tmp_path / name).write_bytes(data)
    code, out, err = cli("check", str(tmp_path), "--format", "json", "--lang", "en")
    docs = json.loads(out)["documents"]
    assert code == 1 and err == ""
    assert len(docs) == len(regression_inputs())
    for doc in docs:
        messages = [f["message"] for f in doc["findings"]]
        assert not any("reportlint failed" in m or "longer than" in m for m in messages), (doc["source"], messages)
    by_name = {os.path.basename(d["source"]): [f["code"] for f in d["findings"]] for d in docs}
    assert by_name["part-bomb.docx"] == ["RL908"] and by_name["empty-row.html"] == ["RL902"]
