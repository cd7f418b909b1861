"""One bad input never stops a run: an exception, a hang, a dead worker or a memory bomb while reading or
checking one input is a finding of that input (RL901, RL908), the next input is still checked, and the
exit code is 2 only for usage, configuration and pack errors."""

from __future__ import annotations

import json
import os
import signal
import time
from decimal import Decimal
from pathlib import Path

import pytest

from reportlint.checks import CHECKS as KINDS
from reportlint.engine import lint
from reportlint.model import number_text
from reportlint.pack import load_builtin

GOOD = "fixtures/RL301-balance/report.txt"  # two RL301 findings: proof that it was checked
COMPLIANT = Path("fixtures/compliant-tab/report.txt")


def _by_source(out: str) -> dict[str, list[dict]]:
    return {d["source"]: d["findings"] for d in json.loads(out)["documents"]}


def _checked(findings: list[dict]) -> bool:
    return [f["code"] for f in findings].count("RL301") == 2


@pytest.fixture
def bad(tmp_path):
    """A report that the patched rule kind below misbehaves on (it names itself in its title)."""
    path = tmp_path / "bad.txt"
    path.write_text(Path(GOOD).read_text(encoding="utf-8").replace("示例市示例区科学技术局", "示例市故障局", 1),
                    encoding="utf-8")
    return str(path)


def _patch_equation(monkeypatch, action):
    original = KINDS["equation"]

    def equation(doc, rule, pack, *related):  # (related: the reports a rule across reports compares)
        if "故障局" in (doc.agency or "") and not related:
            action()
        yield from original(doc, rule, pack, *related)

    monkeypatch.setitem(KINDS, "equation", equation)


def test_an_exception_in_a_check_is_rl901_and_the_next_input_is_checked(cli, monkeypatch, bad):
    _patch_equation(monkeypatch, lambda: [][0])
    code, out, err = cli("check", bad, GOOD, "--format", "json", "--lang", "en")
    assert code == 1 and err == ""
    docs = _by_source(out)
    assert [f["code"] for f in docs[bad]] == ["RL901"]
    assert docs[bad][0]["message"] == ("cannot read the input: reportlint failed on this input "
                                       "(IndexError: list index out of range); please report it")
    assert _checked(docs[GOOD])


def test_debug_prints_the_traceback(cli, monkeypatch, bad):
    _patch_equation(monkeypatch, lambda: [][0])
    code, _, err = cli("check", bad, GOOD, "--debug", "--format", "concise")
    assert code == 1
    assert f"reportlint: {bad}: internal error:" in err and "Traceback" in err and "IndexError" in err


def test_a_hang_is_stopped_at_the_time_limit(cli, monkeypatch, bad):
    _patch_equation(monkeypatch, lambda: time.sleep(60))
    start = time.monotonic()
    # 5 s: the good report must be checked within the limit even on a loaded machine
    code, out, _ = cli("check", bad, GOOD, "--time-limit", "5", "--format", "json", "--lang", "en")
    assert time.monotonic() - start < 40
    docs = _by_source(out)
    assert [(f["code"], f["severity"]) for f in docs[bad]] == [("RL908", "error")]
    assert "longer than 5 s" in docs[bad][0]["message"]
    assert _checked(docs[GOOD])
    assert code == 1


def test_a_hang_in_c_code_is_stopped_too(cli, monkeypatch, bad):
    import re

    _patch_equation(monkeypatch, lambda: re.match(r"(a|aa)+$", "a" * 60 + "b"))  # exponential, all in C
    _, out, _ = cli("check", bad, GOOD, "--time-limit", "5", "--format", "json")
    docs = _by_source(out)
    assert [f["code"] for f in docs[bad]] == ["RL908"] and _checked(docs[GOOD])


