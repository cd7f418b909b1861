"""The scan on a Dask cluster: `--cluster local:N` (N worker processes on this machine) or
`--cluster tcp://scheduler:8786` (an existing cluster whose workers have reportlint installed).

What runs where:
- the client (this process) holds the queue's order: for each portal host with pages to do it submits one
  task with a batch of that host's pending pages, never two tasks of one host at a time, and the next batch
  of a host not before the politeness delay after the previous one ended;
- a task (`crawl_batch`, in a worker) fetches its pages with the per-host politeness inside it, lints them
  and writes the results: into the PostgreSQL store itself, or (a SQLite store, which only the client's
  machine can write) back to the client, which applies them, one transaction per document, as they come;
- the rules across reports run on the client at the end, over the store.

A worker that dies mid-task: Dask runs the task again elsewhere; pages the first run already stored are
not done again (PostgreSQL) or its writes never reached the store (SQLite). Either way the store ends as
an undisturbed scan's, since every write is an idempotent upsert keyed by URL.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlint.engine import Options
from reportlint.pack import Pack
from reportlint.scan.crawler import Scanner, ScanOptions, _scope, fetch_scope
from reportlint.scan.links import normalise
from reportlint.scan.progress import Progress
from reportlint.scan.related import stored_cross_findings
from reportlint.scan.status import note
from reportlint.scan.store import Store, StoreError, StoreUnavailable, is_database_url
from reportlint.scan.store.base import compress_page, host_of

BATCH = 20  # pages of one host per task: what a dead worker's rerun repeats, and how often SQLite gets results
MAX_SUBMISSIONS = 3  # a page still pending after this many tasks that held it is marked failed (no endless loop)
COUNTS = ("discovered", "finished", "fetched", "linted", "errors", "skipped")


class ClusterError(Exception):
    """A cluster that cannot be used (bad --cluster, scheduler unreachable, Dask missing): one line, exit 2."""


def parse_cluster(spec: str) -> tuple[str, int | str]:
    """`local:N` -> ("local", N); `tcp://HOST:PORT` (or tls://) -> ("remote", spec)."""
    if spec.startswith("local:") and spec[6:].isdigit() and int(spec[6:]) >= 1:
        return "local", int(spec[6:])
    if spec.startswith(("tcp://", "tls://")) and ":" in spec[6:]:
        return "remote", spec
    raise ClusterError(f"--cluster takes local:N (N worker processes here) or tcp://HOST:PORT, not {spec!r}")


# ---- in a worker ----------------------------------------------------------------------------

@dataclass(frozen=True)
class HostBatch:
    """One task: pending pages of one host, and what the worker needs to do them as the plain scan would."""

    host: str
    items: tuple[tuple[str, str, str | None], ...]
    options: ScanOptions  # its `lint` is rebuilt in the worker (the built-in packs are loaded there)
    scopes: frozenset[tuple[str, str]]
    robots: dict[str, Any]  # the host's robots.txt, read by an earlier task of it
    not_before: float  # wall-clock time: the host's previous task ended a politeness delay before this
    known_docs: frozenset[str] = frozenset()  # (SQLite) those items the store already has a document for
    store: str | None = None  # the PostgreSQL store the worker writes to; None: the writes go back (SQLite)
    wait: float = 60.0


Write = tuple[Any, ...]  # (SQLite) a store method's name and the arguments it was called with


@dataclass
class BatchResult:
    """What a task sends back: (SQLite) the store's writes, its counts, hosts it queued, robots.txt read."""

    host: str
    writes: list[Write] = field(default_factory=list)  # (SQLite) the store's method name and arguments, in order
    counts: dict[str, int] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)  # hosts of the URLs this batch queued
    robots: dict[str, Any] = field(default_factory=dict)
    ended: float = 0.0


class TaskStore:
    """The store as a task's scanner sees it: PostgreSQL itself, or (SQLite) a record of the writes."""

    def __init__(self, store: Store | None, known_docs: frozenset[str]) -> None:
        self.store, self.known_docs = store, known_docs
        self.writes: list[Write] = []
        self.touched: set[str] = set()

    def enqueue(self, urls: list[str], kind: str, discovered_from: str | None) -> int:
        self.touched.update(host_of(u) for u in urls)
        if self.store is None:
            self.writes.append(("enqueue", list(urls), kind, discovered_from))
            return 0  # counted when the client applies it
        return self.store.enqueue(urls, kind, discovered_from)

    def mark(self, url: str, state: str, note: str | None = None, note_zh: str | None = None) -> None:
        if self.store is None:
            self.writes.append(("mark", url, state, note, note_zh))
        else:
            self.store.mark(url, state, note, note_zh)

    def save_document(self, row: dict[str, Any], findings: list[dict[str, Any]], queue_url: str,
                      page: str | None = None) -> None:
        packed = compress_page(page) if page is not None else None
        if self.store is None:
            self.writes.append(("save_document", row, findings, queue_url, packed))
        else:
            self.store.save_document(row, findings, queue_url, packed)

    def has_document(self, url: str) -> bool:
        return url in self.known_docs if self.store is None else self.store.has_document(url)


