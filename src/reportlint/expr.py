"""Rule expressions (grammars/expr.lark): parsed once, evaluated over Decimal.

An expression is a comparison of two sums of cell references. Evaluation
returns both sides' values and every cell that contributed, or the first
operand that is missing (the caller then skips the instance with a note).

A reference may name another report: `prev.t3[carry_forward, total]` (the same
body's report for the year before), `other.…` (the report a rule across reports
compares with) and `children.…` (the sum over the reports of the bodies under
this one). The parser (Lark) is imported only to parse; a pack loaded from the
cache holds its expressions already parsed.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from reportlint.model import CellKind
from reportlint.resources import grammar_path

if TYPE_CHECKING:
    from lark import Lark, Token, Transformer

    from reportlint.model import Table

QUALIFIERS = ("prev", "other", "children")
# Rules compute in this context (the engine runs every check under it): sums of counts stay exact however
# many digits a cell has. The default context rounds to 28 digits, so a 29-digit count made RL304 say
# "X ≠ X". Only + - × are used on counts; a million digits is beyond any cell and still cheap if
# something ever divides.
EXACT = Context(prec=1_000_000, Emax=MAX_EMAX, Emin=MIN_EMIN)


class ExprError(ValueError):
    """The expression text is not valid."""


@dataclass(frozen=True)
class Key:
    """A row or column key as written: a key name, or a `$variable` bound by the rule's `for`."""

    name: str
    is_var: bool

    def resolve(self, env: Mapping[str, str]) -> str:
        return env[self.name] if self.is_var else self.name


@dataclass(frozen=True)
class CellRef:
    """A reference to one cell: `t3[new, total]`, `prev.t3[carry_forward, total]`."""

    table: str
    row: Key
    col: Key
    qual: str | None = None  # None: this report; or one of QUALIFIERS


@dataclass(frozen=True)
class Span:
    """The keys a sum runs over on one axis: one key, or `a:b` (from a to b in the template's order)."""

    start: Key
    end: Key | None  # None: a single key


@dataclass(frozen=True)
class Sum:
    """`sum(t3[a:b, c:d])`: the cells of a table over a span of rows and a span of columns."""

    table: str
    rows: Span
    cols: Span
    qual: str | None = None


@dataclass(frozen=True)
class Const:
    """A number written in an expression."""

    value: Decimal


@dataclass(frozen=True)
class BinOp:
    """Two operands joined by `+`, `-` or `*`."""

    op: str
    left: Node
    right: Node


Node = CellRef | Sum | Const | BinOp

COMPARATORS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "=": operator.eq, "==": operator.eq, "!=": operator.ne,
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


@dataclass(frozen=True)
class Expr:
    """A parsed rule expression: two sides and the comparison between them, with its text."""

    text: str
    left: Node
    op: str
    right: Node

    def refs(self) -> list[CellRef | Sum]:
        return list(self._refs)

    def qualifiers(self) -> set[str]:
        return set(self._qualifiers)

    @cached_property  # (asked per report of every rule: worked out once per expression)
    def _refs(self) -> tuple[CellRef | Sum, ...]:
        out: list[CellRef | Sum] = []
        _collect(self.left, out)
        _collect(self.right, out)
        return tuple(out)

    @cached_property
    def _qualifiers(self) -> frozenset[str]:
        return frozenset(r.qual for r in self._refs if r.qual)

    @property
    def value_text(self) -> str:
        """The text of a value expression (parse_value), without its ` = 0`."""
        return self.text.removesuffix(VALUE_SUFFIX)


def _collect(node: Node, out: list[CellRef | Sum]) -> None:
    if isinstance(node, BinOp):
        _collect(node.left, out)
        _collect(node.right, out)
    elif isinstance(node, CellRef | Sum):
        out.append(node)


