"""The scan's store: SQLite, one transaction per document, so a killed scan resumes without losing or
duplicating a record. Query it with `reportlint db` or plain sqlite3."""

from __future__ import annotations

import json
import sqlite3
import threading
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
    note TEXT
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
CREATE TABLE IF NOT EXISTS cross_findings (
    code TEXT NOT NULL,
    url TEXT NOT NULL,
    other_url TEXT,
    severity TEXT NOT NULL,
    message_zh TEXT, message_en TEXT,
    evidence_json TEXT,
    PRIMARY KEY (code, url, other_url)
);
"""


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.lock = threading.Lock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

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

    def mark(self, url: str, state: str, note: str | None = None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE queue SET state = ?, note = ? WHERE url = ?", (state, note, url))

    def reset_queue(self) -> None:
        with self.transaction() as db:
            db.execute("UPDATE queue SET state = 'pending' WHERE state IN ('failed')")

    # -- documents ------------------------------------------------------------------
    def save_document(self, row: dict[str, Any], findings: list[dict[str, Any]], queue_url: str) -> None:
        """The document, its findings and its queue entry, all or nothing."""
        with self.transaction() as db:
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
        with self.transaction() as db:
            db.execute("DELETE FROM cross_findings")
            db.executemany(
                "INSERT OR REPLACE INTO cross_findings (code, url, other_url, severity, message_zh, message_en, "
                "evidence_json) VALUES (:code, :url, :other_url, :severity, :message_zh, :message_en, :evidence_json)",
                rows)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.lock:
            return self.db.execute(sql, params).fetchall()
