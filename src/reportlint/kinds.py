"""Rule kinds as a pack sees them: the options each kind takes (typed) and the message arguments it gives.

This is the one place the pack loader and the checks share. The loader validates
every rule against it (unknown or misspelt options, option types, expressions
and their table/row/column keys, regexes, `{placeholders}` in messages); the
checks read options that are then guaranteed present, with defaults filled in.
No check code is imported here, so loading a pack never imports the checks.

A field type is a small function `(value, at, scope) -> normalised value` that
raises `OptionError(at, message)`; `at` is the path of the value in the pack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Path_ = tuple[str | int, ...]


class OptionError(Exception):
    def __init__(self, where: Path_, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


class Scope:
    """What a value may refer to: the pack's sections and tables (for keys and expressions)."""

    def __init__(self, sections: Sequence[str], tables: Mapping[str, Any], bodies: Sequence[str] = ()) -> None:
        self.sections = tuple(sections)
        self.tables = tables
        self.bodies = tuple(bodies)


FieldType = Callable[[Any, Path_, Scope], Any]


@dataclass(frozen=True)
class Field:
    """One option a kind takes: how its value is checked, whether a rule must give it, its default."""

    type: FieldType
    required: bool = True
    default: Any = None
    doc: str = ""


@dataclass(frozen=True)
class Kind:
    """A rule kind as a pack sees it: the options it takes and the message arguments it gives."""

    name: str
    options: Mapping[str, Field] = field(default_factory=dict)
    args: frozenset[str] = frozenset()  # the `{placeholders}` its findings fill
    expression: bool = False  # takes `for` and `assert`
    across: bool = False  # compares a report with others (takes `against`)


def closest(word: str, known: Sequence[str]) -> str:
    """`; did you mean X?` for a near miss, else the list of what is known."""
    import difflib  # (only where a pack has a misspelling to name)

    near = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    if near:
        return f"; did you mean {near[0]!r}?"
    return f" (known: {', '.join(sorted(known)) or 'none'})"


# ---- field types ---------------------------------------------------------------------

def _fail(at: Path_, message: str) -> OptionError:
    return OptionError(at, message)


def STR(value: Any, at: Path_, scope: Scope) -> str:
    if not isinstance(value, str) or not value:
        raise _fail(at, f"expected a non-empty string, found {value!r}")
    return value


def INT(value: Any, at: Path_, scope: Scope) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(at, f"expected a whole number, found {value!r}")
    return value


def NUMBER(value: Any, at: Path_, scope: Scope) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(at, f"expected a number, found {value!r}")
    return float(value)


def TEXT(value: Any, at: Path_, scope: Scope) -> dict[str, str]:
    """A text in both languages: {zh: …, en: …}."""
    if not isinstance(value, dict) or set(value) != {"zh", "en"} or not all(
            isinstance(v, str) and v for v in value.values()):
        raise _fail(at, f"expected a text in both languages {{zh: …, en: …}}, found {value!r}")
    return {"zh": value["zh"], "en": value["en"]}


def STRINGS(value: Any, at: Path_, scope: Scope) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(at, f"expected a non-empty list of strings, found {value!r}")
    return tuple(STR(v, (*at, i), scope) for i, v in enumerate(value))


def REGEX(value: Any, at: Path_, scope: Scope) -> str:
    from reportlint.patterns import PatternError, compile_pattern

    text = STR(value, at, scope)
    try:
        compile_pattern(text)
    except PatternError as exc:
        raise _fail(at, f"bad regex {text!r}: {exc}") from None
    return text


def REGEXES(value: Any, at: Path_, scope: Scope) -> tuple[str, ...]:
    return tuple(REGEX(v, (*at, i), scope) for i, v in enumerate(STRINGS(value, at, scope)))


