"""The scan's store on both backends: SQLite and a real PostgreSQL server the suite starts
(tests/pg_server.py). The same calls give the same rows; writes done twice leave what once would;
schemas are versioned (an older store upgraded, a newer one refused); a lost database is waited for."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from reportlint.scan.store import StoreError, StoreUnavailable, open_store


@pytest.fixture(params=["sqlite", "postgres"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "s.sqlite")
    return request.getfixturevalue("pg_url")


def finding(code: str, line: int) -> dict:
    return {"code": code, "severity": "error", "line": line, "col": 1, "message_zh": "表三不平", "message_en": "t3",
            "where": {"table": "t3"}, "evidence": {"reported": 5, "computed": 4}}


def document(url: str, agency: str = "示例区民政局") -> dict:
    return {"url": url, "discovered_from": "http://a/nb/", "fetched_at": "2026-05-01T00:00:00+00:00",
            "http_status": "ok", "content_hash": "ab" * 32, "agency": agency, "body": agency, "year": 2025,
            "format": "2021", "published": "2026-01-20", "is_report": 1, "tables_json": '{"t3": {}}',
            "prose": "总体情况", "sections_json": "[]", "errors": 2, "warnings": 0, "infos": 0}


def contents(store) -> dict[str, list[tuple]]:
    return {"queue": store.query("SELECT url, host, kind, discovered_from, state, note FROM queue ORDER BY url"),
            "documents": store.query("SELECT * FROM documents ORDER BY url"),
            "findings": store.query("SELECT * FROM findings ORDER BY url, seq"),
            "pages": [(u, store.page(u)) for u in sorted(store.page_urls())],
            "cross": store.cross_rows(), "roster": store.roster(), "meta": store.query("SELECT * FROM meta")}


def test_the_queue_documents_and_findings(target):
    store = open_store(target)
    try:
        assert store.enqueue(["http://a/nb/", "http://b:8080/nb/"], "listing", None) == 2
        assert store.enqueue_new(["http://a/nb/", "http://a/1.htm", "http://a/2.htm", "http://a/1.htm"], "report",
                                 "http://a/nb/") == ["http://a/1.htm", "http://a/2.htm"]
        assert store.pending_hosts() == {"a": 3, "b:8080": 1}
        assert store.pending_count("a") == 3 and store.pending_count("c") == 0
        assert store.pending("a", limit=2) == [("http://a/nb/", "listing", None),
                                               ("http://a/1.htm", "report", "http://a/nb/")]  # in the order found
        store.mark("http://a/nb/", "done")
        store.save_document(document("http://a/1.htm"), [finding("RL301", 40), finding("RL302", 41)],
                            "http://a/1.htm", "<html>甲</html>")
        assert store.still_pending(["http://a/nb/", "http://a/1.htm", "http://a/2.htm"]) == {"http://a/2.htm"}
        assert store.documents_among(["http://a/1.htm", "http://a/2.htm"]) == {"http://a/1.htm"}
        assert store.has_document("http://a/1.htm") and not store.has_document("http://a/2.htm")
        assert store.queue_states() == {"done": 2, "pending": 2}
        assert store.page("http://a/1.htm") == "<html>甲</html>"
        assert [r[:4] for r in store.finding_rows()] == [("http://a/1.htm", 0, "RL301", "error"),
                                                         ("http://a/1.htm", 1, "RL302", "error")]
        assert store.reports()[0]["agency"] == "示例区民政局" and store.reports()[0]["year"] == 2025
        store.replace_cross([{"code": "RL601", "url": "http://a/1.htm", "other_url": None, "severity": "error",
                              "message_zh": "结转", "message_en": "carry", "evidence_json": "{}"}] * 2)
        assert store.cross_rows() == [("RL601", "http://a/1.htm", "", "error", "结转", "{}")] * 2
        store.set_meta("years", [2025])
        assert store.meta("years") == [2025] and store.meta("none", "x") == "x"
        assert store.holds_scan()
        store.clear()
        assert not store.holds_scan() and store.reports() == [] and store.meta("years") is None
    finally:
        store.close()


def test_writing_a_document_again_leaves_the_store_as_once(target):
    """A task rerun after its worker died, or a --resume, does a page again: nothing is duplicated."""
    store = open_store(target)
    try:
        store.enqueue(["http://a/1.htm"], "report", None)
        store.set_roster([("示例区民政局", "部门", None, "http://a/nb/")])
        store.save_document(document("http://a/1.htm", "旧名"), [finding("RL301", 1)] * 3, "http://a/1.htm", "<p>旧")
        store.save_document(document("http://a/1.htm"), [finding("RL301", 40)], "http://a/1.htm", "<p>新")
        once = contents(store)
        store.save_document(document("http://a/1.htm"), [finding("RL301", 40)], "http://a/1.htm", "<p>新")
        store.set_roster([("示例区民政局", "部门", None, "http://a/nb/")])
        assert contents(store) == once
        assert len(once["findings"]) == 1 and once["documents"][0][5] == "示例区民政局"
    finally:
        store.close()


def test_both_backends_hold_the_same_rows(tmp_path, pg_url):
    stores = [open_store(str(tmp_path / "s.sqlite")), open_store(pg_url)]
    try:
        for store in stores:
            store.enqueue(["http://a/nb/"], "listing", None)
            store.enqueue(["http://a/2.htm", "http://a/1.htm"], "report", "http://a/nb/")
            store.mark("http://a/nb/", "failed", "HTTP 503", "无法访问")
            store.save_document(document("http://a/1.htm"), [finding("RL301", 40)], "http://a/1.htm", "<p>页")
            store.set_meta("as_of", "2026-05-01")
        assert contents(stores[0]) == contents(stores[1])
        assert stores[0].pending() == stores[1].pending() == [("http://a/2.htm", "report", "http://a/nb/")]
    finally:
        for store in stores:
            store.close()


def test_an_unversioned_sqlite_store_is_brought_to_the_current_version(tmp_path):
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE queue (url TEXT PRIMARY KEY, kind TEXT NOT NULL, discovered_from TEXT,
                            state TEXT NOT NULL DEFAULT 'pending', note TEXT, note_zh TEXT);
        INSERT INTO queue (url, kind) VALUES ('http://a:81/nb/', 'listing'), ('https://b/x', 'report');
    """)
    con.close()
    store = open_store(str(db))
    try:
        assert store.query("SELECT version FROM schema_version") == [(2,)]
        assert store.pending_hosts() == {"a:81": 1, "b": 1}  # the new column filled for the rows already there
        assert store.enqueue(["https://b/x", "https://b/y"], "report", None) == 1
    finally:
        store.close()


