"""What a scan found, in the shape the exports show it: a row per body and year, every finding, counts.

Built once from the store (`overview(store, pack)`); the CSV, the workbook and
the summary page are each a writer over it, so `reportlint db FILE export`
rebuilds exactly what the scan wrote.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlint.i18n import say
from reportlint.scan.roster import Entry
from reportlint.scan.status import Doc, Owners, QueueItem, Status, deadlines_of, last_due_year, statuses
from reportlint.scan.store import Store

# the figures an office compares across bodies: (table, row, column, its column header: a message id)
FIGURES = [("t3", "new", "total", "figure.new"), ("t3", "carried_over", "total", "figure.carried_over"),
           ("t3", "total", "total", "figure.handled"), ("t3", "carry_forward", "total", "figure.carry_forward"),
           ("t4", "review", "total", "figure.review"), ("t2", "normative_documents", "valid", "figure.valid")]
RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class BodyRow:
    """A body's report for one year in the overview: its status, findings counted, main problems, figures."""

    status: Status
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    top: tuple[str, ...] = ()  # the main problems, worst first: "RL301 表三…" (in the overview's language)
    page: str | None = None  # the annotated page of its report (a file name beside the summary)
    figures: tuple[Any, ...] = ()  # the values of FIGURES in its report (None: not read)


@dataclass(frozen=True)
class FindingRow:
    """One finding of a report, in the words of the overview's language."""

    body: str
    year: int | None
    url: str
    code: str
    rule: str  # what the rule checks (in the overview's language, as are message and place)
    severity: str
    message: str
    place: str
    across: bool = False  # a finding across reports (RL6xx)
    other_url: str | None = None


@dataclass(frozen=True)
class Overview:
    """What a scan found: a row per body and year, every finding, the pages no body owns, the counts."""

    as_of: str
    years: tuple[int, ...]
    rows: tuple[BodyRow, ...]
    findings: tuple[FindingRow, ...]
    unattributed: tuple[tuple[str, str], ...]  # (url, why): pages that are in no body's row
    queue: dict[str, int]
    documents: int
    reports: int
    roster: bool  # whether the scan had a roster
    pages: dict[str, str]  # report URL -> its annotated page's file name
    lang: str = "zh"  # the language of its words (zh, en), which the writers use too

    def by_rule(self) -> list[tuple[str, str, str, int]]:
        """(code, what it checks, worst severity, findings) by code."""
        count: Counter[str] = Counter(f.code for f in self.findings)
        worst: dict[str, str] = {}
        rule: dict[str, str] = {}
        for f in self.findings:
            if f.code not in worst or RANK[f.severity] < RANK[worst[f.code]]:
                worst[f.code] = f.severity
            rule[f.code] = f.rule
        return [(c, rule[c], worst[c], n) for c, n in sorted(count.items())]

    def by_body(self) -> list[tuple[str, int, int, int]]:
        """(body, errors, warnings, infos) of the reports in the rows, most errors first."""
        out = [(r.status.name, r.errors, r.warnings, r.infos) for r in self.rows if r.status.url and r.page]
        return sorted(out, key=lambda t: (-t[1], -t[2], -t[3], t[0]))

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status.status == status)


