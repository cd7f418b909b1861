"""`text`: findings grouped per document, `path:line:col: CODE [severity] message`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from reportlint.display import for_terminal
from reportlint.i18n import plural, say
from reportlint.model import Finding, Result, Severity
from reportlint.pack import Pack
from reportlint.places import label, place_of  # (before a single input's process is forked: it shares it)
from reportlint.reporters import Context, Reporter, register

COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"


def _short(label: str, size: int = 12) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def _term(cell: Mapping[str, Any], pack: Pack) -> str:
    tpl = pack.tables[cell["table"]]
    label = f"{_short(tpl.row(cell['row']).label)}[{_short(tpl.column(cell['column']).label)}]"
    place = f" ({cell['line']}:{cell['column_no']})" if "line" in cell else ""
    return f"{label} {cell['value']}{place}"


@register
class TextReporter(Reporter):
    name = "text"

    def stream(self, results: Iterable[Result], ctx: Context, write: Callable[[str], object]) -> None:
        counts: Counter[Severity] = Counter()
        docs = 0
        for result in results:
            docs += 1
            counts.update(f.severity for f in result.findings)
            if result.findings:
                write("\n".join(self._document(result, ctx)) + "\n\n")
        write(self._summary(counts, docs, ctx) + "\n")

    def _document(self, result: Result, ctx: Context) -> list[str]:
        name = for_terminal(result.source.name)
        out = [self._paint(name, BOLD, ctx)]
        for f in result.findings:
            line, col = (f.loc.line, f.loc.column) if f.loc else (1, 1)
            sev = self._paint(f.severity.value, COLORS[f.severity], ctx)
            code = self._paint(f.code, BOLD, ctx)
            page = ""
            if f.loc is not None and f.loc.page:
                page = say("text.page", ctx.lang, page=f.loc.page)
            out.append(f"{name}:{line}:{col}: {code} [{sev}] {for_terminal(ctx.message(f))}{page}")
            where = self._place(f, result, ctx)
            if where:
                out.append(self._paint("    " + for_terminal(where), DIM, ctx))
            if isinstance(f.evidence.get("cells"), list):
                pack = result.pack or ctx.pack
                out.append(self._paint("    " + for_terminal(self._sum_line(f.evidence["cells"], pack)), DIM, ctx))
            for r in f.related:  # the findings its diagnosed root cause explains
                at = f"{r.loc.line}:{r.loc.column}: " if r.loc else ""
                also = say("text.also", ctx.lang)
                out.append(self._paint(f"    {also}{at}{r.code} {for_terminal(ctx.message(r))}", DIM, ctx))
        return out

    @staticmethod
    def _place(f: Finding, result: Result, ctx: Context) -> str:
        """`位置：…` when the place says more than line and column (labels, the sentence, the Word cell)."""
        place = place_of(f, result)
        if not (place.quote or place.docx or (place.table and place.row)):
            return ""
        return say("text.at", ctx.lang) + label(place, result.pack or ctx.pack, ctx.lang)

    @staticmethod
    def _paint(text: str, style: str, ctx: Context) -> str:
        return f"{style}{text}{RESET}" if ctx.color else text

    @staticmethod
    def _sum_line(cells: list[Mapping[str, Any]], pack: Pack) -> str:
        """`总计[自然人] 3 (12:5) + … ≠ …`: the cells an arithmetic finding summed, with their places.

        In long sums the cells holding 0 are counted rather than listed; long labels are shortened.
        """
        sides = []
        for side in ("left", "right"):
            mine = [c for c in cells if c["side"] == side]
            zeros = [c for c in mine[1:] if c["value"] == "0"] if len(mine) > 4 else []
            terms = [_term(c, pack) for c in mine if not any(c is z for z in zeros)]
            if zeros:
                terms.append(f"0 × {len(zeros)}")
            sides.append(" + ".join(terms))
        return " ≠ ".join(sides)

    @staticmethod
    def _summary(counts: Counter[Severity], docs: int, ctx: Context) -> str:
        total, lang = sum(counts.values()), ctx.lang
        if not total:
            return say("text.clean", lang, docs=docs, docs_s=plural(docs))
        parts = say("text.comma", lang).join(
            say("text.count", lang, severity=say(f"severity.{s.value}", lang), count=n, count_s=plural(n))
            for s in Severity if (n := counts[s]))
        return say("text.found", lang, total=total, total_s=plural(total), parts=parts, docs=docs, docs_s=plural(docs))
