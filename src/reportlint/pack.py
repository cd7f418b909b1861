"""Rule packs: the template (sections, tables) and the rules, loaded from YAML.

A pack is validated against rules/pack.schema.json and then semantically (keys
exist, expressions parse, regexes compile, kinds are known). Every error is
reported as `file:line: what is wrong`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from reportlint.expr import Expr, ExprError, parse_expr
from reportlint.resources import rules_dir

Path_ = tuple[str | int, ...]


class PackError(Exception):
    """A rule pack that cannot be used; str() is `file:line: message`."""


@dataclass(frozen=True)
class SectionTpl:
    """A section of the template: its ordinal and title, and the other ways a report may write them."""

    key: str
    ordinal: int
    title: str
    variants: tuple[str, ...] = ()
    keywords: tuple[tuple[str, ...], ...] = ()
    long_forms: tuple[str, ...] = ()  # the regulation's own wording (条例第五十条): accepted, noted as info
    optional: bool = False  # a part the report may leave out (RL101 does not ask for it)


@dataclass(frozen=True)
class ColumnTpl:
    """A column of a template table: its key, its label and the other labels it is printed with."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    group: str | None = None
    kind: str = "count"


@dataclass(frozen=True)
class RowTpl:
    """A row of a template table: its key, label and ordinal, and the columns it has (None: all of them)."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    ordinal: str | None = None
    group: str | None = None
    block: str | None = None
    columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class GroupTpl:
    """A label of a template table that heads rows under it (（三）不予公开): it holds no cells itself."""

    key: str
    label: str
    ordinal: str | None = None


@dataclass(frozen=True, eq=False)  # hashed by identity: used as a cache key
class TableTpl:
    """A table of the template: its title, the section it is in, its layout, its rows and columns."""

    id: str
    title: Mapping[str, str]
    section: str
    layout: str
    columns: tuple[ColumnTpl, ...]
    rows: tuple[RowTpl, ...]
    groups: tuple[GroupTpl, ...] = ()

    @cached_property
    def row_keys(self) -> tuple[str, ...]:
        return tuple(r.key for r in self.rows)

    @cached_property
    def col_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @cached_property
    def _rows(self) -> dict[str, RowTpl]:
        return {r.key: r for r in self.rows}

    @cached_property
    def _columns(self) -> dict[str, ColumnTpl]:
        return {c.key: c for c in self.columns}

    def row(self, key: str) -> RowTpl:
        return self._rows[key]

    def column(self, key: str) -> ColumnTpl:
        return self._columns[key]

    def columns_of(self, row: RowTpl) -> tuple[str, ...]:
        return row.columns or self.col_keys

    def cells(self) -> Iterator[tuple[RowTpl, ColumnTpl]]:
        for row in self.rows:
            for col in self.columns_of(row):
                yield row, self.column(col)


@dataclass(frozen=True)
class Example:
    """A runnable example: report text (or a page, or several reports for a rule across reports)."""

    says: str  # what it shows, in words (for the docs)
    kind: str = "text"  # "text" or "html"
    documents: tuple[tuple[str, str], ...] = ()  # (name, text); the rule is checked on the last one
    parents: tuple[tuple[str, str], ...] = ()  # (document name, the body it reports to), as a roster says


@dataclass(frozen=True)
class RuleSpec:
    """A rule of the pack: its code, the kind that checks it with its options, its message and examples."""

    code: str
    name: str
    kind: str
    severity: str
    summary: Mapping[str, str]
    message: Mapping[str, str]
    rationale: str
    for_: Mapping[str, str] = field(default_factory=dict)
    expr: Expr | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    examples: Mapping[str, Sequence[str]] = field(default_factory=dict)  # descriptions, for the docs
    cases: Mapping[str, Sequence[Example]] = field(default_factory=dict)  # the same examples, runnable
    against: str | None = None  # rules across reports: "prev" (last year's) or "same_year" (other bodies')
    # the report years and formats the rule is for ({from_year, to_year, formats}; empty: every report)
    applies: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportType:
    """What makes a document this kind of report."""

    type: str  # e.g. gov-disclosure; packs of one type are chosen among by the report's year
    title: str  # regex: the report's name in its title, after the year (政府信息公开…年度报告)
    body_markers: tuple[str, ...] = ()  # words of the report's own text among a portal page's chrome
    listing_link: str = ""  # regex: a listing page's link text to a report of this type
    formats: Mapping[str, tuple[int | None, int | None, str | None]] = field(default_factory=dict)
    # format -> (first year, last year, pack file checking it): the format each report year was due in


@dataclass(frozen=True)
class Body:
    """A kind of body that publishes reports, told by its name (department, government)."""

    key: str
    pattern: str
    label: Mapping[str, str]


@dataclass(frozen=True, eq=False)
class Pack:
    """A rule pack: the template of one report format (sections, tables) and the rules that check it."""

    name: str
    format: str | None
    title: Mapping[str, str]
    format_markers: Mapping[str, tuple[str, ...]]
    sections: tuple[SectionTpl, ...]
    tables: Mapping[str, TableTpl]
    rules: tuple[RuleSpec, ...]
    path: str
    report: ReportType | None = None
    bodies: tuple[Body, ...] = ()
    # how a root cause of arithmetic findings is worded (reportlint.diagnose): message templates by name
    diagnosis: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def rule(self, code: str) -> RuleSpec | None:
        return next((r for r in self.rules if r.code == code), None)

    def format_for_year(self, year: int | None) -> str | None:
        if year is None or self.report is None:
            return None
        return next((fmt for fmt, (first, last, _) in self.report.formats.items()
                     if (first is None or year >= first) and (last is None or year <= last)), None)

    def body_kind(self, name: str) -> tuple[Body, str] | None:
        """The kind of body a name says (the first of `bodies` that matches) and the words that say it."""
        from reportlint import patterns

        for body in self.bodies:
            m = patterns.search(body.pattern, name)
            if m:
                return body, m.group()
        return None


# ---- loading -------------------------------------------------------------------

BUILTIN = "gov-2021.yaml"


def load_builtin(name: str = BUILTIN) -> Pack:
    """A shipped pack (one object per name), from the cache of built packs when it is current."""
    return _load_builtin(name)


@lru_cache(maxsize=16)
def _load_builtin(name: str) -> Pack:
    from reportlint import packcache

    path = rules_dir() / name
    cached = packcache.read(path)
    if cached is not None:
        return cached
    pack = load_pack(path, check_schema=False)  # the shipped packs are schema-checked by the test suite
    packcache.write(path, pack)
    return pack


def builtin_names() -> list[str]:
    return sorted(p.name for p in rules_dir().glob("*.yaml"))


def resolve(name: str) -> str | None:
    """A built-in pack's file for `--rules NAME` (`law-gov`, `gov-2019.yaml`), or None."""
    for file in builtin_names():
        if name in (file, file.removesuffix(".yaml")):
            return file
    return None