def page_name(url: str) -> str:
    """The file name of a report's annotated page: stable across runs and resumes."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16] + ".html"


def overview(store: Store, pack: Any, lang: str = "zh") -> Overview:
    """What the store holds, worded in `lang` (the store keeps both languages, or language-neutral codes)."""
    entries = [Entry(*row) for row in store.roster()]
    as_of = date.fromisoformat(store.meta("as_of") or date.today().isoformat())
    deadlines = deadlines_of(pack)
    years = set(store.meta("years") or ())
    if entries and not years:
        years = {last_due_year(as_of, deadlines)}
    queue = [QueueItem(*row) for row in store.queue_rows()]
    raw = store.document_rows()
    docs = [Doc(r[0], r[1], r[2], r[3], r[4], bool(r[6]), r[5]) for r in raw]
    counts = {r[0]: (r[7] or 0, r[8] or 0, r[9] or 0) for r in raw}
    tables = {r[0]: r[10] for r in raw}
    pages = store.page_urls()
    owners = Owners(entries, {q.url: q for q in queue})
    names = {d.url: _name_of(d, owners) for d in docs}
    years_of = {d.url: d.year for d in docs}
    findings = _findings(store, pack, names, years_of, lang)
    by_url: dict[str, list[FindingRow]] = defaultdict(list)
    for f in findings:
        by_url[f.url].append(f)
    rows = []
    for s in statuses(entries, docs, queue, years or None, as_of, deadlines):
        e, w, i = counts.get(s.url or "", (0, 0, 0))
        across = [f for f in by_url.get(s.url or "", []) if f.across]
        e += sum(f.severity == "error" for f in across)
        w += sum(f.severity == "warning" for f in across)
        i += sum(f.severity == "info" for f in across)
        page = page_name(s.url) if s.url in pages else None
        rows.append(BodyRow(s, e, w, i, _top(by_url.get(s.url or "", []), lang), page,
                            _figures(tables.get(s.url or ""))))
    attributed = {r.status.url for r in rows}
    unattributed = tuple((d.url, _why(d, lang)) for d in docs
                         if d.url not in attributed and (not d.is_report or not d.agency))
    return Overview(as_of.isoformat(), tuple(sorted(years)), tuple(rows), tuple(findings), unattributed,
                    store.queue_states(), len(docs),
                    sum(d.is_report for d in docs), bool(entries),
                    {u: page_name(u) for u in pages}, lang)


def _why(doc: Doc, lang: str) -> str:
    """Why a page is in no body's row."""
    if doc.is_report:
        return say("overview.no_agency", lang)
    if not doc.http_status or doc.http_status == "ok":
        return say("overview.not_a_report", lang)
    if doc.http_status.startswith("HTTP"):
        return say("overview.unreadable_status", lang, status=doc.http_status)
    return say("overview.unreadable", lang)


def _figures(tables_json: str | None) -> tuple[Any, ...]:
    if not tables_json:
        return ()
    tables = json.loads(tables_json)
    return tuple(((tables.get(t) or {}).get(r) or {}).get(c) for t, r, c, _ in FIGURES)


def _name_of(doc: Doc, owners: Owners) -> str:
    key = owners.of(doc)
    if key is not None:
        return owners.by_key[key].name
    return doc.agency or doc.url


def _body(names: dict[str, str], url: str) -> str:
    return names.get(url, url)


def _findings(store: Store, pack: Any, names: dict[str, str], years: dict[str, int | None],
              lang: str) -> list[FindingRow]:
    out = []
    for url, _seq, code, severity, line, _col, message, where_json in store.finding_rows(lang):
        out.append(FindingRow(_body(names, url), years.get(url), url, code, _rule(pack, code, lang), severity,
                              message or code, _place(pack, json.loads(where_json or "{}"), line, lang)))
    for code, url, other, severity, message, evidence_json in store.cross_rows(lang):
        evidence = json.loads(evidence_json or "{}")
        out.append(FindingRow(_body(names, url), years.get(url), url, code, _rule(pack, code, lang), severity,
                              message or code, _place(pack, evidence.get("where") or {}, None, lang), True,
                              other or None))
    out.sort(key=lambda f: (f.body, f.year or 0, f.url, f.across, RANK[f.severity], f.code))
    return out


def _rule(pack: Any, code: str, lang: str) -> str:
    rule = pack.rule(code)
    return rule.summary[lang] if rule is not None else code


def _place(pack: Any, where: dict[str, Any], line: int | None, lang: str) -> str:
    """Where a finding is, in the template's words: 表三 · 本年新收 · 总计, or a section, or a line (rows,
    columns and sections as the template prints them, in Chinese whatever the language)."""
    tid = where.get("table")
    if tid and tid in pack.tables:
        tpl = pack.tables[tid]
        parts = [tpl.title[lang]]
        if where.get("row") in tpl.row_keys:
            parts.append(tpl.row(where["row"]).label)
        if where.get("column") in tpl.col_keys:
            parts.append(tpl.column(where["column"]).label)
        return " · ".join(parts)
    section = where.get("section")
    if section:
        found = next((s for s in pack.sections if s.key == section), None)
        return found.title if found else str(section)
    return say("overview.line", lang, line=line) if line and line > 1 else say("overview.whole", lang)


def _top(findings: list[FindingRow], lang: str, n: int = 3) -> tuple[str, ...]:
    """The main problems of a report: one line per code, errors first, then the most frequent."""
    by_code: dict[str, list[FindingRow]] = defaultdict(list)
    for f in findings:
        if f.severity != "info":
            by_code[f.code].append(f)
    order = sorted(by_code.items(), key=lambda kv: (min(RANK[f.severity] for f in kv[1]), -len(kv[1]), kv[0]))
    out = []
    for code, items in order[:n]:
        more = say("overview.times", lang, count=len(items)) if len(items) > 1 else ""
        out.append(f"{code} {_short(items[0].message)}{more}")
    return tuple(out)


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
