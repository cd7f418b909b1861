"""`html`: one self-contained page (no script, no external asset) for people who never open a terminal.

A summary, then each document: the list of its findings, each linking to its
place, and the report itself as reportlint read it — headings and paragraphs
in the words of the source (original punctuation), every finding marked on
its sentence, and the statistics tables re-drawn from the template with each
cell's own value, every code on it, the cells an equation summed, the rows a
report collapsed or added and the rows it lacks. A figure in the prose that
contradicts a table links to the cell it contradicts and back. Readable at
phone width, printable on A4 with a sign-off line. Everything taken from the
input is escaped, and the page's Content-Security-Policy allows no script.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from html import escape

from reportlint.hints import hint
from reportlint.i18n import say
from reportlint.model import Document, Finding, Location, Paragraph, Result, Severity
from reportlint.parse.normalize import fold, label_key
from reportlint.places import label, original_text, place_of
from reportlint.reporters import Context, Reporter, register
from reportlint.reporters.html_tables import TableView, draw_table

STYLE = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0 auto;
 padding:1em;color:#222;max-width:64em;line-height:1.6;font-size:16px}
h1{font-size:1.4em;margin:.3em 0}h2{font-size:1.2em;border-bottom:2px solid #555;padding-bottom:.2em;margin-top:1.6em;
 word-break:break-all}
h3,h4{margin:1.2em 0 .4em}h3{font-size:1.1em}h4{font-size:1em}
a{color:#0645ad}.summary{border-collapse:collapse;margin:.5em 0}.summary td,.summary th{border:1px solid #bbb;
 padding:.2em .6em}.summary td{text-align:right}
ol.findings{padding-left:1.6em}ol.findings li{margin:.35em 0}
.code{font-family:monospace;font-weight:bold;white-space:nowrap}.sev{font-size:.8em;padding:0 .3em;border-radius:3px;
 white-space:nowrap}
.sev.error{background:#c00;color:#fff}.sev.warning{background:#e6a100;color:#000}.sev.info{background:#38c;color:#fff}
.where{display:block;color:#555;font-size:.85em}.hint{display:block;color:#060;font-size:.85em}
.body{border-top:1px solid #ccc;margin-top:1em}
.body p{margin:.4em 0}.body .flag{background:#fff8e0;border-left:4px solid #e6a100;padding:.2em .5em}
mark{background:#ffd6d6;padding:0 .1em}mark.warning{background:#ffe9a8}mark.info{background:#d6ecff}
.badge{font-size:.75em;vertical-align:super;margin-left:.15em}
.note{display:block;font-size:.8em;color:#900;line-height:1.35}
.tw{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.6em 0}
table.t{border-collapse:collapse;font-size:.88em;min-width:20em}
table.t caption{text-align:left;font-weight:bold;padding:.3em 0}
table.t td,table.t th{border:1px solid #999;padding:.2em .4em;vertical-align:top}
table.t th{background:#f2f2f2;font-weight:normal;text-align:left}
table.t th.grp{background:#e8e8e8;font-weight:bold}
td.num{text-align:right;white-space:nowrap}td.num .note{white-space:normal;text-align:left;min-width:9em}
td.blank .v{color:#999}
td.bad{background:#ffd6d6;outline:2px solid #c00;outline-offset:-2px}
td.bad.warning{background:#fff1c2;outline-color:#c90}td.bad.info{background:#e3f1ff;outline-color:#38c}
td.summed{background:#eef0ff}td.contra{outline:2px dashed #c00;outline-offset:-2px}
tr.missing td,tr.missing th{color:#900;border-style:dashed;background:#fff5f5}
tr.extra td,tr.extra th{background:#fff1c2}
.signoff{display:none}
@media (max-width:40em){body{padding:.5em;font-size:15px}table.t{font-size:.8em}}
@page{size:A4;margin:15mm 12mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}a{color:inherit;text-decoration:none}
 .tw{overflow:visible}table.t{font-size:8.5pt}tr,li,.body p{break-inside:avoid}h2,h3{break-after:avoid}
 .noprint{display:none}.signoff{display:block;margin-top:2em;border-top:1px solid #000;padding-top:.8em}}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'"  # no script, no external load, whatever the input holds
CELL_REF = re.compile(r"(\w+)\[\s*(\w+)\s*,\s*(\w+)\s*\]")
SENTENCE_END = re.compile(r"[。;:!?；：！？]$")
ORDINAL = re.compile(r"(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、])")

HTML_WORDS = ("lang", "title", "docs", "findings", "error", "warning", "info", "rule", "none", "list", "body",
              "whole", "signoff")


def _words(lang: str) -> dict[str, str]:
    """The page's headings and labels (`html.*` of the message catalogue)."""
    return {key: say(f"html.{key}", lang) for key in HTML_WORDS}