def test_a_version_1_postgres_store_is_upgraded(pg_url):
    import psycopg

    from reportlint.scan.store.postgres import MIGRATIONS

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(MIGRATIONS[0])
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)")
        conn.execute("INSERT INTO queue (url, kind) VALUES ('http://a:81/nb/', 'listing'), ('https://b/x', 'report')")
    store = open_store(pg_url)
    try:
        assert store.query("SELECT version FROM schema_version") == [(2,)]
        assert store.pending_hosts() == {"a:81": 1, "b": 1}
        assert store.pending() == [("http://a:81/nb/", "listing", None), ("https://b/x", "report", None)]
    finally:
        store.close()


def test_a_store_from_a_newer_reportlint_is_refused(target, cli):
    open_store(target).close()
    bump = open_store(target)
    bump._write(lambda db: db.execute("UPDATE schema_version SET version = 9"))
    bump.close()
    with pytest.raises(StoreError, match="schema is version 9, newer than this reportlint knows"):
        open_store(target)
    code, _, err = cli("db", target, "findings")
    assert code == 2 and "newer than this reportlint" in err and len(err.strip().splitlines()) == 1


def test_what_is_not_a_store_is_one_line(tmp_path, cli):
    (tmp_path / "notes.sqlite").write_text("not a database " * 100, encoding="utf-8")
    code, _, err = cli("db", str(tmp_path / "notes.sqlite"))
    assert code == 2 and "not a usable reportlint store" in err and len(err.strip().splitlines()) == 1
    from portal_sim import closed_port

    code, _, err = cli("db", f"postgresql://someone:secret@127.0.0.1:{closed_port()}/scan")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "secret" not in err and "someone:***@" in err


def test_a_lost_connection_is_made_again(pg_url):
    import psycopg

    store = open_store(pg_url, wait=10)
    try:
        store.enqueue(["http://a/1.htm"], "report", None)
        with psycopg.connect(pg_url, autocommit=True) as admin:  # the server drops the store's connection
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                          "'reportlint'")
        store.save_document(document("http://a/1.htm"), [finding("RL301", 40)], "http://a/1.htm")
        assert store.queue_states() == {"done": 1}
    finally:
        store.close()


def test_a_database_down_is_waited_for_then_given_up(pg_server, pg_url):
    store = open_store(pg_url, wait=30)
    try:
        store.enqueue(["http://a/1.htm"], "report", None)
        pg_server.stop()
        try:
            restart = threading.Timer(2.0, pg_server.start)  # back within the wait: the write goes through
            restart.start()
            t0 = time.monotonic()
            store.mark("http://a/1.htm", "skipped")
            assert 1.5 < time.monotonic() - t0 < 25
            restart.join()
            assert store.queue_states() == {"skipped": 1}
            store.wait = 1.5
            pg_server.stop()
            t0 = time.monotonic()
            with pytest.raises(StoreUnavailable, match=r"has not answered for 2 s.*--resume"):
                store.mark("http://a/1.htm", "done")
            assert time.monotonic() - t0 < 10
            t0 = time.monotonic()
            with pytest.raises(StoreUnavailable):  # given up on: the next call does not wait again
                store.queue_states()
            assert time.monotonic() - t0 < 0.5
        finally:
            pg_server.start()
    finally:
        store.close()
