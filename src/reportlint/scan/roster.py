"""The roster: the bodies that must publish a report, read from a CSV an office keeps.

Header `name,level,parent,listing_url` or `单位,层级,上级,栏目地址` (columns in any
order; `parent` and `listing_url` may be left out), UTF-8 (with or without BOM) or
GBK. `level` is 政府, 部门, 乡镇 or 其他. `parent` names another body of the roster:
the parent's report is the sum of its children's (the roll-up, RL607). Every
problem is a `RosterError` whose text is `file:line: what is wrong`.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

from reportlint.across import body_key
from reportlint.i18n import Said, both

COLUMNS = {"name": "name", "单位": "name", "单位名称": "name", "level": "level", "层级": "level",
           "parent": "parent", "上级": "parent", "上级单位": "parent",
           "listing_url": "listing_url", "栏目地址": "listing_url"}
LEVELS = {"政府": "政府", "部门": "部门", "乡镇": "乡镇", "其他": "其他",
          "government": "政府", "department": "部门", "township": "乡镇", "other": "其他"}
# the roster's level -> the kind of body (the pack's `bodies`) whose deadline applies; 其他: told by the name
LEVEL_KIND = {"政府": "government", "部门": "department", "乡镇": "government", "其他": None}


class RosterError(Said):
    """A roster that cannot be used: `file:line: message` in either language (str(): the English)."""


@dataclass(frozen=True)
class Entry:
    """One body of the roster: its name, level, parent body and listing page."""

    name: str
    level: str
    parent: str | None = None
    listing_url: str | None = None

    @property
    def key(self) -> str:
        return body_key(self.name) or self.name

    def row(self) -> tuple[str, str, str | None, str | None]:
        return self.name, self.level, self.parent, self.listing_url


def read_roster(path: str | Path) -> list[Entry]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise RosterError("roster.cannot_read", path=path, why=exc.strerror or exc) from None
    return parse_roster(decode(raw, str(path)), str(path))


def decode(raw: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped), else GBK (as Excel on Chinese Windows saves a CSV)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterError("roster.encoding", path=name)


def parse_roster(text: str, name: str = "roster") -> list[Entry]:
    rows = list(csv.reader(io.StringIO(text)))
    lines = [(i + 1, r) for i, r in enumerate(rows) if any(c.strip() for c in r)]
    if not lines:
        raise RosterError("roster.empty", path=name)
    at, header = lines[0]
    fields = [_column(c, name, at) for c in header]
    if "name" not in fields or "level" not in fields:
        raise RosterError("roster.header", path=name, line=at, found=",".join(header))
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for line, cells in lines[1:]:
        values = {f: (cells[i].strip() if i < len(cells) else "") for i, f in enumerate(fields)}
        entry = _entry(values, name, line)
        if entry.key in seen:
            raise RosterError("roster.duplicate", path=name, line=line, body=entry.name, first=seen[entry.key])
        seen[entry.key] = line
        entries.append(entry)
    _check_parents(entries, seen, name)
    return entries


def _column(label: str, name: str, line: int) -> str:
    key = COLUMNS.get(label.strip().lstrip("\ufeff").lower())
    if key is None:
        near = difflib.get_close_matches(label.strip(), list(COLUMNS), n=1)
        hint = both("roster.did_you_mean", near=near[0]) if near else both("roster.columns")
        raise RosterError("roster.unknown_column", path=name, line=line, label=label.strip(), hint=hint)
    return key


def _entry(values: dict[str, str], name: str, line: int) -> Entry:
    body = values.get("name", "")
    if not body:
        raise RosterError("roster.no_name", path=name, line=line)
    level = LEVELS.get(values.get("level", "").lower())
    if level is None:
        raise RosterError("roster.level", path=name, line=line, level=values.get("level", ""), body=body)
    url = values.get("listing_url") or None
    if url is not None and not url.startswith(("http://", "https://")):
        raise RosterError("roster.url", path=name, line=line, body=body, url=url)
    return Entry(body, level, values.get("parent") or None, url)


def _check_parents(entries: list[Entry], lines: dict[str, int], name: str) -> None:
    names = [e.name for e in entries]
    parent_of = {e.key: body_key(e.parent) for e in entries if e.parent}
    for e in entries:
        if not e.parent:
            continue
        if body_key(e.parent) not in lines:
            near = difflib.get_close_matches(e.parent, names, n=1)
            hint = both("roster.did_you_mean", near=near[0]) if near else ""
            raise RosterError("roster.parent", path=name, line=lines[e.key], body=e.name, parent=e.parent, hint=hint)
        seen, at = {e.key}, parent_of.get(e.key)
        while at is not None:
            if at in seen:
                raise RosterError("roster.cycle", path=name, line=lines[e.key], body=e.name)
            seen.add(at)
            at = parent_of.get(at)


def parents(entries: list[Entry]) -> dict[str, str]:
    """body -> the body it reports to, as the rules across reports compare them (body keys)."""
    return {e.key: body_key(e.parent) or e.parent for e in entries if e.parent}