@register
class HtmlReporter(Reporter):
    name = "html"

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        return page(results, ctx)


def page(results: Sequence[Result], ctx: Context, toolbar: str = "", title: str | None = None) -> str:
    """The whole page; `toolbar` is trusted markup put above the report (the web app's downloads)."""
    w = _words(ctx.lang)
    lang = w["lang"]
    parts = ["<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title or w['title'])}</title>",
             f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
             f"<style>{STYLE}</style></head><body>", f"<h1>{escape(title or w['title'])}</h1>", toolbar,
             summary(results, ctx)]
    parts += [DocumentView(i, r, ctx).render() for i, r in enumerate(results)]
    parts.append(f'<p class="signoff">{w["signoff"]}</p></body></html>')
    return "\n".join(p for p in parts if p) + "\n"


def summary(results: Sequence[Result], ctx: Context) -> str:
    w = _words(ctx.lang)
    sev = Counter(f.severity for r in results for f in r.findings)
    rules = Counter(f.code for r in results for f in r.findings)
    rows = "".join(f"<tr><th>{escape(code)} {escape(rule.name if (rule := ctx.pack.rule(code)) else '')}"
                   f"</th><td>{n}</td></tr>" for code, n in sorted(rules.items()))
    return (f'<table class="summary"><tr><th>{w["docs"]}</th><td>{len(results)}</td></tr>'
            f'<tr><th>{w["findings"]}</th><td>{sum(sev.values())}</td></tr>'
            + "".join(f'<tr><th><span class="sev {s.value}">{w[s.value]}</span></th><td>{sev[s]}</td></tr>'
                      for s in reversed(Severity))
            + "</table>"
            + (f'<details class="noprint"><summary>{w["rule"]}</summary><table class="summary">'
               f'<tr><th>{w["rule"]}</th><th>{w["findings"]}</th></tr>{rows}</table></details>' if rows else ""))


