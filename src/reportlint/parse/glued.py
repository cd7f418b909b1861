"""Digits run together (`规章000`, `总计000000000000000`, `0 0 00 00 0`): split only when certain.

A row whose cells lost their separators holds fewer numbers than cells. Its
split is taken only when it is certain:

- the row is one run of digits with as many digits as cells (one digit a
  cell: the only reading), and no equation of the table is broken by it; or
- exactly one way of splitting makes every equation of the table hold, and
  at least one equation over the row could be evaluated (the pack's
  `equation` rules, evaluated by reportlint.expr over the table as read).
  Numbers the text kept apart (`0 0 00 00 0`) may hide empty cells, so their
  split always needs an equation to bear it out.

A split never crosses a space the text kept, and no number but 0 starts with 0.
Every other case stays unread (RL904). The search is bounded: a row with too
many ways to split is not searched.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlint.expr import CellRef, Expr, Order, Outcome, evaluate, expand

MAX_WAYS = 2000  # splits of one row that are tried at most (a longer search gives up: unread)
MAX_DIGITS_PER_CELL = 3  # a run of more digits than this a cell is not searched
MAX_COMBINATIONS = 20000  # combinations across the glued rows of one table
MAX_STEPS = 200_000  # cuts tried for one row, found or not (the search gives up past it: unread)

Cells = Mapping[tuple[str, str], Decimal]


@dataclass(frozen=True)
class Equation:
    """An equation rule of the pack over the table, and what its variables range over."""

    expr: Expr
    for_: Mapping[str, str]  # variable -> "table.rows" / "table.columns"


@dataclass(frozen=True)
class Instance:
    """One equation with its variables bound, and the rows it reads."""

    expr: Expr
    env: Mapping[str, str]
    rows: frozenset[str]


def instances(equations: Sequence[Equation], order: Order) -> list[Instance]:
    out = []
    for eq in equations:
        names = list(eq.for_)
        axes = [order(*spec.split(".")) for spec in eq.for_.values()]
        for combo in itertools.product(*axes):
            env = dict(zip(names, combo, strict=True))
            rows: set[str] = set()
            for ref in eq.expr.refs():
                if isinstance(ref, CellRef):
                    rows.add(ref.row.resolve(env))
                else:
                    rows.update(expand(ref.rows, env, order(ref.table, "rows")))
            out.append(Instance(eq.expr, env, frozenset(rows)))
    return out


@dataclass(frozen=True)
class GluedRow:
    """A row whose numbers ran together: the cells they must fill and the digit runs to split."""

    cells: tuple[tuple[str, str], ...]  # the (row, column) keys its numbers fill, in order
    tokens: tuple[str, ...]  # the digit runs as the text kept them apart

    @property
    def rows(self) -> set[str]:
        return {r for r, _ in self.cells}


class _SearchTooLong(Exception):
    pass


def ways(tokens: Sequence[str], n: int, steps: list[int] | None = None) -> Iterator[tuple[str, ...]]:
    """Every split of the tokens into n numbers (each token into one or more), in order.

    `steps` ([count]) bounds the work, not only the splits found: runs of zeros admit almost no
    split (no number has a leading zero) yet have exponentially many cuts to rule out; past
    MAX_STEPS the search raises _SearchTooLong."""
    steps = steps if steps is not None else [0]
    if not tokens:
        if n == 0:
            yield ()
        return
    head, rest = tokens[0], tokens[1:]
    least_rest = len(rest)
    for k in range(1, min(len(head), n - least_rest) + 1):
        for parts in _cut(head, k, steps):
            for tail in ways(rest, n - k, steps):
                yield parts + tail


def _cut(digits: str, k: int, steps: list[int]) -> Iterator[tuple[str, ...]]:
    """The ways to cut one digit run into k numbers without leading zeros."""
    steps[0] += 1
    if steps[0] > MAX_STEPS:
        raise _SearchTooLong
    if k == 1:
        if len(digits) == 1 or digits[0] != "0":
            yield (digits,)
        return
    for i in range(1, len(digits) - k + 2):
        head = digits[:i]
        if len(head) > 1 and head[0] == "0":
            break
        for tail in _cut(digits[i:], k - 1, steps):
            yield (head, *tail)


def solve(rows: Sequence[GluedRow], known: Cells, equations: Sequence[Equation],
          order: Order) -> list[tuple[Decimal, ...]] | None:
    """The one split of the glued rows under which every equation that can be evaluated holds.

    None when there is no such split or more than one; a row that can be split
    in several ways must be chosen by an equation over it.
    """
    if any(sum(map(len, r.tokens)) > MAX_DIGITS_PER_CELL * len(r.cells) for r in rows):
        return None
    touched = set().union(*(r.rows for r in rows)) if rows else set()
    checks = [i for i in instances(equations, order) if i.rows & touched]
    options: list[list[tuple[Decimal, ...]]] = []
    for row in rows:
        found = _row_options(row, known, [i for i in checks if i.rows & row.rows], order)
        if not found:
            return None
        options.append(found)
    total = 1
    for found in options:
        total *= len(found)
    if total > MAX_COMBINATIONS:
        return None
    # one run of digits, one digit a cell, is the only reading; any other split must be borne out
    plain = all(len(r.tokens) == 1 and len(r.tokens[0]) == len(r.cells) for r in rows)
    winners = []
    for combo in itertools.product(*options):
        cells = dict(known)
        for row, values in zip(rows, combo, strict=True):
            cells.update(zip(row.cells, values, strict=True))
        held = _check(cells, checks, order)
        if held is None or (not held and not plain):
            continue
        winners.append(combo)
        if len(winners) > 1:
            return None
    return list(winners[0]) if len(winners) == 1 else None


def _row_options(row: GluedRow, known: Cells, checks: Sequence[Instance], order: Order) -> list[tuple[Decimal, ...]]:
    """The splits of one row that break no equation evaluable with the cells known so far."""
    out = []
    try:
        for k, parts in enumerate(ways(row.tokens, len(row.cells))):
            if k >= MAX_WAYS:
                return []
            values = tuple(Decimal(p) for p in parts)
            cells = {**known, **dict(zip(row.cells, values, strict=True))}
            if _check(cells, checks, order) is not None:
                out.append(values)
    except _SearchTooLong:
        return []
    return out


def check_instances(cells: Cells, checks: Sequence[Instance], order: Order) -> bool:
    """Whether at least one of the equations can be evaluated and every one that can holds."""
    return bool(_check(cells, checks, order))


def _check(cells: Cells, checks: Sequence[Instance], order: Order) -> bool | None:
    """None when an evaluable equation fails; else whether any could be evaluated (all held)."""
    held = False

    def lookup(qual: str | None, _table: str, row: str, col: str) -> Decimal | None:
        return cells.get((row, col)) if qual is None else None  # this table's own cells only

    for inst in checks:
        result = evaluate(inst.expr, inst.env, lookup, order)
        if not isinstance(result, Outcome):
            continue
        if not result.holds:
            return None
        held = True
    return held
