"""The store in one SQLite file (the default): query it with `reportlint db` or plain sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from reportlint.scan.store.base import Connection, Store, StoreError, T, host_of, newer_schema

# version 1: the schema of the first versioned stores (as issue 13 left it)
SCHEMA_1 = """
CREATE TABLE IF NOT EXISTS queue (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,               -- listing | report | sitemap | url
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
# columns added before stores were versioned: added in place to a store that lacks them
UNVERSIONED_COLUMNS = [("queue", "note_zh TEXT"), ("documents", "sections_json TEXT")]


def _version_1(db: sqlite3.Connection) -> None:
    """The issue-13 schema; a store from before versions is brought to it in place."""
    if _columns(db, "cross_findings") and "seq" not in _columns(db, "cross_findings"):
        db.execute("DROP TABLE cross_findings")  # a key column: rebuilt (recomputed at the end of every scan)
    for statement in SCHEMA_1.split(";"):
        if statement.strip():
            db.execute(statement)
    for table, column in UNVERSIONED_COLUMNS:
        if column.split()[0] not in _columns(db, table):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


def _version_2(db: sqlite3.Connection) -> None:
    """The queue knows each URL's host: a cluster scan takes the pending pages of one host at a time."""
    db.execute("ALTER TABLE queue ADD COLUMN host TEXT")
    db.create_function("host_of", 1, host_of, deterministic=True)
    db.execute("UPDATE queue SET host = host_of(url)")
    db.execute("CREATE INDEX queue_pending ON queue (state, host)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_version_1, _version_2]  # [i] brings a store to i + 1


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info({table})")}


class SQLiteStore(Store):
    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = self.where = str(path)
        try:
            self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:  # not a database, or no such folder
            raise StoreError(f"{self.path}: not a usable reportlint store ({exc})") from None

    def _migrate(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            found = self.db.execute("SELECT version FROM schema_version").fetchall()
            version = found[0][0] if found else 0
            if version > len(MIGRATIONS):
                raise newer_schema(self.path, version, len(MIGRATIONS))
            for step in MIGRATIONS[version:]:
                step(self.db)
            if version < len(MIGRATIONS):
                self.db.execute("DELETE FROM schema_version")
                self.db.execute("INSERT INTO schema_version (version) VALUES (?)", (len(MIGRATIONS),))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def _write(self, work: Callable[[Connection], T]) -> T:
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                result = work(self.db)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            return result

    def _read(self, work: Callable[[Connection], T]) -> T:
        with self.lock:
            return work(self.db)
