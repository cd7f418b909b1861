"""The summary page of a scan, in Chinese: a row per body, sortable and filterable with no server.

One self-contained HTML file: the table of bodies (status, publication date, days
late, errors, warnings, main problems, a link to each report's annotated page),
the counts by rule and by body drawn as inline SVG, the findings across reports,
the pages that could not be read. Sorting and filtering are a small inline script
allowed by its hash in the page's Content-Security-Policy (nothing else runs,
nothing is loaded); without it the page still reads. Each report's annotated page
(the HTML reporter's view, kept in the store) is written into a folder beside it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from html import escape
from pathlib import Path

from reportlint.scan.overview import SEVERITY_ZH, BodyRow, FindingRow, Overview
from reportlint.scan.status import STATUS_ZH
from reportlint.scan.store import Store

TITLE = "政府信息公开工作年度报告检查汇总"
STYLE = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0 auto;
 padding:1em;color:#222;max-width:90em;line-height:1.5;font-size:15px}
h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:2px solid #555;padding-bottom:.2em;margin-top:1.6em}
a{color:#0645ad}.meta{color:#444}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}
th{background:#f0f0f0;text-align:left;white-space:nowrap}
th[data-sort]{cursor:pointer}th[data-sort]:after{content:" ⇅";color:#999}
th[aria-sort=ascending]:after{content:" ▲";color:#222}th[aria-sort=descending]:after{content:" ▼";color:#222}
td.n{text-align:right;white-space:nowrap}td.top{font-size:.85em;max-width:28em}
.tally td{text-align:right}
.st{white-space:nowrap;padding:0 .3em;border-radius:3px}
.st.published{background:#e3f5e3}.st.late{background:#ffe9a8}.st.missing,.st.unreachable,.st.unreadable{background:#ffd6d6}
.st.not_due,.st.unchecked,.st.undated{background:#eee}
.bad{color:#b00000;font-weight:bold}.why{display:block;color:#900;font-size:.85em}
.filters{margin:.6em 0;display:flex;flex-wrap:wrap;gap:1em;align-items:center}
.filters input[type=search]{width:14em}
.off{color:#777;font-size:.85em}
svg text{font-size:12px;font-family:inherit}
ul.across li{margin:.3em 0}
@media print{.filters{display:none}th[data-sort]:after{content:""}}
"""
SCRIPT = """(function(){
var table=document.getElementById('bodies');if(!table)return;
var tbody=table.tBodies[0],rows=Array.prototype.slice.call(tbody.rows),heads=table.tHead.rows[0].cells;
var st=document.getElementById('f-status'),nm=document.getElementById('f-name'),er=document.getElementById('f-errors'),
 ct=document.getElementById('f-count');
function val(tr,i,num){var td=tr.cells[i],v=td.getAttribute('data-v');if(v===null)v=td.textContent;
 return num?(v===''?-1e9:parseFloat(v)):v;}
function filter(){var s=st.value,n=nm.value.trim(),e=er.checked,shown=0;
 rows.forEach(function(tr){var d=tr.dataset,ok=(!s||(s==='off'?d.roster==='0':d.status===s))&&
  (!n||tr.cells[0].textContent.indexOf(n)>=0)&&(!e||+d.errors>0);tr.hidden=!ok;if(ok)shown++;});
 ct.textContent='显示 '+shown+' / '+rows.length+' 行';}
Array.prototype.forEach.call(heads,function(th,i){var how=th.getAttribute('data-sort');if(!how)return;th.tabIndex=0;
 function go(){var asc=th.getAttribute('aria-sort')!=='ascending',num=how==='num';
  Array.prototype.forEach.call(heads,function(o){o.removeAttribute('aria-sort');});
  th.setAttribute('aria-sort',asc?'ascending':'descending');
  rows.sort(function(a,b){var x=val(a,i,num),y=val(b,i,num),c=num?(x===y?0:(x<y?-1:1)):x.localeCompare(y,'zh-Hans-CN');
   return asc?c:-c;});
  rows.forEach(function(tr){tbody.appendChild(tr);});}
 th.addEventListener('click',go);th.addEventListener('keydown',function(ev){if(ev.key==='Enter')go();});});
[st,nm,er].forEach(function(el){el.addEventListener('input',filter);el.addEventListener('change',filter);});
filter();})();"""
SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{SCRIPT_HASH}'"
STATUS_ORDER = ["unreachable", "unreadable", "missing", "late", "undated", "published", "not_due", "unchecked"]
SEVERITY_COLOUR = {"error": "#c00", "warning": "#e6a100", "info": "#38c"}
HASHED = re.compile(r"^[0-9a-f]{16}\.html$")


def folder_for(summary: Path) -> Path:
    """Where the reports' annotated pages go: a folder beside the summary."""
    return summary.with_name(summary.stem + "_reports")


