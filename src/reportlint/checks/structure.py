"""Structure: the six sections (RL101, RL102) and the three tables (RL201, RL202)."""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.checks import Hit, kind, text
from reportlint.model import Document, Location, Note
from reportlint.pack import Pack, RuleSpec, TableTpl

CN = "一二三四五六七八九十"


def _doc_start(doc: Document) -> Location:
    return Location(doc.source.name, 1, 1, 1, 1)


@kind("required_sections")
def required_sections(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    found = {s.key: s for s in doc.sections}
    for tpl in pack.sections:
        if tpl.key in found:
            continue
        later = [s for s in doc.sections if pack_ordinal(pack, s.key) > tpl.ordinal]
        loc = later[0].heading.loc if later else (doc.sections[-1].heading.loc if doc.sections else _doc_start(doc))
        yield Hit(loc, {"ordinal": CN[tpl.ordinal - 1] + "、", "title": tpl.title}, {"section": tpl.key})


def pack_ordinal(pack: Pack, key: str) -> int:
    return next(s.ordinal for s in pack.sections if s.key == key)


@kind("section_order")
def section_order(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    highest = 0
    for sec in doc.sections:
        tpl = next(s for s in pack.sections if s.key == sec.key)
        head = sec.heading
        out_of_order = tpl.ordinal < highest
        highest = max(highest, tpl.ordinal)
        misnumbered = head.system != "cn" or head.number != tpl.ordinal
        if sec.match == "fuzzy" or not (out_of_order or misnumbered):
            continue
        found = f"{head.ordinal or ''}{head.text}"
        expected = f"{CN[tpl.ordinal - 1]}、{tpl.title}"
        yield Hit(head.loc, {"found": found, "expected": expected}, {"section": sec.key},
                  {"ordinal": head.number, "expected_ordinal": tpl.ordinal})


@kind("required_tables")
def required_tables(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    unreadable = {p.args.get("table_id") for p in doc.problems}
    for tid, tpl in pack.tables.items():
        if tid in doc.tables:
            continue
        if tid in unreadable:
            yield Note(rule.code, f"{tid}: not checked, its cells run together (RL904)")
            continue
        if image_in_section(doc, tpl.section):
            yield Note(rule.code, f"{tid}: not found; its section holds an image (RL906)")
            continue
        sec = doc.section(tpl.section)
        loc = sec.heading.loc if sec else _doc_start(doc)
        yield Hit(loc, {"table": tpl.title}, {"table": tid})


def image_in_section(doc: Document, key: str) -> Location | None:
    sec = doc.section(key)
    if sec is None:
        return None
    return next((img for img in doc.images if sec.start_line <= img.line <= sec.end_line), None)


@kind("table_image")
def table_image(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, tpl in pack.tables.items():
        if tid in doc.tables:
            continue
        img = image_in_section(doc, tpl.section)
        if img is not None:
            yield Hit(img, {"table": tpl.title}, {"table": tid})


@kind("table_shape")
def table_shape(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        shaped = {entry.split("|")[0] for entry, _ in doc.shape.get(tid, ())}
        for row in tpl.rows:
            if row.key not in table.rows and row.label not in shaped:
                problem = text(f"缺少“{row.label}”行", f'row "{row.label}" ({row.key}) is missing')
                yield Hit(table.loc, {"table": tpl.title, "problem": problem}, {"table": tid, "row": row.key})
        for extra in table.extra_rows:
            problem = text(f"“{extra.label}”行不属于规定格式（应分列其下各项）",
                           f'row "{extra.label}" is not in the template (its sub-rows are expected instead)')
            yield Hit(extra.loc, {"table": tpl.title, "problem": problem}, {"table": tid})
        yield from _wrong_lengths(doc, tid, tpl)


def _wrong_lengths(doc: Document, tid: str, tpl: TableTpl) -> Iterator[Hit]:
    for entry, loc in doc.shape.get(tid, ()):
        label, found, expected = entry.split("|")
        problem = text(f"“{label}”行有 {found} 个单元格，应为 {expected} 个",
                       f'row "{label}" has {found} cells, {expected} expected')
        row = next((r.key for r in tpl.rows if r.label == label), None)
        yield Hit(loc, {"table": tpl.title, "problem": problem}, {"table": tid, "row": row})
