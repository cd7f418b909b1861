"""Every rule's examples are run: the passing ones do not give the rule's code, the failing ones do."""

from __future__ import annotations

import pytest

from reportlint.examples import codes_of, missing
from reportlint.pack import builtin_names, load_builtin

CASES = [(name, rule.code, outcome, i) for name in builtin_names() for rule in load_builtin(name).rules
         for outcome in ("pass", "fail") for i in range(len(rule.cases.get(outcome, ())))]


def test_every_rule_has_runnable_examples():
    for name in builtin_names():
        assert missing(load_builtin(name)) == [], name


@pytest.mark.parametrize(("name", "code", "outcome", "i"), CASES, ids=lambda v: str(v))
def test_example_does_what_it_says(name, code, outcome, i):
    pack = load_builtin(name)
    rule = pack.rule(code)
    example = rule.cases[outcome][i]
    found = codes_of(pack, rule, example)
    assert (code in found) == (outcome == "fail"), f"{name} {code} {outcome}[{i}] {example.says}: {sorted(found)}"


def test_rules_check_runs_the_examples(cli, tmp_path):
    from pathlib import Path

    from reportlint.resources import rules_dir

    text = (rules_dir() / "gov-2021.yaml").read_text(encoding="utf-8")
    old = "            全年受理政府信息公开申请17件。\n"
    assert old in text
    path = Path(tmp_path) / "pack.yaml"
    path.write_text(text.replace(old, "            全年受理政府信息公开申请10件。\n", 1), encoding="utf-8")
    code, _, err = cli("rules", "check", str(path))
    line = text[: text.index(old)].count("\n")
    assert code == 2 and "rule RL401: example fail[0]" in err and "does not give RL401" in err, err
    assert abs(int(err.split(f"{path}:")[1].split(":")[0]) - line) <= 3, err
