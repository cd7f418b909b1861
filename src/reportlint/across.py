"""The reports of one run seen together, for the rules across reports (RL601–RL604).

A `Corpus` holds the documents a run checked (the files of `reportlint check`,
or the reports a scan stored) and answers the questions those rules ask: the
same body's report for the year before (`prev.` in an expression), the other
bodies' reports of the same year, the reports of the bodies under this one
(`children.`, once a roster says who is under whom), and which reports share
sentences. A rule across reports is an ordinary kind that also takes the
`Related` view of its document.

Shared sentences are found through an inverted index (sentence -> reports), so
comparing every report of a year with every other costs time in proportion to
the sentences they share, not to the square of the number of reports.

A run of thousands of reports need not keep them all: the corpus may hold each
report as a compact stand-in (`standin`: its body, year, name and table values,
no text or locations) with its prose apart (`Texts`), which is all these rules
read of the *other* reports; the report being checked is passed in full.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any

from reportlint.model import Cell, CellKind, Document, Heading, Location, Paragraph, Section, SourceInfo, Table

SENTENCE = re.compile(r"[^。；！？]+[。；！？]?")


def body_key(agency: str | None) -> str | None:
    """A body's name as compared across reports: without spaces and bracketed notes."""
    if not agency:
        return None
    return re.sub(r"[\s（(][^）)]*[）)]|\s", "", agency) or None


def prose(doc: Document) -> str:
    return "".join(p.text for p in doc.paragraphs)


def sentences(text: str, min_chars: int) -> frozenset[str]:
    """The sentences of a text long enough to say something, with every number made `#`."""
    return frozenset(re.sub(r"\d+", "#", s.strip()) for s in SENTENCE.findall(text) if len(s.strip()) >= min_chars)