def _builder() -> Transformer[Token, tuple[Node, str, Node]]:
    from lark import Token, Transformer

    # a rule's children are the Tokens and the values its own children were turned into
    class Build(Transformer[Token, tuple[Node, str, Node]]):
        def name(self, c: list[Token]) -> Key:
            return Key(str(c[0]), False)

        def var(self, c: list[Token]) -> Key:
            return Key(str(c[0])[1:], True)

        def number(self, c: list[Token]) -> Const:
            return Const(Decimal(str(c[0])))

        def cell(self, c: list[Any]) -> CellRef:
            qual, c = _qualifier(c)
            return CellRef(str(c[0]), c[1], c[2], qual)

        def between(self, c: list[Key]) -> Span:
            return Span(c[0], c[1])

        def range(self, c: list[Any]) -> Sum:
            qual, c = _qualifier(c)
            rows = c[1] if isinstance(c[1], Span) else Span(c[1], None)
            cols = c[2] if isinstance(c[2], Span) else Span(c[2], None)
            return Sum(str(c[0]), rows, cols, qual)

        def total(self, c: list[Sum]) -> Sum:
            return c[0]

        def add(self, c: list[Any]) -> BinOp:
            return BinOp(str(c[1]), c[0], c[2])

        def mul(self, c: list[Any]) -> BinOp:
            return BinOp("*", c[0], c[1])

        def comparison(self, c: list[Any]) -> tuple[Node, str, Node]:
            return c[0], str(c[1]), c[2]

        def start(self, c: list[tuple[Node, str, Node]]) -> tuple[Node, str, Node]:
            return c[0]

    return Build()


def _qualifier(c: list[Any]) -> tuple[str | None, list[Any]]:
    first = c[0]
    if getattr(first, "type", None) == "QUAL":
        return str(first), c[1:]
    return None, c


@lru_cache(maxsize=1)
def _parser() -> Lark:
    from lark import Lark

    return Lark.open(str(grammar_path("expr.lark")), parser="lalr")


@lru_cache(maxsize=256)
def parse_expr(text: str) -> Expr:
    from lark.exceptions import LarkError

    try:
        left, op, right = _builder().transform(_parser().parse(text))
    except LarkError as exc:
        raise ExprError(str(exc).splitlines()[0]) from None
    return Expr(text, left, op, right)


VALUE_SUFFIX = " = 0"


def parse_value(text: str) -> Expr:
    """A value: a sum of cells on its own (`t3[new, total] + t3[carried_over, total]`), as `text = 0`."""
    if any(op in text for op in ("=", "<", ">")):
        raise ExprError("a value is a sum of cells, not a comparison")
    return parse_expr(text + VALUE_SUFFIX)


# ---- evaluation --------------------------------------------------------------

Lookup = Callable[[str | None, str, str, str], Decimal | None]  # (qualifier, table, row, col) -> value or None
Order = Callable[[str, str], Sequence[str]]  # (table, "rows"|"columns") -> keys in order


@dataclass(frozen=True)
class Term:
    """A cell that contributed to a side of an evaluated expression, and its value."""

    table: str
    row: str
    col: str
    value: Decimal
    qual: str | None = None


@dataclass(frozen=True)
class Outcome:
    """An evaluated expression: whether it holds, both sides' values and the cells that made them."""

    holds: bool
    left: Decimal
    right: Decimal
    left_terms: tuple[Term, ...]
    right_terms: tuple[Term, ...]


@dataclass(frozen=True)
class Missing:
    """The first cell an expression needed that has no value (the caller skips the instance)."""

    table: str
    row: str
    col: str
    qual: str | None = None


def evaluate(expr: Expr, env: Mapping[str, str], lookup: Lookup, order: Order) -> Outcome | Missing:
    left_terms: list[Term] = []
    right_terms: list[Term] = []
    try:
        with localcontext(EXACT):
            left = _eval(expr.left, env, lookup, order, left_terms)
            right = _eval(expr.right, env, lookup, order, right_terms)
    except _MissingOperand as miss:
        missing: Missing = miss.args[0]
        return missing
    holds = COMPARATORS[expr.op](left, right)
    return Outcome(holds, left, right, tuple(left_terms), tuple(right_terms))


class _MissingOperand(Exception):
    pass


def _eval(node: Node, env: Mapping[str, str], lookup: Lookup, order: Order, terms: list[Term]) -> Decimal:
    if isinstance(node, Const):
        return node.value
    if isinstance(node, BinOp):
        a = _eval(node.left, env, lookup, order, terms)
        b = _eval(node.right, env, lookup, order, terms)
        return a + b if node.op == "+" else a - b if node.op == "-" else a * b
    if isinstance(node, CellRef):
        return _fetch(node.qual, node.table, node.row.resolve(env), node.col.resolve(env), lookup, terms)
    rows = expand(node.rows, env, order(node.table, "rows"))
    cols = expand(node.cols, env, order(node.table, "columns"))
    return sum((_fetch(node.qual, node.table, r, c, lookup, terms) for r in rows for c in cols), Decimal(0))


def _fetch(qual: str | None, table: str, row: str, col: str, lookup: Lookup, terms: list[Term]) -> Decimal:
    value = lookup(qual, table, row, col)
    if value is None:
        raise _MissingOperand(Missing(table, row, col, qual))
    terms.append(Term(table, row, col, value, qual))
    return value


