"""What a scan stores and how, whatever the database: one transaction per document, so a killed scan
resumes without losing or duplicating a record; idempotent upserts keyed by URL, so a piece of work done
twice (a resumed scan, a task rerun after its worker died) leaves the store as doing it once would.

The SQL is written once here with `?` placeholders; a backend (sqlite.py, postgres.py) supplies the
connection, its transactions, its schema migrations and the few statements that differ.
"""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

T = TypeVar("T")

# the tables in the order a store is emptied (findings refer to documents)
TABLES = ("findings", "pages", "documents", "queue", "cross_findings", "roster", "meta")
DOCUMENT_COLUMNS = ("url", "discovered_from", "fetched_at", "http_status", "content_hash", "agency", "body", "year",
                    "format", "published", "is_report", "tables_json", "prose", "sections_json", "errors",
                    "warnings", "infos")


class StoreError(Exception):
    """A store that cannot be used (not a store, written by a newer reportlint, unreachable): one line, exit 2."""


class StoreUnavailable(StoreError):
    """The database stopped answering and did not come back within the wait: the scan stops, --resume later."""


Row = tuple[Any, ...]  # a row as the database driver gives it (column types vary by backend)


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...  # DB-API column descriptions: the first item of each is the name

    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    """What the shared SQL needs of a backend's connection inside a transaction."""

    def execute(self, sql: str, params: Sequence[Any] = (), /) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> object: ...


def host_of(url: str) -> str:
    """The host a URL is fetched from, as politeness counts it (the crawler's HostLimiter: host and port)."""
    return urlsplit(url).netloc