class Corpus:
    """The reports of a run. `texts` (aligned with `docs`) gives their prose when the documents are
    stand-ins without paragraphs; without it the prose is read off the documents."""

    def __init__(self, docs: Sequence[Document], parents: dict[str, str] | None = None,
                 texts: Sequence[Texts] | None = None) -> None:
        kept = [i for i, d in enumerate(docs) if body_key(d.agency) and d.year]
        self.docs = [docs[i] for i in kept]
        self._texts = [texts[i] for i in kept] if texts is not None else None
        self._index = {id(d): i for i, d in enumerate(self.docs)}
        self._by_body_year: dict[tuple[str, int], Document] = {}
        for d in self.docs:
            self._by_body_year.setdefault((self.body(d), d.year or 0), d)
        self._parents = parents or {}  # body -> the body it reports to (from a roster)
        self._shingles: dict[tuple[int, int], tuple[list[frozenset[str]], dict[str, list[int]]]] = {}
        self._by_body: dict[tuple[int, int], dict[tuple[str, int], dict[str, list[int]]]] = {}
        self._sections: dict[tuple[str, int, int], list[frozenset[str]]] = {}

    def _prose(self, i: int) -> str:
        return self._texts[i].prose if self._texts is not None else prose(self.docs[i])

    def _section_text(self, i: int, key: str) -> str:
        return self._texts[i].section(key) if self._texts is not None else section_text(self.docs[i], key)

    @staticmethod
    def body(doc: Document) -> str:
        return body_key(doc.agency) or ""

    def __contains__(self, doc: Document) -> bool:
        return id(doc) in self._index

    def prev(self, doc: Document) -> Document | None:
        return self._by_body_year.get((self.body(doc), (doc.year or 0) - 1))

    def children(self, doc: Document) -> list[Document]:
        me = self.body(doc)
        return [d for d in self.docs if d.year == doc.year and self._parents.get(self.body(d)) == me]

    def expected_children(self, doc: Document) -> list[str]:
        """The bodies under this one (a roster's parents), whether or not their reports are here."""
        me = self.body(doc)
        return sorted(b for b, parent in self._parents.items() if parent == me)

    def section_sets(self, key: str, min_chars: int, boilerplate_bodies: int) -> list[frozenset[str]]:
        """Each report's sentences in its sections of this key, less those `boilerplate_bodies` bodies write."""
        cache = (key, min_chars, boilerplate_bodies)
        if cache not in self._sections:
            words: dict[str, str] = {}
            raw = [_shared(sentences(self._section_text(i, key), min_chars), words) for i in range(len(self.docs))]
            self._sections[cache] = _less_boilerplate(self.docs, raw, boilerplate_bodies)
        return self._sections[cache]

    def pairs(self, doc: Document, against: str) -> list[Document]:
        """The reports a rule compares `doc` with: last year's, or (each pair once) other bodies' of its year."""
        if against == "prev":
            prev = self.prev(doc)
            return [prev] if prev is not None else []
        me = self._index.get(id(doc), -1)
        return [d for i, d in enumerate(self.docs) if i > me and d.year == doc.year and self.body(d) != self.body(doc)]

    def sentence_sets(self, min_chars: int, boilerplate_bodies: int) -> list[frozenset[str]]:
        """Each report's sentences less the template's (those that `boilerplate_bodies` bodies write)."""
        return self._shingled(min_chars, boilerplate_bodies)[0]

    def sharing(self, doc: Document, min_chars: int, boilerplate_bodies: int) -> Counter[int]:
        """For each other report that shares a sentence with `doc`: how many it shares."""
        sets, index = self._shingled(min_chars, boilerplate_bodies)
        me = self._index[id(doc)]
        counts: Counter[int] = Counter()
        for s in sets[me]:
            for other in index[s]:
                if other != me:
                    counts[other] += 1
        return counts

    def sharing_later(self, doc: Document, min_chars: int, boilerplate_bodies: int) -> Counter[int]:
        """`sharing`, for only the reports a same-year rule compares `doc` with: later in the run, of its
        year, of another body. The index groups a sentence's reports by year and body, so a body's many
        reports that share sentences with each other are not counted one by one."""
        sets, _ = self._shingled(min_chars, boilerplate_bodies)
        key = (min_chars, boilerplate_bodies)
        if key not in self._by_body:
            grouped: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
            for i, (d, sents) in enumerate(zip(self.docs, sets, strict=True)):
                for sentence in sents:
                    grouped[(sentence, d.year or 0)][self.body(d)].append(i)
            self._by_body[key] = grouped
        grouped = self._by_body[key]
        me, mine = self._index[id(doc)], self.body(doc)
        counts: Counter[int] = Counter()
        for sentence in sets[me]:
            for body, others in grouped.get((sentence, doc.year or 0), {}).items():
                if body != mine:
                    counts.update(i for i in others if i > me)
        return counts

    def _shingled(self, min_chars: int, boilerplate_bodies: int) -> tuple[list[frozenset[str]], dict[str, list[int]]]:
        key = (min_chars, boilerplate_bodies)
        if key not in self._shingles:
            words: dict[str, str] = {}
            raw = [_shared(sentences(self._prose(i), min_chars), words) for i in range(len(self.docs))]
            sets = _less_boilerplate(self.docs, raw, boilerplate_bodies)
            index: dict[str, list[int]] = defaultdict(list)
            for i, s in enumerate(sets):
                for sentence in s:
                    index[sentence].append(i)
            self._shingles[key] = (sets, index)
        return self._shingles[key]

    def position(self, doc: Document) -> int:
        return self._index[id(doc)]


def _shared(found: frozenset[str], words: dict[str, str]) -> frozenset[str]:
    """The same sentences, each held once across the reports (many reports write the same ones)."""
    return frozenset(words.setdefault(s, s) for s in found)


def _less_boilerplate(docs: Sequence[Document], raw: list[frozenset[str]], bodies: int) -> list[frozenset[str]]:
    """The sentence sets less the template's: the sentences `bodies` different bodies write."""
    per_body: dict[str, set[str]] = defaultdict(set)
    for d, s in zip(docs, raw, strict=True):
        per_body[Corpus.body(d)] |= s
    seen: Counter[str] = Counter(s for group in per_body.values() for s in group)
    boiler = {s for s, n in seen.items() if n >= bodies}
    return [s - boiler for s in raw]


