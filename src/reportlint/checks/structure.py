"""Structure: the six sections (RL101, RL102) and the three tables (RL201, RL202)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from reportlint import patterns
from reportlint.checks import Hit, doc_start, kind
from reportlint.i18n import both
from reportlint.model import Document, Location, Note
from reportlint.numerals import cn_number, to_cn
from reportlint.pack import Pack, RuleSpec, SectionTpl, TableTpl
from reportlint.parse.normalize import label_key, pack_key


@kind("required_sections")
def required_sections(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    found = {s.key: s for s in doc.sections}
    for tpl in pack.sections:
        if tpl.key in found or tpl.optional:
            continue
        later = [s for s in doc.sections if pack_ordinal(pack, s.key) > tpl.ordinal]
        loc = later[0].heading.loc if later else (doc.sections[-1].heading.loc if doc.sections else doc_start(doc))
        yield Hit(loc, {"ordinal": to_cn(tpl.ordinal) + "、", "title": tpl.title}, {"section": tpl.key})


def pack_ordinal(pack: Pack, key: str) -> int:
    return next(s.ordinal for s in pack.sections if s.key == key)


def _tpl(pack: Pack, key: str) -> SectionTpl:
    return next(s for s in pack.sections if s.key == key)


def _canonical(tpl: SectionTpl) -> str:
    return f"{to_cn(tpl.ordinal)}、{tpl.title}"


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
        long_form = any(label_key(sec.heading.text) == pack_key(v) for v in tpl.long_forms)
        args = {"found": sec.heading.text, "expected": tpl.title,
                "note": both("part.long_form") if long_form else ""}
        yield Hit(sec.heading.loc, args, {"section": sec.key}, {"long_form": long_form},
                  severity="info" if long_form else None)


@kind("numbering_systems")
def numbering_systems(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL104: top-level numbering restarts, or 总体情况's sub-topics are numbered as top-level sections."""
    opts = rule.options
    labels = {pack_key(r.label) for t in pack.tables.values() for r in t.rows}
    labels |= {pack_key(g.label) for t in pack.tables.values() for g in t.groups}
    top = [h for h in doc.headings if h.system == "cn" and h.number and label_key(h.text) not in labels]
    for prev, head in itertools.pairwise(top):
        if head.number == 1 and prev.number and prev.number >= 2:
            args = {"found": f"{head.ordinal}{head.text}", "problem": opts["restart"]}
            yield Hit(head.loc, args, {}, {"previous": f"{prev.ordinal}{prev.text}"})
            break
    subtopics = [h for h in top if any(w in h.text for w in opts["subtopics"]) and h.number and h.number > 1
                 and not any(s.heading is h for s in doc.sections if s.match != "fuzzy")]
    general = doc.section(opts["section"])
    if general is not None:
        subtopics = [h for h in subtopics if h.loc.line > general.start_line]
    if len(subtopics) >= 2:
        head = subtopics[0]
        args = {"found": f"{head.ordinal}{head.text}", "problem": opts["subtopics_message"]}
        yield Hit(head.loc, args, {}, {"headings": [f"{h.ordinal}{h.text}" for h in subtopics]})


