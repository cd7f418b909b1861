"""The rules across reports over a scan's store: stored reports back to documents, checked together.

The rules themselves are ordinary kinds of the pack (RL601–RL607, reportlint.across);
this only turns the store's rows into documents and the findings into rows of
`cross_findings`. With a roster, each report takes the name of the roster body it
belongs to, and the roster's parents say which reports add up to which (`children.`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from reportlint.across import stored_document
from reportlint.i18n import render
from reportlint.model import Result
from reportlint.pack import Pack


def stored_cross_findings(store: Any, pack: Pack) -> list[dict[str, Any]]:
    """The findings across the reports a store holds, under the roster's names and parents."""
    from reportlint.scan.roster import Entry, parents
    from reportlint.scan.status import Doc, Owners, QueueItem

    entries = [Entry(*row) for row in store.roster()]
    rows = store.reports()
    names: dict[str, str] = {}
    if entries:
        owners = Owners(entries, {q[0]: QueueItem(*q) for q in store.queue_rows()})
        for row in rows:
            key = owners.of(Doc(row["url"], row["discovered_from"], row["agency"], row["year"], row["published"],
                                True))
            if key is not None:
                names[row["url"]] = owners.by_key[key].name
    return cross_findings(rows, pack, parents(entries), names)


def cross_findings(rows: list[Any], pack: Pack, parents: Mapping[str, str] | None = None,
                   names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    from reportlint.engine import check_together

    names = names or {}
    results = []
    for row in rows:
        sections = _field(row, "sections_json")  # a store older than the column: the prose only
        doc = stored_document(row["url"], names.get(row["url"], row["agency"]), row["year"],
                              json.loads(row["tables_json"] or "{}"), row["prose"],
                              json.loads(sections) if sections else None)
        results.append(Result(doc.source, doc, (), (), pack))
    out = []
    for result in check_together(results, parents=parents):
        for f in result.findings:
            template = f.template or {"zh": f.code, "en": f.code}
            evidence = {k: v for k, v in f.evidence.items() if k != "other"}
            if f.where:
                evidence["where"] = dict(f.where)
            out.append({"code": f.code, "url": result.source.name, "other_url": f.evidence.get("other", ""),
                        "severity": f.severity.value, "message_zh": render(template, f.args, "zh"),
                        "message_en": render(template, f.args, "en"),
                        "evidence_json": json.dumps(evidence, ensure_ascii=False, sort_keys=True, default=str)})
    return out


def _field(row: Any, name: str) -> Any:
    try:
        return row[name]
    except (KeyError, IndexError):
        return None