class DocumentView:
    """One document: where each finding is shown, then the findings list and the annotated body."""

    def __init__(self, index: int, result: Result, ctx: Context) -> None:
        self.i, self.result, self.ctx = index, result, ctx
        self.doc: Document | None = result.document
        self.pack = result.pack or ctx.pack
        self.anchor: dict[int, str] = {}  # finding number -> the id of its place on the page
        self.marks: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # paragraph -> (finding, start, end)
        self.heads: dict[int, list[int]] = defaultdict(list)  # heading -> findings
        self.tables = TableView(self.fid, self.pid, self.ctx, self.pack)
        # a diagnosed root cause is shown with the findings it explains, each at its own cell
        self.findings = tuple(x for f in result.findings for x in (f, *f.related))
        for k, f in enumerate(self.findings):
            self._place(k, f)

    # ids: the finding in the list, a place in the body
    def fid(self, k: int) -> str:
        return f"d{self.i}-f{k + 1}"

    def pid(self, *parts: object) -> str:
        return f"d{self.i}-" + "-".join(str(p) for p in parts)

    def _place(self, k: int, f: Finding) -> None:
        w, doc = f.where, self.doc
        if doc is None or f.loc is None:
            return
        if w.get("table") and w.get("row") and w.get("column"):
            self.anchor[k] = self.tables.cell(k, f, w["table"], w["row"], w["column"])
        elif w.get("table") and w.get("column") and f.code == "RL203" and w["table"] in doc.tables:  # a whole column
            for row in doc.tables[w["table"]].rows:
                self.anchor.setdefault(k, self.tables.cell(k, f, w["table"], row, w["column"]))
        elif (p := self._paragraph(doc, f.loc)) is not None:
            para = doc.paragraphs[p]
            start = max(0, f.loc.column - para.loc.column)
            end = f.loc.end_column - para.loc.column if f.loc.end_line == f.loc.line else len(para.text)
            self.marks[p].append((k, start, max(start + 1, min(end, len(para.text)))))
            self.anchor[k] = self.pid("m", k + 1)
            for table, row, col in CELL_REF.findall(str(f.evidence.get("expression", ""))):
                if f.code.startswith("RL4"):
                    self.tables.contradicted(k, f, table, row, col)
        elif (h := self._heading(doc, f.loc)) is not None:
            self.heads[h].append(k)
            self.anchor[k] = self.pid("h", h)
        elif w.get("table"):
            self.anchor[k] = self.tables.other(k, f, doc)

    @staticmethod
    def _paragraph(doc: Document, loc: Location) -> int | None:
        for n, p in enumerate(doc.paragraphs):
            if p.loc.line == loc.line and p.loc.column <= loc.column < max(p.loc.end_column, p.loc.column + 1):
                return n
        return None

    @staticmethod
    def _heading(doc: Document, loc: Location) -> int | None:
        if (loc.line, loc.column, loc.end_line, loc.end_column) == (1, 1, 1, 1):
            return None  # about the whole document
        for n, h in enumerate(doc.headings):
            if h.loc.line == loc.line and h.loc.column <= loc.column <= max(h.loc.end_column, h.loc.column):
                return n
        return None

    # ---- output ----------------------------------------------------------------------

    @property
    def document(self) -> Document:
        """The document the body is drawn from (only drawn when the input was read)."""
        assert self.doc is not None
        return self.doc

    def render(self) -> str:
        w = _words(self.ctx.lang)
        out = [f'<section class="doc" id="d{self.i}"><h2>{escape(self.result.source.name)}</h2>']
        if not self.findings:
            out.append(f"<p>{w['none']}</p>")
        else:
            out.append(f"<h3>{w['list']}</h3><ol class=\"findings\">")
            out += [self._item(k, f) for k, f in enumerate(self.findings)]
            out.append("</ol>")
        if self.doc is not None:
            out.append(f'<div class="body"><h3>{w["body"]}</h3>')
            out += self._body()
            out.append("</div>")
        out.append("</section>")
        return "\n".join(out)

    def _item(self, k: int, f: Finding) -> str:
        ctx = self.ctx
        sev = say(f"severity.{f.severity.value}", ctx.lang)
        code = escape(f.code)
        link = f'<a class="code" href="#{self.anchor[k]}">{code}</a>' if k in self.anchor else \
            f'<span class="code">{code}</span>'
        place = label(place_of(f, self.result), self.pack, ctx.lang) or say("html.whole", ctx.lang)
        rule = self.pack.rule(f.code)
        tip = hint(f, rule.kind if rule else "", ctx.lang)
        return (f'<li class="{f.severity.value}" id="{self.fid(k)}">{link} <span class="sev {f.severity.value}">'
                f'{sev}</span> {escape(ctx.message(f))}<span class="where">{escape(place)}</span>'
                f'<span class="hint">{escape(tip)}</span></li>')

    def _body(self) -> list[str]:
        """Headings, paragraphs and tables in document order (a PDF's wrapped lines joined again)."""
        doc = self.document
        blocks = {label_key(r.block) for t in self.pack.tables.values() for r in t.rows if r.block}
        items: list[tuple[tuple[int, int], str, int | str]] = []
        items += [((h.loc.line, h.loc.column), "h", n) for n, h in enumerate(doc.headings)]
        items += [((p.loc.line, p.loc.column), "p", n) for n, p in enumerate(doc.paragraphs)
                  if not (doc.tables and label_key(p.text) in blocks)]  # 第二十条第（五）项: drawn in 表二
        items += [((t.loc.line, t.loc.column), "t", tid) for tid, t in doc.tables.items()]
        out: list[str] = []
        run: list[int] = []  # paragraphs that make one
        for _, what, ref in sorted(items, key=lambda it: it[0]):
            if what == "p":
                run.append(int(ref))
                if self.result.source.kind != "pdf" or SENTENCE_END.search(doc.paragraphs[int(ref)].text[-1:]):
                    out.append(self._paragraphs_html(run))
                    run = []
                continue
            if run:
                out.append(self._paragraphs_html(run))
                run = []
            if what == "h":
                out.append(self._heading_html(int(ref)))
            else:
                out.append(draw_table(self.tables, doc, str(ref), self.pid))
        if run:
            out.append(self._paragraphs_html(run))
        return out

    def _heading_html(self, n: int) -> str:
        h = self.document.headings[n]
        text = original_text(self.document, h.loc, h.loc.column, h.loc.end_column) or f"{h.ordinal or ''}{h.text}"
        tag = "h3" if h.level <= 1 else "h4"
        hits = self.heads.get(n, [])
        badges = "".join(self._badge(k) for k in hits)
        notes = "".join(self._note(k) for k in hits)
        cls = ' class="flag"' if hits else ""
        return f'<{tag} id="{self.pid("h", n)}"{cls}>{escape(text)}{badges}{notes}</{tag}>'

    def _paragraphs_html(self, ns: list[int]) -> str:
        inner = [self._paragraph_html(n) for n in ns]
        notes = "".join(self._note(k) for n in ns for k, _, _ in sorted(self.marks.get(n, []), key=lambda m: m[1:]))
        flag = ' class="flag"' if notes else ""
        return f"<p{flag}>{''.join(inner)}{notes}</p>"

    def _paragraph_html(self, n: int) -> str:
        p = self.document.paragraphs[n]
        text = original_text(self.document, p.loc, p.loc.column, p.loc.end_column) or p.text
        lead = self._ordinal(p)
        marks = sorted(self.marks.get(n, []), key=lambda m: (m[1], m[2]))
        if not marks:
            return escape(lead + text)
        html, at = [escape(lead)], 0
        for k, start, end in marks:
            f = self.findings[k]
            if start < at:  # overlaps the previous mark: its badge only
                html.append(self._badge(k))
                continue
            html.append(escape(text[at:start]))
            html.append(f'<mark id="{self.pid("m", k + 1)}" class="{f.severity.value}" '
                        f'title="{escape(self.ctx.message(f))}">{escape(text[start:end])}</mark>{self._badge(k)}')
            at = end
        html.append(escape(text[at:]))
        return "".join(html)

    def _ordinal(self, p: Paragraph) -> str:
        """The ordinal a line opens with (（二）, 3.), which the parser keeps apart from the text."""
        doc = self.document
        lines = doc.original.lines if doc.original else ()
        if not 0 < p.loc.line <= len(lines) or any(h.loc.line == p.loc.line for h in doc.headings):
            return ""
        lead = lines[p.loc.line - 1][: p.loc.column - 1].strip()
        return lead if ORDINAL.fullmatch(fold(lead)) else ""

    def _badge(self, k: int) -> str:
        f = self.findings[k]
        return f'<a class="badge code {f.severity.value}" href="#{self.fid(k)}">{escape(f.code)}</a>'

    def _note(self, k: int) -> str:
        """The message under a marked paragraph or heading; a contradicted cell is linked."""
        f = self.findings[k]
        refs = "".join(self.tables.ref_link(table, row, col)
                       for table, row, col in CELL_REF.findall(str(f.evidence.get("expression", "")))
                       if f.code.startswith("RL4"))
        return f'<span class="note">{escape(f.code)} {escape(self.ctx.message(f))}{refs}</span>'
