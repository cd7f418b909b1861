"""Across reports (RL601–RL604): the same body's consecutive years, and different bodies' texts."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from reportlint.i18n import render
from reportlint.pack import Pack

SENTENCE = re.compile(r"[^。；！？]+[。；！？]?")


def body_key(agency: str | None) -> str | None:
    if not agency:
        return None
    return re.sub(r"[\s（(][^）)]*[）)]|\s", "", agency) or None


def cross_findings(reports: list[Any], pack: Pack) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    by_body: dict[str, dict[int, Any]] = defaultdict(dict)
    for r in reports:
        if r["body"] and r["year"]:
            by_body[r["body"]].setdefault(r["year"], r)
    boiler = _boilerplate(reports)
    for _body, years in sorted(by_body.items()):
        for year in sorted(years):
            prev = years.get(year - 1)
            if prev is None:
                continue
            rows += _carry_over(pack, years[year], prev)
            rows += _valid_documents(pack, years[year], prev)
            rows += _repeated_prose(pack, years[year], prev, boiler)
    rows += _same_text(pack, reports, boiler)
    return rows


def _table(row: Any) -> dict:
    return json.loads(row["tables_json"] or "{}")


def _cell(tables: dict, tid: str, r: str, c: str):
    value = ((tables.get(tid) or {}).get(r) or {}).get(c)
    return None if value is None or (isinstance(value, str) and not value.replace(".", "").isdigit()) else float(value)


def _finding(pack: Pack, code: str, doc: Any, other: Any, args: dict, evidence: dict) -> list[dict[str, Any]]:
    rule = pack.rule(code)
    if rule is None:
        return []
    return [{"code": code, "url": doc["url"], "other_url": other["url"] if other else "", "severity": rule.severity,
             "message_zh": render(rule.message, args, "zh"), "message_en": render(rule.message, args, "en"),
             "evidence_json": json.dumps(evidence, ensure_ascii=False, sort_keys=True)}]


def _carry_over(pack: Pack, doc: Any, prev: Any) -> list[dict[str, Any]]:
    now = _cell(_table(doc), "t3", "carried_over", "total")
    before = _cell(_table(prev), "t3", "carry_forward", "total")
    if now is None or before is None or now == before:
        return []
    args = {"year": doc["year"], "now": int(now), "prev_year": prev["year"], "before": int(before)}
    return _finding(pack, "RL601", doc, prev, args, {"reported": int(now), "computed": int(before)})


def _valid_documents(pack: Pack, doc: Any, prev: Any) -> list[dict[str, Any]]:
    out = []
    t_now, t_prev = _table(doc), _table(prev)
    for row, label in (("regulations", "规章"), ("normative_documents", "行政规范性文件")):
        valid_before = _cell(t_prev, "t2", row, "valid")
        made, repealed, valid = (_cell(t_now, "t2", row, c) for c in ("made", "repealed", "valid"))
        if None in (valid_before, made, repealed, valid):
            continue
        expected = valid_before + made - repealed
        if expected != valid:
            args = {"row": label, "valid": int(valid), "expected": int(expected), "before": int(valid_before),
                    "made": int(made), "repealed": int(repealed), "prev_year": prev["year"]}
            out += _finding(pack, "RL602", doc, prev, args, {"reported": int(valid), "computed": int(expected)})
    return out


def _sentences(text: str | None) -> set[str]:
    return {re.sub(r"\d+", "#", s.strip()) for s in SENTENCE.findall(text or "") if len(s.strip()) >= 12}


def _boilerplate(reports: list[Any]) -> set[str]:
    """Sentences that three or more different bodies write: the template's, not anybody's own."""
    seen: Counter[str] = Counter()
    for _body, sentences in {r["body"]: _sentences(r["prose"]) for r in reports if r["body"]}.items():
        seen.update(sentences)
    return {s for s, n in seen.items() if n >= 3}


def similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _repeated_prose(pack: Pack, doc: Any, prev: Any, boiler: set[str]) -> list[dict[str, Any]]:
    threshold = float(pack.rule("RL603").options.get("threshold", 0.8)) if pack.rule("RL603") else 1.1
    a, b = _sentences(doc["prose"]) - boiler, _sentences(prev["prose"]) - boiler
    score = similarity(a, b)
    if len(a) < 5 or score < threshold:
        return []
    args = {"prev_year": prev["year"], "percent": round(score * 100)}
    return _finding(pack, "RL603", doc, prev, args, {"similarity": round(score, 3)})


def _same_text(pack: Pack, reports: list[Any], boiler: set[str]) -> list[dict[str, Any]]:
    rule = pack.rule("RL604")
    if rule is None:
        return []
    threshold = float(rule.options.get("threshold", 0.9))
    by_year: dict[int, list[Any]] = defaultdict(list)
    for r in reports:
        if r["body"] and r["year"]:
            by_year[r["year"]].append(r)
    out = []
    for _year, docs in sorted(by_year.items()):
        sets = {d["url"]: _sentences(d["prose"]) - boiler for d in docs}
        for x, y in combinations(docs, 2):
            if x["body"] == y["body"] or len(sets[x["url"]]) < 5:
                continue
            score = similarity(sets[x["url"]], sets[y["url"]])
            if score >= threshold:
                args = {"other": y["agency"], "percent": round(score * 100)}
                out += _finding(pack, "RL604", x, y, args, {"similarity": round(score, 3)})
    return out