def test_a_killed_worker_is_retried_once_then_reported(cli, monkeypatch, bad):
    _patch_equation(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    code, out, _ = cli("check", bad, GOOD, "--format", "json", "--lang", "en")
    docs = _by_source(out)
    assert [f["code"] for f in docs[bad]] == ["RL901"]
    assert docs[bad][0]["message"] == "cannot read the input: the process reading it died (killed by signal SIGKILL), twice"
    assert _checked(docs[GOOD]) and code == 1


@pytest.mark.parametrize("with_good", [True, False], ids=["pool", "single-input-fork"])
def test_a_process_killed_once_is_restarted_and_the_input_retried(cli, monkeypatch, bad, tmp_path, with_good):
    flag = tmp_path / "killed-once"

    def die_once():
        if not flag.exists():
            flag.write_text("x")
            os.kill(os.getpid(), signal.SIGKILL)

    _patch_equation(monkeypatch, die_once)
    inputs = (bad, GOOD) if with_good else (bad,)
    _, out, _ = cli("check", *inputs, "--format", "json")
    docs = _by_source(out)
    assert flag.exists() and _checked(docs[bad]) and (not with_good or _checked(docs[GOOD]))


def test_memory_exhaustion_is_rl908(cli, monkeypatch, bad):
    def bomb():
        raise MemoryError

    _patch_equation(monkeypatch, bomb)
    _, out, _ = cli("check", bad, GOOD, "--format", "json", "--lang", "en")
    docs = _by_source(out)
    assert [f["code"] for f in docs[bad]] == ["RL908"]
    assert "more memory than the limit" in docs[bad][0]["message"]
    assert _checked(docs[GOOD])


def test_without_a_time_limit_the_input_is_checked_in_process(cli, monkeypatch, bad):
    _patch_equation(monkeypatch, lambda: [][0])
    _, out, _ = cli("check", bad, GOOD, "--time-limit", "0", "--format", "json")
    docs = _by_source(out)
    assert [f["code"] for f in docs[bad]] == ["RL901"] and _checked(docs[GOOD])


def test_a_bad_pack_is_still_exit_2(cli, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("name: x\n", encoding="utf-8")
    code, out, err = cli("check", GOOD, "--rules", str(pack), "--lang", "en")
    assert code == 2 and out == "" and err.startswith("reportlint: error:")


def test_a_bad_time_limit_is_a_usage_error(cli):
    code, _, err = cli("check", GOOD, "--time-limit", "-1")
    assert code == 2 and "--time-limit" in err


def test_a_custom_pack_without_rl901_still_reports_the_failure(monkeypatch):
    from dataclasses import replace

    pack = load_builtin()
    bare = replace(pack, rules=tuple(r for r in pack.rules if not r.code.startswith("RL9")))
    monkeypatch.setitem(KINDS, "equation", lambda doc, rule, pack: iter([1 / 0]))
    result = lint(GOOD, bare)
    assert [(f.code, f.name, f.severity.value) for f in result.findings] == [("RL901", "input-unreadable", "error")]


# ---- 29-digit counts -------------------------------------------------------------------

def test_29_digit_counts_are_summed_exactly(tmp_path):
    """Decimal's default context rounds to 28 digits: a correct 29-digit total gave RL304 "X ≠ X"."""
    big = 10**28  # 29 digits
    row = "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t1\t0\t1"
    assert row in COMPLIANT.read_text(encoding="utf-8")
    right = f"{big + 1}\t1\t0\t1\t{big + 3}\t1\t0\t0\t0\t1\t0\t0\t1\t0\t1"
    wrong = f"{big + 1}\t1\t0\t1\t{big + 4}\t1\t0\t0\t0\t1\t0\t0\t1\t0\t1"
    found = {}
    for name, new in (("right", right), ("wrong", wrong)):
        path = tmp_path / f"{name}.txt"
        path.write_text(COMPLIANT.read_text(encoding="utf-8").replace(row, new),
                        encoding="utf-8")
        found[name] = [f for f in lint(str(path), load_builtin()).findings if f.code == "RL304"]
    assert found["right"] == []
    assert [(f.evidence["reported"], f.evidence["computed"]) for f in found["wrong"]] == [
        (str(big + 4), str(big + 3))]
    assert number_text(Decimal(big + 1)) == str(big + 1)


def test_a_pack_the_worker_loads_itself_comes_back(cli):
    """The 2019 pack is loaded on demand, in the worker: its result must still reach the reporter."""
    _, out, _ = cli("check", "fixtures/format-2019-compliant/report.txt", GOOD, "--format", "json")
    docs = json.loads(out)["documents"]
    assert [(d["pack"], [f["code"] for f in d["findings"]]) for d in docs] == [
        ("gov-2019", []), ("gov-2021", ["RL401", "RL301", "RL301"])]


def test_a_custom_pack_reaches_a_spawned_worker(tmp_path):
    from reportlint.engine import Options
    from reportlint.pack import load_pack
    from reportlint.resources import rules_dir
    from reportlint.workers import Workers

    custom = tmp_path / "mine.yaml"
    custom.write_text((rules_dir() / "gov-2021.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    pack = load_pack(custom)
    with Workers(1, time_limit=60, method="spawn") as workers:
        result = workers.call(lint, GOOD, pack, Options())
    assert result.pack is pack and [f.code for f in result.findings].count("RL301") == 2


# ---- one input: checked in a process forked for it alone (workers.OneShot) ---------------

def test_a_single_input_hang_is_stopped_at_the_time_limit(cli, monkeypatch, bad):
    _patch_equation(monkeypatch, lambda: time.sleep(60))
    start = time.monotonic()
    code, out, err = cli("check", bad, "--time-limit", "2", "--format", "json", "--lang", "en")
    assert time.monotonic() - start < 30
    findings = _by_source(out)[bad]
    assert [(f["code"], f["severity"]) for f in findings] == [("RL908", "error")]
    assert "longer than 2 s" in findings[0]["message"]
    assert code == 1 and err == ""


def test_a_single_input_hang_in_c_code_is_stopped_too(cli, monkeypatch, bad):
    import re

    _patch_equation(monkeypatch, lambda: re.match(r"(a|aa)+$", "a" * 60 + "b"))
    code, out, _ = cli("check", bad, "--time-limit", "2", "--format", "json")
    assert [f["code"] for f in _by_source(out)[bad]] == ["RL908"] and code == 1


def test_a_single_input_whose_process_is_killed_is_retried_once_then_reported(cli, monkeypatch, bad, tmp_path):
    tries = tmp_path / "tries"

    def die():
        with tries.open("a") as fh:
            fh.write("x")
        os.kill(os.getpid(), signal.SIGKILL)

    _patch_equation(monkeypatch, die)
    code, out, _ = cli("check", bad, "--format", "json", "--lang", "en")
    findings = _by_source(out)[bad]
    assert tries.read_text() == "xx"
    assert [f["message"] for f in findings] == [
        "cannot read the input: the process reading it died (killed by signal SIGKILL), twice"]
    assert code == 1


@pytest.mark.parametrize(("action", "code", "words"), [
    (lambda: [][0], "RL901", "IndexError: list index out of range"),
    (lambda: (_ for _ in ()).throw(MemoryError), "RL908", "more memory than the limit"),
])
def test_a_single_input_failing_in_its_process_is_a_finding(cli, monkeypatch, bad, action, code, words):
    _patch_equation(monkeypatch, action)
    status, out, err = cli("check", bad, "--format", "json", "--lang", "en")
    findings = _by_source(out)[bad]
    assert [f["code"] for f in findings] == [code] and words in findings[0]["message"]
    assert status == 1 and err == ""


def test_a_single_input_is_checked_in_a_child_process(cli, monkeypatch, bad):
    """The check runs in another process (what the time limit relies on), and its result comes back whole."""
    pids = []
    _patch_equation(monkeypatch, lambda: pids.append(os.getpid()) or Path(bad + ".pid").write_text(str(os.getpid())))
    _, out, _ = cli("check", bad, "--format", "json")
    assert pids == [] and int(Path(bad + ".pid").read_text()) != os.getpid()
    assert _checked(_by_source(out)[bad])
