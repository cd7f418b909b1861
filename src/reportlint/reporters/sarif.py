"""`sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).

Results have physical locations (columns in Unicode code points) and logical
locations (section, table, row, column), related locations for the cells an
arithmetic finding summed, and partial fingerprints from the rule and the
logical location, so an alert survives page reflow. Inputs that could not be
analysed are also tool execution notifications.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reportlint.fingerprint import fingerprint
from reportlint.model import Finding, Result, Severity
from reportlint.pack import RuleSpec
from reportlint.reporters import Context, Reporter, register
from reportlint.sources.base import is_url

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INPUT_PROBLEMS = ("RL901", "RL903", "RL907", "RL908")


def artifact_uri(name: str) -> str:
    if is_url(name) or name == "-":
        return name
    path = Path(name)
    return quote(path.as_posix()) if not path.is_absolute() else path.as_uri()


@register
class SarifReporter(Reporter):
    name = "sarif"

    def stream(self, results: Iterable[Result], ctx: Context, write: Callable[[str], object]) -> None:
        from reportlint.reporters.json_out import LATE, STREAM, stream_json

        rules = list(ctx.pack.rules)
        index = {r.code: i for i, r in enumerate(rules)}
        notifications: list[dict[str, Any]] = []  # input problems only: a few per run

        def items() -> Iterator[dict[str, Any]]:
            for r in results:
                for f in r.findings:
                    if f.code in INPUT_PROBLEMS:
                        notifications.append(self._notification(r, f, ctx))
                    yield self._result(r, f, index, ctx)

        run: dict[str, Any] = {
            "tool": {"driver": {
                "name": "reportlint",
                "version": ctx.version,
                "semanticVersion": ctx.version,
                "rules": [self._rule(r, ctx) for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": STREAM,
            "invocations": LATE,
        }
        skeleton = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        stream_json(skeleton, items(), write, lambda: {"invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": notifications,
        }]})

    @staticmethod
    def _rule(rule: RuleSpec, ctx: Context) -> dict[str, Any]:
        return {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary[ctx.lang]},
            "fullDescription": {"text": rule.rationale.strip()},
            "help": {"text": rule.rationale.strip(), "markdown": _help_markdown(rule, ctx.lang)},
            "defaultConfiguration": {"level": LEVEL[Severity(rule.severity)]},
            "properties": {"tags": [rule.kind]},
        }

    def _result(self, result: Result, f: Finding, index: dict[str, int], ctx: Context) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ruleId": f.code,
            "level": LEVEL[f.severity],
            "message": {"text": ctx.message(f)},
            "locations": [self._location(result.source.name, f, result, ctx)],
            "partialFingerprints": {"reportlintLogicalLocation/v1": fingerprint(f, result.source.name)},
        }
        if f.code in index:
            out["ruleIndex"] = index[f.code]
        related = [c for c in f.evidence.get("cells", ()) if isinstance(c, dict) and "line" in c]
        uri = {"uri": artifact_uri(result.source.name)}
        locations = [{
            "physicalLocation": {"artifactLocation": uri,
                                 "region": {"startLine": c["line"], "startColumn": c["column_no"]}},
            "message": {"text": f"{c['table']}[{c['row']}, {c['column']}] = {c['value']}"},
        } for c in related]
        locations += [{  # the findings a diagnosed root cause explains (reportlint.diagnose)
            "physicalLocation": {"artifactLocation": uri,
                                 "region": {"startLine": r.loc.line, "startColumn": r.loc.column}},
            "message": {"text": f"{r.code}: {ctx.message(r)}"},
        } for r in f.related if r.loc is not None]
        if locations:
            out["relatedLocations"] = [{"id": i, **x} for i, x in enumerate(locations)]
        if f.fixes:
            out["properties"] = {"fixes": [dict(x) for x in f.fixes]}
        return out

    @staticmethod
    def _location(name: str, f: Finding, result: Result, ctx: Context) -> dict[str, Any]:
        from reportlint.places import Place, place_of

        loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(name)}}}
        place = place_of(f, result)
        if place != Place():  # the place in the reader's words (labels, the sentence, the Word cell)
            described = place.as_dict(result.pack or ctx.pack, ctx.lang)
            loc["message"] = {"text": described.pop("label")}
            loc["properties"] = {"place": described}
        if f.loc is not None:
            region = {"startLine": f.loc.line, "startColumn": f.loc.column}
            if (f.loc.end_line, f.loc.end_column) > (f.loc.line, f.loc.column):
                region.update(endLine=f.loc.end_line, endColumn=f.loc.end_column)
            loc["physicalLocation"]["region"] = region
        logical = _logical(f)
        if logical:
            loc["logicalLocations"] = [logical]
        return loc

    @staticmethod
    def _notification(result: Result, f: Finding, ctx: Context) -> dict[str, Any]:
        return {
            "level": "error" if f.severity is Severity.ERROR else "warning",
            "message": {"text": f"{result.source.name}: {ctx.message(f)}"},
            "descriptor": {"id": f.code},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.source.name)}}}],
        }


def _logical(f: Finding) -> dict[str, Any] | None:
    where = {k: v for k, v in f.where.items() if v}
    if "table" in where:
        parts = [where["table"], where.get("row"), where.get("column")]
        name = ".".join(p for p in parts if p)
        return {"name": name.split(".")[-1], "fullyQualifiedName": name, "kind": "element"}
    if "section" in where:
        return {"name": where["section"], "fullyQualifiedName": f"section.{where['section']}", "kind": "module"}
    return None


def _help_markdown(rule: RuleSpec, lang: str) -> str:
    lines = [f"**{rule.code} {rule.name}**: {rule.summary[lang]}", "", rule.rationale.strip()]
    for label, key in (("Passes", "pass"), ("Fails", "fail")):
        for example in rule.examples.get(key, ()):
            lines.append(f"- {label}: {example}")
    return "\n".join(lines)