def write_summary(view: Overview, store: Store, path: str | Path) -> None:
    path = Path(path)
    folder = folder_for(path)
    path.write_text(summary_html(view, folder.name), encoding="utf-8")
    if not view.pages:
        return
    folder.mkdir(parents=True, exist_ok=True)
    across: dict[str, list[FindingRow]] = defaultdict(list)
    for f in view.findings:
        if f.across:
            across[f.url].append(f)
    for url, name in sorted(view.pages.items()):
        html = store.page(url)
        if html is not None:
            (folder / name).write_text(_annotated(html, path.name, across.get(url, [])), encoding="utf-8")
    keep = set(view.pages.values())
    for old in folder.iterdir():
        if HASHED.match(old.name) and old.name not in keep:
            old.unlink()


def _annotated(html: str, summary: str, across: list[FindingRow]) -> str:
    """A report's own page, with a way back to the summary and the findings that compare it with others."""
    back = f'<p class="noprint"><a href="../{escape(summary, quote=True)}">← 返回汇总</a></p>'
    html = html.replace("<body>", "<body>" + back, 1)
    if across:
        items = "".join(f'<li><span class="code">{escape(f.code)}</span> <span class="sev {f.severity}">'
                        f"{SEVERITY_ZH[f.severity]}</span> {escape(f.message)}"
                        + (f' <a href="{escape(f.other_url, quote=True)}">对照报告</a>' if f.other_url else "")
                        + "</li>" for f in across)
        section = f'<section class="doc"><h2>与其他报告对照</h2><ol class="findings">{items}</ol></section>'
        at = html.rfind('<p class="signoff">')
        html = html[:at] + section + "\n" + html[at:] if at >= 0 else html.replace("</body>", section + "</body>")
    return html


def summary_html(view: Overview, folder: str) -> str:
    years = "、".join(str(y) for y in view.years) or "全部"
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
             f"<title>{TITLE}</title><style>{STYLE}</style></head><body>", f"<h1>{TITLE}</h1>",
             f'<p class="meta">报告年度：{years}　检查日期：{view.as_of}　抓取文档 {view.documents} 个，'
             f"其中年度报告 {view.reports} 个</p>",
             _tally(view), _unfinished(view), "<h2>各单位情况</h2>", _filters(view), _table(view, folder),
             "<h2>问题统计</h2>", _charts(view), _across(view), _unread(view),
             f'<script>{SCRIPT}</script></body></html>']
    return "\n".join(p for p in parts if p) + "\n"


def _tally(view: Overview) -> str:
    cells = []
    if view.roster:
        on = [r for r in view.rows if r.status.on_roster]
        cells.append(("名册单位", len(on)))
    for status in STATUS_ORDER:
        n = sum(1 for r in view.rows if r.status.status == status and r.status.on_roster == view.roster)
        if n:
            cells.append((STATUS_ZH[status], n))
    off = sum(1 for r in view.rows if not r.status.on_roster)
    if view.roster and off:
        cells.append(("名册外单位", off))
    errors = sum(r.errors for r in view.rows)
    warnings = sum(r.warnings for r in view.rows)
    cells += [("错误", errors), ("警告", warnings)]
    head = "".join(f"<th>{escape(k)}</th>" for k, _ in cells)
    body = "".join(f"<td>{n}</td>" for _, n in cells)
    return f'<table class="tally"><tr>{head}</tr><tr>{body}</tr></table>'


def _unfinished(view: Overview) -> str:
    pending = view.queue.get("pending", 0)
    if not pending:
        return ""
    return (f'<p class="bad">检查尚未完成：还有 {pending} 个网页未处理，结果不完整。'
            f"用同一 --db 加 --resume 继续检查。</p>")


def _filters(view: Overview) -> str:
    present = [s for s in STATUS_ORDER if any(r.status.status == s for r in view.rows)]
    options = "".join(f'<option value="{s}">{STATUS_ZH[s]}</option>' for s in present)
    if view.roster and any(not r.status.on_roster for r in view.rows):
        options += '<option value="off">名册外</option>'
    return ('<div class="filters"><label>状态 <select id="f-status"><option value="">全部</option>'
            f'{options}</select></label><label>单位 <input id="f-name" type="search" placeholder="输入单位名称">'
            '</label><label><input id="f-errors" type="checkbox"> 只看有错误的</label>'
            '<span id="f-count" aria-live="polite"></span></div>')


HEADERS = [("单位", "text"), ("层级", "text"), ("上级单位", "text"), ("年度", "num"), ("状态", "text"),
           ("发布日期", "text"), ("法定期限", "text"), ("逾期天数", "num"), ("错误", "num"), ("警告", "num"),
           ("主要问题", None), ("报告", None)]


def _table(view: Overview, folder: str) -> str:
    head = "".join(f'<th data-sort="{how}">{name}</th>' if how else f"<th>{name}</th>" for name, how in HEADERS)
    rows = "\n".join(_row(r, folder, view.roster) for r in view.rows)
    return f'<table id="bodies"><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>'