def groups(*names: str | int) -> FieldType:
    """A regex that must define these groups (names, or a count of numbered groups)."""

    def check(value: Any, at: Path_, scope: Scope) -> str:
        from reportlint.patterns import compile_pattern

        text = REGEX(value, at, scope)
        compiled = compile_pattern(text)
        for name in names:
            if isinstance(name, int):
                if compiled.groups < name:
                    raise _fail(at, f"the regex {text!r} needs at least {name} group(s)")
            elif name not in compiled.groupindex:
                raise _fail(at, f"the regex {text!r} needs a group named {name!r}: (?P<{name}>…)")
        return text

    return check


def FIGURE_PATTERN(value: Any, at: Path_, scope: Scope) -> str:
    """A regex reading a count (group `n`), a percentage (group `p`), or both."""
    from reportlint.patterns import compile_pattern

    text = REGEX(value, at, scope)
    names = compile_pattern(text).groupindex
    if "n" not in names and "p" not in names:
        raise _fail(at, f"the regex {text!r} needs a group named 'n' (a count) or 'p' (a percentage)")
    return text


def each(item: FieldType) -> FieldType:
    def check(value: Any, at: Path_, scope: Scope) -> tuple[Any, ...]:
        if not isinstance(value, list) or not value:
            raise _fail(at, f"expected a non-empty list, found {value!r}")
        return tuple(item(v, (*at, i), scope) for i, v in enumerate(value))

    return check


def STRING_GROUPS(value: Any, at: Path_, scope: Scope) -> tuple[tuple[str, ...], ...]:
    groups: tuple[tuple[str, ...], ...] = each(STRINGS)(value, at, scope)
    return groups


def SECTION(value: Any, at: Path_, scope: Scope) -> str:
    text = STR(value, at, scope)
    if text not in scope.sections:
        raise _fail(at, f"unknown section {text!r}{closest(text, scope.sections)}")
    return text


def TABLE(value: Any, at: Path_, scope: Scope) -> str:
    text = STR(value, at, scope)
    if text not in scope.tables:
        raise _fail(at, f"unknown table {text!r}{closest(text, list(scope.tables))}")
    return text


def BODY(value: Any, at: Path_, scope: Scope) -> str:
    text = STR(value, at, scope)
    if text not in scope.bodies:
        raise _fail(at, f"unknown body kind {text!r}{closest(text, scope.bodies)} (see `bodies`)")
    return text


def MONTH_DAY(value: Any, at: Path_, scope: Scope) -> str:
    text = STR(value, at, scope)
    m = re.fullmatch(r"(\d{2})-(\d{2})", text)
    if m is None or not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
        raise _fail(at, f"expected a date as MM-DD, found {text!r}")
    return text


def VALUE(value: Any, at: Path_, scope: Scope) -> Any:
    """A sum of table cells (`t3[new, total] + t3[carried_over, total]`): parsed, every key resolved."""
    from reportlint.expr import ExprError, parse_value

    text = STR(value, at, scope)
    try:
        expr = parse_value(text)
    except ExprError as exc:
        raise _fail(at, f"bad expression {text!r}: {exc}") from None
    problem = unresolved(expr, scope.tables, {})
    if problem:
        raise _fail(at, f"{text!r}: {problem}")
    return expr


def unresolved(expr: Any, tables: Mapping[str, Any], for_: Mapping[str, str]) -> str | None:
    """What in an expression names no table, row, column or `for` variable (None: all resolve)."""
    from reportlint.expr import CellRef

    for ref in expr.refs():
        if ref.table not in tables:
            return f"unknown table {ref.table!r}{closest(ref.table, list(tables))}"
        table = tables[ref.table]
        if isinstance(ref, CellRef):
            keys = [(ref.row, table.row_keys, "row"), (ref.col, table.col_keys, "column")]
        else:
            keys = [(k, table.row_keys, "row") for k in (ref.rows.start, ref.rows.end) if k]
            keys += [(k, table.col_keys, "column") for k in (ref.cols.start, ref.cols.end) if k]
        for key, known, what in keys:
            if key.is_var:
                if key.name not in for_:
                    return f"${key.name} is not bound by `for`"
            elif key.name not in known:
                return f"table {ref.table} has no {what} {key.name!r}{closest(key.name, known)}"
    return None


