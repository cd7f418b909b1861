"""Configuration files, suppressions, baselines and custom rule packs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

BAD = Path("fixtures/RL302-row-total/report.txt")  # RL301, RL302, RL401


def codes(out: str) -> list[str]:
    """The codes found, with those a diagnosed root cause explains (`related`)."""
    found = [f for d in json.loads(out)["documents"] for f in d["findings"]]
    return [f["code"] for f in found] + [r["code"] for f in found for r in f.get("related", ())]


def project(tmp_path, config_name: str, config: str) -> Path:
    (tmp_path / "reports").mkdir()
    shutil.copy(BAD, tmp_path / "reports" / "draft.txt")
    (tmp_path / config_name).write_text(config, encoding="utf-8")
    return tmp_path / "reports" / "draft.txt"


def test_yaml_config_selects_and_overrides_severity(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "ignore: [RL401]\nseverity: {RL302: warning}\nlang: en\n")
    _code, out, _ = cli("check", str(report), "--format", "json")
    assert sorted(codes(out)) == ["RL301", "RL302"]
    finding = next(f for f in json.loads(out)["documents"][0]["findings"] if f["code"] == "RL302")
    assert finding["severity"] == "warning" and finding["message"].startswith("Table 3")


def test_pyproject_config_and_cli_override(cli, tmp_path):
    report = project(tmp_path, "pyproject.toml", '[tool.reportlint]\nselect = ["RL3"]\nfail-level = "warning"\n')
    assert sorted(codes(cli("check", str(report), "--format", "json")[1])) == ["RL301", "RL302"]
    assert codes(cli("check", str(report), "--format", "json", "--select", "RL4")[1]) == ["RL401"]
    assert codes(cli("check", str(report), "--format", "json", "--isolated")[1]) != []


def test_per_file_ignores(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "per-file-ignores:\n  'reports/*.txt': [RL3]\n")
    assert codes(cli("check", str(report), "--format", "json")[1]) == ["RL401"]


def test_nearest_config_wins(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "ignore: [RL3]\n")
    (tmp_path / "reports" / ".reportlint.yaml").write_text("ignore: [RL4]\n", encoding="utf-8")
    assert sorted(codes(cli("check", str(report), "--format", "json")[1])) == ["RL301", "RL302"]


def test_unknown_key_and_bad_value_are_errors_with_file_and_line(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "select: [RL3]\ncolour: red\n")
    code, _, err = cli("check", str(report), "--lang", "en")
    assert code == 2 and ".reportlint.yaml:2: unknown key 'colour'" in err
    (tmp_path / ".reportlint.yaml").write_text("fail-level: fatal\n", encoding="utf-8")
    code, _, err = cli("check", str(report), "--lang", "en")
    assert code == 2 and ".reportlint.yaml:1: fail-level must be one of" in err


def test_pyproject_error_line(cli, tmp_path):
    report = project(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.reportlint]\nignor = ["RL3"]\n')
    code, _, err = cli("check", str(report), "--lang", "en")
    assert code == 2 and "pyproject.toml:5: unknown key 'ignor'" in err


def test_show_settings_says_where_each_value_came_from(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "ignore: [RL401]\n")
    code, out, _ = cli("check", str(report), "--show-settings", "--select", "RL3")
    assert code == 0
    assert "select = ['RL3']  # command line" in out
    assert f"ignore = ('RL401',)  # {tmp_path / '.reportlint.yaml'}" in out
    assert "fail-level = 'error'  # default" in out


def test_suppressions(cli, tmp_path):
    text = Path("fixtures/RL203-blank-cell/report.txt").read_text(encoding="utf-8")
    text = text.replace("（本列数据的勾稽关系为", "<!-- reportlint: disable=RL203 数据尚在汇总 -->\n（本列数据的勾稽关系为", 1)
    text = text.replace("一、总体情况", "<!-- reportlint: disable -->\n<!-- reportlint: disable=RL301 -->\n一、总体情况", 1)
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    _code, out, _ = cli("check", str(draft), "--format", "json")
    assert codes(out) == ["RL990", "RL991"]  # the blank cell is silenced; the bad and the unused one reported


def test_file_level_suppression(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("<!-- reportlint: disable-file=RL3,RL4 草稿 -->\n" + BAD.read_text(encoding="utf-8"), encoding="utf-8")
    assert codes(cli("check", str(draft), "--format", "json")[1]) == []


def test_baseline_reports_only_new_findings(cli, tmp_path):
    baseline = tmp_path / "baseline.json"
    cli("check", str(BAD), "--write-baseline", str(baseline))
    assert json.loads(baseline.read_text(encoding="utf-8"))["schema"] == "reportlint.baseline/1"
    code, out, _ = cli("check", str(BAD), "--baseline", str(baseline), "--format", "json")
    assert code == 0 and codes(out) == []
    assert cli("check", str(BAD), "--baseline", str(tmp_path / "missing.json"))[0] == 2


def test_custom_pack_extends_the_builtin(cli, tmp_path):
    pack = tmp_path / "province.yaml"
    pack.write_text(
        "pack: province\nextends: gov-2021.yaml\nrules:\n"
        "  - code: RL302\n    severity: warning\n"
        "  - code: RL801\n    name: province-contact\n    kind: section_mentions\n    severity: warning\n"
        "    options: {section: general, any_of: [联系电话], what: {zh: 未写联系电话, en: no contact phone}}\n"
        "    summary: {zh: 未写联系电话, en: no contact phone}\n"
        "    message: {zh: '总体情况：{what}', en: '总体情况: {what}'}\n"
        "    rationale: A province asks every report to give a phone number for questions about it.\n"
        "    examples:\n"
        "      pass: [{says: a phone number, text: \"一、总体情况\\n联系电话：0000-0000000\\n\"}]\n"
        "      fail: [{says: no phone number, text: \"一、总体情况\\n全年工作有序开展。\\n\"}]\n",
        encoding="utf-8")
    code, out, _ = cli("check", str(BAD), "--rules", str(pack), "--format", "json")
    found = {f["code"]: f["severity"] for f in json.loads(out)["documents"][0]["findings"]}
    assert found["RL302"] == "warning" and found["RL801"] == "warning"
    code, out, _ = cli("rules", "check", str(pack))
    assert code == 0 and "OK, pack province" in out


def test_rules_check_wants_examples(cli, tmp_path):
    pack = tmp_path / "thin.yaml"
    pack.write_text("pack: thin\nextends: gov-2021.yaml\nrules:\n  - code: RL302\n    examples: {pass: [x], fail: [y]}\n",
                    encoding="utf-8")
    code, _, err = cli("rules", "check", str(pack))
    assert code == 2 and "RL302" in err


def test_rules_check_rejects_a_broken_pack(cli, tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: bad\nextends: gov-2021.yaml\nrules:\n  - code: RL999\n    kind: equation\n", encoding="utf-8")
    code, _, err = cli("rules", "check", str(pack))
    assert code == 2 and "bad.yaml" in err


def test_typed_codes_must_name_rules(cli, tmp_path):
    for flag, typo, near in (("--select", "RL9999", "did you mean RL991?"), ("--ignore", "RL2033", "RL203"),
                             ("--extend-select", "RL8", "no such rule")):
        code, _, err = cli("check", str(BAD), flag, typo, "--lang", "en")
        assert code == 2 and f"{flag}: {typo}: no such rule" in err and near in err, err
    code, _, err = cli("check", str(BAD), "--select", "RL9999", "--lang", "zh")
    assert code == 2 and err == "reportlint：错误：--select: RL9999：没有这条规则；是否要写 RL991？\n", err
    assert cli("check", str(BAD), "--select", "RL3", "--ignore", "RL302")[0] == 1  # prefixes of real codes


def test_config_codes_must_name_rules(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "lang: en\nignore: [RL401]\nseverity: {RL3021: warning}\n")
    code, _, err = cli("check", str(report), "--lang", "en")  # the file's own `lang` is not read: it is broken
    assert code == 2 and f"{tmp_path / '.reportlint.yaml'}:3: RL3021: no such rule; did you mean RL302?" in err, err
    code, _, err = cli("check", str(report), "--lang", "zh")
    assert code == 2 and f"{tmp_path / '.reportlint.yaml'}:3: RL3021：没有这条规则；是否要写 RL302？" in err, err


def test_suppression_of_an_unknown_code_is_rl990_naming_the_closest(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(BAD.read_text(encoding="utf-8").replace(
        "一、总体情况", "<!-- reportlint: disable=RL3022 -->\n一、总体情况", 1), encoding="utf-8")
    code, out, _ = cli("check", str(draft), "--format", "json", "--lang", "en")
    found = [f for d in json.loads(out)["documents"] for f in d["findings"] if f["code"] == "RL990"]
    assert code == 1 and len(found) == 1, out
    assert "RL3022: no such rule; did you mean RL302?" in found[0]["message"]


def test_exclude_in_the_config(cli, tmp_path):
    report = project(tmp_path, ".reportlint.yaml", "exclude: [README.md, 'notes/*']\n")
    (tmp_path / "reports" / "README.md").write_text("# Reports\n\nNot a report.\n", encoding="utf-8")
    code, out, _ = cli("check", str(report.parent / "README.md"), "--format", "json")
    assert code == 0 and json.loads(out)["documents"] == []
    code, out, _ = cli("check", str(report.parent / "README.md"), str(report), "--format", "json")
    assert code == 1 and [d["source"] for d in json.loads(out)["documents"]] == [str(report)]
