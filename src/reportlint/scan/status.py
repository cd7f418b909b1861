"""Who has published, who is late and by how much, who has not, whose portal could not be reached.

Pure functions over what a scan stored: the roster, the documents and the queue.
A document belongs to a roster body by its name (the agency its report names,
compared as `body_key`); when several bodies could own it, or its name was not
read, the body whose listing page it was found through decides. The deadline is
RL501's (the pack's `deadline` rule: the kind of body -> MM-DD of the following
year), with the roster's level saying the kind of body.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from reportlint.across import body_key
from reportlint.i18n import both, plural, say
from reportlint.pack import Pack
from reportlint.scan.links import normalise
from reportlint.scan.roster import LEVEL_KIND, Entry

STATUSES = ("published", "late", "undated", "missing", "not_due", "unreachable", "unchecked", "unreadable")


@dataclass(frozen=True)
class Doc:
    """A document the scan stored: where it was found, whether it is a report, its agency, year and date."""

    url: str
    discovered_from: str | None
    agency: str | None
    year: int | None
    published: str | None
    is_report: bool
    http_status: str | None = None


@dataclass(frozen=True)
class QueueItem:
    """A URL of the scan's queue: the kind of page, where it was found, its state and a note."""

    url: str
    kind: str
    discovered_from: str | None
    state: str
    note: str | None = None
    note_zh: str | None = None


@dataclass(frozen=True)
class Status:
    """One body's report for one year, as an office reads it."""

    name: str
    level: str | None  # from the roster (None: a body found but not on the roster)
    parent: str | None
    year: int | None
    status: str  # one of STATUSES
    url: str | None = None  # the report
    published: str | None = None
    deadline: str | None = None
    days_late: int | None = None
    reason: dict[str, str] | None = None  # why 无法访问 / 无法读取, in Chinese and English
    listing_url: str | None = None

    @property
    def on_roster(self) -> bool:
        return self.level is not None

    def label_in(self, lang: str) -> str:
        """Its words (the catalogue's status.*; a late report's names its days: 逾期 N 天)."""
        if self.status == "late":
            return say("status.late_days", lang, days=self.days_late, days_s=plural(self.days_late or 0))
        return say(f"status.{self.status}", lang)

    def reason_in(self, lang: str) -> str:
        return self.reason[lang] if self.reason else ""


@dataclass(frozen=True)
class Deadlines:
    """RL501's deadlines: the kind of body -> MM-DD of the year after the report year."""

    by_kind: Mapping[str, str]
    pack: object = None  # tells the kind of body from a name when the roster says 其他

    def due(self, name: str, level: str | None, year: int | None) -> date | None:
        if year is None:
            return None
        kind = LEVEL_KIND.get(level or "其他")
        if kind is None and self.pack is not None:
            found = self.pack.body_kind(name)  # type: ignore[attr-defined]
            kind = found[0].key if found else None
        mmdd = self.by_kind.get(kind or "")
        if mmdd is None:
            return None
        month, day = (int(x) for x in mmdd.split("-"))
        return date(year + 1, month, day)


def deadlines_of(pack: Pack) -> Deadlines:
    rule = next((r for r in pack.rules if r.kind == "deadline"), None)
    return Deadlines(dict(rule.options["deadlines"]) if rule else {}, pack)


def last_due_year(as_of: date, deadlines: Deadlines) -> int:
    """The latest report year whose earliest deadline has passed on `as_of`."""
    earliest = min((tuple(int(x) for x in d.split("-")) for d in deadlines.by_kind.values()), default=(1, 31))
    return as_of.year - 1 if (as_of.month, as_of.day) > earliest else as_of.year - 2


