"""`check --jobs N`: several worker processes at once, the output in input order and the same as one worker's."""

from __future__ import annotations

import json
import time
from pathlib import Path

from reportlint.checks import CHECKS as KINDS

INPUTS = ["fixtures/RL301-balance/report.txt", "fixtures/compliant-tab/report.txt", "fixtures/RL203-blank-cell/report.txt",
          "fixtures/html-cms-a/page.html", "fixtures/format-2019-compliant/report.txt"]


def _slow_first(monkeypatch, tmp_path) -> str:
    """A copy of the first input whose checking sleeps: the inputs after it finish first."""
    path = tmp_path / "slow.txt"
    path.write_text(Path(INPUTS[0]).read_text(encoding="utf-8").replace("示例市示例区科学技术局", "示例市迟缓局", 1),
                    encoding="utf-8")
    original = KINDS["equation"]

    def equation(doc, rule, pack, *related):
        if "迟缓局" in (doc.agency or "") and not related:
            time.sleep(0.5)
        yield from original(doc, rule, pack, *related)

    monkeypatch.setitem(KINDS, "equation", equation)
    return str(path)


def test_two_jobs_give_one_jobs_output_in_input_order(cli, monkeypatch, tmp_path):
    slow = _slow_first(monkeypatch, tmp_path)
    specs = [slow, *INPUTS]
    one = cli("check", *specs, "--jobs", "1", "--format", "json", "--lang", "en")
    two = cli("check", *specs, "--jobs", "2", "--format", "json", "--lang", "en")
    assert one == two
    docs = json.loads(two[1])["documents"]
    assert [d["source"] for d in docs] == specs
    assert [f["code"] for f in docs[1]["findings"]].count("RL301") == 2  # checked, not merely listed


def test_an_input_over_its_time_limit_keeps_its_place(cli, monkeypatch, tmp_path):
    slow = _slow_first(monkeypatch, tmp_path)
    monkeypatch.setitem(KINDS, "equation", _sleeping(KINDS["equation"], 30))
    code, out, _ = cli("check", INPUTS[1], slow, INPUTS[2], "--jobs", "2", "--time-limit", "2", "--format", "json")
    docs = json.loads(out)["documents"]
    assert [d["source"] for d in docs] == [INPUTS[1], slow, INPUTS[2]]
    assert [f["code"] for f in docs[1]["findings"]] == ["RL908"]
    assert "RL908" not in [f["code"] for d in (docs[0], docs[2]) for f in d["findings"]]
    assert code == 1


def _sleeping(original, seconds):
    def equation(doc, rule, pack, *related):
        if "迟缓局" in (doc.agency or "") and not related:
            time.sleep(seconds)
        yield from original(doc, rule, pack, *related)

    return equation


def test_extract_takes_jobs_too(cli):
    one = cli("extract", *INPUTS, "--jobs", "1")
    two = cli("extract", *INPUTS, "--jobs", "2")
    assert one == two and [d["source"] for d in json.loads(two[1])["documents"]] == INPUTS


def test_jobs_below_one_is_a_usage_error(cli):
    code, _, err = cli("check", INPUTS[0], "--jobs", "0", "--lang", "en")
    assert code == 2 and "--jobs must be at least 1" in err


def test_a_workers_tables_travel_packed_and_are_unpickled_only_when_read():
    """A result from a worker carries its document's tables as one pickle: the ids are there at once, the
    cells (equal to the document's own) only once looked into, and passed on as the same bytes."""
    import pickle

    from reportlint.engine import Options, for_parent, lint
    from reportlint.pack import load_builtin
    from reportlint.workers import PackedTables, Workers

    pack = load_builtin()
    result = lint(INPUTS[0], pack, Options())
    with Workers(1) as workers:
        sent = workers.call(_lint_in_worker, INPUTS[0], pack)
    tables = sent.document.tables
    assert isinstance(tables, PackedTables) and tables._tables is None
    assert sorted(tables) == sorted(result.document.tables) and "t3" in tables and "t9" not in tables
    assert tables._tables is None  # which tables there are: nothing unpickled
    assert tables["t3"] == result.document.tables["t3"] and tables._tables is not None
    assert sent.document == result.document and sent.findings == result.findings
    again = pickle.loads(pickle.dumps(tables))
    assert again._data == tables._data and dict(again) == dict(result.document.tables)
    assert for_parent(result).document.tables._data == PackedTables.of(result.document.tables)._data


