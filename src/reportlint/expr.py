"""Rule expressions (grammars/expr.lark): parsed once, evaluated over Decimal.

An expression is a comparison of two sums of cell references. Evaluation
returns both sides' values and every cell that contributed, or the first
operand that is missing (the caller then skips the instance with a note).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext
from functools import lru_cache

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from reportlint.resources import grammar_path

# Rules compute in this context (the engine runs every check under it): sums of counts stay exact however
# many digits a cell has. The default context rounds to 28 digits, so a 29-digit count made RL304 say
# "X ≠ X". Only + - × are used on counts; a million digits is beyond any cell and still cheap if
# something ever divides.
EXACT = Context(prec=1_000_000, Emax=MAX_EMAX, Emin=MIN_EMIN)


class ExprError(ValueError):
    """The expression text is not valid."""


@dataclass(frozen=True)
class Key:
    name: str
    is_var: bool

    def resolve(self, env: Mapping[str, str]) -> str:
        return env[self.name] if self.is_var else self.name


@dataclass(frozen=True)
class CellRef:
    table: str
    row: Key
    col: Key


@dataclass(frozen=True)
class Span:
    start: Key
    end: Key | None  # None: a single key


@dataclass(frozen=True)
class Sum:
    table: str
    rows: Span
    cols: Span


@dataclass(frozen=True)
class Const:
    value: Decimal


@dataclass(frozen=True)
class BinOp:
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
    text: str
    left: Node
    op: str
    right: Node

    def refs(self) -> list[CellRef | Sum]:
        out: list[CellRef | Sum] = []
        _collect(self.left, out)
        _collect(self.right, out)
        return out


def _collect(node: Node, out: list) -> None:
    if isinstance(node, BinOp):
        _collect(node.left, out)
        _collect(node.right, out)
    elif isinstance(node, CellRef | Sum):
        out.append(node)


class _Build(Transformer):
    def name(self, c: list[Token]) -> Key:
        return Key(str(c[0]), False)

    def var(self, c: list[Token]) -> Key:
        return Key(str(c[0])[1:], True)

    def number(self, c: list[Token]) -> Const:
        return Const(Decimal(str(c[0])))

    def cell(self, c: list) -> CellRef:
        return CellRef(str(c[0]), c[1], c[2])

    def between(self, c: list[Key]) -> Span:
        return Span(c[0], c[1])

    def range(self, c: list) -> Sum:
        rows = c[1] if isinstance(c[1], Span) else Span(c[1], None)
        cols = c[2] if isinstance(c[2], Span) else Span(c[2], None)
        return Sum(str(c[0]), rows, cols)

    def total(self, c: list) -> Sum:
        return c[0]

    def add(self, c: list) -> BinOp:
        return BinOp(str(c[1]), c[0], c[2])

    def mul(self, c: list) -> BinOp:
        return BinOp("*", c[0], c[1])

    def comparison(self, c: list) -> tuple[Node, str, Node]:
        return c[0], str(c[1]), c[2]

    def start(self, c: list) -> tuple[Node, str, Node]:
        return c[0]


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark.open(str(grammar_path("expr.lark")), parser="lalr", cache=True)


@lru_cache(maxsize=256)
def parse_expr(text: str) -> Expr:
    try:
        left, op, right = _Build().transform(_parser().parse(text))
    except LarkError as exc:
        raise ExprError(str(exc).splitlines()[0]) from None
    return Expr(text, left, op, right)


# ---- evaluation --------------------------------------------------------------

Lookup = Callable[[str, str, str], Decimal | None]  # (table, row, col) -> value or None
Order = Callable[[str, str], Sequence[str]]  # (table, "rows"|"columns") -> keys in order


@dataclass(frozen=True)
class Term:
    table: str
    row: str
    col: str
    value: Decimal


@dataclass(frozen=True)
class Outcome:
    holds: bool
    left: Decimal
    right: Decimal
    left_terms: tuple[Term, ...]
    right_terms: tuple[Term, ...]


@dataclass(frozen=True)
class Missing:
    table: str
    row: str
    col: str


def evaluate(expr: Expr, env: Mapping[str, str], lookup: Lookup, order: Order) -> Outcome | Missing:
    left_terms: list[Term] = []
    right_terms: list[Term] = []
    try:
        with localcontext(EXACT):
            left = _eval(expr.left, env, lookup, order, left_terms)
            right = _eval(expr.right, env, lookup, order, right_terms)
    except _MissingOperand as miss:
        return miss.args[0]
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
        return _fetch(node.table, node.row.resolve(env), node.col.resolve(env), lookup, terms)
    rows = expand(node.rows, env, order(node.table, "rows"))
    cols = expand(node.cols, env, order(node.table, "columns"))
    return sum((_fetch(node.table, r, c, lookup, terms) for r in rows for c in cols), Decimal(0))


def _fetch(table: str, row: str, col: str, lookup: Lookup, terms: list[Term]) -> Decimal:
    value = lookup(table, row, col)
    if value is None:
        raise _MissingOperand(Missing(table, row, col))
    terms.append(Term(table, row, col, value))
    return value


def expand(span: Span, env: Mapping[str, str], keys: Sequence[str]) -> list[str]:
    start = span.start.resolve(env)
    if span.end is None:
        return [start]
    end = span.end.resolve(env)
    i, j = keys.index(start), keys.index(end)
    return list(keys[i : j + 1])
