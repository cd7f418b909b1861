"""Rule packs: the template (sections, tables) and the rules, loaded from YAML.

A pack is validated against rules/pack.schema.json and then semantically (keys
exist, expressions parse, regexes compile, kinds are known). Every error is
reported as `file:line: what is wrong`.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from reportlint.expr import CellRef, Expr, ExprError, Sum, parse_expr
from reportlint.resources import rules_dir

Path_ = tuple[str | int, ...]


class PackError(Exception):
    """A rule pack that cannot be used; str() is `file:line: message`."""


@dataclass(frozen=True)
class SectionTpl:
    key: str
    ordinal: int
    title: str
    variants: tuple[str, ...] = ()
    keywords: tuple[tuple[str, ...], ...] = ()
    long_forms: tuple[str, ...] = ()  # the regulation's own wording (条例第五十条): accepted, noted as info


@dataclass(frozen=True)
class ColumnTpl:
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    group: str | None = None
    kind: str = "count"


@dataclass(frozen=True)
class RowTpl:
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    ordinal: str | None = None
    group: str | None = None
    block: str | None = None
    columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class GroupTpl:
    key: str
    label: str
    ordinal: str | None = None


@dataclass(frozen=True, eq=False)  # hashed by identity: used as a cache key
class TableTpl:
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
    def _by_key(self) -> dict[str, RowTpl | ColumnTpl]:
        return {**{f"c:{c.key}": c for c in self.columns}, **{f"r:{r.key}": r for r in self.rows}}

    def row(self, key: str) -> RowTpl:
        return self._by_key[f"r:{key}"]

    def column(self, key: str) -> ColumnTpl:
        return self._by_key[f"c:{key}"]

    def columns_of(self, row: RowTpl) -> tuple[str, ...]:
        return row.columns or self.col_keys

    def cells(self) -> Iterator[tuple[RowTpl, ColumnTpl]]:
        for row in self.rows:
            for col in self.columns_of(row):
                yield row, self.column(col)


@dataclass(frozen=True)
class RuleSpec:
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
    examples: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Pack:
    name: str
    format: str | None
    title: Mapping[str, str]
    format_markers: Mapping[str, tuple[str, ...]]
    sections: tuple[SectionTpl, ...]
    tables: Mapping[str, TableTpl]
    rules: tuple[RuleSpec, ...]
    path: str

    def rule(self, code: str) -> RuleSpec | None:
        return next((r for r in self.rules if r.code == code), None)


# ---- loading -------------------------------------------------------------------

BUILTIN = "gov-2021.yaml"


def load_builtin(name: str = BUILTIN) -> Pack:
    """The shipped pack (one object per name); it is schema-checked by the test suite, so only built here."""
    return _load_builtin(name)


@lru_cache(maxsize=8)
def _load_builtin(name: str) -> Pack:
    path = rules_dir() / name
    cached = _pickle_path(path)
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as fh:
                return pickle.load(fh)
        except Exception:
            pass
    pack = load_pack(path, check_schema=False)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(pack, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cached)
        except OSError:
            pass  # no cache: only a slower start
    return pack


def _pickle_path(path: Path) -> Path | None:
    """A cache of the built pack, keyed by the version and the pack files' contents (start-up in ~2 ms)."""
    from reportlint import __version__

    try:
        digest = hashlib.sha256(__version__.encode())
        for part in sorted(rules_dir().glob("*")):
            digest.update(part.name.encode() + part.read_bytes())
    except OSError:
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reportlint" / "packs" / f"{path.stem}-{digest.hexdigest()[:16]}.pickle"


BUILTIN_BY_FORMAT = {"2021": "gov-2021.yaml", "2019": "gov-2019.yaml"}


class _BuiltinPacks(Mapping):
    """The shipped packs by the format they check, loaded when first asked for."""

    def __getitem__(self, fmt: str) -> Pack:
        return load_builtin(BUILTIN_BY_FORMAT[fmt])

    def __iter__(self):
        return iter(BUILTIN_BY_FORMAT)

    def __len__(self) -> int:
        return len(BUILTIN_BY_FORMAT)


def builtin_packs() -> Mapping[str, Pack]:
    return _BuiltinPacks()


def load_pack(path: Path | str, *, check_schema: bool = True) -> Pack:
    path = Path(path)
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


