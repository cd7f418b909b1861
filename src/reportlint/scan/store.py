"""The scan's store: SQLite, one transaction per document, so a killed scan resumes without losing or
duplicating a record. Query it with `reportlint db` or plain sqlite3."""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS queue (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,               -- listing | report | sitemap
    discovered_from TEXT,
    state TEXT NOT NULL DEFAULT 'pending',   -- pending | done | failed | skipped
    note TEXT,
    note_zh TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    url TEXT PRIMARY KEY,
    discovered_from TEXT,
    fetched_at TEXT,
    http_status TEXT,
    content_hash TEXT,
    agency TEXT,
    body TEXT,                        -- the agency name as compared across reports
    year INTEGER,
    format TEXT,
    published TEXT,
    is_report INTEGER NOT NULL,
    tables_json TEXT,
    prose TEXT,
    sections_json TEXT,               -- [[section key or null, text], ...] in document order
    errors INTEGER, warnings INTEGER, infos INTEGER
);
CREATE TABLE IF NOT EXISTS findings (
    url TEXT NOT NULL REFERENCES documents(url),
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    line INTEGER, col INTEGER,
    message_zh TEXT, message_en TEXT,
    where_json TEXT, evidence_json TEXT,
    PRIMARY KEY (url, seq)
);
CREATE TABLE IF NOT EXISTS roster (
    seq INTEGER PRIMARY KEY,          -- the roster's own order
    name TEXT NOT NULL,
    level TEXT NOT NULL,              -- 政府 | 部门 | 乡镇 | 其他
    parent TEXT,
    listing_url TEXT
);
CREATE TABLE IF NOT EXISTS meta (      -- what a resumed scan or an export needs to know (JSON values)
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (     -- each document's annotated page (the HTML reporter's view), zlib
    url TEXT PRIMARY KEY,
    html BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS cross_findings (
    code TEXT NOT NULL,
    url TEXT NOT NULL,
    other_url TEXT,
    seq INTEGER NOT NULL DEFAULT 0,   -- several findings of one rule about the same reports (by section)
    severity TEXT NOT NULL,
    message_zh TEXT, message_en TEXT,
    evidence_json TEXT,
    PRIMARY KEY (code, url, other_url, seq)
);
"""

ADDED_COLUMNS = [("queue", "note_zh TEXT"), ("documents", "sections_json TEXT")]


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.lock = threading.Lock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._upgrade()

    def _upgrade(self) -> None:
        """Columns added since the first stores: added to an older store in place."""
        have = {r[1] for r in self.db.execute("PRAGMA table_info(cross_findings)")}
        if "seq" not in have:  # a key column: the table is rebuilt (it is recomputed at the end of every scan)
            self.db.execute("DROP TABLE cross_findings")
            self.db.executescript(SCHEMA)
        for table, column in ADDED_COLUMNS:
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            if column.split()[0] not in have:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # -- the queue --------------------------------------------------------------------
    def enqueue(self, urls: list[str], kind: str, discovered_from: str | None) -> int:
        with self.transaction() as db:
            before = db.total_changes
            db.executemany("INSERT OR IGNORE INTO queue (url, kind, discovered_from) VALUES (?, ?, ?)",
                           [(u, kind, discovered_from) for u in urls])
            return db.total_changes - before

    def pending(self) -> list[tuple[str, str, str | None]]:
        with self.lock:
            return self.db.execute("SELECT url, kind, discovered_from FROM queue WHERE state = 'pending' "
                                   "ORDER BY rowid").fetchall()

    def mark(self, url: str, state: str, note: str | None = None, note_zh: str | None = None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE queue SET state = ?, note = ?, note_zh = ? WHERE url = ?", (state, note, note_zh, url))

    def reset_queue(self) -> None:
        with self.transaction() as db:
            db.execute("UPDATE queue SET state = 'pending' WHERE state IN ('failed')")

    # -- documents ------------------------------------------------------------------
    def save_document(self, row: dict[str, Any], findings: list[dict[str, Any]], queue_url: str,
                      page: str | None = None) -> None:
        """The document, its findings, its annotated page and its queue entry, all or nothing."""
        with self.transaction() as db:
            if page is not None:
                db.execute("INSERT OR REPLACE INTO pages (url, html) VALUES (?, ?)",
                           (row["url"], zlib.compress(page.encode("utf-8"), 6)))
            db.execute("DELETE FROM findings WHERE url = ?", (row["url"],))
            cols = ", ".join(row)
            db.execute(f"INSERT OR REPLACE INTO documents ({cols}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
            db.executemany(
                "INSERT INTO findings (url, seq, code, severity, line, col, message_zh, message_en, where_json, "
                "evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(row["url"], i, f["code"], f["severity"], f["line"], f["col"], f["message_zh"], f["message_en"],
                  json.dumps(f["where"], ensure_ascii=False, sort_keys=True),
                  json.dumps(f["evidence"], ensure_ascii=False, sort_keys=True, default=str))
                 for i, f in enumerate(findings)])
            db.execute("UPDATE queue SET state = 'done', note = NULL WHERE url = ?", (queue_url,))

    def has_document(self, url: str) -> bool:
        with self.lock:
            return self.db.execute("SELECT 1 FROM documents WHERE url = ?", (url,)).fetchone() is not None

    def reports(self) -> list[sqlite3.Row]:
        with self.lock:
            self.db.row_factory = sqlite3.Row
            try:
                sql = "SELECT * FROM documents WHERE is_report = 1 ORDER BY body, year, url"
                return self.db.execute(sql).fetchall()
            finally:
                self.db.row_factory = None

    def replace_cross(self, rows: list[dict[str, Any]]) -> None:
        seen: dict[tuple, int] = {}
        numbered = []
        for row in rows:
            key = (row["code"], row["url"], row["other_url"])
            seen[key] = seen.get(key, -1) + 1
            numbered.append({**row, "seq": seen[key]})
        with self.transaction() as db:
            db.execute("DELETE FROM cross_findings")
            db.executemany(
                "INSERT INTO cross_findings (code, url, other_url, seq, severity, message_zh, message_en, "
                "evidence_json) VALUES (:code, :url, :other_url, :seq, :severity, :message_zh, :message_en, "
                ":evidence_json)", numbered)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.lock:
            return self.db.execute(sql, params).fetchall()

    # -- the roster and what a resumed scan remembers -------------------------------------
    def set_roster(self, entries: list[tuple[str, str, str | None, str | None]]) -> None:
        """(name, level, parent, listing_url) in the roster's order, replacing any roster stored."""
        with self.transaction() as db:
            db.execute("DELETE FROM roster")
            db.executemany("INSERT INTO roster (seq, name, level, parent, listing_url) VALUES (?, ?, ?, ?, ?)",
                           [(i, *e) for i, e in enumerate(entries)])

    def roster(self) -> list[tuple[str, str, str | None, str | None]]:
        return [tuple(r) for r in self.query("SELECT name, level, parent, listing_url FROM roster ORDER BY seq")]

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                       (key, json.dumps(value, ensure_ascii=False, sort_keys=True)))

    def meta(self, key: str, default: Any = None) -> Any:
        found = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return json.loads(found[0][0]) if found else default

    # -- what the exports read ------------------------------------------------------------
    def page(self, url: str) -> str | None:
        found = self.query("SELECT html FROM pages WHERE url = ?", (url,))
        return zlib.decompress(found[0][0]).decode("utf-8") if found else None

    def queue_states(self) -> dict[str, int]:
        """How many URLs of the queue are in each state (pending, done, failed, skipped)."""
        return dict(self.query("SELECT state, COUNT(*) FROM queue GROUP BY state"))

    def page_urls(self) -> set[str]:
        """The documents that have an annotated page."""
        return {url for (url,) in self.query("SELECT url FROM pages")}

    def queue_rows(self) -> list[tuple]:
        """(url, kind, discovered_from, state, note, note_zh) of every URL the scan met."""
        return self.query("SELECT url, kind, discovered_from, state, note, note_zh FROM queue ORDER BY url")

    def document_rows(self) -> list[tuple]:
        """(url, discovered_from, agency, year, published, http_status, is_report, errors, warnings, infos,
        tables_json) of every document."""
        return self.query("SELECT url, discovered_from, agency, year, published, http_status, is_report, errors, "
                          "warnings, infos, tables_json FROM documents ORDER BY url")

    def finding_rows(self) -> list[tuple]:
        """(url, seq, code, severity, line, col, message_zh, where_json) of every document's findings."""
        return self.query("SELECT url, seq, code, severity, line, col, message_zh, where_json FROM findings "
                          "ORDER BY url, seq")

    def cross_rows(self) -> list[tuple]:
        """(code, url, other_url, severity, message_zh, evidence_json) of the findings across reports."""
        return self.query("SELECT code, url, other_url, severity, message_zh, evidence_json FROM cross_findings "
                          "ORDER BY code, url, other_url, seq")
