"""The statistics tables of the HTML view, re-drawn from the template.

Every template row is drawn, in the template's order: a row the report lacks
as a dashed "missing" row, a row the report collapsed or added (a group label
with figures of its own) in its group's place with the figures it holds. Each
cell shows its own value as written; a flagged cell lists every finding on it
(code linked to the findings list, the message without the table's title); the
cells an equation summed are tinted; a cell that a figure in the prose
contradicts links back to that sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from reportlint.i18n import say
from reportlint.model import Cell, Document, ExtraRow, Finding, Severity
from reportlint.pack import Pack, TableTpl
from reportlint.parse.normalize import label_key
from reportlint.places import Place, label

if TYPE_CHECKING:
    from reportlint.reporters import Context


class TableView:
    """What the findings say about each table cell and row, and the ids they are linked by."""

    def __init__(self, fid: Callable[[int], str], pid: Callable[..., str], ctx: Context, pack: Pack) -> None:
        self.fid, self.pid, self.ctx, self.pack = fid, pid, ctx, pack
        self.findings: dict[int, Finding] = {}
        self.cells: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.rows: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.extras: dict[tuple[str, int, int], list[int]] = defaultdict(list)
        self.whole: dict[str, list[int]] = defaultdict(list)
        self.contra: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.summed: set[tuple[str, str, str]] = set()

    def cell(self, k: int, f: Finding, table: str, row: str, col: str) -> str:
        self._seen(k, f)
        if k not in self.cells[(table, row, col)]:
            self.cells[(table, row, col)].append(k)
        return self.pid("c", table, row, col)

    def contradicted(self, k: int, f: Finding, table: str, row: str, col: str) -> None:
        self.findings[k] = f
        self.contra[(table, row, col)].append(k)

    def other(self, k: int, f: Finding, doc: Document) -> str:
        """A finding on a table's row, on an added row, or on the table as a whole."""
        self._seen(k, f)
        tid, row = f.where["table"], f.where.get("row")
        if row:
            self.rows[(tid, row)].append(k)
            return self.pid("r", tid, row)
        table = doc.tables.get(tid)
        for extra in table.extra_rows if table else ():
            if f.loc and (extra.loc.line, extra.loc.column) == (f.loc.line, f.loc.column):
                self.extras[(tid, extra.loc.line, extra.loc.column)].append(k)
                return self.pid("x", tid, extra.loc.line, extra.loc.column)
        self.whole[tid].append(k)
        return self.pid("t", tid)

    def _seen(self, k: int, f: Finding) -> None:
        self.findings[k] = f
        cells = f.evidence.get("cells")
        for c in cells if isinstance(cells, list) else ():
            self.summed.add((c["table"], c["row"], c["column"]))

    def ref_link(self, table: str, row: str, col: str) -> str:
        """A link from a sentence to the table cell it contradicts."""
        place = label(Place(table=table, row=row, column=col), self.pack, self.ctx.lang)
        arrow = say("html.see", self.ctx.lang)
        return f' <a class="ref" href="#{self.pid("c", table, row, col)}">{arrow}{escape(place)}</a>'

    # ---- pieces of markup --------------------------------------------------------------

    def notes(self, ks: list[int], tpl: TableTpl) -> str:
        title = tpl.title[self.ctx.lang]
        out = []
        for k in ks:
            f = self.findings[k]
            text = self.ctx.message(f).removeprefix(title).lstrip("：:, ")
            out.append(f'<span class="note"><a class="code" href="#{self.fid(k)}">{escape(f.code)}</a> '
                       f"{escape(text)}</span>")
        return "".join(out)

    def worst(self, ks: list[int]) -> str:
        return max((self.findings[k].severity for k in ks), key=lambda s: s.rank, default=Severity.INFO).value


# ---- drawing ---------------------------------------------------------------------------

def draw_table(view: TableView, doc: Document, tid: str, pid: Callable[..., str]) -> str:
    tpl = view.pack.tables[tid]
    whole = view.whole.get(tid, [])
    caption = f"{escape(tpl.title[view.ctx.lang])}{view.notes(whole, tpl)}"
    body = _blocks(view, doc, tid) if tpl.layout == "blocks" else _grid(view, doc, tid)
    return (f'<div class="tw"><table class="t" data-table="{escape(tid)}" id="{pid("t", tid)}">'
            f"<caption>{caption}</caption>{''.join(body)}</table></div>")


def _grid(view: TableView, doc: Document, tid: str) -> list[str]:
    table, tpl = doc.tables[tid], view.pack.tables[tid]
    cols = list(tpl.columns)
    out = _header(view, tpl)
    extras = list(table.extra_rows)
    shown: set[str] = set()
    for row in tpl.rows:
        group = next((g for g in tpl.groups if g.key == row.group), None)
        if group is not None and group.key not in shown:
            shown.add(group.key)
            extra = next((x for x in extras if label_key(group.label) in label_key(x.label)), None)
            if extra is not None:
                extras.remove(extra)
                out.append(_extra_row(view, tid, tpl, extra, len(cols)))
            else:
                out.append(f'<tr><th class="grp" colspan="{len(cols) + 1}">'
                           f"{escape((group.ordinal or '') + group.label)}</th></tr>")
        out.append(_row(view, doc, tid, row.key, [c.key for c in cols], len(cols)))
    out += [_extra_row(view, tid, tpl, x, len(cols)) for x in extras]
    return out


