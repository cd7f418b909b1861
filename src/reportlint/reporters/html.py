"""`html`: one self-contained page (no external assets) for people who never open a terminal.

A summary (documents, findings by severity and by rule), then each document with
its statistics tables re-drawn, every offending cell highlighted with its
message and the reported and computed values, and each prose finding marked in
its paragraph. Everything taken from the input is escaped; the page carries no
script at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from reportlint.model import Finding, Result, Severity
from reportlint.reporters import Context, Reporter, register

STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;max-width:75em}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}td,th{border:1px solid #999;padding:.25em .5em}
th{background:#f2f2f2;font-weight:normal;text-align:left}td.num{text-align:right}
td.bad{background:#ffd6d6;outline:2px solid #c00}td.bad.warning{background:#fff1c2;outline-color:#c90}
td.bad.info{background:#e3f1ff;outline-color:#38c}td.summed{background:#f4f4ff}
.note{display:block;font-size:.8em;color:#900;max-width:22em}
.error{color:#b00}.warning{color:#a60}.info{color:#357}mark{background:#ffd6d6}
.finding{margin:.2em 0}.code{font-family:monospace;font-weight:bold}.where{color:#666;font-size:.85em}
.summary td{text-align:right}.para{background:#fafafa;border-left:3px solid #ccc;padding:.4em .8em;margin:.5em 0}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'"  # no script, no external load, whatever the input holds
TITLES = {"zh": ("reportlint 检查报告", "文档", "问题", "错误", "警告", "提示", "规则", "未发现问题"),
          "en": ("reportlint report", "Documents", "Findings", "errors", "warnings", "info", "Rule", "No problems")}


@register
class HtmlReporter(Reporter):
    name = "html"

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        t = TITLES[ctx.lang]
        lang = "zh-CN" if ctx.lang == "zh" else "en"
        parts = ["<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">', f"<title>{t[0]}</title>",
                 f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
                 f"<style>{STYLE}</style></head><body>", f"<h1>{t[0]}</h1>", self._summary(results, ctx)]
        for i, result in enumerate(results):
            parts.append(self._document(i, result, ctx))
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"

    @staticmethod
    def _summary(results: Sequence[Result], ctx: Context) -> str:
        t = TITLES[ctx.lang]
        sev = Counter(f.severity for r in results for f in r.findings)
        rules = Counter(f.code for r in results for f in r.findings)
        rows = "".join(f"<tr><th>{escape(code)} {escape(ctx.pack.rule(code).name if ctx.pack.rule(code) else '')}"
                       f"</th><td>{n}</td></tr>" for code, n in sorted(rules.items()))
        return (f'<table class="summary"><tr><th>{t[1]}</th><td>{len(results)}</td></tr>'
                f"<tr><th>{t[2]}</th><td>{sum(sev.values())}</td></tr>"
                f'<tr><th class="error">{t[3]}</th><td>{sev[Severity.ERROR]}</td></tr>'
                f'<tr><th class="warning">{t[4]}</th><td>{sev[Severity.WARNING]}</td></tr>'
                f'<tr><th class="info">{t[5]}</th><td>{sev[Severity.INFO]}</td></tr></table>'
                + (f"<table><tr><th>{t[6]}</th><th>{t[2]}</th></tr>{rows}</table>" if rows else ""))

    def _document(self, i: int, result: Result, ctx: Context) -> str:
        t = TITLES[ctx.lang]
        out = [f'<section id="doc{i}"><h2>{escape(result.source.name)}</h2>']
        if not result.findings:
            out.append(f"<p>{t[7]}</p>")
        out.append("<div class=\"findings\">")
        for f in result.findings:
            line, col = (f.loc.line, f.loc.column) if f.loc else (1, 1)
            page = f" p.{f.loc.page}" if f.loc and f.loc.page else ""
            out.append(f'<div class="finding {f.severity.value}"><span class="code">{escape(f.code)}</span> '
                       f'<span class="where">{line}:{col}{page}</span> {escape(ctx.message(f))}</div>')
        out.append("</div>")
        out += self._paragraphs(result, ctx)
        out += self._tables(result, ctx)
        out.append("</section>")
        return "\n".join(out)

    @staticmethod
    def _paragraphs(result: Result, ctx: Context) -> list[str]:
        doc = result.document
        if doc is None:
            return []
        prose = [f for f in result.findings if f.loc and "table" not in f.where and not f.evidence.get("cells")]
        out = []
        for p in doc.paragraphs:
            hits = [f for f in prose if f.loc.line == p.loc.line and p.loc.column <= f.loc.column < p.loc.end_column]
            if not hits:
                continue
            f = hits[0]
            a, b = f.loc.column - p.loc.column, max(f.loc.end_column - p.loc.column, f.loc.column - p.loc.column + 1)
            text = p.text[max(0, a - 80): a], p.text[a:b], p.text[b: b + 80]
            message = escape(ctx.message(f))
            out.append(f'<p class="para">{escape(text[0])}<mark title="{message}">{escape(text[1])}</mark>'
                       f'{escape(text[2])}<span class="note">{escape(f.code)} {message}</span></p>')
        return out

    def _tables(self, result: Result, ctx: Context) -> list[str]:
        doc = result.document
        pack = result.pack or ctx.pack
        if doc is None:
            return []
        bad: dict[tuple[str, str, str], Finding] = {}
        summed: set[tuple[str, str, str]] = set()
        for f in result.findings:
            w = f.where
            if w.get("table") and w.get("row") and w.get("column"):
                bad.setdefault((w["table"], w["row"], w["column"]), f)
            elif w.get("table") and w.get("column") and f.code == "RL203":  # a whole column
                for row in doc.tables[w["table"]].rows if w["table"] in doc.tables else ():
                    bad.setdefault((w["table"], row, w["column"]), f)
            for c in f.evidence.get("cells", ()) if isinstance(f.evidence.get("cells"), list) else ():
                summed.add((c["table"], c["row"], c["column"]))
        out = []
        for tid, table in doc.tables.items():
            tpl = pack.tables[tid]
            cols = [c for c in tpl.columns if c.key in table.columns]
            head = "".join(f"<th>{escape(c.label)}</th>" for c in cols)
            out.append(f'<table data-table="{tid}"><caption>{escape(tpl.title[ctx.lang])}</caption>'
                       f"<tr><th></th>{head}</tr>")
            for row in tpl.rows:
                if row.key not in table.rows:
                    continue
                cells = []
                for col in cols:
                    cell = table.cell(row.key, col.key)
                    key = (tid, row.key, col.key)
                    if cell is None:
                        cells.append("<td></td>")
                        continue
                    cells.append(self._cell(cell.raw, bad.get(key), key in summed, ctx))
                out.append(f"<tr><th>{escape((row.ordinal or '') + row.label)}</th>{''.join(cells)}</tr>")
            out.append("</table>")
        return out

    @staticmethod
    def _cell(raw: str, finding: Finding | None, summed: bool, ctx: Context) -> str:
        if finding is None:
            cls = "num summed" if summed else "num"
            return f'<td class="{cls}">{escape(raw)}</td>'
        ev = finding.evidence
        values = ""
        if "reported" in ev and "computed" in ev:
            values = (f" ({'填报' if ctx.lang == 'zh' else 'reported'} {escape(str(ev['reported']))}, "
                      f"{'计算' if ctx.lang == 'zh' else 'computed'} {escape(str(ev['computed']))})")
        message = escape(ctx.message(finding))
        return (f'<td class="num bad {finding.severity.value}" data-code="{escape(finding.code)}" title="{message}">'
                f'{escape(raw) or "&#160;"}<span class="note">{escape(finding.code)}{values}</span></td>')