@dataclass(frozen=True)
class Related:
    """What a rule across reports sees besides its document: the corpus of the run.

    `doc` is the report as the corpus holds it (the document itself, or its stand-in): ask the
    corpus about it through `doc`, and read the report's own text and places from the document
    the rule was given."""

    corpus: Corpus
    doc: Document

    @cached_property
    def prev(self) -> Document | None:
        return self.corpus.prev(self.doc)

    @cached_property
    def children(self) -> list[Document]:
        return self.corpus.children(self.doc)

    @cached_property
    def expected_children(self) -> list[str]:
        return self.corpus.expected_children(self.doc)

    def pairs(self, against: str) -> list[Document]:
        return self.corpus.pairs(self.doc, against)


# ---- reports a scan stored, as documents ---------------------------------------------------------

def stored_document(url: str, agency: str | None, year: int | None, tables: dict[str, Any],
                    text: str | None, runs: Sequence[Sequence[Any]] | None = None) -> Document:
    """A report as the scan's store keeps it (its extracted tables and its prose), as a `Document`.

    `runs` is its prose by section ([section key or None, text] in document order): each run
    becomes a paragraph on a line of its own, inside a section of that key.
    """
    info = SourceInfo(url, "stored", url=url)
    loc = Location(url, 1, 1, 1, 1)
    built = {}
    for tid, rows in (tables or {}).items():
        cells = {(r, c): _cell(v) for r, cols in rows.items() for c, v in cols.items()}
        built[tid] = Table(tid, loc, MappingProxyType(cells), tuple(rows), tuple({c for _, c in cells}))
    if not runs:
        paragraphs = (Paragraph(text, loc),) if text else ()
        return Document(info, (), (), paragraphs, MappingProxyType(built), None, year, agency)
    paragraphs_: list[Paragraph] = []
    sections: list[Section] = []
    for line, (key, run) in enumerate(runs, start=1):
        at = Location(url, line, 1, line, len(run) + 1)
        paragraphs_.append(Paragraph(run, at))
        if key:
            head = Heading(str(key), None, None, None, 1, at)
            sections.append(Section(str(key), head, "exact", line, line, (line, 1), (line + 1, 1)))
    return Document(info, (), tuple(sections), tuple(paragraphs_), MappingProxyType(built), None, year, agency)


def section_text(doc: Document, key: str) -> str:
    """The prose of a document's sections of this key."""
    parts = [s for s in doc.sections if s.key == key]
    return "".join(p.text for p in doc.paragraphs if any(s.contains(p.loc) for s in parts))


# ---- compact stand-ins: what the rules across reports read of the other reports -------------------

@dataclass(frozen=True, slots=True)
class Texts:
    """A report's prose (its paragraphs joined) and where each section's prose lies in it."""

    prose: str
    spans: Mapping[str, tuple[tuple[int, int], ...]]  # section key -> (start, end) offsets in `prose`

    def section(self, key: str) -> str:
        """`section_text` of the document these texts were taken from."""
        return "".join(self.prose[a:b] for a, b in self.spans.get(key, ()))


def texts_of(doc: Document) -> Texts:
    parts: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    at = 0
    for p in doc.paragraphs:
        end = at + len(p.text)
        for key in dict.fromkeys(s.key for s in doc.sections if s.contains(p.loc)):
            runs = spans[key]
            if runs and runs[-1][1] == at:
                runs[-1] = (runs[-1][0], end)  # the paragraph follows the last one of this key
            else:
                runs.append((at, end))
        parts.append(p.text)
        at = end
    return Texts("".join(parts), {key: tuple(runs) for key, runs in spans.items()})


def standin(doc: Document, shared: bool = True) -> Document:
    """What the rules across reports read of a report they compare another with: its name, body, year
    and table values (a cell's kind and value; no raw text, no location). No prose (see `Texts`):
    a few KB where the report takes ~80. `shared`: key orders, keys and numbers shared with the other
    stand-ins of this process (not in a worker, whose stand-ins are pickled: see `reshared`)."""
    source = SourceInfo(doc.source.name, doc.source.kind)
    keys = _shared_keys if shared else tuple
    tables = {tid: Table(t.id, t.loc, PackedCells(t.cells, shared), keys(t.rows), keys(t.columns))
              for tid, t in doc.tables.items()}
    return replace(doc, source=source, headings=(), sections=(), paragraphs=(), tables=MappingProxyType(tables),
                   problems=(), images=(), line_pages=(), markers={}, shape={}, original=None, line_origins=(),
                   notes=(), ocr={}, ocr_missing="")