def _row(row: BodyRow, folder: str, roster: bool) -> str:
    s = row.status
    name = escape(s.name)
    if roster and not s.on_roster:
        name += ' <span class="off">（名册外）</span>'
    why = f'<span class="why">{escape(s.reason)}</span>' if s.reason else ""
    order = f"{STATUS_ORDER.index(s.status)}{s.days_late or 0:05d}"  # worst first, then by days late
    status = f'<td data-v="{order}"><span class="st {s.status}">{escape(s.label)}</span>{why}</td>'
    late = "" if s.days_late is None else str(s.days_late)
    links = []
    if row.page:
        links.append(f'<a href="{escape(folder, quote=True)}/{row.page}">问题详情</a>')
    if s.url and s.status not in ("unreachable",):
        links.append(f'<a href="{escape(s.url, quote=True)}" rel="noreferrer">原文</a>')
    if s.listing_url and s.status in ("unreachable", "missing", "not_due", "unchecked"):
        links.append(f'<a href="{escape(s.listing_url, quote=True)}" rel="noreferrer">栏目页</a>')
    top = "<br>".join(escape(t) for t in row.top)
    bad = ' class="n bad"' if row.errors else ' class="n"'
    return (f'<tr data-status="{s.status}" data-roster="{1 if s.on_roster else 0}" data-errors="{row.errors}">'
            f"<td>{name}</td><td>{escape(s.level or '')}</td><td>{escape(s.parent or '')}</td>"
            f'<td class="n">{s.year or ""}</td>{status}<td>{escape(s.published or "")}</td>'
            f'<td>{escape(s.deadline or "")}</td><td class="n" data-v="{late}">{late}</td>'
            f'<td{bad}>{row.errors}</td><td class="n">{row.warnings}</td><td class="top">{top}</td>'
            f"<td>{' '.join(links)}</td></tr>")


# ---- charts -------------------------------------------------------------------------------

def _charts(view: Overview) -> str:
    rules = view.by_rule()
    if not rules:
        return "<p>未发现问题。</p>"
    bars = [(f"{code} {summary}", [(n, SEVERITY_COLOUR[sev])]) for code, summary, sev, n in rules]
    bodies = [(name, [(e, SEVERITY_COLOUR["error"]), (w, SEVERITY_COLOUR["warning"])])
              for name, e, w, _i in view.by_body()[:30] if e or w]
    out = ["<h3>按规则（问题数）</h3>", bar_chart(bars, "按规则统计的问题数")]
    if bodies:
        out += ["<h3>按单位（错误与警告，最多的 30 个）</h3>", bar_chart(bodies, "按单位统计的错误与警告数"),
                '<p class="meta"><span style="color:#c00">■</span> 错误　'
                '<span style="color:#e6a100">■</span> 警告</p>']
    return "\n".join(out)


def bar_chart(bars: list[tuple[str, list[tuple[int, str]]]], title: str) -> str:
    """Horizontal bars, one a line: a label, its (stacked) segments, the total."""
    label_w, bar_w, line = 330, 420, 20
    top = max((sum(n for n, _ in segs) for _, segs in bars), default=1) or 1
    height = line * len(bars) + 4
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" height="{height}" role="img" '
           f'aria-label="{escape(title, quote=True)}">']
    for i, (label, segs) in enumerate(bars):
        y = i * line + 2
        shown = label if len(label) <= 26 else label[:25] + "…"
        out.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end"><title>{escape(label)}</title>'
                   f"{escape(shown)}</text>")
        x: float = label_w
        for n, colour in segs:
            w = round(bar_w * n / top, 1)
            if w:
                out.append(f'<rect x="{x}" y="{y + 3}" width="{w}" height="{line - 6}" fill="{colour}"/>')
            x += w
        out.append(f'<text x="{x + 4}" y="{y + 14}">{sum(n for n, _ in segs)}</text>')
    out.append("</svg>")
    return "".join(out)


# ---- findings across reports, pages not read ---------------------------------------------------

def _across(view: Overview) -> str:
    items = [f for f in view.findings if f.across]
    if not items:
        return ""
    lis = []
    for f in items:
        other = f' <a href="{escape(f.other_url, quote=True)}" rel="noreferrer">对照报告</a>' if f.other_url else ""
        lis.append(f'<li><b>{escape(f.body)}</b>（{f.year or ""}）<span class="code">{escape(f.code)}</span> '
                   f"{SEVERITY_ZH[f.severity]}：{escape(f.message)}"
                   f' <a href="{escape(f.url, quote=True)}" rel="noreferrer">原文</a>{other}</li>')
    return "<h2>跨报告比对发现的问题</h2><ul class=\"across\">" + "".join(lis) + "</ul>"


def _unread(view: Overview) -> str:
    if not view.unattributed:
        return ""
    lis = "".join(f'<li><a href="{escape(u, quote=True)}" rel="noreferrer">{escape(_short_url(u))}</a>'
                  f'<span class="why">{escape(why)}</span></li>' for u, why in view.unattributed)
    return f"<h2>无法读取的网页</h2><ul>{lis}</ul>"


def _short_url(url: str) -> str:
    return url if len(url) <= 60 else url[:40] + "…" + url[-16:]
