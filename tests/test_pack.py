"""Rule packs: the built-in pack is valid; a broken pack fails with file:line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from reportlint.pack import PackError, load_builtin, load_pack
from reportlint.resources import rules_dir

BUILTIN = (rules_dir() / "gov-2021.yaml").read_text(encoding="utf-8")


def test_builtin_pack_matches_its_schema():
    schema = json.loads((rules_dir() / "pack.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(BUILTIN), schema)
    assert load_pack(rules_dir() / "gov-2021.yaml").name == "gov-2021"
    assert load_pack(rules_dir() / "gov-2019.yaml").name == "gov-2019"  # schema-checked after merging


def test_2019_pack_extends_the_2021_pack():
    pack = load_pack(rules_dir() / "gov-2019.yaml")
    assert "other" in pack.tables["t3"].row_keys and "other_1" not in pack.tables["t3"].row_keys
    assert "procurement" in pack.tables["t2"].row_keys
    assert pack.rule("RL303").expr.text.endswith("sum(t3[granted:other, $col])")
    assert pack.rule("RL303").message == load_builtin().rule("RL303").message  # merged field by field
    assert pack.rule("RL504") is None


def test_builtin_pack_keys_are_the_canonical_ones():
    pack = load_builtin()
    t3 = pack.tables["t3"]
    assert t3.col_keys == ("natural", "commercial", "research", "social", "legal", "other_org", "total")
    assert t3.row_keys[:4] == ("new", "carried_over", "granted", "partial")
    assert t3.row_keys[-2:] == ("total", "carry_forward") and len(t3.row_keys) == 25
    assert pack.tables["t4"].row_keys == ("review", "suit_direct", "suit_after_review")


def test_every_rule_has_both_languages_a_rationale_and_examples():
    for rule in load_builtin().rules:
        assert rule.message["zh"] and rule.message["en"] and rule.summary["zh"] and rule.summary["en"]
        assert len(rule.rationale) > 40, rule.code
        assert rule.examples.get("pass") and rule.examples.get("fail"), rule.code


def broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in BUILTIN, old
    path = tmp_path / "pack.yaml"
    path.write_text(BUILTIN.replace(old, new, 1), encoding="utf-8")
    return path


def line_no(old: str) -> int:
    return BUILTIN[: BUILTIN.index(old)].count("\n") + 1


CASES = {
    "bad yaml": ("layout: blocks", "layout: [blocks", "invalid YAML"),
    "unknown key": ("    layout: grid", "    layout: grid\n    colour: red", "unknown key"),
    "wrong type": ("    ordinal: 3\n", "    ordinal: three\n", "is not of type 'integer'"),
    "unknown table": ("for: {col: t3.columns}", "for: {col: t9.columns}", "unknown table 't9'"),
    "unknown row key": ("t3[$row, total] = sum(", "t3[$row, totl] = sum(", "has no column 'totl'"),
    "unknown column in row": ("columns: [decisions]}", "columns: [decision]}", "unknown column 'decision'"),
    "bad expression": ("assert: 't4[$row, total]", "assert: 't4[$row total]", "bad expression"),
    "unbound variable": ("for: {row: t4.rows}", "for: {col: t4.rows}", "$row is not bound"),
    "missing language": ("      en: 'missing required section \"{ordinal}{title}\"'\n", "",
                         "'en' is a required property"),
    "unknown kind": ("kind: required_sections", "kind: required_section", "unknown kind"),
    "duplicate code": ("  - code: RL102", "  - code: RL101", "duplicate rule code RL101"),
    # options are declared per kind (reportlint.kinds): a typo is caught at load, not at check time
    "misspelt option": ("      any_of: [信息处理费", "      anyof: [信息处理费",
                        "rule RL701: unknown option 'anyof'; did you mean 'any_of'?"),
    "missing option": ("      min_chars: 30\n", "", "missing option 'min_chars'"),
    "option of the wrong type": ("      min_chars: 30", "      min_chars: thirty", "expected a whole number"),
    "bad value expression": ("          value: 't3[carried_over, total]'", "          value: 't3[carried_over total]'",
                             "bad expression 't3[carried_over total]'"),
    "value with an unknown row": ("          value: 't3[carried_over, total]'", "          value: 't3[carried_ovr, total]'",
                                  "table t3 has no row 'carried_ovr'; did you mean 'carried_over'?"),
    "misspelt placeholder": ("      zh: 缺少必备章节“{ordinal}{title}”", "      zh: 缺少必备章节“{ordinal}{titel}”",
                             "message.zh: unknown placeholder {titel}; did you mean 'title'?"),
    "unknown section in an option": ("      section: problems", "      section: problem",
                                     "unknown section 'problem'; did you mean 'problems'?"),
    "regex without its group": ("(?P<y1>20\\d{2})", "(20\\d{2})", "needs a group named 'y1'"),
    "unknown rule key": ("    against: prev", "    againts: prev", "unknown key at rules/"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_broken_pack_reports_file_and_line(tmp_path, name):
    old, new, message = CASES[name]
    path = broken(tmp_path, old, new)
    with pytest.raises(PackError) as exc:
        load_pack(path)
    text = str(exc.value)
    assert text.startswith(f"{path}:"), text
    assert message in text, text
    line = int(text.split(":")[1])
    assert abs(line - line_no(old)) <= 2, text


def test_bad_regex_in_options(tmp_path):
    path = broken(tmp_path, "      pattern: '(?:共", "      pattern: '((?:共")
    with pytest.raises(PackError, match="bad regex"):
        load_pack(path)
    path = broken(tmp_path, "    kind: required_tables\n", "    kind: required_tables\n    options: {pattern: 'x'}\n")
    with pytest.raises(PackError, match="kind required_tables takes no options"):
        load_pack(path)


@pytest.mark.parametrize("name", ["misspelt option", "bad value expression", "misspelt placeholder"])
def test_rules_check_and_check_exit_2_with_file_and_line(tmp_path, cli, name):
    old, new, message = CASES[name]
    path = broken(tmp_path, old, new)
    for args in (("rules", "check", str(path)), ("check", "--rules", str(path), "fixtures/compliant-tab/report.txt")):
        code, _, err = cli(*args)
        assert code == 2, err
        assert f"{path}:{line_no(old)}:" in err and message in err, err


def test_unreadable_pack(tmp_path):
    with pytest.raises(PackError, match="cannot read rule pack"):
        load_pack(tmp_path / "missing.yaml")


def test_docs_rules_md_is_current():
    from pathlib import Path

    from reportlint.docs import rules_markdown

    current = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(load_builtin()), "run: python -m reportlint.docs > docs/rules.md"


def test_explain(cli):
    code, out, _ = cli("explain", "RL301", "--lang", "en")
    assert code == 0 and out.startswith("RL301 t3-column-balance [error]")
    assert "Passes:" in out and "Fails:" in out and "第一项加第二项之和" in out
    assert cli("explain", "RL999")[0] == 2


def test_extends_reads_only_the_same_folder_or_a_builtin_pack(tmp_path, cli):
    (tmp_path / "sub").mkdir()
    secret = tmp_path / "secret.yaml"
    secret.write_text("pack: secret\nrules: []\n", encoding="utf-8")
    for name in ("../secret.yaml", str(secret), "/etc/passwd", "sub/../../secret.yaml"):
        pack = tmp_path / "sub" / "p.yaml"
        pack.write_text(f"pack: p\nextends: '{name}'\nrules: []\n", encoding="utf-8")
        with pytest.raises(PackError, match="must name a pack in the same folder or a built-in pack") as exc:
            load_pack(pack)
        assert str(exc.value).startswith(f"{pack}:2:")
    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nextends: secret.yaml\nrules: []\n", encoding="utf-8")
    assert load_pack(pack).name == "p"  # a sibling is fine


def test_catastrophic_pack_pattern_is_bounded(tmp_path):
    import time

    from reportlint.engine import Options, lint_loaded
    from reportlint.sources.base import from_bytes

    path = broken(tmp_path, "      pattern: '([一-鿿]{2,4})\\1|(的|了|和|及|与|在|是|对|将)\\2'",
                  "      pattern: '(.*1){15}x'")  # polynomial backtracking: hours on a line of 1s
    pack = load_pack(path)
    # far past the 1 s bound (200 took ~1.2 s); the x: a text without one is ruled out unsearched
    text = "一、总体情况\nx" + "1" * 5000 + "\n"
    started = time.monotonic()
    result = lint_loaded(from_bytes("a.txt", text.encode(), kind="text"), pack, Options())
    assert time.monotonic() - started < 10
    assert any(n.rule == "RL704" and "ran out of time" in n.text for n in result.notes)