def one_of(*choices: str) -> FieldType:
    def check(value: Any, at: Path_, scope: Scope) -> str:
        if value not in choices:
            raise _fail(at, f"expected one of {', '.join(choices)}, found {value!r}{closest(str(value), choices)}")
        return str(value)

    return check


def mapping(keys: FieldType, values: FieldType) -> FieldType:
    def check(value: Any, at: Path_, scope: Scope) -> dict[Any, Any]:
        if not isinstance(value, dict) or not value:
            raise _fail(at, f"expected a non-empty mapping, found {value!r}")
        return {keys(k, (*at, k), scope): values(v, (*at, k), scope) for k, v in value.items()}

    return check


def obj(**fields: Field) -> FieldType:
    """A mapping with these fields (closed: an unknown key is an error)."""

    def check(value: Any, at: Path_, scope: Scope) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _fail(at, f"expected a mapping with {', '.join(fields)}, found {value!r}")
        return validate_fields(fields, value, at, scope, "key")

    return check


def validate_fields(fields: Mapping[str, Field], value: Mapping[str, Any], at: Path_, scope: Scope,
                    what: str = "option") -> dict[str, Any]:
    for key in value:
        if key not in fields:
            raise _fail((*at, key), f"unknown {what} {key!r}{closest(str(key), list(fields))}")
    out: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in value and value[name] is not None:
            out[name] = spec.type(value[name], (*at, name), scope)
        elif spec.required:
            raise _fail(at, f"missing {what} {name!r}")
        else:
            out[name] = spec.default
    return out


def need(t: FieldType, doc: str = "") -> Field:
    return Field(t, True, None, doc)


def may(t: FieldType, default: Any = None, doc: str = "") -> Field:
    return Field(t, False, default, doc)


# ---- the kinds ---------------------------------------------------------------------------

TABLE_CELL_ARGS = frozenset({"table", "row", "column"})

# The 9xx findings made by the readers (sources, parser), by code, with the arguments each gives.
# A pack's `input` rule must name one of these codes; a reader that makes a new code adds it here.
INPUT_ARGS: dict[str, frozenset[str]] = {
    "RL901": frozenset({"reason"}),
    "RL902": frozenset({"reason"}),
    "RL903": frozenset({"pages", "hint"}),
    "RL904": frozenset({"table", "sample"}),
    "RL905": frozenset({"what", "url"}),
    "RL907": frozenset({"total", "read"}),
    "RL908": frozenset({"reason"}),
    "RL909": frozenset({"table", "row", "found", "expected", "count"}),
    "RL990": frozenset({"comment", "hint"}),
    "RL991": frozenset({"codes"}),
}

# 9xx findings only a file can give (no text layer, too many pages, a bound exceeded): their examples
# are files the tests build (tests/test_office.py, test_isolation.py), so a pack's rule for them needs
# no runnable text example.
FILE_ONLY = frozenset({"RL903", "RL907", "RL908"})

