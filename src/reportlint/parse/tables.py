"""Matching row candidates to the template's tables by their labels, not by position."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from types import MappingProxyType

from reportlint.expr import Order
from reportlint.model import Cell, CellKind, ExtraRow, InputProblem, Location, Table
from reportlint.numerals import ordinal_value
from reportlint.pack import GroupTpl, RowTpl, TableTpl
from reportlint.parse.glued import Equation, GluedRow, Instance, check_instances, solve
from reportlint.parse.lines import RawCell
from reportlint.parse.normalize import label_key, pack_key
from reportlint.parse.rows import CELLS, STACKED, RowCand, Value

ACCEPT = 0.78  # lowest score for a label match
MARGIN = 0.08  # the best match must beat the second by this much
DISTINCTIVE = 4  # labels at least this long may report a row of the wrong length
MIN_FUZZY = 4  # a text shorter than this names a label only exactly or by containing it


@dataclass(frozen=True)
class _Label:
    """A label or alias of a template row or group, ready to be matched against a row's text."""

    key: str  # label_key of the label or alias
    target: RowTpl | GroupTpl
    ordinal: Ordinal | None
    # Built once per label (not per label pair): the matcher's index of the key.
    matcher: SequenceMatcher[str] = field(compare=False, repr=False, default_factory=SequenceMatcher)

    def ratio(self, text: str, shared: int) -> float | None:
        """SequenceMatcher(None, text, key).ratio(); None when its quick bounds fall short of ACCEPT.

        `shared`: the characters text and key have in common (as a multiset), what quick_ratio counts."""
        n = len(text) + len(self.key)
        if 2.0 * min(len(text), len(self.key)) / n < ACCEPT:  # real_quick_ratio
            return None
        if 2.0 * shared / n < ACCEPT:  # quick_ratio
            return None
        matcher = copy.copy(self.matcher)  # shares the key's index (read only); thread-safe
        matcher.set_seq1(text)
        return matcher.ratio()


