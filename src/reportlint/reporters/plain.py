"""`concise` (one line a finding), `github` (workflow annotations) and `junit` (XML for CI dashboards).

Names and messages come from inputs: they are escaped for their reader (no
control character, escape sequence or line break reaches a terminal or a CI
log raw, so no output line can be forged).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from html import escape

from reportlint.display import for_terminal, for_xml
from reportlint.model import Finding, Result, Severity
from reportlint.reporters import Context, Reporter, register

Write = Callable[[str], object]


def _pos(f: Finding) -> tuple[int, int]:
    return (f.loc.line, f.loc.column) if f.loc else (1, 1)


@register
class ConciseReporter(Reporter):
    name = "concise"

    def stream(self, results: Iterable[Result], ctx: Context, write: Write) -> None:
        for r in results:
            name = for_terminal(r.source.name)
            for f in r.findings:
                line, col = _pos(f)
                write(f"{name}:{line}:{col}: {f.code} {for_terminal(ctx.message(f))}\n")


GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


@register
class GithubReporter(Reporter):
    """GitHub Actions workflow commands: each finding becomes an annotation on the file."""

    name = "github"

    def stream(self, results: Iterable[Result], ctx: Context, write: Write) -> None:
        for r in results:
            for f in r.findings:
                line, col = _pos(f)
                props = [f"file={_gh_prop(for_terminal(r.source.name))}", f"line={line}", f"col={col}"]
                if f.loc:
                    props += [f"endLine={f.loc.end_line}", f"endColumn={f.loc.end_column}"]
                props.append(f"title={_gh_prop(f'{f.code} {f.name}')}")
                write(f"::{GITHUB_LEVEL[f.severity]} {','.join(props)}::{_gh_data(for_terminal(ctx.message(f)))}\n")


def _xml(text: str) -> str:
    """Escaped for XML text and attributes, line breaks as character references (one element, one line)."""
    return escape(for_xml(text), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def quoteattr(text: str) -> str:
    return '"' + _xml(text) + '"'


@register
class JunitReporter(Reporter):
    """JUnit XML: a test suite per document, a failing test case per finding (one passing case if none).

    The totals head the file, so the suites are written to a spooled temporary
    file while counting and copied after the header (memory stays flat).
    """

    name = "junit"

    def stream(self, results: Iterable[Result], ctx: Context, write: Write) -> None:
        total = failures = 0
        with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8") as body:
            for r in results:
                total += max(1, len(r.findings))
                failures += len(r.findings)
                body.write("\n".join(self._suite(r, ctx)) + "\n")
            write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<testsuites name="reportlint" tests="{total}" failures="{failures}">\n')
            body.seek(0)
            while chunk := body.read(1 << 16):
                write(chunk)
        write("</testsuites>\n")

    @staticmethod
    def _suite(r: Result, ctx: Context) -> list[str]:
        name = quoteattr(r.source.name)
        out = [f'  <testsuite name={name} tests="{max(1, len(r.findings))}" failures="{len(r.findings)}">']
        if not r.findings:
            out.append(f'    <testcase classname={name} name="reportlint"/>')
        for f in r.findings:
            line, col = _pos(f)
            case = quoteattr(f"{f.code} {f.name} ({line}:{col})")
            message = quoteattr(ctx.message(f))
            body = _xml(f"{r.source.name}:{line}:{col}: {f.code} [{f.severity.value}] {ctx.message(f)}")
            out.append(f"    <testcase classname={name} name={case}>")
            out.append(f'      <failure type="{f.severity.value}" message={message}>{body}</failure>')
            out.append("    </testcase>")
        out.append("  </testsuite>")
        return out