_KINDS = [
    Kind("input"),
    Kind("required_sections", args=frozenset({"ordinal", "title"})),
    Kind("section_order", args=frozenset({"found", "after", "expected"})),
    Kind("section_ordinal", args=frozenset({"found", "expected"})),
    Kind("section_wording", args=frozenset({"found", "expected", "note"})),
    Kind("numbering_systems", {
        "section": need(SECTION, "the section whose sub-topics must not be numbered as sections"),
        "subtopics": need(STRINGS), "restart": need(TEXT), "subtopics_message": need(TEXT),
    }, frozenset({"found", "problem"})),
    Kind("intro_parts", {
        "pattern": need(groups(1), "the count of parts the introduction states (its first group)"),
        "list_pattern": may(groups("list", "n"), None, "the parts it lists (group list) and their count (group n)"),
        "parts": may(mapping(SECTION, STRINGS), None, "the words that name each part in such a list"),
        "sections_differ": need(TEXT, "the problem when the report has another number of sections ({found})"),
        "list_differs": may(TEXT, None, "the problem when the list names another number of parts ({listed})"),
        "unlisted": may(TEXT, None, "added for the parts the list leaves out ({names})"),
    }, frozenset({"said", "found", "problem"})),
    Kind("government_topics", {
        "body": need(BODY, "the kind of body (from `bodies`) that must cover the topics"),
        "topics": need(STRING_GROUPS),
    }, frozenset({"missing", "why"})),
    Kind("section_aspects", {
        "section": need(SECTION, "the section that must cover the aspects"),
        "aspects": need(each(obj(what=need(TEXT), any_of=need(STRINGS, "words any of which covers it")))),
        "min_chars": may(INT, 0, "a section shorter than this is not written yet: other rules speak of it"),
    }, frozenset({"missing"})),
    Kind("required_tables", args=frozenset({"table"})),
    Kind("table_image", args=frozenset({"table", "hint"})),
    Kind("table_shape", args=frozenset({"table", "problem"})),
    Kind("cell_kind", {
        "zeros": may(TEXT, None, "the message for a table whose own arithmetic shows its blanks are zeros: "
                                 "one finding for the table ({table}, {count}), as a warning"),
        "zeros_min": may(INT, 6, "how many blank cells make such a table one finding"),
    }, TABLE_CELL_ARGS | {"found", "count"}),
    Kind("cell_value", args=TABLE_CELL_ARGS | {"value"}),
    Kind("equation", {
        "from_image": may(TEXT, None, "added to the message when the cells were read from an image by OCR "
                                      "({image}: the image) and every operand was read with high confidence"),
        "from_image_unsure": may(TEXT, None, "added instead when some operand was read with less confidence: "
                                             "the finding is then a warning asking for a check by eye"),
        "image_confidence": may(NUMBER, 0.8, "the OCR confidence (0..1) every operand needs for an error"),
    }, TABLE_CELL_ARGS | {"reported", "computed", "year", "prev_year", "image", "image_note"}, expression=True),
    Kind("prose_figure", {
        "figures": need(each(obj(
            what=need(TEXT), value=need(VALUE), also=may(each(VALUE), ()), patterns=need(each(FIGURE_PATTERN)),
            not_after=may(STRINGS, (), "words just before the phrase that make it another figure"),
            unless=may(STRINGS, (), "words anywhere in the sentence that make it ambiguous"),
            requires=may(STRINGS, (), "the sentence must hold one of these words (行政复议 for 维持)"),
            share=may(obj(what=need(TEXT), of=need(each(VALUE), "the table values it may be a share of")),
                      None, "the figure's share (占X%), or the rate the pattern reads (its group p)")))),
        "ambiguous": may(REGEXES, (), "words in a mention's clause that make it another figure (同比, 累计 …)"),
        "share_suffix": may(groups("p"), None, "what follows a count to give its share: 占33.9%, （17.46%）"),
    }, frozenset({"what", "said", "table"})),
    Kind("prose_claim", {"claims": need(each(obj(what=need(TEXT), value=need(VALUE), patterns=need(REGEXES))))},
         frozenset({"said", "what", "table"})),
    Kind("prose_breakdown", {"units": may(REGEX, "条|件|个|篇|项|次")}, frozenset({"total", "sum", "parts"})),
    Kind("section_mentions", {
        "section": need(SECTION), "any_of": need(STRINGS), "what": need(TEXT),
        "when": may(obj(value=need(VALUE), any_of=need(STRINGS), what=need(TEXT))),
    }, frozenset({"what"})),
    Kind("section_substance", {
        "section": need(SECTION), "min_chars": need(INT), "empty": may(STRINGS, ()), "measures": need(STRINGS),
        "too_short": need(TEXT), "no_measures": need(TEXT),
    }, frozenset({"problem"})),
    Kind("placeholder", {"patterns": need(REGEXES)}, frozenset({"found"})),
    Kind("repeated_word", {"pattern": need(REGEX), "allowed": may(STRINGS, ())}, frozenset({"found"})),
    Kind("agency_table_value", {"agency_pattern": need(REGEX), "value": need(VALUE)},
         frozenset({"agency", "value", "why"})),
    Kind("deadline", {"deadlines": need(mapping(BODY, MONTH_DAY), "body kind -> MM-DD of the following year")},
         frozenset({"published", "deadline", "body", "why"})),
    Kind("statistics_period", {
        "pattern": need(groups("y1", "y2")), "malformed_pattern": need(REGEX),
        "missing": need(TEXT), "malformed": need(TEXT), "wrong_year": need(TEXT),
    }, frozenset({"problem", "found"})),
    Kind("year_agreement", {"section": need(SECTION), "future_words": need(REGEX)}, frozenset({"said", "year"})),
    Kind("body_years", {
        "this_year": need(REGEX, "words by which a sentence speaks of the report year's work (本年度, 今年)"),
        "skip": may(REGEXES, (), "text around a year (it matched as `(?P<y>…)`) that makes it no year of the work"),
        "stale_start": may(REGEX, None, "a paragraph opening with last year's year (the year as group y)"),
        "compares": may(STRINGS, (), "words by which a sentence compares with another year"),
    }, frozenset({"said", "year", "found"})),
    Kind("format_version", {
        "outdated": need(STR, "the format whose markers are outdated"), "since": need(INT),
    }, frozenset({"found", "how", "year"})),
    Kind("format_citation", {
        "pattern": need(groups("office", "year", "num")), "office": need(STR),
        "documents": need(each(each(INT))), "expected": need(STR),
        "current_since": need(INT, "from this report year only the first document is right"),
    }, frozenset({"found", "expected"})),
    Kind("similarity", {
        "threshold": need(NUMBER), "min_sentences": may(INT, 5), "min_chars": may(INT, 12),
        "boilerplate_bodies": may(INT, 3, "a sentence written by this many bodies is the template's"),
    }, frozenset({"other", "other_year", "year", "percent"}), across=True),
    Kind("section_repetition", {
        "threshold": need(NUMBER, "a section is reported when more than this share of its sentences repeat"),
        "sections": may(each(SECTION), (), "the sections compared (none: every section of the pack)"),
        "min_sentences": may(INT, 3), "min_chars": may(INT, 12),
        "boilerplate_bodies": may(INT, 3, "a sentence written by this many bodies is the template's"),
    }, frozenset({"section", "percent", "shared", "sentences", "other_year", "year"}), across=True),
    Kind("rollup", {
        "tables": need(each(TABLE), "the tables whose count cells must equal the sum over the bodies under this one"),
        "max_cells": may(INT, 8, "the differing cells a message names (the evidence lists all)"),
    }, frozenset({"verdict", "cells", "count", "children"}), across=True),
    Kind("jump", {
        "figures": need(each(obj(what=need(TEXT), value=need(VALUE)))),
        "factor": need(NUMBER, "a figure this many times last year's, or last year's this many times it, is reported"),
        "min_value": may(NUMBER, 10, "the larger of the two values is at least this"),
    }, frozenset({"what", "value", "prev_value", "prev_year", "year", "factor"}), across=True),
]

KINDS: dict[str, Kind] = {k.name: k for k in _KINDS}


def placeholders(template: str) -> list[str]:
    """The `{names}` a message template uses (raises ValueError for unbalanced braces)."""
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def message_problem(kind: Kind, code: str, template: str) -> str | None:
    """What is wrong with a message template for a rule of this kind (None: nothing)."""
    args = INPUT_ARGS.get(code, frozenset()) if kind.name == "input" else kind.args
    try:
        names = placeholders(template)
    except ValueError as exc:
        return f"bad message template: {exc}"
    for name in names:
        if name not in args:
            return f"unknown placeholder {{{name}}}{closest(name, sorted(args))}"
    return None
