"""What an oversight office acts on: a one-page HTML summary and a CSV row per report."""

from __future__ import annotations

import csv
import io
import json
from html import escape

from reportlint.display import for_spreadsheet
from reportlint.scan.store import Store

CSV_FIGURES = [("t3", "new", "total"), ("t3", "carried_over", "total"), ("t3", "total", "total"),
               ("t3", "carry_forward", "total"), ("t4", "review", "total"), ("t2", "normative_documents", "valid")]


def csv_text(store: Store) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["url", "agency", "year", "format", "published", "status", "errors", "warnings", "infos",
                     "cross_findings", *[f"{t}.{r}.{c}" for t, r, c in CSV_FIGURES], "codes"])
    cross = dict(store.query("SELECT url, COUNT(*) FROM cross_findings GROUP BY url"))
    for row in store.query("SELECT url, agency, year, format, published, http_status, errors, warnings, infos, "
                           "tables_json FROM documents ORDER BY agency, year, url"):
        tables = json.loads(row[9] or "{}")
        codes = [c for (c,) in store.query("SELECT code FROM findings WHERE url = ? ORDER BY seq", (row[0],))]
        figures = [((tables.get(t) or {}).get(r) or {}).get(c) for t, r, c in CSV_FIGURES]
        cells = [*row[:9], cross.get(row[0], 0), *figures, " ".join(sorted(set(codes)))]
        writer.writerow([for_spreadsheet(c) for c in cells])  # a title "=1+1" is text, not a formula
    return buf.getvalue()


def html_text(store: Store, lang: str = "zh") -> str:
    zh = lang == "zh"
    docs = store.query("SELECT url, agency, year, published, http_status, errors, warnings, infos, is_report "
                       "FROM documents ORDER BY agency, year")
    by_rule = store.query("SELECT code, severity, COUNT(*) FROM findings GROUP BY code, severity ORDER BY code")
    cross = store.query("SELECT code, url, other_url, message_zh, message_en FROM cross_findings ORDER BY code, url")
    late = store.query("SELECT d.url, d.agency, d.year, d.published FROM findings f JOIN documents d USING (url) "
                       "WHERE f.code = 'RL501' ORDER BY d.agency")
    queue = dict(store.query("SELECT state, COUNT(*) FROM queue GROUP BY state"))
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8">',
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
             f"<title>{'年报检查汇总' if zh else 'Annual report scan summary'}</title><style>",
             "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #999;padding:.2em .5em}th{background:#eee}.bad{color:#b00}</style></head><body>",
             f"<h1>{'年报检查汇总' if zh else 'Annual report scan summary'}</h1>",
             f"<p>{'文档' if zh else 'documents'} {len(docs)}; "
             + "; ".join(f"{escape(k)} {v}" for k, v in sorted(queue.items())) + "</p>",
             f"<h2>{'各单位' if zh else 'Bodies'}</h2><table><tr><th>{'单位' if zh else 'body'}</th>"
             f"<th>{'年度' if zh else 'year'}</th><th>{'发布' if zh else 'published'}</th>"
             f"<th>{'状态' if zh else 'status'}</th><th>error</th><th>warning</th><th>info</th></tr>"]
    for url, agency, year, published, status, errors, warnings, infos, is_report in docs:
        name = escape(agency or url)
        cls = ' class="bad"' if errors else ""
        parts.append(f'<tr><td><a href="{escape(url, quote=True)}">{name}</a></td><td>{year or ""}</td>'
                     f"<td>{escape(published or '')}</td><td>{escape(status or '')}{'' if is_report else ' ·'}</td>"
                     f"<td{cls}>{errors}</td><td>{warnings}</td><td>{infos}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>{'按规则' if zh else 'By rule'}</h2><table><tr><th>code</th><th>severity</th><th>n</th></tr>")
    parts += [f"<tr><td>{escape(c)}</td><td>{escape(s)}</td><td>{n}</td></tr>" for c, s, n in by_rule]
    parts.append("</table>")
    parts.append(f"<h2>{'逾期发布' if zh else 'Late reports'}</h2><ul>")
    parts += [f'<li><a href="{escape(u, quote=True)}">{escape(a or u)}</a> {y} · {escape(p or "")}</li>'
              for u, a, y, p in late]
    parts.append(f"</ul><h2>{'跨报告问题' if zh else 'Across reports'}</h2><ul>")
    parts += [f'<li>{escape(c)} <a href="{escape(u, quote=True)}">{escape(u)}</a>: {escape(mz if zh else me)}</li>'
              for c, u, _o, mz, me in cross]
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"