def _lint_in_worker(spec, pack):
    from reportlint.cli import _lint
    from reportlint.engine import Options

    return _lint(spec, pack, Options())


# ---- Workers.in_order: each worker holds two calls, each call keeps its own time limit -------------

def _nap(seconds, value):
    time.sleep(seconds)
    return value


def _die_once(flag, value):
    import os
    import signal

    if not Path(flag).exists():
        Path(flag).write_text("x")
        os.kill(os.getpid(), signal.SIGKILL)
    return value


def _die(value):
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def _fail(value):
    raise ValueError(value)


def test_in_order_a_call_past_its_limit_takes_only_itself_with_it():
    from reportlint.workers import OverBudget, Workers

    with Workers(1, time_limit=1.5) as workers:  # one worker: the calls after the hang wait in its pipe
        got = list(workers.in_order([(_nap, (30, "hang")), (_nap, (0, "a")), (_nap, (0, "b"))], window=3))
    assert isinstance(got[0], OverBudget) and got[1:] == [("ok", "a"), ("ok", "b")]


def test_in_order_each_call_has_its_own_limit_from_when_the_one_before_answered():
    from reportlint.workers import Workers

    with Workers(1, time_limit=2.5) as workers:  # 3 x 1 s on one worker: each within 2.5 s, all three not
        got = list(workers.in_order([(_nap, (1, i)) for i in range(3)], window=3))
    assert got == [("ok", 0), ("ok", 1), ("ok", 2)]


def test_in_order_a_dead_worker_retries_its_call_once_and_the_others_are_unaffected(tmp_path):
    from reportlint.workers import WorkerDied, Workers

    calls = [(_die_once, (str(tmp_path / "flag"), "again")), (_nap, (0, "a")), (_die, ("x",)), (_fail, ("bad",)),
             (_nap, (0, "b"))]
    for size in (1, 2):
        (tmp_path / "flag").unlink(missing_ok=True)
        with Workers(size, time_limit=30) as workers:
            got = list(workers.in_order(calls, window=2 * size))
        assert got[:2] == [("ok", "again"), ("ok", "a")] and isinstance(got[2], WorkerDied)
        assert got[3][0] == "error" and isinstance(got[3][1], ValueError) and got[4] == ("ok", "b")


def test_in_order_a_worker_dead_before_the_next_call_is_sent_answers_for_none_of_them():
    """The worker dies under its first call before the second is sent: the second goes to a new worker and the
    answers stay with their calls (the new worker never answers for the call the dead one had)."""
    from reportlint.workers import WorkerDied, Workers

    def calls():
        yield _die, ("x",)
        time.sleep(1)  # read between the two sends: the worker is dead by then
        yield _nap, (0, "b")
        yield _nap, (0, "c")

    with Workers(1, time_limit=30) as workers:
        got = list(workers.in_order(calls(), window=2))
    assert isinstance(got[0], WorkerDied) and got[1:] == [("ok", "b"), ("ok", "c")]


def test_a_pack_travels_by_name_only_when_it_is_the_shipped_pack_itself(tmp_path):
    import shutil

    from reportlint.pack import load_builtin, load_pack
    from reportlint.resources import rules_dir
    from reportlint.workers import _builtin_name

    shipped = load_builtin()
    copy = tmp_path / Path(shipped.path).name
    shutil.copy(shipped.path, copy)
    same_file_other_object = load_pack(rules_dir() / Path(shipped.path).name)
    for _ in range(3):  # asked again: the memo answers as the first time
        assert _builtin_name(shipped) == Path(shipped.path).name
        assert _builtin_name(load_pack(copy)) is None
        assert _builtin_name(same_file_other_object) is None


def test_the_collector_runs_less_often_during_a_run_and_as_before_after_it(tmp_path, monkeypatch):
    import gc

    from reportlint import cli

    seen: list[tuple[int, ...]] = []
    real = cli._collect

    def spy() -> None:
        real()
        seen.append(gc.get_threshold())

    monkeypatch.setattr(cli, "_collect", spy)
    before = gc.get_threshold()
    report = tmp_path / "r.txt"
    report.write_text("2024年度政府信息公开工作年度报告\n", encoding="utf-8")
    cli.main(["check", str(report), "--format", "json", "-o", str(tmp_path / "out.json"), "--jobs", "1"])
    assert seen and seen[-1] == (5000, *before[1:])
    assert gc.get_threshold() == before and gc.isenabled()