class Store:
    """A scan's store. Every public method is one transaction (or one read)."""

    QUEUE_ORDER = "rowid"  # the column that keeps the queue in the order URLs were found
    where = ""  # the store, as messages name it (no password)

    def __init__(self) -> None:
        self.lock = threading.Lock()

    # -- what a backend provides --------------------------------------------------------
    def _write(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in one transaction and commit it."""
        raise NotImplementedError

    def _read(self, work: Callable[[Connection], T]) -> T:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Row = ()) -> list[Row]:
        return self._read(lambda db: db.execute(sql, params).fetchall())

    def _dicts(self, sql: str, params: Row = ()) -> list[dict[str, Any]]:
        def read(db: Connection) -> list[dict[str, Any]]:
            cursor = db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

        return self._read(read)

    def clear(self) -> None:
        """Empty every table (--fresh), keeping the schema."""

        def work(db: Connection) -> None:
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")

        self._write(work)

    def holds_scan(self) -> bool:
        return bool(self.query("SELECT COUNT(*) FROM queue")[0][0])

    # -- the queue --------------------------------------------------------------------
    def enqueue(self, urls: list[str], kind: str, discovered_from: str | None) -> int:
        return len(self.enqueue_new(urls, kind, discovered_from))

    def enqueue_new(self, urls: list[str], kind: str, discovered_from: str | None) -> list[str]:
        """Add the URLs not yet in the queue; the ones added."""

        def work(db: Connection) -> list[str]:
            added = []
            for url in dict.fromkeys(urls):
                cursor = db.execute("INSERT INTO queue (url, host, kind, discovered_from) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT DO NOTHING", (url, host_of(url), kind, discovered_from))
                if cursor.rowcount > 0:
                    added.append(url)
            return added

        return self._write(work)

    def pending(self, host: str | None = None, limit: int | None = None) -> list[tuple[str, str, str | None]]:
        """(url, kind, discovered_from) of the URLs still to do, in the order found; of one host if given."""
        sql = "SELECT url, kind, discovered_from FROM queue WHERE state = 'pending'"
        params: Row = ()
        if host is not None:
            sql += " AND host = ?"
            params = (host,)
        sql += f" ORDER BY {self.QUEUE_ORDER}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [tuple(r) for r in self.query(sql, params)]

    def pending_hosts(self) -> dict[str, int]:
        """The hosts with URLs still to do, and how many."""
        return dict(self.query("SELECT host, COUNT(*) FROM queue WHERE state = 'pending' GROUP BY host"))

    def pending_count(self, host: str) -> int:
        return int(self.query("SELECT COUNT(*) FROM queue WHERE state = 'pending' AND host = ?", (host,))[0][0])

    def still_pending(self, urls: list[str]) -> set[str]:
        """Those of `urls` still to do (a task rerun after its worker died skips the rest)."""
        found: set[str] = set()
        for i in range(0, len(urls), 500):
            chunk = urls[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(u for (u,) in self.query(
                f"SELECT url FROM queue WHERE state = 'pending' AND url IN ({marks})", tuple(chunk)))
        return found

    def mark(self, url: str, state: str, note: str | None = None, note_zh: str | None = None) -> None:
        self._write(lambda db: db.execute("UPDATE queue SET state = ?, note = ?, note_zh = ? WHERE url = ?",
                                          (state, note, note_zh, url)))

    def reset_queue(self) -> None:
        self._write(lambda db: db.execute("UPDATE queue SET state = 'pending' WHERE state IN ('failed')"))

    # -- documents ------------------------------------------------------------------
    def save_document(self, row: dict[str, Any], findings: list[dict[str, Any]], queue_url: str,
                      page: str | bytes | None = None) -> None:
        """The document, its findings, its annotated page and its queue entry, all or nothing. `page` is the
        HTML, or already compressed (bytes: as a cluster worker sends it)."""
        if isinstance(page, str):
            page = compress_page(page)
        cols = [c for c in DOCUMENT_COLUMNS if c in row]
        upsert = (f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                  f"ON CONFLICT (url) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in cols[1:]))
        finding_rows = [(row["url"], i, f["code"], f["severity"], f["line"], f["col"], f["message_zh"],
                         f["message_en"], json.dumps(f["where"], ensure_ascii=False, sort_keys=True),
                         json.dumps(f["evidence"], ensure_ascii=False, sort_keys=True, default=str))
                        for i, f in enumerate(findings)]

        def work(db: Connection) -> None:
            if page is not None:
                db.execute("INSERT INTO pages (url, html) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET "
                           "html = excluded.html", (row["url"], page))
            db.execute(upsert, [row[c] for c in cols])
            db.execute("DELETE FROM findings WHERE url = ?", (row["url"],))
            if finding_rows:
                db.executemany("INSERT INTO findings (url, seq, code, severity, line, col, message_zh, message_en, "
                               "where_json, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", finding_rows)
            db.execute("UPDATE queue SET state = 'done', note = NULL WHERE url = ?", (queue_url,))

        self._write(work)

    def has_document(self, url: str) -> bool:
        return bool(self.query("SELECT 1 FROM documents WHERE url = ?", (url,)))

    def documents_among(self, urls: list[str]) -> set[str]:
        """Those of `urls` the store has a document for."""
        found: set[str] = set()
        for i in range(0, len(urls), 500):
            chunk = urls[i : i + 500]
            found.update(u for (u,) in self.query(
                f"SELECT url FROM documents WHERE url IN ({', '.join('?' * len(chunk))})", tuple(chunk)))
        return found

    def reports(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM documents WHERE is_report = 1 ORDER BY body, year, url")

    def replace_cross(self, rows: list[dict[str, Any]]) -> None:
        seen: dict[tuple[str, str, str], int] = {}
        numbered = []
        for row in rows:
            key = (row["code"], row["url"], row["other_url"] or "")
            seen[key] = seen.get(key, -1) + 1
            numbered.append((row["code"], row["url"], row["other_url"] or "", seen[key], row["severity"],
                             row["message_zh"], row["message_en"], row["evidence_json"]))

        def work(db: Connection) -> None:
            db.execute("DELETE FROM cross_findings")
            if numbered:
                db.executemany("INSERT INTO cross_findings (code, url, other_url, seq, severity, message_zh, "
                               "message_en, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", numbered)

        self._write(work)

    # -- the roster and what a resumed scan remembers -------------------------------------
    def set_roster(self, entries: list[tuple[str, str, str | None, str | None]]) -> None:
        """(name, level, parent, listing_url) in the roster's order, replacing any roster stored."""

        def work(db: Connection) -> None:
            db.execute("DELETE FROM roster")
            if entries:
                db.executemany("INSERT INTO roster (seq, name, level, parent, listing_url) VALUES (?, ?, ?, ?, ?)",
                               [(i, *e) for i, e in enumerate(entries)])

        self._write(work)

    def roster(self) -> list[tuple[str, str, str | None, str | None]]:
        return [tuple(r) for r in self.query("SELECT name, level, parent, listing_url FROM roster ORDER BY seq")]

    def set_meta(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        self._write(lambda db: db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                          "SET value = excluded.value", (key, text)))

    def meta(self, key: str, default: Any = None) -> Any:
        found = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return json.loads(found[0][0]) if found else default

    # -- what the exports read ------------------------------------------------------------
    def page(self, url: str) -> str | None:
        found = self.query("SELECT html FROM pages WHERE url = ?", (url,))
        return zlib.decompress(bytes(found[0][0])).decode("utf-8") if found else None

    def queue_states(self) -> dict[str, int]:
        """How many URLs of the queue are in each state (pending, done, failed, skipped)."""
        return dict(self.query("SELECT state, COUNT(*) FROM queue GROUP BY state"))

    def page_urls(self) -> set[str]:
        """The documents that have an annotated page."""
        return {url for (url,) in self.query("SELECT url FROM pages")}

    def queue_rows(self) -> list[Row]:
        """(url, kind, discovered_from, state, note, note_zh) of every URL the scan met."""
        return [tuple(r) for r in self.query(
            "SELECT url, kind, discovered_from, state, note, note_zh FROM queue ORDER BY url")]

    def document_rows(self) -> list[Row]:
        """(url, discovered_from, agency, year, published, http_status, is_report, errors, warnings, infos,
        tables_json) of every document."""
        return [tuple(r) for r in self.query(
            "SELECT url, discovered_from, agency, year, published, http_status, is_report, errors, warnings, infos, "
            "tables_json FROM documents ORDER BY url")]

    def finding_rows(self) -> list[Row]:
        """(url, seq, code, severity, line, col, message_zh, where_json) of every document's findings."""
        return [tuple(r) for r in self.query(
            "SELECT url, seq, code, severity, line, col, message_zh, where_json FROM findings ORDER BY url, seq")]

    def seed_urls(self) -> list[str]:
        """The URLs the scan started from (found on no page)."""
        return [url for (url,) in self.query("SELECT url FROM queue WHERE discovered_from IS NULL")]

    # -- what `reportlint db` and the end of a scan print ---------------------------------
    def error_count(self) -> int:
        """Findings of severity error, of single reports and across reports."""
        single = self.query("SELECT COUNT(*) FROM findings WHERE severity = 'error'")[0][0]
        across = self.query("SELECT COUNT(*) FROM cross_findings WHERE severity = 'error'")[0][0]
        return int(single) + int(across)

    def summary(self) -> StoreSummary:
        docs = self.query("SELECT COUNT(*), SUM(is_report), SUM(errors), SUM(warnings) FROM documents")[0]
        return StoreSummary(
            queue=self.queue_states(),
            documents=int(docs[0]), reports=int(docs[1] or 0), errors=int(docs[2] or 0), warnings=int(docs[3] or 0),
            codes=self._code_counts("findings"), cross_codes=self._code_counts("cross_findings"))

    def _code_counts(self, table: str) -> list[tuple[str, int]]:
        return [(c, int(n)) for c, n in self.query(f"SELECT code, COUNT(*) FROM {table} GROUP BY code ORDER BY code")]

    def listing(self, what: str) -> list[tuple[Any, ...]]:
        """The rows `reportlint db STORE documents|findings|cross` prints."""
        return self.query(LISTINGS[what])

    def cross_rows(self) -> list[Row]:
        """(code, url, other_url, severity, message_zh, evidence_json) of the findings across reports."""
        return [tuple(r) for r in self.query(
            "SELECT code, url, other_url, severity, message_zh, evidence_json FROM cross_findings "
            "ORDER BY code, url, other_url, seq")]


LISTINGS = {
    "documents": "SELECT url, agency, year, published, http_status, errors, warnings, infos FROM documents "
                 "ORDER BY agency, year",
    "findings": "SELECT url, line, col, code, severity, message_zh FROM findings ORDER BY url, seq",
    "cross": "SELECT code, url, other_url, message_zh FROM cross_findings ORDER BY code, url",
}


@dataclass(frozen=True)
class StoreSummary:
    """What a store holds, counted: URLs per queue state, documents, findings per code."""

    queue: dict[str, int]
    documents: int
    reports: int
    errors: int
    warnings: int
    codes: list[tuple[str, int]]
    cross_codes: list[tuple[str, int]]


def compress_page(html: str) -> bytes:
    return zlib.compress(html.encode("utf-8"), 6)


class Migration(Protocol):
    def __call__(self, db: Connection) -> None: ...


def newer_schema(where: str, found: int, known: int) -> StoreError:
    return StoreError(f"{where}: the store's schema is version {found}, newer than this reportlint knows "
                      f"(version {known}): use a newer reportlint")