class Catalogue:
    """The packs a document may be checked against: the built-in ones, loaded when first asked for.

    The engine picks the report type by the title (`report.title`) and, within a type,
    the pack of the format the report's year was due in (`report.formats`).
    """

    def __init__(self, names: Sequence[str] | None = None) -> None:
        self._names = names

    def names(self) -> list[str]:
        return list(self._names) if self._names is not None else builtin_names()

    def named(self, file: str) -> Pack | None:
        return load_builtin(file) if file in self.names() else None

    def types(self) -> list[Pack]:
        """One pack per report type (the first by name), the default type first."""
        seen: dict[str, Pack] = {}
        for file in sorted(self.names(), key=lambda f: (f != BUILTIN, f)):
            pack = load_builtin(file)
            if pack.report is not None and pack.report.type not in seen:
                seen[pack.report.type] = pack
        return list(seen.values())

    def __bool__(self) -> bool:
        return bool(self.names())


NO_CATALOGUE = Catalogue(())


def builtin_packs() -> Catalogue:
    return Catalogue()


def load_pack(path: Path | str, *, check_schema: bool = True) -> Pack:
    path = Path(path)
    if not path.is_file() and resolve(str(path)) is not None:
        path = rules_dir() / str(resolve(str(path)))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read rule pack: {exc}") from None
    data = _parse_yaml(path, text)
    if isinstance(data, dict) and data.get("extends"):
        data = _extend(path, data)
    if check_schema:
        _check_schema(path, text, data)
    elif not isinstance(data, dict):
        raise PackError(f"{path}:1: a rule pack must be a mapping")
    try:
        return _build(path, data)
    except _SemanticError as err:
        line = line_of(text, err.where)
        raise PackError(f"{path}:{line}: {err.message}") from None


