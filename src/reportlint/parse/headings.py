"""Headings and the six sections they open."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from reportlint.model import Heading, Location, Section
from reportlint.numerals import ordinal_value
from reportlint.pack import Pack, SectionTpl
from reportlint.parse.lines import Line, RawCell
from reportlint.parse.normalize import label_key, pack_key
from reportlint.parse.rows import RUN_IN_MIN, split_trailing

MAX_HEADING = 40  # a plain line longer than this is a paragraph, not a heading
FUZZY_MAX = 24  # a heading matched by keywords must be this short (label_key length)
NEAR_TITLE = 0.9  # similarity for a run-in title with a typo (行政法复议)
BOLD_CLOSE = re.compile(r"\*\*")
RUN_IN = re.compile(r"([一二三四五六七八九十]{1,2})、\s*")


def find_headings(lines: Sequence[Line], source: str, pack: Pack) -> tuple[list[Heading], set[int]]:
    """Every heading, and the indexes of the lines that are nothing but a heading."""
    out: list[Heading] = []
    whole: set[int] = set()
    for i, line in enumerate(lines):
        if line.kind == "heading" and line.cells:
            out.append(_heading(line.cells[0], source, markdown=True))
            whole.add(i)
        elif line.kind == "text" and len(line.cells) == 1:
            cell = line.cells[0]
            head = None if _table_row(cell) else _plain_heading(cell, source, pack)
            if head is not None:
                out.append(head)
                if not (cell.bold and "**" in cell.text.rstrip("*")):
                    whole.add(i)  # a bold lead-in (**（一）…**正文) is a paragraph too
            elif len(cell.text) >= RUN_IN_MIN:
                out.extend(_run_in(cell, source, pack))
    return out, whole


def _table_row(cell: RawCell) -> bool:
    """A table row printed as text (`一、本年新收政府信息公开申请数量 20 3 0 1 0 1 25`): not a heading."""
    if len(cell.text) >= RUN_IN_MIN:
        return False  # running text: its headings are found inside it
    label, values = split_trailing(cell)
    return len(values) >= 2 or (len(values) == 1 and len(values[0].raw) >= 3 and label is not None
                                and label.end_column == values[0].column)


def _heading(cell: RawCell, source: str, markdown: bool) -> Heading:
    text = cell.text
    if cell.bold:
        close = BOLD_CLOSE.search(text)
        text = text[: close.start()] if close else text
    text = text.replace("**", "").strip()
    system, number = ordinal_value(cell.ordinal) if cell.ordinal else (None, None)
    level = 1 if system in (None, "cn") else 2
    start = cell.column - (len(cell.ordinal) if cell.ordinal else 0)
    loc = Location(source, cell.line, max(start, 1), cell.line, cell.column + len(cell.text))
    return Heading(text, cell.ordinal, system, number, level, loc)


def _plain_heading(cell: RawCell, source: str, pack: Pack) -> Heading | None:
    """A line of its own that is a heading: `一、总体情况`, `**（一）…**…`, `总体情况`."""
    if cell.bold and cell.ordinal:
        return _heading(cell, source, markdown=False)
    if cell.ordinal:
        system, _ = ordinal_value(cell.ordinal)
        body = cell.text.rstrip("。:：")
        if system == "cn" and len(body) <= MAX_HEADING and "。" not in body:
            return _heading(cell, source, markdown=False)
        if system == "paren_cn" and len(body) <= MAX_HEADING // 2 and "。" not in body:
            return _heading(cell, source, markdown=False)
        return None
    if len(cell.text) <= MAX_HEADING and section_of(cell.text, pack, allow_fuzzy=False):
        return _heading(cell, source, markdown=False)
    return None


def _run_in(cell: RawCell, source: str, pack: Pack) -> list[Heading]:
    """Section headings inside one long line (pages whose text lost its line breaks)."""
    out = []
    if cell.ordinal and ordinal_value(cell.ordinal)[0] == "cn":  # the line itself opens with a section
        found = _title_prefix(cell.text[:MAX_HEADING], pack)
        if found is not None:
            tpl, exact = found
            size = len(tpl.title) + (0 if exact else 1)
            loc = Location(source, cell.line, cell.column - len(cell.ordinal), cell.line, cell.column + size)
            out.append(Heading(cell.text[:size], cell.ordinal, "cn", ordinal_value(cell.ordinal)[1], 1, loc))
    for m in RUN_IN.finditer(cell.text):
        after = cell.text[m.end() : m.end() + MAX_HEADING]
        found = _title_prefix(after, pack)
        if found is None:
            continue
        tpl, exact = found
        _, number = ordinal_value(m.group(1) + "、")
        col = cell.column + m.start()
        title_len = len(tpl.title) + (0 if exact else 1)
        loc = Location(source, cell.line, col, cell.line, col + len(m.group(0)) + title_len)
        out.append(Heading(after[:title_len], m.group(1) + "、", "cn", number, 1, loc))
    return out


def _title_prefix(text: str, pack: Pack) -> tuple[SectionTpl, bool] | None:
    """The section whose title (or a near miss of it: a typo) `text` starts with."""
    key = label_key(text)
    for tpl in pack.sections:
        for title in (tpl.title, *tpl.variants):
            if key.startswith(pack_key(title)):
                return tpl, True
    for tpl in pack.sections:
        want = pack_key(tpl.title)
        if len(want) >= 8 and SequenceMatcher(None, key[: len(want) + 1], want).ratio() >= NEAR_TITLE:
            return tpl, False
    return None


@lru_cache(maxsize=16)  # a pack is hashed by identity
def _title_keys(pack: Pack) -> tuple[dict[str, SectionTpl], dict[str, SectionTpl]]:
    """The sections by the keys of their titles, and by those of their variants (the first in the pack's order)."""
    exact: dict[str, SectionTpl] = {}
    variants: dict[str, SectionTpl] = {}
    for tpl in pack.sections:
        exact.setdefault(pack_key(tpl.title), tpl)
        for v in tpl.variants:
            variants.setdefault(pack_key(v), tpl)
    return exact, variants


@lru_cache(maxsize=4096)  # pure (a pack is hashed by identity), and asked of every text line
def section_of(text: str, pack: Pack, allow_fuzzy: bool = True) -> tuple[SectionTpl, str] | None:
    """The section a heading's title names, and how: "exact", "variant" or "fuzzy"."""
    key = label_key(text)
    if not key:
        return None
    exact, variants = _title_keys(pack)
    if key in exact:
        return exact[key], "exact"
    if key in variants:
        return variants[key], "variant"
    if not allow_fuzzy or len(key) > FUZZY_MAX:
        return None
    for tpl in pack.sections:
        if any(all(word in key for word in group) for group in tpl.keywords):
            return tpl, "fuzzy"
    return None


def match_sections(headings: Sequence[Heading], pack: Pack, last_line: int) -> list[Section]:
    """The heading that opens each section (exact or variant titles win over keywords)."""
    chosen: dict[str, tuple[Heading, str]] = {}
    rank = {"exact": 0, "variant": 0, "fuzzy": 1}
    for head in headings:
        if head.level != 1:
            continue
        found = section_of(head.text, pack, allow_fuzzy=head.system == "cn")
        if found is None:
            continue
        tpl, how = found
        prev = chosen.get(tpl.key)
        if prev is None or rank[how] < rank[prev[1]]:
            chosen[tpl.key] = (head, how)
    ordered = sorted(chosen.items(), key=lambda kv: (kv[1][0].loc.line, kv[1][0].loc.column))
    out = []
    for i, (key, (head, how)) in enumerate(ordered):
        nxt = ordered[i + 1][1][0].loc if i + 1 < len(ordered) else None
        end = nxt.line - 1 if nxt else last_line
        out.append(Section(key, head, how, head.loc.line, max(end, head.loc.line), (head.loc.line, head.loc.column),
                           (nxt.line, nxt.column) if nxt else None))
    return out