class _LintGate:
    """Stands in for the scanner's lint workers inside a Dask worker: one lint at a time per worker process.
    Linting is CPU-bound and holds the GIL, so this costs no speed, and it bounds the memory of a worker
    whose many threads (hosts waiting out their politeness delay) finish fetching at once. (Dask restarts a
    worker that dies; a time limit per document is the cluster's task timeout.)"""

    inline = False
    lock = threading.Lock()

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        with self.lock:
            return fn(*args)


_stores: dict[tuple[str, float], Store] = {}
_stores_lock = threading.Lock()


def _worker_store(url: str, wait: float) -> Store:
    """One connection per worker process and store, shared by its tasks; a database that does not answer
    is waited for as long as a store waits for it mid-scan."""
    from reportlint.scan.store import StoreError, open_store

    with _stores_lock:
        known = _stores.get((url, wait))
        if known is not None and getattr(known, "gone", None) is None:
            return known
        deadline = time.monotonic() + wait
        while True:
            try:
                _stores[(url, wait)] = open_store(url, wait)
                return _stores[(url, wait)]
            except StoreError as exc:
                if time.monotonic() >= deadline:
                    raise StoreUnavailable(f"{exc}: the scan stopped; run it again with --resume when the "
                                           "database is back") from None
                time.sleep(1.0)


def crawl_batch(batch: HostBatch) -> BatchResult:
    """The task: fetch, lint and store one batch of one host's pages."""
    from reportlint.pack import builtin_packs, load_builtin

    time.sleep(max(0.0, batch.not_before - time.time()))
    target = _worker_store(batch.store, batch.wait) if batch.store else None
    items = list(batch.items)
    if target is not None:  # a rerun after a worker died: what the first run stored is not done again
        left = target.still_pending([url for url, _, _ in items])
        items = [item for item in items if item[0] in left]
    store = TaskStore(target, batch.known_docs)
    options = dataclasses.replace(batch.options, processes=1,
                                  lint=Options(max_bytes=batch.options.lint.max_bytes, packs=builtin_packs()))
    progress = Progress(quiet=True)
    scanner = Scanner(store, load_builtin(), options, progress)  # type: ignore[arg-type]
    scanner.scopes = set(batch.scopes)
    scanner.robots.update(batch.robots)
    scanner.workers = _LintGate()
    scanner.process(items)
    return BatchResult(batch.host, store.writes, {k: getattr(progress, k) for k in COUNTS}, store.touched,
                       {root: parser for root, parser in scanner.robots.items() if host_of(root) == batch.host},
                       time.time())


def _worker_version() -> str:
    from reportlint import __version__

    return __version__


# ---- in the client ----------------------------------------------------------------------------

def connect(spec: str, threads: int) -> tuple[Any, Any]:
    """A Dask client (and the LocalCluster it started, or None)."""
    kind, value = parse_cluster(spec)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'reportlint[cluster]'") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if kind == "local":
        cluster = LocalCluster(n_workers=int(value), threads_per_worker=threads, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)  # the client reports
        return Client(cluster), cluster
    try:
        client = Client(str(value))  # waits distributed.comm.timeouts.connect (30 s unless configured)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {value}: {exc}") from None
    _check_workers(client, str(value))
    return client, None


def _check_workers(client: Any, where: str) -> None:
    from reportlint import __version__

    try:
        versions = client.run(_worker_version)
    except Exception as exc:  # a worker without reportlint cannot unpickle the function
        raise ClusterError(f"the workers of {where} cannot run reportlint ({type(exc).__name__}: {exc}); "
                           "install the same reportlint on every worker") from None
    if not versions:
        raise ClusterError(f"the Dask cluster at {where} has no workers")
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        raise ClusterError(f"the workers of {where} run reportlint {', '.join(other)}, this is {__version__}: "
                           "install the same version everywhere")


