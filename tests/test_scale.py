"""`reportlint scan` at national scale, with the real engines: Dask (a LocalCluster with worker processes)
and PostgreSQL (a server the suite starts, tests/pg_server.py), against the loopback portal of 30 bodies
(tests/portal_sim.py) on three hosts. Every variant must end with the store an undisturbed plain SQLite
scan leaves: a dead worker, a restarted or vanished database, a SQLite store fed by remote workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from portal_sim import closed_port, roster_portals
from test_oversight import same_outputs

from reportlint.scan.store import open_store

AS_OF = "2026-05-01"
COMPARED = {
    "documents": "SELECT url, discovered_from, http_status, content_hash, agency, body, year, format, published, "
                 "is_report, tables_json, prose, sections_json, errors, warnings, infos FROM documents ORDER BY url",
    "findings": "SELECT url, seq, code, severity, line, col, message_zh, message_en, where_json, evidence_json "
                "FROM findings ORDER BY url, seq",
    "cross": "SELECT code, url, other_url, seq, severity, message_zh, message_en, evidence_json FROM cross_findings "
             "ORDER BY code, url, other_url, seq",
    "queue": "SELECT url, kind, discovered_from, state, note, note_zh FROM queue ORDER BY url",
    "roster": "SELECT seq, name, level, parent, listing_url FROM roster ORDER BY seq",
}


def dask_missing() -> str | None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return "needs Dask distributed (pip install 'reportlint[cluster]')"
    return None


needs_dask = pytest.mark.skipif(dask_missing() is not None, reason=dask_missing() or "")


def scan_cmd(db: str, roster: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "reportlint", "scan", "--roster", str(roster), "--year", "2025", "--as-of", AS_OF,
            "--db", db, "--no-cache", "--retries", "0", "--timeout", "5", "--quiet", *extra]


def run_scan(db: str, roster: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(scan_cmd(db, roster, *extra), capture_output=True, text=True, timeout=300)


def outputs(folder: Path) -> list[str]:
    return ["--report", str(folder / "summary.html"), "--csv", str(folder / "bodies.csv"),
            "--xlsx", str(folder / "bodies.xlsx")]


def snapshot(target: str) -> dict[str, list[tuple]]:
    """What a scan leaves in a store (all but the fetch times), the annotated pages included."""
    store = open_store(target)
    try:
        found = {name: [tuple(r) for r in store.query(sql)] for name, sql in COMPARED.items()}
        found["pages"] = [(url, store.page(url)) for url in sorted(store.page_urls())]
        return found
    finally:
        store.close()


def differences(a: dict, b: dict) -> list[str]:
    return [name for name in a if a[name] != b[name]]


def count_documents(target: str) -> int:
    try:
        store = open_store(target)
    except Exception:
        return 0
    try:
        return store.query("SELECT COUNT(*) FROM documents")[0][0]
    finally:
        store.close()


def wait_for_documents(target: str, n: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if count_documents(target) >= n:
            return
        time.sleep(0.2)
    raise AssertionError(f"the scan did not store {n} documents in time (exit {proc.poll()})")


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    portals, roster = roster_portals(hosts=3)
    urls = [p.serve() for p in portals]
    folder = tmp_path_factory.mktemp("portal")
    (folder / "roster.csv").write_text(roster(urls), encoding="utf-8")
    yield folder / "roster.csv", urls
    for p in portals:
        p.stop()


@pytest.fixture(scope="module")
def plain(portal, tmp_path_factory):
    """The reference: a plain scan into SQLite, undisturbed, with every output."""
    roster, _ = portal
    out = tmp_path_factory.mktemp("plain")
    done = run_scan(str(out / "scan.sqlite"), roster, "--delay", "0.01", "--per-host", "4", *outputs(out))
    assert done.returncode == 1, done.stderr
    return out, snapshot(str(out / "scan.sqlite"))


@needs_dask
def test_cluster_scan_into_postgres_is_the_plain_scan(plain, portal, pg_url, tmp_path, cli):
    roster, _ = portal
    reference, expected = plain
    done = run_scan(pg_url, roster, "--cluster", "local:2", "--delay", "0.01", "--per-host", "4", *outputs(tmp_path))
    assert done.returncode == 1, done.stderr
    found = snapshot(pg_url)
    assert differences(expected, found) == []
    assert len(found["documents"]) == 55 and {r[0] for r in found["cross"]} == {"RL607"}
    assert same_outputs(reference, tmp_path) == []  # summary, annotated pages, CSV, workbook: byte for byte
    # `reportlint db` reads PostgreSQL as it reads SQLite: the listings and the exports
    for what in ("summary", "documents", "findings", "cross", "csv"):
        assert cli("db", pg_url, what) == cli("db", str(reference / "scan.sqlite"), what), what
    again = tmp_path / "again"
    again.mkdir()
    code, _, err = cli("db", pg_url, "export", "--html", str(again / "summary.html"), "--csv",
                       str(again / "bodies.csv"), "--xlsx", str(again / "bodies.xlsx"))
    assert code == 0, err
    assert same_outputs(reference, again) == []


def busy_worker(pid: int, ports: set[int], timeout: float = 3):
    """A Dask worker process of the scan `pid`, caught talking to the portal (mid-fetch) if that is seen
    within `timeout`; else the last of its workers seen (still mid-scan: the test checks pages were left
    to do). A fetch's connection lives a few milliseconds, so on a busy machine the poll may never see
    one; and the timeout is short, as a faster scan may be over before a longer one ends (the last poll
    then finds no worker: seen failing so with 10 s)."""
    import psutil

    deadline = time.monotonic() + timeout
    seen: list = []
    while time.monotonic() < deadline:
        workers = []
        for p in psutil.Process(pid).children(recursive=True):
            try:
                if "spawn_main" not in " ".join(p.cmdline()):
                    continue
                workers.append(p)
                if any(c.raddr and c.raddr.port in ports for c in p.net_connections("tcp")):
                    return p
            except psutil.Error:
                continue
        seen = workers or seen
        time.sleep(0.02)
    if seen:
        return seen[-1]
    raise AssertionError("no worker process found")


@needs_dask
def test_a_worker_killed_mid_scan_loses_and_duplicates_nothing(plain, portal, pg_url):
    roster, urls = portal
    _, expected = plain
    proc = subprocess.Popen(scan_cmd(pg_url, roster, "--cluster", "local:2", "--delay", "0.3", "--per-host", "1"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_documents(pg_url, 6, proc)
        worker = busy_worker(proc.pid, {int(u.rsplit(":", 1)[1]) for u in urls})
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
        stored = count_documents(pg_url)
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 1, err
    assert stored < 55  # the worker died while pages were still to do
    assert differences(expected, snapshot(pg_url)) == []


@needs_dask
def test_a_killed_client_leaves_no_worker_behind_and_resume_finishes(plain, portal, pg_url):
    import psutil

    roster, _ = portal
    _, expected = plain
    cmd = scan_cmd(pg_url, roster, "--cluster", "local:2", "--delay", "0.2", "--per-host", "1")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_documents(pg_url, 5, proc)
        workers = [p for p in psutil.Process(proc.pid).children(recursive=True)]
        proc.kill()
        proc.wait()
    finally:
        proc.kill()
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert workers and not alive  # the local cluster's processes end with the scan that started them
    assert count_documents(pg_url) < 55
    again = subprocess.run([*cmd[:4], "--db", pg_url, "--resume", "--cluster", "local:1", "--delay", "0.01",
                            "--per-host", "4", "--no-cache", "--retries", "0", "--timeout", "5", "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 1, again.stderr
    assert differences(expected, snapshot(pg_url)) == []


@needs_dask
def test_remote_workers_feed_a_sqlite_store_through_the_client(plain, portal, tmp_path):
    """A SQLite store lives on the client's disk: the workers (here of a cluster reached by its address)
    send their results back and the client writes them."""
    from distributed import LocalCluster

    roster, _ = portal
    _, expected = plain
    with LocalCluster(n_workers=1, threads_per_worker=8, processes=True, dashboard_address=None) as cluster:
        done = run_scan(str(tmp_path / "scan.sqlite"), roster, "--cluster", cluster.scheduler_address, "--delay",
                        "0.01", "--per-host", "4")
    assert done.returncode == 1, done.stderr
    assert differences(expected, snapshot(str(tmp_path / "scan.sqlite"))) == []


def test_a_database_restarted_mid_scan_is_waited_for(plain, portal, pg_server, pg_url):
    roster, _ = portal
    _, expected = plain
    proc = subprocess.Popen(scan_cmd(pg_url, roster, "--delay", "0.2", "--per-host", "1"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_documents(pg_url, 5, proc)
        pg_server.stop()
        time.sleep(2)
        pg_server.start()
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 1, err
    assert differences(expected, snapshot(pg_url)) == []


@needs_dask
def test_a_database_gone_for_good_stops_the_cluster_scan_and_resume_finishes(plain, portal, pg_server, pg_url):
    roster, _ = portal
    _, expected = plain
    proc = subprocess.Popen(scan_cmd(pg_url, roster, "--cluster", "local:2", "--delay", "0.2", "--per-host", "1",
                                     "--db-wait", "2"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_documents(pg_url, 5, proc)
        pg_server.stop()
        try:
            _, err = proc.communicate(timeout=120)
        finally:
            pg_server.start()
    finally:
        proc.kill()
    assert proc.returncode == 2, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("reportlint: error:") and "has not answered for 2 s" in last and "--resume" in last, err
    assert "Traceback" not in err, err
    again = subprocess.run([sys.executable, "-m", "reportlint", "scan", "--db", pg_url, "--resume", "--delay", "0.01",
                            "--per-host", "4", "--no-cache", "--retries", "0", "--timeout", "5", "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 1, again.stderr
    assert differences(expected, snapshot(pg_url)) == []


def test_without_cluster_dask_and_psycopg_are_not_imported(portal, tmp_path):
    _, urls = portal
    code = ("import sys; from reportlint.cli import main; "
            f"main(['scan', '{urls[0]}/b0/index.html', '--db', r'{tmp_path / 's.sqlite'}', '--delay', '0', "
            "'--no-cache', '--quiet', '--processes', '1']); "
            "print(sorted(m for m in ('dask', 'distributed', 'psycopg') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


@pytest.mark.parametrize(("spec", "problem"), [
    ("local:0", "--cluster takes local:N"), ("spark://x:7077", "--cluster takes local:N"),
    (f"tcp://127.0.0.1:{closed_port()}", "cannot reach the Dask scheduler at tcp://127.0.0.1:"),
])
def test_a_bad_cluster_is_one_line_and_exit_2(portal, tmp_path, spec, problem):
    if spec.startswith("tcp") and dask_missing():
        pytest.skip(dask_missing())
    _, urls = portal
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    done = subprocess.run([sys.executable, "-m", "reportlint", "scan", f"{urls[0]}/b0/index.html", "--db",
                           str(tmp_path / "s.sqlite"), "--cluster", spec, "--quiet"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2 and problem in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