def reshared(doc: Document) -> Document:
    """A stand-in unpickled in this process (made in a worker), sharing again what stand-ins share: each
    arrived with its own key orders, keys and numbers."""
    tables = {tid: replace(t, cells=t.cells.reshared() if isinstance(t.cells, PackedCells) else t.cells,
                           rows=_shared_keys(t.rows), columns=_shared_keys(t.columns))
              for tid, t in doc.tables.items()}
    return replace(doc, tables=MappingProxyType(tables))


class PackedCells(Mapping[tuple[str, str], Cell]):
    """A table's cells held as one slot each (a number's value, or a cell's kind), in a key order shared
    by every table of the same keys; a cell read back is rebuilt without raw text or location."""

    __slots__ = ("_order", "_slots")

    def __init__(self, cells: Mapping[tuple[str, str], Cell], shared: bool = True) -> None:
        self._order = _key_order(tuple(cells)) if shared else {k: i for i, k in enumerate(cells)}
        self._slots = tuple(_slot(c, shared) for c in cells.values())

    def __getitem__(self, key: tuple[str, str]) -> Cell:
        slot = self._slots[self._order[key]]
        if isinstance(slot, Decimal):
            return Cell(str(slot), CellKind.NUMBER, slot, None)
        if isinstance(slot, CellKind):
            return Cell("", slot, None, None)
        return slot

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._order)

    def reshared(self) -> PackedCells:
        """The same cells in the key order and numbers this process shares."""
        new = object.__new__(PackedCells)
        new._order = _key_order(tuple(self._order))
        new._slots = tuple(_shared_number(s) if isinstance(s, Decimal) else s for s in self._slots)
        return new

    def __len__(self) -> int:
        return len(self._order)


_ORDERS: dict[tuple[tuple[str, str], ...], dict[tuple[str, str], int]] = {}
_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}
_NUMBERS: dict[str, Decimal] = {}  # a number as written (its str: sign, digits and exponent) -> the one held
# how many distinct key orders (a table's shape) and values are held for sharing; past that, not shared
_SHARED_ORDERS, _SHARED_VALUES = 1 << 10, 1 << 15


def _key_order(keys: tuple[tuple[str, str], ...]) -> dict[tuple[str, str], int]:
    order = _ORDERS.get(keys)
    if order is None:
        order = {k: i for i, k in enumerate(keys)}
        if len(_ORDERS) < _SHARED_ORDERS:
            _ORDERS[keys] = order
    return order


def _shared_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    return _KEYS.setdefault(keys, keys) if len(_KEYS) < _SHARED_ORDERS else keys


def _slot(cell: Cell, shared: bool = True) -> Decimal | CellKind | Cell:
    if cell.kind is CellKind.NUMBER and isinstance(cell.value, Decimal):
        return _shared_number(cell.value) if shared else cell.value
    if cell.value is None:
        return cell.kind
    return replace(cell, loc=None)


def _shared_number(value: Decimal) -> Decimal:
    # keyed by the number as written, not by its value: 1.50 is not 1.5 (the messages show it as written);
    # a Decimal's str is exact (sign, digits, exponent), and cheaper than comparing two as_tuple()s
    key = str(value)
    shared = _NUMBERS.get(key)
    if shared is None:
        if len(_NUMBERS) >= _SHARED_VALUES:
            return value
        _NUMBERS[key] = shared = value
    return shared


@lru_cache(maxsize=4096)  # cells are immutable and mostly small counts: shared, a scan's 10^5 reports fit in memory
def _cell(value: Any) -> Cell:
    if value is None:
        return Cell("", CellKind.BLANK, None, None)
    try:
        return Cell(str(value), CellKind.NUMBER, Decimal(str(value)), None)
    except ArithmeticError:
        return Cell(str(value), CellKind.TEXT, None, None)


def iter_related(corpus: Corpus) -> Iterator[Related]:
    for doc in corpus.docs:
        yield Related(corpus, doc)