def statuses(entries: list[Entry], docs: Iterable[Doc], queue: Iterable[QueueItem], years: set[int] | None,
             as_of: date, deadlines: Deadlines) -> list[Status]:
    """A row per roster body and year (`years`: those asked for, else every year found), then the bodies found
    but not on the roster."""
    docs = list(docs)
    items = {q.url: q for q in queue}
    owner = Owners(entries, items)
    found_years = {d.year for d in docs if d.year and d.is_report}
    wanted = sorted(years) if years else sorted(found_years)
    mine: dict[tuple[str, int | None], list[Doc]] = defaultdict(list)
    strangers: dict[tuple[str, int | None], list[Doc]] = defaultdict(list)
    for d in docs:
        who = owner.of(d)
        if who is not None:
            mine[(who, d.year)].append(d)
        elif d.is_report and d.agency:
            strangers[(body_key(d.agency) or d.agency, d.year)].append(d)
    out = [_status(e, y, mine.get((e.key, y), []) + _unread(e, mine), owner, as_of, deadlines)
           for e in entries for y in wanted]
    for (_key, year), found in sorted(strangers.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        if years and year not in years:
            continue
        best = _best(found)
        out.append(_published(best.agency or best.url, None, None, year, best, deadlines))
    return out


def _unread(entry: Entry, mine: Mapping[tuple[str, int | None], list[Doc]]) -> list[Doc]:
    """Documents of this body whose year was not read (a page that could not be fetched)."""
    return [d for d in mine.get((entry.key, None), []) if not d.is_report]


class Owners:
    """Which roster body a document belongs to."""

    def __init__(self, entries: list[Entry], queue: Mapping[str, QueueItem]) -> None:
        self.entries = entries
        self.queue = queue
        self.by_key = {e.key: e for e in entries}
        self.listing: dict[str, list[str]] = defaultdict(list)  # a listing URL -> the bodies it lists
        for e in entries:
            if e.listing_url:
                self.listing[normalise(e.listing_url)].append(e.key)

    def root(self, url: str | None) -> str | None:
        """The starting page a URL was found through."""
        seen: set[str] = set()
        while url is not None and url not in seen:
            seen.add(url)
            item = self.queue.get(url)
            if item is None or item.discovered_from is None:
                return url
            url = item.discovered_from
        return url

    def of(self, doc: Doc) -> str | None:
        listed = self.listing.get(self.root(doc.discovered_from) or self.root(doc.url) or "", [])
        key = body_key(doc.agency)
        if key is None:
            return listed[0] if len(listed) == 1 else None
        if key in self.by_key:
            return key
        near = [k for k in self.by_key if k.endswith(key) or key.endswith(k)]
        if len(near) > 1:
            near = [k for k in near if k in listed] or near
        if len(near) > 1:  # the most specific name: 示例区民政局 before 民政局
            longest = max(len(k) for k in near)
            near = [k for k in near if len(k) == longest]
        return near[0] if len(near) == 1 else None

    def listing_state(self, entry: Entry) -> QueueItem | None:
        return self.queue.get(normalise(entry.listing_url)) if entry.listing_url else None


def _status(entry: Entry, year: int, found: list[Doc], owner: Owners, as_of: date, deadlines: Deadlines) -> Status:
    reports = [d for d in found if d.is_report]
    if reports:
        return _published(entry.name, entry.level, entry.parent, year, _best(reports), deadlines, entry.listing_url)
    due = deadlines.due(entry.name, entry.level, year)
    base = Status(name=entry.name, level=entry.level, parent=entry.parent, year=year, status="",
                  deadline=due.isoformat() if due else None, listing_url=entry.listing_url)
    listing = owner.listing_state(entry)
    if listing is not None and listing.state in ("failed", "skipped"):
        return replace(base, status="unreachable", reason=_reason(listing), url=entry.listing_url)
    if listing is not None and listing.state == "pending":
        return replace(base, status="unchecked")
    if found:  # a report page of this body that could not be read
        bad = found[0]
        return replace(base, status="unreadable", url=bad.url, reason=_reason_of(bad))
    if due is not None and as_of <= due:
        return replace(base, status="not_due")
    return replace(base, status="missing", reason=None if entry.listing_url else both("status.no_listing"))


def _published(name: str, level: str | None, parent: str | None, year: int | None, doc: Doc, deadlines: Deadlines,
               listing_url: str | None = None) -> Status:
    due = deadlines.due(name, level, year)
    base = Status(name=name, level=level, parent=parent, year=year, status="", url=doc.url, published=doc.published,
                  deadline=due.isoformat() if due else None, listing_url=listing_url)
    if not doc.published:
        return replace(base, status="undated")
    late = (date.fromisoformat(doc.published) - due).days if due else 0
    if late > 0:
        return replace(base, status="late", days_late=late)
    return replace(base, status="published")


def _best(docs: list[Doc]) -> Doc:
    """The report of a body and year when several pages hold it: a dated one, the earliest, then by URL."""
    return min(docs, key=lambda d: (not d.is_report, d.published is None, d.published or "", d.url))


def note(key: str, /, **args: object) -> tuple[str, str]:
    """The catalogue's note `key` as a store's queue keeps it: (note, note_zh), English and Chinese. An argument
    may be a {zh, en} pair."""
    words = both(key, **args)
    return words["en"], words["zh"]


# the notes of a skipped URL as stored before there was a Chinese one (note_zh)
OLD_NOTES = {"robots.txt": "status.why_robots", "outside the starting hosts and paths": "status.why_outside"}


def _reason(item: QueueItem) -> dict[str, str]:
    """Why a listing page could not be read, from the notes the crawler stored (in both languages)."""
    what = both("status.listing")
    if item.note_zh:
        zh = f"{what['zh']}{_words(item.note_zh)}"
    elif item.note in OLD_NOTES:
        zh = say("status.reason", "zh", what=what["zh"], why=say(OLD_NOTES[item.note], "zh"))
    elif item.note:
        zh = say("status.cannot_reach_note", "zh", what=what["zh"], note=item.note)
    else:
        zh = say("status.cannot_reach", "zh", what=what["zh"])
    if item.note:
        why = say(OLD_NOTES[item.note], "en") if item.note in OLD_NOTES else item.note
        en = say("status.reason", "en", what=what["en"], why=why)
    else:
        en = say("status.cannot_reach", "en", what=what["en"])
    return {"zh": zh, "en": en}


def _words(note: str) -> str:
    """A reason without its technical tail (`无法连接：[Errno 111] Connection refused` -> `无法连接`)."""
    head, sep, tail = note.rpartition("：")
    return head if sep and head and not re.search(r"[\u4e00-\u9fff]", tail) else note


def _reason_of(doc: Doc) -> dict[str, str]:
    if doc.http_status and doc.http_status != "ok":
        return both("status.page_unreadable_status", status=doc.http_status)
    return both("status.page_unreadable")