def _header(view: TableView, tpl: TableTpl) -> list[str]:
    cols = tpl.columns
    if not any(c.group for c in cols):
        return ["<tr><th></th>" + "".join(f"<th>{escape(c.label)}</th>" for c in cols) + "</tr>"]
    top, second, i = ['<th rowspan="2"></th>'], [], 0
    while i < len(cols):
        c = cols[i]
        if not c.group:
            top.append(f'<th rowspan="2">{escape(c.label)}</th>')
            i += 1
            continue
        run = [x for x in cols[i:] if x.group == c.group]
        n = next((j for j, x in enumerate(cols[i:]) if x.group != c.group), len(cols) - i)
        top.append(f'<th colspan="{n}">{escape(c.group)}</th>')
        second += [f"<th>{escape(x.label)}</th>" for x in run[:n]]
        i += n
    return [f"<tr>{''.join(top)}</tr>", f"<tr>{''.join(second)}</tr>"]


def _blocks(view: TableView, doc: Document, tid: str) -> list[str]:
    """表二: each block (第二十条第（一）项 …) with its own column headings."""
    tpl = view.pack.tables[tid]
    width = max(len(tpl.columns_of(r)) for r in tpl.rows)
    out, block = [], None
    for row in tpl.rows:
        cols = list(tpl.columns_of(row))
        if row.block != block:
            block = row.block
            heads = "".join(f"<th>{escape(tpl.column(c).label)}</th>" for c in cols[:-1])
            last = f'<th colspan="{width - len(cols) + 1}">{escape(tpl.column(cols[-1]).label)}</th>'
            name = say("html.content", view.ctx.lang)
            out.append(f'<tr><th class="grp" colspan="{width + 1}">{escape(block or "")}</th></tr>'
                       f"<tr><th>{name}</th>{heads}{last}</tr>")
        out.append(_row(view, doc, tid, row.key, cols, width))
    return out


def _row(view: TableView, doc: Document, tid: str, key: str, cols: list[str], width: int) -> str:
    table, tpl = doc.tables[tid], view.pack.tables[tid]
    hits = view.rows.get((tid, key), [])
    head = f"<th>{escape(_row_label(tpl, key))}{view.notes(hits, tpl)}</th>"
    rid = f' id="{view.pid("r", tid, key)}"' if hits else ""
    if key not in table.rows:
        missing = say("html.row_missing", view.ctx.lang)
        return (f'<tr class="missing"{rid}>{head}<td colspan="{width}">{missing}</td></tr>')
    cells = []
    for n, col in enumerate(cols):
        span = width - len(cols) + 1 if n == len(cols) - 1 else 1
        cells.append(_cell(view, tid, key, col, table.cell(key, col), span, tpl))
    return f"<tr{rid}>{head}{''.join(cells)}</tr>"


def _row_label(tpl: TableTpl, key: str) -> str:
    row = tpl.row(key)
    return f"{row.ordinal or ''}{row.label}"


def _cell(view: TableView, tid: str, row: str, col: str, cell: Cell | None, span: int, tpl: TableTpl) -> str:
    key = (tid, row, col)
    hits, contra = view.cells.get(key, []), view.contra.get(key, [])
    blank = cell is None or not cell.raw.strip()
    value = say("html.blank", view.ctx.lang) if cell is None or blank else cell.raw
    cls = ["num"] + (["blank"] if blank else [])
    if hits:
        cls += ["bad", view.worst(hits)]
    elif key in view.summed:
        cls.append("summed")
    if contra:
        cls.append("contra")
    attrs = f' class="{" ".join(cls)}"'
    if span > 1:
        attrs += f' colspan="{span}"'
    if hits or contra:
        codes = " ".join(dict.fromkeys(view.findings[k].code for k in hits)) if hits else ""
        title = "；".join(view.ctx.message(view.findings[k]) for k in hits)
        attrs += f' id="{view.pid("c", tid, row, col)}"' + (f' data-code="{escape(codes)}"' if codes else "")
        attrs += f' title="{escape(title)}"' if title else ""
    notes = view.notes(hits, tpl)
    said = say("html.text_says", view.ctx.lang)
    for k in contra:
        f = view.findings[k]
        notes += (f'<span class="note"><a class="code" href="#{view.pid("m", k + 1)}">{escape(f.code)}</a> '
                  f'{said} {escape(str(f.evidence.get("reported", "")))}</span>')
    return f'<td{attrs}><span class="v">{escape(value)}</span>{notes}</td>'


def _extra_row(view: TableView, tid: str, tpl: TableTpl, extra: ExtraRow, width: int) -> str:
    """A row the template does not have (a collapsed group with its own figures), drawn as written."""
    hits = view.extras.get((tid, extra.loc.line, extra.loc.column), [])
    values = list(extra.values)
    while len(values) > width and not values[0].strip():  # the empty cell after a label
        values.pop(0)
    values = values[:width]
    cells = "".join(f'<td class="num">{escape(v)}</td>' for v in values)
    if len(values) < width:
        cells += f'<td colspan="{width - len(values)}"></td>'
    note = say("html.extra_row", view.ctx.lang)
    rid = f' id="{view.pid("x", tid, extra.loc.line, extra.loc.column)}"'
    return f'<tr class="extra"{rid}><th>{escape(extra.label)}{escape(note)}{view.notes(hits, tpl)}</th>{cells}</tr>'
