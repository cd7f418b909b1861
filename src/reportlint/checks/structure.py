"""Structure: the six sections (RL101, RL102) and the three tables (RL201, RL202)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from reportlint.checks import Hit, doc_start, kind, text
from reportlint.model import Document, Location, Note
from reportlint.pack import Pack, RuleSpec, TableTpl
from reportlint.parse.normalize import cn_number, label_key

CN = "一二三四五六七八九十"



@kind("required_sections")
def required_sections(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    found = {s.key: s for s in doc.sections}
    for tpl in pack.sections:
        if tpl.key in found:
            continue
        later = [s for s in doc.sections if pack_ordinal(pack, s.key) > tpl.ordinal]
        loc = later[0].heading.loc if later else (doc.sections[-1].heading.loc if doc.sections else doc_start(doc))
        yield Hit(loc, {"ordinal": CN[tpl.ordinal - 1] + "、", "title": tpl.title}, {"section": tpl.key})


def pack_ordinal(pack: Pack, key: str) -> int:
    return next(s.ordinal for s in pack.sections if s.key == key)


def _tpl(pack: Pack, key: str):
    return next(s for s in pack.sections if s.key == key)


def _canonical(tpl) -> str:
    return f"{CN[tpl.ordinal - 1]}、{tpl.title}"


@kind("section_order")
def section_order(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL102: a section comes after one that should follow it."""
    highest = None
    for sec in doc.sections:
        tpl = _tpl(pack, sec.key)
        if highest is not None and tpl.ordinal < highest.ordinal:
            head = sec.heading
            args = {"found": f"{head.ordinal or ''}{head.text}", "after": _canonical(highest),
                    "expected": _canonical(tpl)}
            yield Hit(head.loc, args, {"section": sec.key}, {"ordinal": tpl.ordinal})
        elif highest is None or tpl.ordinal > highest.ordinal:
            highest = tpl


@kind("section_ordinal")
def section_ordinal(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL105: a section heading's ordinal does not match its meaning (三、主动公开…)."""
    for sec in doc.sections:
        tpl = _tpl(pack, sec.key)
        head = sec.heading
        if sec.match == "fuzzy" or (head.system == "cn" and head.number == tpl.ordinal):
            continue
        found = f"{head.ordinal or ''}{head.text}"
        yield Hit(head.loc, {"found": found, "expected": _canonical(tpl)}, {"section": sec.key},
                  {"ordinal": head.number, "expected_ordinal": tpl.ordinal})


@kind("section_wording")
def section_wording(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL103: a heading's wording deviates from the standard title (info for the regulation's long form)."""
    for sec in doc.sections:
        tpl = _tpl(pack, sec.key)
        if sec.match == "exact":
            continue
        long_form = any(label_key(sec.heading.text) == label_key(v) for v in tpl.long_forms)
        args = {"found": sec.heading.text, "expected": tpl.title,
                "note": text("（条例第五十条的表述）", " (the wording of Article 50)") if long_form else ""}
        yield Hit(sec.heading.loc, args, {"section": sec.key}, {"long_form": long_form},
                  severity="info" if long_form else None)


@kind("numbering_systems")
def numbering_systems(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL104: top-level numbering restarts, or 总体情况's sub-topics are numbered as top-level sections."""
    opts = rule.options
    labels = {label_key(r.label) for t in pack.tables.values() for r in (*t.rows, *t.groups)}
    top = [h for h in doc.headings if h.system == "cn" and h.number and label_key(h.text) not in labels]
    for prev, head in itertools.pairwise(top):
        if head.number == 1 and prev.number and prev.number >= 2:
            args = {"found": f"{head.ordinal}{head.text}", "problem": opts["restart"]}
            yield Hit(head.loc, args, {}, {"previous": f"{prev.ordinal}{prev.text}"})
            break
    subtopics = [h for h in top if any(w in h.text for w in opts["subtopics"]) and h.number and h.number > 1
                 and not any(s.heading is h for s in doc.sections if s.match != "fuzzy")]
    general = doc.section("general")
    if general is not None:
        subtopics = [h for h in subtopics if h.loc.line > general.start_line]
    if len(subtopics) >= 2:
        head = subtopics[0]
        args = {"found": f"{head.ordinal}{head.text}", "problem": opts["subtopics_message"]}
        yield Hit(head.loc, args, {}, {"headings": [f"{h.ordinal}{h.text}" for h in subtopics]})


@kind("intro_parts")
def intro_parts(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL106: the introduction says the report has N parts, but it has another number."""
    first = doc.sections[0].start_line if doc.sections else None
    if first is None:
        return
    for p in doc.paragraphs:
        if p.loc.line >= first:
            break
        m = re.search(rule.options["pattern"], p.text)
        if not m:
            continue
        said = cn_number(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        found = len(doc.sections)
        if said and found >= 4 and said != found:
            col = p.loc.column + m.start(1)
            loc = Location(p.loc.source, p.loc.line, col, p.loc.line, col + len(m.group(1)))
            yield Hit(loc, {"said": said, "found": found}, {}, {"reported": said, "computed": found})
        return


@kind("government_topics")
def government_topics(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL107: a government's report must address 工作考核、社会评议和责任追究结果情况."""
    from reportlint.checks.dates import body_kind

    name = doc.agency or doc.source.title or ""
    found = body_kind(name, pack.rule("RL501").options) if pack.rule("RL501") else None
    if found is None or found[0] != "government":
        return
    words = "".join(p.text for p in doc.paragraphs) + "".join(h.text for h in doc.headings)
    missing = [group[0] for group in rule.options["topics"] if not any(w in words for w in group)]
    if missing:
        loc = doc.sections[-1].heading.loc if doc.sections else Location(doc.source.name, 1, 1, 1, 1)
        yield Hit(loc, {"missing": "、".join(missing), "why": found[1]}, {}, {"missing": missing})


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
        loc = sec.heading.loc if sec else doc_start(doc)
        yield Hit(loc, {"table": tpl.title}, {"table": tid})


def image_in_section(doc: Document, key: str) -> Location | None:
    sec = doc.section(key)
    if sec is None:
        return None
    return next((img for img in doc.images if sec.contains(img)), None)


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
            if row.key not in table.rows and row.label not in shaped and row.key not in table.unread_rows:
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