def _extend(path: Path, data: dict) -> dict:
    """A pack that extends another: tables replace the parent's by id, rules merge field by field
    by code (new codes are added), `drop_rules` removes rules, other keys replace the parent's."""
    parent_path = (path.parent / str(data["extends"])) if not Path(str(data["extends"])).is_absolute() \
        else Path(str(data["extends"]))
    if not parent_path.is_file():
        parent_path = rules_dir() / str(data["extends"])
    try:
        parent_text = parent_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError(f"{path}:1: cannot read the pack it extends, {data['extends']}: {exc.strerror}") from None
    parent = _parse_yaml(parent_path, parent_text)
    if parent.get("extends"):
        parent = _extend(parent_path, parent)
    merged = {**parent, **{k: v for k, v in data.items() if k not in ("tables", "rules", "drop_rules", "extends")}}
    merged["tables"] = {**(parent.get("tables") or {}), **(data.get("tables") or {})}
    rules = {r["code"]: dict(r) for r in parent.get("rules") or [] if isinstance(r, dict)}
    for r in data.get("rules") or []:
        rules[r.get("code")] = {**rules.get(r.get("code"), {}), **r}
    drop = set(data.get("drop_rules") or ())
    merged["rules"] = [r for code, r in rules.items() if code not in drop]
    return merged


def _parse_yaml(path: Path, text: str) -> Any:
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
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return 1
    line = node.start_mark.line + 1 if node else 1
    for step in where:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == step), None)
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


def _build(path: Path, data: dict) -> Pack:
    _need(isinstance(data.get("rules"), list), ("rules",), "a rule pack needs a list of rules")
    sections = tuple(_section(s, ("sections", i)) for i, s in enumerate(data.get("sections") or []))
    section_keys = {s.key for s in sections}
    tables = {
        tid: _table(tid, t, section_keys, ("tables", tid)) for tid, t in (data.get("tables") or {}).items()
    }
    rules = tuple(_rule(r, tables, ("rules", i)) for i, r in enumerate(data["rules"]))
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
    )


def _section(s: dict, where: Path_) -> SectionTpl:
    _need(isinstance(s, dict) and "key" in s and "title" in s, where, "a section needs key and title")
    return SectionTpl(
        key=s["key"],
        ordinal=int(s.get("ordinal", 0)),
        title=s["title"],
        variants=_strings(s.get("variants")) + _strings(s.get("long_forms")),
        long_forms=_strings(s.get("long_forms")),
        keywords=tuple(_strings(k) for k in s.get("keywords") or ()),
    )


def _table(tid: str, t: dict, section_keys: set[str], where: Path_) -> TableTpl:
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


def _rule(r: dict, tables: Mapping[str, TableTpl], where: Path_) -> RuleSpec:
    from reportlint.checks import KINDS  # the registry of rule kinds

    _need(r.get("kind") in KINDS, (*where, "kind"), f"rule {r.get('code')}: unknown kind {r.get('kind')!r}")
    message = r.get("message") or {}
    for lang in ("zh", "en"):
        _need(bool(message.get(lang)), (*where, "message"), f"rule {r.get('code')}: message has no {lang!r} text")
    for_ = dict(r.get("for") or {})
    for var, spec in for_.items():
        tid = str(spec).split(".")[0]
        _need(tid in tables, (*where, "for", var), f"rule {r['code']}: unknown table {tid!r}")
    expr = None
    if r["kind"] == "equation":
        _need(bool(r.get("assert")), (*where,), f"rule {r['code']}: an equation needs `assert`")
        try:
            expr = parse_expr(r["assert"])
        except ExprError as exc:
            raise _SemanticError((*where, "assert"), f"rule {r['code']}: bad expression: {exc}") from None
        _check_refs(expr, tables, for_, (*where, "assert"), r["code"])
    options = dict(r.get("options") or {})
    for key, value in options.items():
        if key.endswith(("pattern", "patterns")):
            for pat in [value] if isinstance(value, str) else value:
                try:
                    re.compile(pat)
                except re.error as exc:
                    msg = f"rule {r['code']}: bad regex {pat!r}: {exc}"
                    raise _SemanticError((*where, "options", key), msg) from None
    return RuleSpec(
        code=r["code"], name=r["name"], kind=r["kind"], severity=r["severity"],
        summary=r["summary"], message=message, rationale=r["rationale"], for_=for_, expr=expr,
        options=options, examples=r.get("examples") or {},
    )


def _check_refs(expr: Expr, tables: Mapping[str, TableTpl], for_: Mapping[str, str], where: Path_, code: str) -> None:
    for ref in expr.refs():
        _need(ref.table in tables, where, f"rule {code}: unknown table {ref.table!r}")
        table = tables[ref.table]
        if isinstance(ref, CellRef):
            keys = [(ref.row, table.row_keys, "row"), (ref.col, table.col_keys, "column")]
        else:
            assert isinstance(ref, Sum)
            keys = [(k, table.row_keys, "row") for k in (ref.rows.start, ref.rows.end) if k]
            keys += [(k, table.col_keys, "column") for k in (ref.cols.start, ref.cols.end) if k]
        for key, known, what in keys:
            if key.is_var:
                _need(key.name in for_, where, f"rule {code}: ${key.name} is not bound by `for`")
            else:
                _need(key.name in known, where, f"rule {code}: table {ref.table} has no {what} {key.name!r}")
