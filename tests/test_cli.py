"""The command line: exit codes, selection, languages, stdin, folders and errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "fixtures/compliant-tab/report.txt"
BAD = "fixtures/RL302-row-total/report.txt"  # RL302 (its fix explains RL301), and RL401 as info (the prose says 25)
WARN_ONLY = "fixtures/RL202-collapsed-rows/report.txt"  # RL202 warnings


def test_clean_report_exits_0(cli):
    code, out, _ = cli("check", GOOD, "--lang", "en")
    assert code == 0
    assert out == "No problems found in 1 document\n"


def test_findings_exit_1_and_exit_zero(cli):
    assert cli("check", BAD)[0] == 1
    assert cli("check", BAD, "--exit-zero")[0] == 0


def test_fail_level(cli):
    assert cli("check", WARN_ONLY)[0] == 0  # warnings only: below the default fail level
    assert cli("check", WARN_ONLY, "--fail-level", "warning")[0] == 1


def test_select_and_ignore_by_prefix(cli):
    _, out, _ = cli("check", BAD, "--format", "json", "--select", "RL3")
    findings = json.loads(out)["documents"][0]["findings"]
    assert [(f["code"], [r["code"] for r in f["related"]]) for f in findings] == [("RL302", ["RL301"])]
    _, out, _ = cli("check", BAD, "--format", "json", "--select", "RL")
    assert {f["code"] for f in json.loads(out)["documents"][0]["findings"]} == {"RL302", "RL401"}
    _, out, _ = cli("check", BAD, "--format", "json", "--select", "RL3", "--ignore", "RL301")
    assert {f["code"] for f in json.loads(out)["documents"][0]["findings"]} == {"RL302"}
    code, out, _ = cli("check", BAD, "--ignore", "RL3,RL2,RL4")
    assert code == 0


def test_bad_code_is_a_usage_error(cli):
    code, _, err = cli("check", BAD, "--select", "E501", "--lang", "en")
    assert code == 2 and "not a rule code" in err


def test_unknown_option_exits_2(cli):
    with pytest.raises(SystemExit) as exc:
        cli("check", BAD, "--no-such-option")
    assert exc.value.code == 2


def test_lang_follows_environment(cli, monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "Found 2 problems" in cli("check", BAD)[1]
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert "发现 2 个问题" in cli("check", BAD)[1]
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert "发现 2 个问题" in cli("check", BAD)[1]


def test_stdin(cli, monkeypatch):
    data = Path(BAD).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = cli("check", "-", "--lang", "en", "--select", "RL3")
    assert code == 1 and out.startswith("-\n-:38:32: RL302")


def test_folder_is_walked(cli, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_bytes(Path(GOOD).read_bytes())
    (tmp_path / "two.md").write_bytes(Path(BAD).read_bytes())
    (tmp_path / "notes.json").write_text("{}")
    _, out, _ = cli("check", str(tmp_path), "--format", "json")
    sources = [d["source"] for d in json.loads(out)["documents"]]
    assert [s.split("/")[-1] for s in sources] == ["one.txt", "two.md"]


def test_empty_folder_is_a_usage_error(cli, tmp_path):
    code, _, err = cli("check", str(tmp_path), "--lang", "en")
    assert code == 2 and "no report files" in err


def test_missing_file_is_a_finding_and_the_run_goes_on(cli):
    code, out, _ = cli("check", "no/such/file.txt", GOOD, "--format", "json", "--lang", "en")
    docs = json.loads(out)["documents"]
    assert code == 1
    assert docs[0]["findings"][0]["code"] == "RL901"
    assert "cannot read the file" in docs[0]["findings"][0]["message"]
    assert docs[1]["findings"] == []


def test_output_file(cli, tmp_path):
    target = tmp_path / "out.json"
    _, out, _ = cli("check", BAD, "--format", "json", "-o", str(target))
    assert out == "" and json.loads(target.read_text(encoding="utf-8"))["summary"]["findings"] == 2


def test_rules_listing(cli):
    code, out, _ = cli("rules", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("RL101  required-section")
    assert any(line.startswith("RL304") for line in lines)
    data = json.loads(cli("rules", "--format", "json")[1])
    assert {r["code"] for r in data["rules"]} >= {"RL101", "RL102", "RL201", "RL202", "RL203", "RL204", "RL301",
                                                 "RL302", "RL303", "RL304", "RL901", "RL902"}


def test_broken_pack_exits_2_with_file_and_line(cli, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: x\nrules:\n  - code: RL1\n", encoding="utf-8")
    code, _, err = cli("check", GOOD, "--rules", str(pack))
    assert code == 2
    assert f"{pack}:3:" in err


def test_python_dash_m_and_version():
    out = subprocess.run([sys.executable, "-m", "reportlint", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("reportlint ")


def test_no_command_exits_2(cli):
    assert cli()[0] == 2