@dataclass
class TableRead:
    """What was read for one table, before it becomes an immutable `Table`."""

    tpl: TableTpl
    source: str
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    row_lines: dict[str, Location] = field(default_factory=dict)
    extra: list[ExtraRow] = field(default_factory=list)
    shape: list[tuple[str, Location]] = field(default_factory=list)  # rows of the wrong length
    glued: list[tuple[str, Location]] = field(default_factory=list)
    # (the row, or None: all the table's rows run together), its digit tokens, the candidate, where
    glued_rows: list[tuple[RowTpl | None, tuple[str, ...], RowCand, Location]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # notes: rows seen but not read, and why
    # rows whose values could not be put in their columns: (row key or "" for all, found, expected, location)
    unplaced: list[tuple[str, int, int, Location]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # notes: values inferred (split digits)
    first: Location | None = None
    taken: set[int] = field(default_factory=set)  # indexes of the candidates read as rows

    def put_row(self, row: RowTpl, values: Sequence[Value], line: int) -> None:
        if row.key in self.row_lines:
            return  # the first reading of a row wins
        at = values[0].line if values else line
        loc = Location(self.source, at, values[0].column if values else 1, at,
                       values[-1].end_column if values else 1)
        self.row_lines[row.key] = loc
        self.first = self.first or loc
        for col, val in zip(self.tpl.columns_of(row), values, strict=True):
            self.cells[(row.key, col)] = Cell(val.raw, val.kind, val.value, val.location(self.source))

    def freeze(self) -> Table | None:
        if self.first is None:
            return None
        rows = tuple(k for k in self.tpl.row_keys if k in self.row_lines)
        cols = tuple(c for c in self.tpl.col_keys if any(k[1] == c for k in self.cells))
        unread = tuple(k for k in self.tpl.row_keys if k not in self.row_lines
                       and any(u[0] in (k, "") for u in self.unplaced))
        return Table(self.tpl.id, self.first, MappingProxyType(dict(self.cells)), rows, cols,
                     tuple(self.extra), MappingProxyType(dict(self.row_lines)), unread)


@dataclass(frozen=True)
class _Labels:
    """A template's labels, and for each character how often each label's key holds it: built once per
    template. The counts of all labels are packed in one integer, a field of `width` bits per label (wide
    enough for twice any key's length, so fields never carry into each other): the characters a text
    shares with every label are counted by adding one integer per distinct character of the text, and
    the labels that share enough to be scored are found by one more addition (see `_floors`)."""

    labels: tuple[_Label, ...]
    # a character -> for k = 1, 2, …: Σ over labels i of min(k, how often key i holds it) << (width * i)
    # (the last entry serves any larger k: no key holds the character more often)
    capped: dict[str, tuple[int, ...]]
    width: int  # bits per label field: 8, 16 or 32
    longest: int  # the longest key's length
    # text length -> Σ (2^(width-1) - floor_i) << (width * i): see _floors (filled on use; bounded)
    offsets: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    def candidates(self, text: str) -> list[tuple[_Label, int]]:
        """The labels `_score` can score above 0 for `text`, in template order, each with the characters
        it shares with the text: those whose key the text holds (exact, or the key inside the text), that
        hold all of the text (a fragment), or that share enough to pass quick_ratio."""
        total = 0
        capped = self.capped
        distinct = set(text)
        repeated = len(distinct) < len(text)
        for char in distinct:
            sums = capped.get(char)
            if sums is None:
                continue
            k = text.count(char) if repeated else 1
            total += sums[k - 1] if k <= len(sums) else sums[-1]
        if not total:
            return []
        n = len(text)
        width, labels = self.width, self.labels
        # the labels sharing at least their floor: a field's top bit set by adding 2^(width-1) - floor
        passed = (total + self._offset(n)) & _tops(len(labels), width)
        out = []
        while passed:
            bit = passed & -passed
            passed ^= bit
            i = bit.bit_length() // width - 1
            common = (total >> (width * i)) & ((1 << width) - 1)
            label = labels[i]
            # (quick_ratio passing implies real_quick_ratio passing: what is shared is at most the shorter)
            if common == len(label.key) or (common == n and n >= 6) or \
                    (n >= MIN_FUZZY and 2.0 * common / (n + len(label.key)) >= ACCEPT):
                out.append((label, common))
        return out

    def _offset(self, n: int) -> int:
        m = min(n, 2 * self.longest + 1)  # (beyond: every floor is the key's length, see _floors)
        offset = self.offsets.get(m)
        if offset is None:
            top = 1 << (self.width - 1)
            offset = sum((top - floor) << (self.width * i)
                         for i, floor in enumerate(_floors(m, [len(label.key) for label in self.labels])))
            self.offsets[m] = offset
        return offset


def _floors(n: int, lengths: Sequence[int]) -> list[int]:
    """For a text of length n, the fewest characters it must share with a key of each length to pass one of
    `candidates`' tests (the key all shared; all of a text of 6 or more shared; quick_ratio ≥ ACCEPT), and at
    least 1. For n > 2 * the longest key it is the key's length (the other two would need more)."""
    out = []
    for size in lengths:
        floor = size
        if n >= 6:
            floor = min(floor, n)
        if n >= MIN_FUZZY:
            fuzzy = next(c for c in range(n + size + 1) if 2.0 * c / (n + size) >= ACCEPT)
            floor = min(floor, fuzzy)
        out.append(max(1, floor))
    return out


@lru_cache(maxsize=64)
def _tops(count: int, width: int) -> int:
    """The top bit of each of `count` fields of `width` bits."""
    return sum(1 << (width * i + width - 1) for i in range(count))


_WIDTHS = (8, 16, 32)


@lru_cache(maxsize=16)
def _labels(tpl: TableTpl) -> _Labels:
    out: list[_Label] = []
    counts: dict[str, list[tuple[int, int]]] = {}  # a character -> (label index, how often its key holds it)
    targets: tuple[RowTpl | GroupTpl, ...] = (*tpl.rows, *tpl.groups)
    for target in targets:
        ordinal = _kind_value(target.ordinal) if target.ordinal else None
        for text in (target.label, *getattr(target, "aliases", ())):
            key = pack_key(text)
            for char, k in Counter(key).items():
                counts.setdefault(char, []).append((len(out), k))
            out.append(_Label(key, target, ordinal, SequenceMatcher(None, "", key, autojunk=False)))
    longest = max((len(label.key) for label in out), default=0)
    width = next(w for w in _WIDTHS if 2 * longest + 2 < 1 << (w - 1))
    capped = {char: tuple(sum(min(k, in_key) << (width * i) for i, in_key in held)
                          for k in range(1, max(in_key for _, in_key in held) + 1))
              for char, held in counts.items()}
    return _Labels(tuple(out), capped, width, longest)


def _score(text: str, ordinal: Ordinal | None, cand: _Label, shared: int) -> float:
    """How well `text` (with `ordinal`) names a label; `shared`: the characters they have in common."""
    if not text or not cand.key:
        return 0.0
    if text == cand.key:
        base = 1.0
    elif cand.key in text:
        base = 0.6 + 0.4 * len(cand.key) / len(text)
    elif text in cand.key and len(text) >= 6:
        base = 0.82  # a fragment of one long label, as PDF extraction cuts them
    elif len(text) < MIN_FUZZY:
        return 0.0  # 复申请 is not a typo of 重复申请 but the end of another label
    else:
        ratio = cand.ratio(text, shared)
        if ratio is None:
            return 0.0
        base = ratio
    if ordinal is not None and cand.ordinal is not None and ordinal[0] == cand.ordinal[0]:
        base += 0.1 if ordinal == cand.ordinal else -0.2  # (a group's （四） says nothing of a row's 2.)
    return base


INNER_ORDINAL = re.compile(r"\s(?=\(\s?[一二三四五六七八九十]{1,2}\s?\)|[一二三四五六七八九十]{1,2}、|\d{1,2}\.(?!\d))")


LEADING_ORDINAL = re.compile(
    r"(\d{1,2}\.(?!\d)|\(\s?[一二三四五六七八九十]{1,2}\s?\)|[一二三四五六七八九十]{1,2}、)\s*")


def _segments(text: str, ordinal: str | None) -> list[tuple[str, str | None]]:
    """A cell holding a group and its row (`（三）不予公开 1.属于国家秘密`) as separate labels: (text, ordinal) each."""
    if ordinal and (m := LEADING_ORDINAL.match(text)):
        # `（四）1.本机关…`: the group's ordinal, then the row's
        return [("", ordinal), *_segments(text[m.end():], m.group(1))]
    parts = INNER_ORDINAL.split(text)
    if len(parts) == 1:
        return [(text, ordinal)]
    out: list[tuple[str, str | None]] = [(parts[0], ordinal)]
    for part in parts[1:]:
        m = re.match(r"(\(\s?[一二三四五六七八九十]{1,2}\s?\)|[一二三四五六七八九十]{1,2}、|\d{1,2}\.)\s*", part)
        out.append((part[m.end():], m.group(1)) if m else (part, None))
    return out


def match_label(cells: Iterable[RawCell], tpl: TableTpl,
                accept: Callable[[RowTpl | GroupTpl], bool] | None = None) -> RowTpl | GroupTpl | None:
    """The template row (or group) a row's label cells name, if exactly one fits (and `accept` takes it).

    From the last cell back: a cell alone, or joined with the one before it (a
    label wrapped over two cells), whichever fits better. A cell without an
    ordinal carries the numbered ordinal written before it (`4.无正当理由大量反` /
    `复申请`).
    """
    return _match_said(_said(cells), tpl, accept)


def _match_said(said: Said, tpl: TableTpl,
                accept: Callable[[RowTpl | GroupTpl], bool] | None = None) -> RowTpl | GroupTpl | None:
    """match_label of label cells as what they say."""
    items = _carried(said)
    for i in range(len(items) - 1, -1, -1):
        options = []
        if i > 0:
            options.append(_ranked(label_key(items[i - 1][0] + items[i][0]), items[i - 1][1], tpl))
        options.append(_ranked(label_key(items[i][0]), items[i][1], tpl))
        found = [o for o in options if o is not None and (accept is None or accept(o[1]))]
        if found:
            return max(found, key=lambda o: o[0])[1]  # (max keeps the first of equals: the joined one)
    return None


Ordinal = tuple[str, int | None]  # ("cn" / "paren_cn" / "num", value): 1. and (1) are one kind


@lru_cache(maxsize=1024)  # pure, and asked for every label cell of every row
def _kind_value(ordinal: str) -> Ordinal:
    system, value = ordinal_value(ordinal)
    return ("num" if system == "paren_num" else system), value


def _carried(said: Said) -> list[tuple[str, Ordinal | None]]:
    """Each text segment with its ordinal: its own, else a numbered one written just before it."""
    out: list[tuple[str, Ordinal | None]] = []
    carried = None
    for text, ordinal in said:
        if not (text or ordinal):
            continue
        for seg_text, seg_ordinal in _segments(text, ordinal):
            own = None
            if seg_ordinal:
                own = _kind_value(seg_ordinal)
                carried = own if own[0] == "num" else None
            if seg_text:
                out.append((seg_text, own if own is not None else carried))
    return out


def _num(cell: RawCell) -> Ordinal | None:
    return _kind_value(cell.ordinal) if cell.ordinal else None


@lru_cache(maxsize=4096)
def _ranked(text: str, ordinal: Ordinal | None, tpl: TableTpl) -> tuple[float, RowTpl | GroupTpl] | None:
    """The best template row or group for a label text, with its score, if it beats the others clearly."""
    scored: dict[str, tuple[float, RowTpl | GroupTpl]] = {}
    fuzzy: list[tuple[float, _Label, int]] = []
    for cand, shared in _labels(tpl).candidates(text):  # (the others score 0)
        if _is_fuzzy(text, cand):
            fuzzy.append((_fuzzy_bound(text, ordinal, cand, shared), cand, shared))
        else:
            _keep(scored, cand, _score(text, ordinal, cand, shared))
    # A fuzzy score (SequenceMatcher's ratio, the costly part) is worked out only while it may matter: a label
    # whose bound is MARGIN or more below the best so far can neither be the best nor come within MARGIN of it.
    fuzzy.sort(key=lambda f: -f[0])
    for bound, cand, shared in fuzzy:
        if max((v[0] for v in scored.values()), default=0.0) - bound >= MARGIN:
            break
        _keep(scored, cand, _score(text, ordinal, cand, shared))
    ranked = sorted(scored.values(), key=lambda p: -p[0])
    if not text or not ranked or ranked[0][0] < ACCEPT:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return ranked[0]


def _keep(scored: dict[str, tuple[float, RowTpl | GroupTpl]], cand: _Label, s: float) -> None:
    """A target's best score so far (the first label reaching it kept: the same target either way)."""
    key = cand.target.key + type(cand.target).__name__
    if s > scored.get(key, (0.0, None))[0]:
        scored[key] = (s, cand.target)


def _is_fuzzy(text: str, cand: _Label) -> bool:
    """Whether `_score` compares text and label by SequenceMatcher's ratio (no exact, contained or fragment
    match, and a text long enough)."""
    return bool(text and cand.key) and text != cand.key and cand.key not in text \
        and not (text in cand.key and len(text) >= 6) and len(text) >= MIN_FUZZY


def _fuzzy_bound(text: str, ordinal: Ordinal | None, cand: _Label, shared: int) -> float:
    """The most a fuzzy score can be: the ratio is at most quick_ratio (what is shared), plus the ordinal's bonus."""
    bonus = 0.1 if ordinal is not None and cand.ordinal is not None and ordinal == cand.ordinal else 0.0
    return 2.0 * shared / (len(text) + len(cand.key)) + bonus


def _best(text: str, ordinal: Ordinal | None, tpl: TableTpl) -> RowTpl | GroupTpl | None:
    found = _ranked(text, ordinal, tpl) if text else None
    return found[1] if found else None


# ---- fitting values to a row --------------------------------------------------

def fit(values: Sequence[Value], n: int, layout: str = CELLS) -> list[Value] | None:
    """The row's n values in column order, or None when their columns are not certain.

    Separated cells (tab, pipe, grid) may carry empty cells at either end (a
    label cell left empty, a trailing tab): they are dropped when the n cells
    between them are all filled, or, in a row that ends with a value, the row
    is read from its end. Values split by spaces or written one per line leave
    no trace of an empty cell: their count must be n.
    """
    vals = list(values)
    if len(vals) == n:
        return vals
    if len(vals) < n or layout != CELLS:
        return None
    if all(v.kind is CellKind.BLANK for v in vals):
        return vals[:n]  # a row of empty cells: empty, however its cells are counted
    lead = next((i for i, v in enumerate(vals) if v.kind is not CellKind.BLANK), len(vals))
    trail = next((i for i, v in enumerate(reversed(vals)) if v.kind is not CellKind.BLANK), len(vals))
    kept = vals[lead : len(vals) - trail]
    # empty cells at the ends are margin (a label's spare cells, trailing tabs) when every cell
    # between them is filled; were one empty, which of the empty cells is the value would be a guess
    if len(kept) == n and all(v.kind is not CellKind.BLANK for v in kept):
        return kept
    # a row that ends with a value is read from its end (the total column is every converter's last):
    # the spare cells are then the leading ones, and they must all be empty
    if trail == 0 and all(v.kind is CellKind.BLANK for v in vals[:-n]):
        return vals[-n:]
    return None


def digit_tokens(values: Sequence[Value], n: int, layout: str) -> tuple[str, ...] | None:
    """The digit runs of a row whose cells may have run together, or None.

    Only whole numbers written without separators, fewer of them than cells,
    with at least n digits in all; in separated cells only when no cell is empty.
    """
    if not values or len(values) >= n:
        return None
    if any(v.kind is not CellKind.NUMBER or not v.raw.isdigit() for v in values):
        return None
    if layout in (CELLS, STACKED) and len(values) != 1:
        return None  # cells the text keeps apart (a tab, a line) are not split
    tokens = tuple(v.raw for v in values)
    return tokens if sum(len(t) for t in tokens) >= n else None


def is_glued(values: Sequence[Value], n: int) -> bool:
    filled = [v for v in values if v.kind is not CellKind.BLANK]
    return 0 < len(filled) < n and any(len(re.sub(r"\D", "", v.raw)) > 3 for v in filled)


# ---- reading the tables ---------------------------------------------------------

def read_labelled(tpl: TableTpl, rows: Sequence[RowCand], source: str, claimed: set[int]) -> TableRead:
    """t2/t3: each candidate row whose label names a template row."""
    read = TableRead(tpl, source)
    for cand in rows:
        if cand.parts:
            continue  # stitched rows: tried after the others (resolve_stitched)
        target = _target(cand, tpl)
        if target is None:
            continue
        loc = Location(source, cand.line, cand.values[0].column, cand.line, cand.values[-1].end_column)
        if isinstance(target, GroupTpl):
            if any(v.kind is CellKind.NUMBER for v in cand.values):
                read.extra.append(ExtraRow(_label_text(cand), loc, tuple(v.raw for v in cand.values)))
                claimed.add(cand.index)
            continue
        n = len(tpl.columns_of(target))
        if cand.blank and not _sure(cand, target):
            continue  # a header line ending in 其他 is not an empty row 3.其他
        placed = place(cand, tpl.columns_of(target))
        if placed is not None:
            read.put_row(target, placed, cand.line)
            read.taken.add(cand.index)
            claimed.add(cand.index)
        elif (tokens := digit_tokens(cand.values, n, cand.layout)) is not None and _exact(cand, target):
            claimed.add(cand.index)
            read.glued_rows.append((target, tokens, cand, loc))  # 规章000: split where certain
        elif len(pack_key(target.label)) >= DISTINCTIVE or n == 1:
            claimed.add(cand.index)
            if is_glued(cand.values, n):
                read.glued.append((_label_text(cand), loc))
            elif target.key not in read.row_lines:
                read.unread.append(f"{tpl.id} {target.key}: {len(cand.values)} values for {n} columns "
                                   f"(line {cand.line}): their columns are not certain, left unread")
                if cand.layout == CELLS and fit(cand.values, n, cand.layout) is None:
                    read.shape.append((f"{target.label}|{len(cand.values)}|{n}", loc))
                else:  # an empty cell leaves no trace in this layout: a reading limit, not the report's shape
                    read.unplaced.append((target.key, len(cand.values), n, loc))
    return read


def _with_tail(labels: Said, tail: tuple[str, str | None], tpl: TableTpl) -> RowTpl | GroupTpl | None:
    """The row a label names with the text line after it (a cell cut by a page break: 4.保护 | 第三方合法权益)."""
    tail_text, tail_ordinal = tail
    if not any(text for text, _ in labels):  # values printed above their label
        found = _best(label_key(tail_text), _kind_value(tail_ordinal) if tail_ordinal else None, tpl)
        return found if isinstance(found, RowTpl) and pack_key(found.label) in label_key(tail_text) else None
    last_text, last_ordinal = labels[-1]
    found = _best(label_key(last_text + tail_text), _kind_value(last_ordinal) if last_ordinal else None, tpl)
    return found if isinstance(found, RowTpl) else None


Said = tuple[tuple[str, str | None], ...]  # label cells as what they say: (text, ordinal) each


def _target(cand: RowCand, tpl: TableTpl) -> RowTpl | GroupTpl | None:
    """The template row (or group) a candidate names (see _target_said): worked out once per wording,
    as the same labels come again in every report of a batch."""
    return _target_said(tpl, _said(cand.labels), _said(cand.cells) if not cand.labels else (),
                        _said((cand.tail,)) if cand.tail is not None else None, _said(cand.above))


def _said(cells: Iterable[RawCell]) -> Said:
    return tuple((c.text, c.ordinal) for c in cells)


@lru_cache(maxsize=8192)  # pure: the row a wording names in a template (a template is hashed by identity)
def _target_said(tpl: TableTpl, labels: Said, cells: Said, tail: Said | None, above: Said) -> RowTpl | GroupTpl | None:
    return _find_target(tpl, labels, cells, tail[0] if tail else None, above)


def _find_target(tpl: TableTpl, labels: Said, cells: Said, tail: tuple[str, str | None] | None,
                 above: Said) -> RowTpl | GroupTpl | None:
    """The template row (or group) a candidate's label cells name (as what they say; `cells`: all its
    cells, for a row without labels): by its own label, else with the end of its label cut off below it
    (`tail`), else with the label lines wrapped above it."""
    def accept(found: RowTpl | GroupTpl) -> bool:
        if isinstance(found, GroupTpl):  # a group named by a near miss would be a false extra row
            return pack_key(found.label) in label_key("".join(text for text, _ in labels))
        return _named_by(labels, found, tpl)

    tries: tuple[Callable[[], RowTpl | GroupTpl | None], ...] = (
        lambda: _match_said(labels or cells, tpl, accept),
        lambda: _with_tail(labels, tail, tpl) if tail is not None else None,
        lambda: _match_said((*above, *labels), tpl, accept) if above else None)
    for attempt in tries:
        found = attempt()
        if found is not None and accept(found):
            return found
    return None


def place(cand: RowCand, columns: Sequence[str]) -> list[Value] | None:
    """The row's values for `columns`, in order, when their columns are certain."""
    fitted = fit(cand.values, len(columns), cand.layout)
    if fitted and not cand.full and fitted[0].kind is CellKind.BLANK and any(v.kind is not CellKind.BLANK
                                                                            for v in cand.values):
        return None  # a short pipe row opening with an empty cell: a value, or a label's spare cell?
    return fitted


def _named(cand: RowCand, target: RowTpl, tpl: TableTpl) -> bool:
    """A row label that is also a column heading (总计, 其他) names the row only with its ordinal."""
    return _named_by(_said(cand.labels), target, tpl)


def _named_by(labels: Said, target: RowTpl, tpl: TableTpl) -> bool:
    """_named of label cells as what they say."""
    key = pack_key(target.label)
    if not any(key == pack_key(c.label) for c in tpl.columns):
        return True
    wanted = _kind_value(target.ordinal)[1] if target.ordinal else None
    return wanted is not None and any(ordinal and _kind_value(ordinal)[1] == wanted for _, ordinal in labels)


def _exact(cand: RowCand, target: RowTpl) -> bool:
    """A row named in full (the label or an alias is all of a label cell, or held in it)."""
    said = label_key("".join(c.text for c in cand.labels))
    return any(pack_key(t) in said for t in (target.label, *target.aliases))


def _sure(cand: RowCand, target: RowTpl) -> bool:
    """A row of empty cells counts only when it names its row in full (not the end of a label a page
    break cut) and its label is distinctive, opens the line, or has its ordinal."""
    said = label_key("".join(c.text for c in cand.labels))
    if not any(pack_key(t) in said for t in (target.label, *target.aliases)):
        return False
    if len(pack_key(target.label)) >= DISTINCTIVE:
        return True
    first = next((c for c in cand.cells if c.text), None)
    if first is not None and label_key(first.text) == pack_key(target.label) and len(cand.labels) == 1:
        return True
    wanted = _kind_value(target.ordinal)[1] if target.ordinal else None
    return wanted is not None and any((_num(c) or ("", None))[1] == wanted for c in cand.labels)


def _label_text(cand: RowCand) -> str:
    return " ".join((c.ordinal or "") + c.text for c in cand.labels).strip()


def read_side_by_side(tpl: TableTpl, rows: Sequence[RowCand], source: str, claimed: set[int],
                      context: dict[int, RowTpl], after: int = -1) -> TableRead:
    """t4: one line holding all groups side by side, or one line per group.

    `context` maps a line's index to the group named on or just above it;
    `after` is the index of the line that names the columns: rows above it are
    not the table's (a converter's empty header row).
    """
    read = TableRead(tpl, source)
    width = len(tpl.columns)
    every = width * len(tpl.rows)
    for cand in rows:
        if cand.index in claimed or cand.index <= after:
            continue  # (a row on the heading's own line is running text holding both)
        filled = [v for v in cand.values if v.kind is not CellKind.BLANK]
        if after < 0 and not filled:
            continue  # no column heading seen: a row of empty cells is not the table
        if len(cand.values) >= every or len(filled) >= every:
            fitted = fit(cand.values, every, cand.layout)
            if fitted is None:
                read.unread.append(f"{tpl.id}: {len(cand.values)} values for {every} cells (line {cand.line}): "
                                   "their columns are not certain, left unread")
                read.unplaced.append(("", len(cand.values), every, _values_loc(source, cand)))
                continue
            for k, row in enumerate(tpl.rows):
                read.put_row(row, fitted[k * width : (k + 1) * width], cand.line)
            claimed.add(cand.index)
        elif cand.index in context and not cand.blank and (fitted := fit(cand.values, width, cand.layout)):
            read.put_row(context[cand.index], fitted, cand.line)
            claimed.add(cand.index)
        elif (tokens := digit_tokens(cand.values, every, cand.layout)) is not None and not read.row_lines:
            loc = Location(source, cand.line, filled[0].column, cand.line, filled[-1].end_column)
            read.glued_rows.append((None, tokens, cand, loc))
            claimed.add(cand.index)
        elif len(filled) == 1 and is_glued(filled, every):
            read.glued.append(("", Location(source, cand.line, filled[0].column, cand.line, filled[0].end_column)))
        elif after >= 0 and width < len(filled) < every and not read.unplaced:
            # below the headings, more than one group's values but not all: a clipped or shifted row
            read.unread.append(f"{tpl.id}: {len(filled)} values for {every} cells (line {cand.line}): "
                               "their columns are not certain, left unread")
            read.unplaced.append(("", len(cand.values), every, _values_loc(source, cand)))
    return read


def resolve_stitched(read: TableRead, rows: Sequence[RowCand], claimed: set[int], checks: Sequence[Instance],
                     order: Order) -> None:
    """Rows split over two lines by a text extraction: taken when they have the row's number of values,
    no half was read as a row, and the table's equations over the row hold (at least one, all of them)."""
    tpl = read.tpl
    for cand in rows:
        if not cand.parts or any(p in read.taken for p in cand.parts):
            continue
        target = match_label(cand.labels, tpl)
        if not isinstance(target, RowTpl) or target.key in read.row_lines or not _named(cand, target, tpl):
            continue
        columns = tpl.columns_of(target)
        if len(cand.values) != len(columns) or any(v.kind is not CellKind.NUMBER for v in cand.values):
            continue
        known = {k: c.value for k, c in read.cells.items() if c.kind is CellKind.NUMBER and c.value is not None}
        known.update({(target.key, c): v.value for c, v in zip(columns, cand.values, strict=True)
                      if v.value is not None})  # (all numbers: checked above)
        if not check_instances(known, [i for i in checks if target.key in i.rows], order):
            continue
        read.put_row(target, list(cand.values), cand.line)
        claimed.update(cand.parts)
        read.unread[:] = [u for u in read.unread if not u.startswith(f"{tpl.id} {target.key}:")]
        read.unplaced[:] = [u for u in read.unplaced if u[0] != target.key]
        read.notes.append(f"{tpl.id} {target.key} (lines {cand.line}–{cand.values[-1].line}): its values were "
                          "split over two lines; joined left to right, the row's equations hold")


def resolve_glued(read: TableRead, equations: Sequence[Equation], order: Order) -> None:
    """Split the table's run-together rows where the split is certain (reportlint.parse.glued)."""
    if not read.glued_rows:
        return
    tpl = read.tpl
    pending = []
    for target, tokens, cand, loc in read.glued_rows:
        rows = [target] if target is not None else list(tpl.rows)
        if all(r.key in read.row_lines for r in rows):
            continue  # read elsewhere (the first reading wins)
        cells = tuple((r.key, c) for r in rows for c in tpl.columns_of(r))
        pending.append((rows, GluedRow(cells, tokens), cand, loc))
    if not pending:
        return
    known = {k: c.value for k, c in read.cells.items() if c.kind is CellKind.NUMBER and c.value is not None}
    split = solve([p[1] for p in pending], known, equations, order)
    if split is None:
        for _rows, _glued, cand, loc in pending:
            read.glued.append((_label_text(cand) + " " + " ".join(v.raw for v in cand.values), loc))
        return
    for (rows, glued, cand, _loc), numbers in zip(pending, split, strict=True):
        values = _split_values(cand.values, numbers)
        at = 0
        for row in rows:
            width = len(tpl.columns_of(row))
            read.put_row(row, values[at : at + width], cand.line)
            at += width
        how = ("one digit a cell" if sum(map(len, glued.tokens)) == len(numbers)
               else "the only split under which the table's equations hold")
        read.notes.append(f"{tpl.id} {'+'.join(r.key for r in rows)} (line {cand.line}): the digits "
                          f"'{' '.join(glued.tokens)}' ran together; read as "
                          f"{'/'.join(str(n) for n in numbers)} ({how})")


def _split_values(values: Sequence[Value], numbers: Sequence[Decimal]) -> list[Value]:
    """Values for the split numbers, each at its place inside the digit run it came from."""
    out = []
    queue = list(numbers)
    for v in values:
        offset = 0
        while queue and offset < len(v.raw):
            text = str(queue.pop(0))
            col = v.column + offset
            out.append(Value(text, CellKind.NUMBER, Decimal(text), v.line, col, col + len(text)))
            offset += len(text)
    return out


def _values_loc(source: str, cand: RowCand) -> Location:
    return Location(source, cand.line, cand.values[0].column, cand.line, cand.values[-1].end_column)


def problems_of(read: TableRead) -> list[InputProblem]:
    out = []
    if read.glued and len(read.row_lines) <= len(read.glued):
        label, loc = read.glued[0]
        sample = label if len(label) <= 60 else label[:60] + "…"
        out.append(InputProblem("RL904", {"table_id": read.tpl.id, "sample": sample}, loc))
    unplaced = [u for u in read.unplaced if not u[0] or u[0] not in read.row_lines]
    if unplaced and not (unplaced[0][0] == "" and read.row_lines):
        key, found, expected, loc = unplaced[0]
        label = read.tpl.row(key).label if key else "、".join(r.label for r in read.tpl.rows)
        out.append(InputProblem("RL909", {"table_id": read.tpl.id, "row": label, "found": found,
                                          "expected": expected, "count": len(unplaced)}, loc))
    return out
