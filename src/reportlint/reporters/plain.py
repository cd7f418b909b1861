"""`concise` (one line a finding), `github` (workflow annotations) and `junit` (XML for CI dashboards)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from reportlint.model import Finding, Result, Severity
from reportlint.reporters import Context, Reporter, register


def _pos(f: Finding) -> tuple[int, int]:
    return (f.loc.line, f.loc.column) if f.loc else (1, 1)


@register
class ConciseReporter(Reporter):
    name = "concise"

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        lines = []
        for r in results:
            for f in r.findings:
                line, col = _pos(f)
                lines.append(f"{r.source.name}:{line}:{col}: {f.code} {ctx.message(f)}")
        return "".join(line + "\n" for line in lines)


GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


@register
class GithubReporter(Reporter):
    """GitHub Actions workflow commands: each finding becomes an annotation on the file."""

    name = "github"

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        out = []
        for r in results:
            for f in r.findings:
                line, col = _pos(f)
                props = [f"file={_gh_prop(r.source.name)}", f"line={line}", f"col={col}"]
                if f.loc:
                    props += [f"endLine={f.loc.end_line}", f"endColumn={f.loc.end_column}"]
                props.append(f"title={_gh_prop(f'{f.code} {f.name}')}")
                out.append(f"::{GITHUB_LEVEL[f.severity]} {','.join(props)}::{_gh_data(ctx.message(f))}")
        return "".join(line + "\n" for line in out)


def quoteattr(text: str) -> str:
    return '"' + escape(text, quote=True) + '"'


@register
class JunitReporter(Reporter):
    """JUnit XML: a test suite per document, a failing test case per finding (one passing case if none)."""

    name = "junit"

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        total = sum(max(1, len(r.findings)) for r in results)
        failures = sum(len(r.findings) for r in results)
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<testsuites name="reportlint" tests="{total}" failures="{failures}">']
        for r in results:
            name = quoteattr(r.source.name)
            out.append(f'  <testsuite name={name} tests="{max(1, len(r.findings))}" failures="{len(r.findings)}">')
            if not r.findings:
                out.append(f'    <testcase classname={name} name="reportlint"/>')
            for f in r.findings:
                line, col = _pos(f)
                case = quoteattr(f"{f.code} {f.name} ({line}:{col})")
                message = quoteattr(ctx.message(f))
                body = escape(f"{r.source.name}:{line}:{col}: {f.code} [{f.severity.value}] {ctx.message(f)}")
                out.append(f"    <testcase classname={name} name={case}>")
                out.append(f'      <failure type="{f.severity.value}" message={message}>{body}</failure>')
                out.append("    </testcase>")
            out.append("  </testsuite>")
        out.append("</testsuites>")
        return "\n".join(out) + "\n"
