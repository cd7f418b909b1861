"""The rules across reports over a scan's store: stored reports back to documents, checked together.

The rules themselves are ordinary kinds of the pack (RL601–RL604, reportlint.across);
this only turns the store's rows into documents and the findings into rows of
`cross_findings`.
"""

from __future__ import annotations

import json
from typing import Any

from reportlint.across import stored_document
from reportlint.i18n import render
from reportlint.model import Result
from reportlint.pack import Pack


def cross_findings(rows: list[Any], pack: Pack) -> list[dict[str, Any]]:
    from reportlint.engine import check_together

    results = []
    for row in rows:
        doc = stored_document(row["url"], row["agency"], row["year"], json.loads(row["tables_json"] or "{}"),
                              row["prose"])
        results.append(Result(doc.source, doc, (), (), pack))
    out = []
    for result in check_together(results):
        for f in result.findings:
            template = f.template or {"zh": f.code, "en": f.code}
            out.append({"code": f.code, "url": result.source.name, "other_url": f.evidence.get("other", ""),
                        "severity": f.severity.value, "message_zh": render(template, f.args, "zh"),
                        "message_en": render(template, f.args, "en"),
                        "evidence_json": json.dumps({k: v for k, v in f.evidence.items() if k != "other"},
                                                    ensure_ascii=False, sort_keys=True, default=str)})
    return out
