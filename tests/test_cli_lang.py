"""One-line usage errors in the user's language: Chinese by default, English with --lang en, REPORTLINT_LANG=en
or an English locale; one line, exit 2, whatever the language."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_language_in_environment(monkeypatch):
    for var in ("REPORTLINT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _error(cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_a_usage_error_is_chinese_by_default_and_english_when_asked(cli, monkeypatch):
    assert _error(cli, "check", "--max-size", "0", "x.txt") == "reportlint：错误：--max-size 必须是正数（MB）"
    english = "reportlint: error: --max-size must be a positive number of megabytes"
    assert _error(cli, "check", "--max-size", "0", "x.txt", "--lang", "en") == english
    monkeypatch.setenv("REPORTLINT_LANG", "en")
    assert _error(cli, "check", "--max-size", "0", "x.txt") == english
    assert _error(cli, "check", "--max-size", "0", "x.txt", "--lang", "zh").startswith("reportlint：错误：")
    monkeypatch.delenv("REPORTLINT_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert _error(cli, "check", "--max-size", "0", "x.txt") == english


def test_a_command_without_lang_follows_the_environment(cli, tmp_path, monkeypatch):
    missing = str(tmp_path / "none.sqlite")
    assert _error(cli, "db", missing) == f"reportlint：错误：{missing} 处没有扫描库"
    monkeypatch.setenv("REPORTLINT_LANG", "en")
    assert _error(cli, "db", missing) == f"reportlint: error: no store at {missing}"


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["check", "--select", "XX1", "r.txt"], "不是规则代码或前缀：XX1（应如 RL3 或 RL203）",
     "not a rule code or prefix: XX1 (expected e.g. RL3 or RL203)"),
    (["scan", "ftp://a/"], "不是 http(s) 地址：ftp://a/", "not an http(s) URL: ftp://a/"),
    (["explain", "RL000"], "没有规则 'RL000'（见 reportlint rules）", "no rule 'RL000' (see 'reportlint rules')"),
])
def test_each_error_in_each_language(cli, args, zh, en):
    assert _error(cli, *args) == f"reportlint：错误：{zh}"
    assert _error(cli, *args, "--lang", "en") == f"reportlint: error: {en}"


def test_a_roster_error_names_the_line_in_either_language(cli, tmp_path):
    (tmp_path / "r.csv").write_text("单位,层级\n甲局,部门\n乙局,处室\n", encoding="utf-8")
    args = ["scan", "--roster", str(tmp_path / "r.csv"), "--db", str(tmp_path / "s.sqlite")]
    assert _error(cli, *args).endswith("r.csv:3: 乙局 的层级 '处室' 无效：应为 政府、部门、乡镇 或 其他")
    assert _error(cli, *args, "--lang", "en").endswith("r.csv:3: level '处室' of 乙局: expected 政府, 部门, 乡镇 or 其他")


def test_an_error_worded_elsewhere_keeps_its_words():
    from reportlint.cli import UsageError
    from reportlint.scan.roster import RosterError

    wrapped = UsageError.of(RosterError("roster.no_name", path="r.csv", line=2))
    assert (wrapped.text("zh"), wrapped.text("en")) == ("r.csv:2: 缺少单位名称", "r.csv:2: no body name")
    plain = UsageError.of(ValueError("as it was"))
    assert plain.text("zh") == plain.text("en") == str(plain) == "as it was"


def test_a_configuration_error_names_the_line_in_either_language(cli, tmp_path):
    (tmp_path / ".reportlint.yaml").write_text("fail-level: error\nlang: fr\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text("一、总体情况\n", encoding="utf-8")
    report = str(tmp_path / "r.txt")
    assert _error(cli, "check", report).endswith(".reportlint.yaml:2: lang 必须是 zh 或 en")
    assert _error(cli, "check", report, "--lang", "en").endswith(".reportlint.yaml:2: lang must be zh or en")