def sibling(path: Path, name: str) -> Path | None:
    """A pack that `extends:` or `formats:` may name: a file in the pack's own folder, or a built-in pack.

    Nothing else: no absolute path, no `..`, no sub-folder (a pack must not read arbitrary files).
    """
    if not name or "/" in name or "\\" in name or name in (".", "..") or Path(name).is_absolute():
        return None
    here = path.parent / name
    if here.is_file():
        return here
    builtin = rules_dir() / name
    return builtin if builtin.is_file() else None


def _extend(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """A pack that extends another: tables replace the parent's by id, rules merge field by field
    by code (new codes are added), `drop_rules` removes rules, other keys replace the parent's."""
    name = str(data["extends"])
    parent_path = sibling(path, name)
    if parent_path is None:
        raise PackError(f"{path}:{line_of(path.read_text(encoding='utf-8'), ('extends',))}: `extends: {name}` must "
                        f"name a pack in the same folder or a built-in pack ({', '.join(builtin_names())})")
    try:
        parent_text = parent_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError(f"{path}:1: cannot read the pack it extends, {name}: {exc.strerror}") from None
    parent = _parse_yaml(parent_path, parent_text)
    if not isinstance(parent, dict):
        raise PackError(f"{parent_path}:1: a rule pack must be a mapping")
    if parent.get("extends"):
        if parent_path.resolve() == path.resolve():
            raise PackError(f"{path}:1: the pack extends itself")
        parent = _extend(parent_path, parent)
    merged = {**parent, **{k: v for k, v in data.items() if k not in ("tables", "rules", "drop_rules", "extends")}}
    merged["tables"] = {**(parent.get("tables") or {}), **(data.get("tables") or {})}
    rules = {r["code"]: dict(r) for r in parent.get("rules") or [] if isinstance(r, dict)}
    for r in data.get("rules") or []:
        if isinstance(r, dict):
            rules[r.get("code")] = {**rules.get(r.get("code"), {}), **r}
    drop = set(data.get("drop_rules") or ())
    merged["rules"] = [r for code, r in rules.items() if code not in drop]
    return merged


def _parse_yaml(path: Path, text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        what = getattr(exc, "problem", None) or str(exc)
        raise PackError(f"{path}:{line}: invalid YAML: {what}") from None


def _check_schema(path: Path, text: str, data: Any) -> None:
    import jsonschema  # only for packs that are not the built-in one

    schema = json.loads((rules_dir() / "pack.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = jsonschema.exceptions.best_match(errors)
        where = tuple(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            known = set(err.schema.get("properties", {}))
            extra = sorted(k for k in err.instance if k not in known)
            where = (*where, extra[0]) if extra else where
        raise PackError(f"{path}:{line_of(text, where)}: {_describe(err, where)}")


def _describe(err: Any, where: Path_) -> str:
    at = "/".join(str(p) for p in where) or "(top level)"
    if err.validator == "additionalProperties":
        return f"unknown key at {at}: {err.message}"
    return f"{at}: {err.message}"


def line_of(text: str, where: Path_) -> int:
    """The 1-based line of the node at `where` (a path of keys and indexes) in YAML `text`."""
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return 1
    line = node.start_mark.line + 1 if node else 1
    for step in where:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(step)), None)
            if match is None:
                break
            node = match[1]
            line = match[0].start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line


class _SemanticError(Exception):
    def __init__(self, where: Path_, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


def _need(cond: bool, where: Path_, message: str) -> None:
    if not cond:
        raise _SemanticError(where, message)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or ())


def _build(path: Path, data: dict[str, Any]) -> Pack:
    from reportlint.kinds import OptionError

    _need(isinstance(data.get("rules"), list), ("rules",), "a rule pack needs a list of rules")
    sections = tuple(_section(s, ("sections", i)) for i, s in enumerate(data.get("sections") or []))
    section_keys = {s.key for s in sections}
    tables = {
        tid: _table(tid, t, section_keys, ("tables", tid)) for tid, t in (data.get("tables") or {}).items()
    }
    try:
        bodies = tuple(_body(b, ("bodies", i)) for i, b in enumerate(data.get("bodies") or []))
        report = _report(path, data["report"], ("report",)) if data.get("report") else None
        scope = _scope(sections, tables, bodies)
        rules = tuple(_rule(r, scope, ("rules", i)) for i, r in enumerate(data["rules"]))
    except OptionError as err:
        raise _SemanticError(err.where, err.message) from None
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        _need(rule.code not in seen, ("rules", i, "code"), f"duplicate rule code {rule.code}")
        seen.add(rule.code)
    markers = {str(k): _strings(v) for k, v in (data.get("format_markers") or {}).items()}
    return Pack(
        name=str(data.get("pack", path.stem)),
        format=str(data["format"]) if data.get("format") is not None else None,
        title=data.get("title") or {"zh": path.stem, "en": path.stem},
        format_markers=markers,
        sections=sections,
        tables=tables,
        rules=rules,
        path=str(path),
        report=report,
        bodies=bodies,
        diagnosis=_diagnosis(data.get("diagnosis"), ("diagnosis",)),
    )


# The texts of `diagnosis:` and the placeholders each may use.
DIAGNOSIS = {
    "cell": {"row", "column"},
    "fix": {"table", "cell", "from", "to", "codes"},
    "fix2": {"table", "cell", "from", "to", "cell2", "from2", "to2", "codes"},
    "suspects": {"table", "codes", "cells"},
    "suspect": {"cell", "from", "to"},
    "or": set(),
    "and": set(),
    "prose": {"what", "said", "table", "cell", "to", "code"},
}


def _diagnosis(data: Any, where: Path_) -> dict[str, dict[str, str]]:
    """`diagnosis:` — how the engine words a root cause: every text of DIAGNOSIS, in both languages."""
    from reportlint.kinds import TEXT, OptionError, Scope, closest, placeholders

    if data is None:
        return {}
    _need(isinstance(data, dict), where, "diagnosis must map names to texts")
    out = {}
    for name, value in data.items():
        _need(name in DIAGNOSIS, (*where, name),
              f"diagnosis: unknown text {name!r}{closest(str(name), list(DIAGNOSIS))}")
        try:
            out[name] = TEXT(value, (*where, name), Scope([], {}))
        except OptionError as err:
            raise _SemanticError(err.where, f"diagnosis.{name}: {err.message}") from None
        for lang, template in out[name].items():
            unknown = [p for p in placeholders(template) if p not in DIAGNOSIS[name]]
            _need(not unknown, (*where, name, lang), f"diagnosis.{name}.{lang}: unknown placeholder "
                                                      f"{{{unknown[0] if unknown else ''}}}")
    missing = sorted(set(DIAGNOSIS) - set(out))
    _need(not missing, where, f"diagnosis: missing {', '.join(missing)}")
    return out


def _scope(sections: Sequence[SectionTpl], tables: Mapping[str, TableTpl], bodies: Sequence[Body]) -> Any:
    from reportlint.kinds import Scope

    return Scope([s.key for s in sections], tables, [b.key for b in bodies])


def _body(b: Any, where: Path_) -> Body:
    from reportlint.kinds import REGEX, STR, TEXT, Scope, need, validate_fields

    fields = {"key": need(STR), "pattern": need(REGEX), "label": need(TEXT)}
    _need(isinstance(b, dict), where, "a body needs key, pattern and label")
    v = validate_fields(fields, b, where, Scope([], {}), "key")
    return Body(v["key"], v["pattern"], v["label"])


def _report(path: Path, r: Any, where: Path_) -> ReportType:
    from reportlint.kinds import INT, REGEX, STR, STRINGS, Scope, may, need, obj, validate_fields

    fields = {"type": need(STR), "title": need(REGEX), "body_markers": may(STRINGS, ()),
              "listing_link": may(REGEX, ""),
              "formats": may(lambda v, at, sc: {str(k): obj(**{"from": may(INT), "to": may(INT), "pack": may(STR)})(
                  x, (*at, k), sc) for k, x in (v or {}).items()}, {})}
    _need(isinstance(r, dict), where, "report must be a mapping")
    v = validate_fields(fields, r, where, Scope([], {}), "key")
    formats = {}
    for fmt, spec in v["formats"].items():
        file = spec["pack"]
        if file is not None:
            _need(sibling(path, file) is not None, (*where, "formats", fmt, "pack"),
                  f"report.formats.{fmt}: no pack {file!r} in the same folder or built in")
        formats[fmt] = (spec["from"], spec["to"], file)
    return ReportType(v["type"], v["title"], v["body_markers"], v["listing_link"], formats)


def _section(s: dict[str, Any], where: Path_) -> SectionTpl:
    _need(isinstance(s, dict) and "key" in s and "title" in s, where, "a section needs key and title")
    return SectionTpl(
        key=s["key"],
        ordinal=int(s.get("ordinal", 0)),
        title=s["title"],
        variants=_strings(s.get("variants")) + _strings(s.get("long_forms")),
        long_forms=_strings(s.get("long_forms")),
        keywords=tuple(_strings(k) for k in s.get("keywords") or ()),
        optional=bool(s.get("optional", False)),
    )


def _table(tid: str, t: dict[str, Any], section_keys: set[str], where: Path_) -> TableTpl:
    _need(t.get("section") in section_keys, (*where, "section"), f"table {tid}: unknown section {t.get('section')!r}")
    columns = tuple(
        ColumnTpl(c["key"], c["label"], _strings(c.get("aliases")), c.get("group"), c.get("kind", "count"))
        for c in t["columns"]
    )
    col_keys = {c.key for c in columns}
    groups = tuple(GroupTpl(g["key"], g["label"], g.get("ordinal")) for g in t.get("groups") or ())
    group_keys = {g.key for g in groups}
    rows = []
    for i, r in enumerate(t["rows"]):
        cols = tuple(r["columns"]) if r.get("columns") else None
        for c in cols or ():
            _need(c in col_keys, (*where, "rows", i, "columns"), f"table {tid}: row {r['key']}: unknown column {c!r}")
        if r.get("group") is not None:
            _need(r["group"] in group_keys, (*where, "rows", i, "group"), f"table {tid}: unknown group {r['group']!r}")
        rows.append(RowTpl(r["key"], r["label"], _strings(r.get("aliases")), r.get("ordinal"), r.get("group"),
                           r.get("block"), cols))
    _unique([r.key for r in rows], (*where, "rows"), f"table {tid}: duplicate row key")
    _unique([c.key for c in columns], (*where, "columns"), f"table {tid}: duplicate column key")
    return TableTpl(tid, t["title"], t["section"], t["layout"], columns, tuple(rows), groups)


def _unique(keys: list[str], where: Path_, message: str) -> None:
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    _need(not dupes, where, f"{message} {', '.join(dupes)}")


RULE_KEYS = ("code", "name", "kind", "severity", "summary", "message", "rationale", "for", "assert", "options",
             "examples", "against", "applies")


def _rule(r: dict[str, Any], scope: Any, where: Path_) -> RuleSpec:
    from reportlint.kinds import INPUT_ARGS, KINDS, OptionError, closest, message_problem, validate_fields

    _need(isinstance(r, dict), where, "a rule must be a mapping")
    code = str(r.get("code"))
    for key in r:
        _need(key in RULE_KEYS, (*where, key), f"rule {code}: unknown key {key!r}{closest(str(key), RULE_KEYS)}")
    for key in ("code", "name", "kind", "severity", "summary", "message", "rationale"):
        _need(r.get(key) is not None, where, f"rule {code}: missing {key!r}")
    kind = KINDS.get(r["kind"])
    _need(kind is not None, (*where, "kind"),
          f"rule {code}: unknown kind {r['kind']!r}{closest(r['kind'], list(KINDS))}")
    assert kind is not None
    if kind.name == "input":
        _need(code in INPUT_ARGS, (*where, "code"),
              f"rule {code}: no reader makes {code} (input codes: {', '.join(INPUT_ARGS)})")
    message = r.get("message") or {}
    for lang in ("zh", "en"):
        _need(bool(message.get(lang)), (*where, "message"), f"rule {code}: message has no {lang!r} text")
        problem = message_problem(kind, code, message[lang])
        _need(problem is None, (*where, "message", lang), f"rule {code}: message.{lang}: {problem}")
    for_ = dict(r.get("for") or {})
    for var, spec in for_.items():
        tid = str(spec).split(".")[0]
        _need(tid in scope.tables, (*where, "for", var), f"rule {code}: unknown table {tid!r}")
    expr = _rule_expr(r, kind.expression, scope, for_, where)
    _need(not (r.get("options") and not kind.options), (*where, "options"),
          f"rule {code}: kind {kind.name} takes no options")
    try:
        options = validate_fields(kind.options, r.get("options") or {}, (*where, "options"), scope) \
            if kind.options else {}
    except OptionError as err:
        raise _SemanticError(err.where, f"rule {code}: {err.message}") from None
    against = r.get("against")
    needs_other = kind.across or (expr is not None and "other" in expr.qualifiers())
    _need(against in (None, "prev", "same_year"), (*where, "against"),
          f"rule {code}: against must be prev or same_year")
    _need(not needs_other or against is not None, where,
          f"rule {code}: a rule that compares reports needs `against: prev` or `against: same_year`")
    examples, cases = _examples(r.get("examples") or {}, (*where, "examples"), code)
    return RuleSpec(
        code=code, name=r["name"], kind=r["kind"], severity=r["severity"],
        summary=r["summary"], message=message, rationale=r["rationale"], for_=for_, expr=expr,
        options=options, examples=examples, cases=cases, against=against,
        applies=_applies(r.get("applies"), (*where, "applies"), code),
    )


def _applies(value: Any, where: Path_, code: str) -> dict[str, Any]:
    """`applies: {from_year: 2021, to_year: 2020, formats: ['2021']}`: which reports a rule is for."""
    from reportlint.kinds import INT, STRINGS, OptionError, Scope, may, validate_fields

    if value is None:
        return {}
    _need(isinstance(value, dict), where, f"rule {code}: applies must be a mapping of from_year, to_year, formats")
    fields = {"from_year": may(INT), "to_year": may(INT), "formats": may(STRINGS, ())}
    try:
        return {k: v for k, v in validate_fields(fields, value, where, Scope([], {}), "key").items() if v}
    except OptionError as err:
        raise _SemanticError(err.where, f"rule {code}: {err.message}") from None


def _rule_expr(r: dict[str, Any], takes: bool, scope: Any, for_: Mapping[str, str], where: Path_) -> Expr | None:
    from reportlint.kinds import unresolved

    code = r.get("code")
    if not takes:
        _need(not r.get("assert") and not for_, where, f"rule {code}: kind {r['kind']} takes no `assert` or `for`")
        return None
    _need(bool(r.get("assert")), where, f"rule {code}: an equation needs `assert`")
    try:
        expr = parse_expr(r["assert"])
    except ExprError as exc:
        raise _SemanticError((*where, "assert"), f"rule {code}: bad expression: {exc}") from None
    problem = unresolved(expr, scope.tables, for_)
    _need(problem is None, (*where, "assert"), f"rule {code}: {problem}")
    return expr


def _examples(data: Any, where: Path_, code: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[Example, ...]]]:
    """`examples: {pass: [...], fail: [...]}`, each a description (`says`) with the report it shows."""
    _need(isinstance(data, dict), where, f"rule {code}: examples must map pass and fail to lists")
    says: dict[str, tuple[str, ...]] = {}
    cases: dict[str, tuple[Example, ...]] = {}
    for outcome, items in data.items():
        _need(outcome in ("pass", "fail") and isinstance(items, list), (*where, outcome),
              f"rule {code}: examples has pass and fail lists only")
        built = [_example(item, (*where, outcome, i), code) for i, item in enumerate(items)]
        says[outcome] = tuple(e.says for e in built)
        cases[outcome] = tuple(e for e in built if e.documents)
    return says, cases


def _example(item: Any, where: Path_, code: str) -> Example:
    if isinstance(item, str):
        return Example(item)  # a description only (`rules check` asks for runnable ones)
    _need(isinstance(item, dict) and isinstance(item.get("says"), str), where,
          f"rule {code}: an example is `says:` with `text:`, `html:` or `documents:`")
    extra = set(item) - {"says", "text", "html", "documents"}
    _need(not extra, where, f"rule {code}: unknown example key {sorted(extra)[0] if extra else ''!r}")
    if "documents" in item:
        docs = item["documents"]
        _need(isinstance(docs, list) and len(docs) >= 2 and all(
            isinstance(d, dict) and isinstance(d.get("name"), str) and isinstance(d.get("text"), str) for d in docs),
            where, f"rule {code}: `documents:` is a list of two or more {{name, text}}")
        return Example(item["says"], "text", tuple((d["name"], d["text"]) for d in docs),
                       tuple((d["name"], d["parent"]) for d in docs if isinstance(d.get("parent"), str)))
    kind = "html" if "html" in item else "text"
    body = item.get(kind)
    _need(isinstance(body, str) and bool(body.strip()), where, f"rule {code}: the example has no {kind}")
    return Example(item["says"], kind, ((f"example.{'html' if kind == 'html' else 'txt'}", body),))