@kind("intro_parts")
def intro_parts(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL106: the introduction's count of parts differs from the parts it lists, or from the report's sections."""
    opts = rule.options
    first = doc.sections[0].start_line if doc.sections else None
    if first is None:
        return
    for p in doc.paragraphs:
        if p.loc.line >= first:
            break
        m = patterns.search(opts["pattern"], p.text)
        if not m:
            continue
        said = _count(m.group(1))
        if not said:
            return
        col = p.loc.column + m.start(1)
        loc = Location(p.loc.source, p.loc.line, col, p.loc.line, col + len(m.group(1)))
        listed = _listed(p.text, opts, pack)
        if listed is not None and len(listed) != said:
            names = [t.title for t in pack.sections if t.key not in listed]
            problem = _fill(opts["list_differs"], listed=len(listed))
            if names and len(listed) < said and opts.get("unlisted"):
                extra = _fill(opts["unlisted"], names="、".join(names))
                problem = {lang: problem[lang] + extra[lang] for lang in problem}
            yield Hit(loc, {"said": said, "found": len(listed), "problem": problem}, {},
                      {"reported": said, "computed": len(listed), "listed": sorted(listed, key=_order(pack))})
        found = len(doc.sections)
        if found >= 4 and said != found:
            problem = _fill(opts["sections_differ"], found=found)
            args = {"said": said, "found": found, "problem": problem}
            yield Hit(loc, args, {}, {"reported": said, "computed": found})
        return


def _count(token: str) -> int | None:
    return int(token) if token.isdigit() else cn_number(token)


def _fill(template: Mapping[str, str], **values: object) -> dict[str, str]:
    return {lang: text_.format(**values) for lang, text_ in template.items()}


def _order(pack: Pack) -> Callable[[str], int]:
    keys = [s.key for s in pack.sections]
    return lambda key: keys.index(key)


def _listed(text_: str, opts: Mapping[str, Any], pack: Pack) -> set[str] | None:
    """The parts a list of parts names (包括总体情况、…等六个部分), or None when it is not read.

    The list is cut at its commas and enumeration marks, and its last item at the last 和/及/以及;
    pieces naming the same part are one item (…申请行政复议、提起行政诉讼的情况). It is read only when
    every item names exactly one part and there are at least three (an unknown item, such as an old
    report's 统计表, leaves the count in doubt)."""
    if not opts.get("list_pattern") or not opts.get("parts") or not opts.get("list_differs"):
        return None
    m = patterns.search(opts["list_pattern"], text_)
    if m is None:
        return None
    pieces = [p for p in re.split(r"[、，,；;]", m.group("list")) if p.strip()]
    joined = re.fullmatch(r"(.+)(?:和|及)(.+)", pieces[-1]) if pieces else None  # …及改进情况和其他…事项
    if joined:
        pieces[-1:] = [joined.group(1).removesuffix("以"), joined.group(2)]
    items: list[set[str]] = []
    for piece in pieces:
        named = {key for key, words in opts["parts"].items() if any(w in piece for w in words)}
        if len(named) != 1:
            return None
        if not items or items[-1] != named:
            items.append(named)
    if len(items) < 3:
        return None
    named_all = set().union(*items)
    return named_all if len(named_all) == len(items) else None


@kind("government_topics")
def government_topics(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL107: a government's report must address 工作考核、社会评议和责任追究结果情况."""
    from reportlint.checks.dates import why_body

    name = doc.agency or doc.source.title or ""
    found = pack.body_kind(name) if name else None
    if found is None or found[0].key != rule.options["body"]:
        return
    words = "".join(p.text for p in doc.paragraphs) + "".join(h.text for h in doc.headings)
    missing = [group[0] for group in rule.options["topics"] if not any(w in words for w in group)]
    if missing:
        loc = doc.sections[-1].heading.loc if doc.sections else Location(doc.source.name, 1, 1, 1, 1)
        yield Hit(loc, {"missing": "、".join(missing), "why": why_body(name, found[1])}, {}, {"missing": missing})


@kind("section_aspects")
def section_aspects(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    """RL108: a section (总体情况) does not touch each aspect it must cover; each aspect has many wordings."""
    from reportlint.checks.prose import section_stream

    opts = rule.options
    sec = doc.section(opts["section"])
    if sec is None:
        yield Note(rule.code, f"skipped: section {opts['section']} not found (RL101)")
        return
    body = section_stream(doc, sec.key)
    said = (body.text if body else "") + "".join(h.text for h in doc.headings if sec.contains(h.loc))
    if len("".join(said.split())) < opts["min_chars"]:
        yield Note(rule.code, f"skipped: section {sec.key} is too short to have been written")
        return
    missing = [a["what"] for a in opts["aspects"] if not any(w in said for w in a["any_of"])]
    if missing:
        names = {"zh": "、".join(m["zh"] for m in missing), "en": ", ".join(m["en"] for m in missing)}
        yield Hit(sec.heading.loc, {"missing": names}, {"section": sec.key}, {"missing": [m["en"] for m in missing]})


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
            yield Hit(img, {"table": tpl.title, "hint": ocr_hint(doc)}, {"table": tid})


def ocr_hint(doc: Document) -> dict[str, str] | str:
    """How to have images read, when OCR is what was missing ("" otherwise)."""
    if not doc.ocr_missing:
        return ""
    return both("part.ocr_hint", what=doc.ocr_missing)


@kind("table_shape")
def table_shape(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        shaped = {entry.split("|")[0] for entry, _ in doc.shape.get(tid, ())}
        imaged = any(doc.image_cell(cell.loc) for cell in table.cells.values()) if doc.ocr else False
        for row in tpl.rows:
            if row.key not in table.rows and row.label not in shaped and row.key not in table.unread_rows:
                if imaged:  # a row of a table read from an image: its label may be what OCR misread
                    yield Note(rule.code, f"{tid} {row.key}: not found in the table read from an image")
                    continue
                problem = both("part.row_missing", label=row.label, key=row.key)
                yield Hit(table.loc, {"table": tpl.title, "problem": problem}, {"table": tid, "row": row.key})
        for extra in table.extra_rows:
            problem = both("part.row_not_template", label=extra.label)
            yield Hit(extra.loc, {"table": tpl.title, "problem": problem}, {"table": tid})
        yield from _wrong_lengths(doc, tid, tpl)


def _wrong_lengths(doc: Document, tid: str, tpl: TableTpl) -> Iterator[Hit]:
    for entry, loc in doc.shape.get(tid, ()):
        label, found, expected = entry.split("|")
        problem = both("part.row_cells", label=label, found=found, expected=expected)
        row = next((r.key for r in tpl.rows if r.label == label), None)
        yield Hit(loc, {"table": tpl.title, "problem": problem}, {"table": tid, "row": row})