class ClusterScanner:
    """The scan as Dask tasks, one host at a time per task; `stop` (Ctrl-C) ends it as the plain scan's does."""

    def __init__(self, store: Store, target: str, spec: str, pack: Pack, options: ScanOptions,
                 progress: Progress | None = None, wait: float = 60.0) -> None:
        self.store, self.pack, self.opts, self.spec = store, pack, options, spec
        self.target = target if is_database_url(target) else None  # the workers write PostgreSQL themselves
        self.wait = wait
        self.progress = progress or Progress(quiet=True)
        self.stop = threading.Event()
        self.scopes: set[tuple[str, str]] = set()
        self.robots: dict[str, dict[str, Any]] = {}
        self.not_before: dict[str, float] = {}
        self.submissions: dict[str, int] = {}
        # what a task needs of the options; the lint's packs are loaded in the worker, not sent
        self.task_options = dataclasses.replace(options, lint=Options(max_bytes=options.lint.max_bytes))

    def run(self, seeds: list[tuple[str, str]]) -> None:
        client, cluster = connect(self.spec, self.opts.concurrency)  # a cluster out of reach changes no store
        self.opts.fetch = fetch_scope(self.opts.fetch, self.store, seeds)
        try:
            self._start(seeds)
            self._run(client)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        if not self.stop.is_set():
            self.store.replace_cross(stored_cross_findings(self.store, self.pack))
        self.progress.show(final=True)

    def _start(self, seeds: list[tuple[str, str]]) -> None:
        for url, _kind in seeds:
            self.scopes.add(_scope(url))
        for url, kind in seeds:
            self.progress.bump(discovered=self.store.enqueue([normalise(url)], kind, None))
        for url in self.store.seed_urls():
            self.scopes.add(_scope(url))
        states = self.store.queue_states()
        self.progress.start(sum(states.values()), sum(states.values()) - states.get("pending", 0))

    def _run(self, client: Any) -> None:
        done: queue.Queue[Any] = queue.Queue()  # Dask futures as they finish
        running: dict[Any, HostBatch] = {}
        todo = set(self.store.pending_hosts())
        try:
            while not self.stop.is_set():
                for host in sorted(todo - {b.host for b in running.values()}):
                    batch = self._batch(host)
                    if batch is not None:  # the hosts with most left go first: the biggest portal is the floor
                        future = client.submit(crawl_batch, batch, pure=False,
                                               priority=self.store.pending_count(host))
                        future.add_done_callback(done.put)
                        running[future] = batch
                todo = set()
                if not running:
                    todo = set(self.store.pending_hosts())
                    if not todo:
                        return
                    continue
                try:
                    future = done.get(timeout=0.2)  # wakes often: Ctrl-C is seen at once
                except queue.Empty:
                    continue
                batch = running.pop(future)
                todo |= self._finished(future, batch)
        finally:
            if running:  # stopped: what is not back stays pending for --resume
                client.cancel(list(running))

    def _batch(self, host: str) -> HostBatch | None:
        items = self.store.pending(host, BATCH)
        stuck = [url for url, _, _ in items if self.submissions.get(url, 0) >= MAX_SUBMISSIONS]
        for url in stuck:
            self.store.mark(url, "failed", *note("note.unfinished", count=MAX_SUBMISSIONS))
            self.progress.bump(errors=1, finished=1)
        items = [item for item in items if item[0] not in stuck]
        if not items:
            return None
        for url, _, _ in items:
            self.submissions[url] = self.submissions.get(url, 0) + 1
        known: frozenset[str] = frozenset()
        if self.target is None and not self.opts.refetch:
            known = frozenset(self.store.documents_among([url for url, kind, _ in items if kind in ("report", "url")]))
        scopes = frozenset(s for s in self.scopes if s[0] == host)  # a task's pages are all on its host
        return HostBatch(host, tuple(items), self.task_options, scopes, self.robots.get(host, {}),
                         self.not_before.get(host, 0.0), known, self.target, self.wait)

    def _finished(self, future: Any, batch: HostBatch) -> set[str]:
        """Take in a task's result; the hosts that may have new pages to do."""
        if future.status == "cancelled":
            return set()
        if future.status == "error":
            exc = future.exception()
            if isinstance(exc, StoreError):  # the database is gone (a worker waited for it): stop, resume later
                raise exc
            for url, _, _ in batch.items:  # e.g. KilledWorker: the task's workers died again and again
                self.store.mark(url, "failed", *note("note.task_failed", kind=type(exc).__name__, error=exc))
            self.progress.bump(errors=len(batch.items), finished=len(batch.items))
            return {batch.host}
        result: BatchResult = future.result()
        counts = dict(result.counts)
        counts["finished"] = len(batch.items)  # a rerun skips what its dead first run stored: done all the same
        if result.writes:
            counts["discovered"] = self._apply(result.writes)
        self.progress.bump(**counts)
        self.robots[batch.host] = result.robots
        self.not_before[batch.host] = result.ended + self.opts.delay
        return {batch.host} | result.touched

    def _apply(self, writes: list[Write]) -> int:
        """A SQLite store: the task's writes, in its order, each its own transaction; the URLs new to the queue."""
        added = 0
        for name, *args in writes:
            if name == "enqueue":
                added += self.store.enqueue(*args)
            elif name in ("mark", "save_document"):
                getattr(self.store, name)(*args)
        return added
