"""Rule documentation generated from the pack: `reportlint explain` and docs/rules.md."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlint.i18n import say
from reportlint.pack import Pack, RuleSpec


def explain(rule: RuleSpec, lang: str) -> str:
    sev = say(f"severity.{rule.severity}", lang)
    lines = [f"{rule.code} {rule.name} [{sev}]", "", rule.summary[lang], "", rule.rationale.strip(), ""]
    passing = rule.examples.get("pass", ())
    failing = rule.examples.get("fail", ())
    if passing:
        lines += [say("explain.passes", lang), *(f"  ✓ {e}" for e in passing), ""]
    if failing:
        lines += [say("explain.fails", lang), *(f"  ✗ {e}" for e in failing), ""]
    lines.append(say("explain.message", lang) + rule.message[lang])
    return "\n".join(lines) + "\n"


def applies_text(spec: Mapping[str, Any]) -> str:
    """`applies:` in words: 'reports for 2021 and later', 'the 2019 format'."""
    parts: list[str] = []
    first, last = spec.get("from_year"), spec.get("to_year")
    if first and last:
        parts.append(f"reports for {first}–{last}")
    elif first:
        parts.append(f"reports for {first} and later")
    elif last:
        parts.append(f"reports for {last} and earlier")
    if spec.get("formats"):
        parts.append("the " + " or ".join(spec["formats"]) + " format")
    return ", in ".join(parts)


def rules_markdown(pack: Pack) -> str:
    """docs/rules.md: every rule of the pack, generated (tests check the file is current)."""
    out = [
        "# reportlint rules",
        "",
        f"Generated from the rule pack `{pack.name}` by `python -m reportlint.docs`; do not edit by hand.",
        "Codes never change meaning. Severities are defaults.",
        "",
        "| code | name | severity | checks |",
        "|---|---|---|---|",
    ]
    out += [f"| {r.code} | `{r.name}` | {r.severity} | {r.summary['en']} ({r.summary['zh']}) |" for r in pack.rules]
    for r in pack.rules:
        out += ["", f"## {r.code} `{r.name}`", "", f"*{r.severity}* — {r.summary['en']}. {r.summary['zh']}。", "",
                r.rationale.strip(), ""]
        if r.applies:
            out += [f"Applies to: {applies_text(r.applies)}.", ""]
        for label, key in (("Passes", "pass"), ("Fails", "fail")):
            for example in r.examples.get(key, ()):
                out.append(f"- {label}: {example}")
        out += ["", f"Message: “{r.message['zh']}” / “{r.message['en']}”"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # python -m reportlint.docs > docs/rules.md
    import sys

    from reportlint.pack import load_builtin

    sys.stdout.write(rules_markdown(load_builtin()))