def expand(span: Span, env: Mapping[str, str], keys: Sequence[str]) -> list[str]:
    start = span.start.resolve(env)
    if span.end is None:
        return [start]
    end = span.end.resolve(env)
    i, j = keys.index(start), keys.index(end)
    return list(keys[i : j + 1])


# ---- compiled: one binding of an expression as a linear form over the report's own cells -------------

CellKey = tuple[str, tuple[str, str]]  # (table, (row, col))


class _NotLinear(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Plan:
    """One binding of an expression over this report's cells, as left minus right = a linear form: the
    check asks only whether it holds (a few additions). A doubt (a cell without a number) or a failure is
    left to `evaluate`, which builds the terms a finding or a note needs."""

    plus: tuple[CellKey, ...]  # cells with coefficient 1
    minus: tuple[CellKey, ...]  # cells with coefficient -1
    scaled: tuple[tuple[CellKey, Decimal], ...]  # any other coefficient (0 included: the cell is still needed)
    const: Decimal
    compare: Callable[[Decimal, Decimal], bool]

    def holds(self, tables: Mapping[str, Table]) -> bool:
        """True when every cell holds a number and the relation holds; False is "ask `evaluate`"."""
        total = self.total(tables)
        return total is not None and self.compare(total, _ZERO)

    def total(self, tables: Mapping[str, Table]) -> Decimal | None:
        """Left minus right (for a value, its value), or None when a cell holds no number."""
        total = self.const
        number = CellKind.NUMBER
        get = tables.get
        for tid, key in self.plus:
            table = get(tid)
            cell = table.cells.get(key) if table is not None else None
            if cell is None or cell.value is None or cell.kind is not number:
                return None
            total = total + cell.value
        for tid, key in self.minus:
            table = get(tid)
            cell = table.cells.get(key) if table is not None else None
            if cell is None or cell.value is None or cell.kind is not number:
                return None
            total = total - cell.value
        for (tid, key), coef in self.scaled:
            table = get(tid)
            cell = table.cells.get(key) if table is not None else None
            if cell is None or cell.value is None or cell.kind is not number:
                return None
            total += coef * cell.value
        return total


_ZERO = Decimal(0)


def compile_plan(expr: Expr, env: Mapping[str, str], order: Order) -> Plan | None:
    """The binding as a Plan, or None when it cannot be one (another report's cell, a product of cells)."""
    if expr.qualifiers():
        return None
    try:
        with localcontext(EXACT):
            lconst, lcoef = _linear(expr.left, env, order)
            rconst, rcoef = _linear(expr.right, env, order)
            coef = dict(lcoef)
            for key, c in rcoef.items():
                coef[key] = coef.get(key, _ZERO) - c
            const = lconst - rconst
    except (_NotLinear, KeyError, ValueError):  # (a key the template lacks: left to evaluate, as before)
        return None
    plus = tuple(k for k, c in coef.items() if c == 1)
    minus = tuple(k for k, c in coef.items() if c == -1)
    scaled = tuple((k, c) for k, c in coef.items() if c not in (1, -1))
    return Plan(plus, minus, scaled, const, COMPARATORS[expr.op])


def _linear(node: Node, env: Mapping[str, str], order: Order) -> tuple[Decimal, dict[CellKey, Decimal]]:
    """A node as a constant and a coefficient for each cell it reads."""
    if isinstance(node, Const):
        return node.value, {}
    if isinstance(node, CellRef):
        return _ZERO, {(node.table, (node.row.resolve(env), node.col.resolve(env))): Decimal(1)}
    if isinstance(node, Sum):
        coef: dict[CellKey, Decimal] = {}
        for row in expand(node.rows, env, order(node.table, "rows")):
            for col in expand(node.cols, env, order(node.table, "columns")):
                coef[(node.table, (row, col))] = coef.get((node.table, (row, col)), _ZERO) + 1
        return _ZERO, coef
    a, ca = _linear(node.left, env, order)
    b, cb = _linear(node.right, env, order)
    if node.op == "*":
        if ca and cb:
            raise _NotLinear
        scale, form = (b, ca) if ca else (a, cb)  # (a + Σ)·b = a·b + Σ·b
        return a * b, {key: c * scale for key, c in form.items()}
    sign = 1 if node.op == "+" else -1
    out = dict(ca)
    for key, c in cb.items():
        out[key] = out.get(key, _ZERO) + sign * c
    return (a + b if sign == 1 else a - b), out
