"""`json`: the versioned `reportlint.check/1` contract, and `reportlint.extract/1`."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from reportlint.i18n import localize
from reportlint.model import CellKind, Document, Finding, Result, Severity
from reportlint.pack import Pack
from reportlint.reporters import Context, Reporter, register

CHECK_SCHEMA = "reportlint.check/1"
EXTRACT_SCHEMA = "reportlint.extract/1"


def dumps(data: Any) -> str:
    return indented(data) + "\n"


def indented(data: Any, newline: str = "\n") -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, the same text: json writes an indented text with its
    pure-Python encoder (a generator per value, ~1 us per piece: a third of a batch's parent time); this one
    joins each container's parts at once. What it does not know (another type, a cycle) goes to json itself.
    `newline`: a line break and the indent every line after the first is written at (the text's lines
    shifted right, as an item of an indented list is)."""
    parts: list[str] = []
    try:
        _encode(data, parts, newline)
    except (_Unknown, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2).replace("\n", newline)
    return "".join(parts)


class _Unknown(Exception):
    """A value `indented` leaves to json (which encodes it, or says why not)."""


_encode_str: Callable[[str], str] = json.encoder.encode_basestring  # (C-accelerated where _json is built)


def _encode(value: Any, out: list[str], newline: str) -> None:
    """Append value's text; `newline` is a line break and the indent of the lines value is written at."""
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[" + inner)
        for i, item in enumerate(value):
            if i:
                out.append("," + inner)
            _encode(item, out, inner)
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{" + inner)
        first = True
        for key, item in value.items():
            out.append(("" if first else "," + inner) + _encode_str(_key(key)) + ": ")
            first = False
            _encode(item, out, inner)
        out.append(newline + "}")
    else:
        raise _Unknown


def _key(key: Any) -> str:
    """A dict key as json writes it (str, float, bool, None, int; any other key: json's error)."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise _Unknown


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def stream_json(skeleton: dict[str, Any], items: Iterable[Any], write: Callable[[str], object],
                late: Callable[[], dict[str, Any]] | None = None) -> None:
    """Write `dumps(skeleton)` where the value STREAM in the skeleton is the list `items`, written one item
    at a time, and each value LATE is replaced by `late()[key]`, computed once the items are written.
    The text is the same as dumping the whole object at once."""
    text = dumps(skeleton)
    marker = json.dumps(STREAM)
    at = text.index(marker)
    line = text[text.rindex("\n", 0, at) + 1 : at]  # '  "documents": '
    indent = len(line) - len(line.lstrip(" "))
    write(text[:at])
    pad = " " * (indent + 2)
    first = True
    for item in items:
        body = indented(item, "\n" + pad)
        write(("[\n" if first else ",\n") + pad + body)
        first = False
    write("[]" if first else "\n" + " " * indent + "]")
    rest = text[at + len(marker):]
    if late is not None:
        for key, value in late().items():
            token = f'"{key}": {json.dumps(LATE)}'
            pos = rest.index(token)
            line_start = rest.rindex("\n", 0, pos) + 1
            value_text = indented(value, "\n" + " " * (pos - line_start))
            rest = rest[:pos] + f'"{key}": ' + value_text + rest[pos + len(token):]
    write(rest)


STREAM, LATE = "\u0000stream\u0000", "\u0000late\u0000"


@register
class JsonReporter(Reporter):
    name = "json"

    def stream(self, results: Iterable[Result], ctx: Context, write: Callable[[str], object]) -> None:
        counts: Counter[str] = Counter()
        docs = 0

        def documents() -> Iterator[dict[str, Any]]:
            nonlocal docs
            for r in results:
                docs += 1
                counts.update(f.severity.value for f in r.findings)
                yield self._document(r, ctx)

        def summary() -> dict[str, Any]:
            return {"summary": {
                "documents": docs,
                "findings": sum(counts.values()),
                "by_severity": {s.value: counts.get(s.value, 0) for s in reversed(Severity)},
            }}

        skeleton = {"schema": CHECK_SCHEMA, "tool": {"name": "reportlint", "version": ctx.version,
                                                      "pack": ctx.pack.name},
                    "documents": STREAM, "summary": LATE}
        stream_json(skeleton, documents(), write, summary)

    def _document(self, result: Result, ctx: Context) -> dict[str, Any]:
        doc = result.document
        return {
            "source": result.source.name,
            "format": doc.format if doc else None,
            "year": doc.year if doc else None,
            "pack": result.pack.name if result.pack else ctx.pack.name,
            "findings": [finding_dict(f, ctx, result) for f in result.findings],
            "notes": [{"rule": n.rule, "text": n.text} for n in result.notes],
        }


def finding_dict(f: Finding, ctx: Context, result: Result | None = None) -> dict[str, Any]:
    loc = f.loc
    out: dict[str, Any] = {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": ctx.message(f),
        "line": loc.line if loc else None,
        "column": loc.column if loc else None,
        "end_line": loc.end_line if loc else None,
        "end_column": loc.end_column if loc else None,
        "where": {k: v for k, v in f.where.items() if v},
        "evidence": {k: localize(v, ctx.lang) for k, v in f.evidence.items()},
    }
    if loc and loc.page is not None:
        out["page"] = loc.page
    if f.fixes:  # a diagnosed root cause (reportlint.diagnose): the cell changes, and what they explain
        out["fixes"] = [dict(x) for x in f.fixes]
        if len(f.fixes) == 1:
            out["fix"] = dict(f.fixes[0])
    if f.related:
        out["related"] = [finding_dict(r, ctx) for r in f.related]
    if result is not None:  # where a reader finds it: labels, the sentence as written, the Word paragraph or cell
        from reportlint.places import Place, place_of

        place = place_of(f, result)
        if place != Place():
            out["place"] = place.as_dict(result.pack or ctx.pack, ctx.lang)
    return out


def extract_document(result: Result, pack: Pack) -> dict[str, Any]:
    doc = result.document
    info = result.source
    out: dict[str, Any] = {
        "source": info.name,
        "format": doc.format if doc else None,
        "year": doc.year if doc else None,
        "agency": doc.agency if doc else None,
        "published": info.published,
        "encoding": info.encoding,
        "sha256": info.sha256,
        "tables": {},
        "raw": {},
        "sections": [],
    }
    if doc is None:
        return out
    out["sections"] = [
        {"key": s.key, "title": s.heading.text, "ordinal": s.heading.ordinal, "line": s.start_line}
        for s in doc.sections
    ]
    out["tables"], out["raw"] = _tables(doc, pack)
    return out


def _tables(doc: Document, pack: Pack) -> tuple[Grid[int | str | None], Grid[str]]:
    values: Grid[int | str | None] = {}
    raws: Grid[str] = {}
    for tid, table in doc.tables.items():
        tpl = pack.tables[tid]
        for row, col in tpl.cells():
            cell = table.cell(row.key, col.key)
            if cell is None:
                continue
            values.setdefault(tid, {}).setdefault(row.key, {})[col.key] = json_value(cell.value, col.kind)
            if cell.kind is not CellKind.NUMBER:
                raws.setdefault(tid, {}).setdefault(row.key, {})[col.key] = cell.raw
    return values, raws


T = TypeVar("T")
Grid = dict[str, dict[str, dict[str, T]]]  # table -> row -> column -> value


def json_value(value: Decimal | None, kind: str) -> int | str | None:
    """A count as a JSON integer; a decimal (or a fractional count) as an exact string."""
    if value is None:
        return None
    if kind != "decimal" and value == value.to_integral_value():
        return int(value)
    return format(value, "f")


def render_extract(results: Sequence[Result], pack: Pack, version: str) -> str:
    parts: list[str] = []
    stream_extract(results, pack, version, parts.append)
    return "".join(parts)


def stream_extract(results: Iterable[Result], pack: Pack, version: str, write: Callable[[str], object]) -> None:
    skeleton = {"schema": EXTRACT_SCHEMA, "tool": {"name": "reportlint", "version": version}, "documents": STREAM}
    stream_json(skeleton, (extract_document(r, r.pack or pack) for r in results), write)
