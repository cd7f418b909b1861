"""The scan: discover reports from listing pages, fetch them politely, lint them, store everything.

Politeness: at most `per_host` requests at a time to a host and `delay` seconds
between their starts (retries and redirects included), `concurrency` in all;
robots.txt honoured; only the hosts and path prefixes of the starting pages
(attachments on those hosts too), and a redirect is followed only to where the
scan may go. At most `max_pages` listing pages (a listing that paginates
forever ends). Each document is linted in a worker process within a time
limit; a worker that dies is restarted and its document tried once more.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

from reportlint.across import body_key
from reportlint.engine import Options, lint_loaded
from reportlint.i18n import both, render, say
from reportlint.model import Document, Result
from reportlint.pack import Pack
from reportlint.reporters.json_out import extract_document
from reportlint.scan.links import listing_links, normalise, sitemap_urls
from reportlint.scan.progress import Progress
from reportlint.scan.related import stored_cross_findings
from reportlint.scan.status import note
from reportlint.scan.store import Store
from reportlint.sources.base import Loaded
from reportlint.sources.fetch import USER_AGENT, FetchOptions, fetch, is_private_host


class LintWorkers(Protocol):
    """Where the scanner lints: the worker processes (reportlint.workers), or a cluster worker's gate."""

    inline: bool  # lint here, in this thread

    def call(self, fn: Callable[..., Any], *args: Any) -> Any: ...


# what linting a fetched document gives the store: its row, its findings, the attachments it links, its page
Analysed = tuple[dict[str, Any], list[dict[str, Any]], list[str], str | None]


class HostLimiter:
    def __init__(self, per_host: int, delay: float) -> None:
        self.per_host, self.delay = per_host, delay
        self.lock = threading.Lock()
        self.hosts: dict[str, tuple[threading.Semaphore, list[float]]] = {}

    def __call__(self, url: str) -> _Slot:
        host = urlsplit(url).netloc
        with self.lock:
            sem, next_at = self.hosts.setdefault(host, (threading.Semaphore(self.per_host), [0.0]))
        return _Slot(sem, next_at, self.delay, self.lock)


class _Slot:
    """One request's turn at a host: a place among its `per_host` and the `delay` after the previous start."""

    def __init__(self, sem: threading.Semaphore, next_at: list[float], delay: float, lock: threading.Lock) -> None:
        self.sem, self.next_at, self.delay, self.lock = sem, next_at, delay, lock

    def __enter__(self) -> None:
        self.sem.acquire()
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_at[0])
            self.next_at[0] = start + self.delay
        time.sleep(max(0.0, start - now))

    def __exit__(self, *exc: object) -> None:
        self.sem.release()


@dataclass
class ScanOptions:
    """How a scan goes: politeness towards each host, how many at once, the limits, fetch and lint options."""

    per_host: int = 2
    delay: float = 1.0
    concurrency: int = 8
    refetch: bool = False
    respect_robots: bool = True
    processes: int = 1  # lint in this many worker processes
    time_limit: float | None = 30.0  # seconds to lint one document (None: in the scanning process, unbounded)
    max_pages: int = 1000  # listing pages followed in all
    start_method: str = "spawn"  # how lint workers start: spawn is safe beside the fetching threads
    fetch: FetchOptions = field(default_factory=FetchOptions)
    lint: Options = field(default_factory=Options)


class Scanner:
    def __init__(self, store: Store, pack: Pack, options: ScanOptions, progress: Progress | None = None) -> None:
        self.store, self.pack, self.opts = store, pack, options
        self.progress = progress or Progress(quiet=True)
        self.limit = HostLimiter(options.per_host, options.delay)
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.robots_lock = threading.Lock()
        self.scopes: set[tuple[str, str]] = set()
        self.stop = threading.Event()  # set (by Ctrl-C): no new page is started, those pending stay pending
        self.workers: LintWorkers | None = None
        self.listing_pages = 0
        self.pages_lock = threading.Lock()

    # -- the run --------------------------------------------------------------------
    def run(self, seeds: list[tuple[str, str]]) -> None:
        from reportlint.workers import Workers

        self.opts.fetch = fetch_scope(self.opts.fetch, self.store, seeds)
        with Workers(max(1, self.opts.processes), time_limit=self.opts.time_limit, method=self.opts.start_method,
                     initializer=_watch_parent, initargs=(os.getpid(),)) as workers:
            self.workers = workers
            try:
                self._run(seeds)
            finally:
                self.workers = None

    def _run(self, seeds: list[tuple[str, str]]) -> None:
        for url, _kind in seeds:
            self.scopes.add(_scope(url))
        for url, kind in seeds:
            self.progress.bump(discovered=self.store.enqueue([normalise(url)], kind, None))
        for url in self.store.seed_urls():
            self.scopes.add(_scope(url))  # a resumed scan keeps the scopes of the pages it started from
        states = self.store.queue_states()
        self.progress.start(sum(states.values()), sum(states.values()) - states.get("pending", 0))
        pool = ThreadPoolExecutor(max_workers=self.opts.concurrency)
        try:
            while not self.stop.is_set() and (batch := self.store.pending()):
                running = {pool.submit(self._process, item) for item in batch}
                while running and not self.stop.is_set():  # wakes often: Ctrl-C is seen at once
                    running = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)[1]
        finally:  # stopped: the pages being fetched are left to finish or not; they stay pending
            pool.shutdown(wait=not self.stop.is_set(), cancel_futures=True)
        if not self.stop.is_set():
            self.store.replace_cross(stored_cross_findings(self.store, self.pack))
        self.progress.show(final=True)

    def process(self, items: list[tuple[str, str, str | None]]) -> None:
        """Do these queue items with this scanner's politeness (a cluster task: a batch of one host's pages)."""
        with ThreadPoolExecutor(max_workers=self.opts.per_host) as pool:
            list(pool.map(self._process, items))

    def _process(self, item: tuple[str, str, str | None]) -> None:
        url, kind, source = item
        if self.stop.is_set():
            return
        try:
            self._handle(url, kind, source)
            self.progress.bump(finished=1)
        except Exception as exc:
            if self.stop.is_set():
                return  # cut short by the stop: left pending for --resume
            self.store.mark(url, "failed", *note("note.error", kind=type(exc).__name__, error=exc))
            self.progress.bump(errors=1, finished=1)

    def _handle(self, url: str, kind: str, source: str | None) -> None:
        if not self._in_scope(url, kind):
            self.store.mark(url, "skipped", *note("note.outside"))
            self.progress.bump(skipped=1)
            return
        if self.opts.respect_robots and not self._allowed(url):
            self.store.mark(url, "skipped", *note("note.robots"))
            self.progress.bump(skipped=1)
            return
        if kind in ("report", "url") and not self.opts.refetch and self.store.has_document(url):
            self.store.mark(url, "done")
            return
        if kind == "listing" and not self._take_page():
            self.store.mark(url, "skipped", *note("note.max_pages", limit=self.opts.max_pages))
            self.progress.bump(skipped=1)
            return
        loaded = fetch(url, self.opts.fetch, allow=lambda target: self._redirect_refused(target, kind),
                       pace=self.limit)
        self.progress.bump(fetched=1)
        if kind in ("listing", "sitemap") or (kind == "url" and self._is_listing(url, loaded)):
            self._listing(url, "sitemap" if kind == "sitemap" else "listing", loaded)
        else:
            self._report(url, source, loaded)

    def _listing(self, url: str, kind: str, loaded: Loaded) -> None:
        if loaded.text is None:
            self.store.mark(url, "failed", *note("note.unreachable", reason={"zh": _reason(loaded, "zh"),
                                                                             "en": _reason(loaded)}))
            self.progress.bump(errors=1)
            return
        if kind == "sitemap":
            new = self.store.enqueue(sitemap_urls(loaded.text), "report", url)
        else:
            links = listing_links(loaded.text, url, self.pack.report.listing_link if self.pack.report else "")
            new = self.store.enqueue(list(links.reports), "report", url)
            new += self.store.enqueue(list(links.pages), "listing", url)
        self.store.mark(url, "done")
        self.progress.bump(discovered=new)

    def _is_listing(self, url: str, loaded: Loaded) -> bool:
        """A page given by --urls that lists reports rather than being one (few of the report's own words)."""
        report = self.pack.report
        if report is None or loaded.text is None or loaded.info.kind != "html":
            return False
        if sum(marker in loaded.text for marker in report.body_markers) >= 3:
            return False
        return bool(listing_links(loaded.text, url, report.listing_link).reports)

    def _report(self, url: str, source: str | None, loaded: Loaded) -> None:
        row, findings, attached, page = self._lint(loaded, url, source)
        if attached:
            from urllib.parse import urljoin

            new = self.store.enqueue([normalise(urljoin(url, a)) for a in attached], "report", url)
            self.progress.bump(discovered=new)
        self.store.save_document(row, findings, url, page)
        failed = loaded.text is None
        self.progress.bump(linted=0 if failed else 1, errors=1 if failed else 0)

    def _lint(self, loaded: Loaded, url: str, source: str | None) -> Analysed:
        """Lint in a worker process (parsing is CPU-bound and the GIL is one core), within the time limit;
        a document past it, or whose worker died twice, is recorded with its RL908 or RL901 finding."""
        from reportlint.engine import crashed, over_budget
        from reportlint.workers import OverBudget, WorkerDied

        try:
            if self.workers is None or self.workers.inline:
                return _analyse(loaded, url, source, self.pack, self.opts.lint)
            analysed: Analysed = self.workers.call(analyse, loaded, url, source, self.opts.lint.max_bytes)
            return analysed
        except OverBudget as exc:
            result = over_budget(loaded.info, self.pack, both("reason.check_time_limit", seconds=exc.seconds))
        except WorkerDied as exc:
            result = crashed(loaded.info, self.pack, str(exc))
        return _row(url, source, result, self.pack), _findings(result, self.pack), [], None

    def _take_page(self) -> bool:
        with self.pages_lock:
            self.listing_pages += 1
            return self.listing_pages <= self.opts.max_pages

    # -- scope and robots -------------------------------------------------------------
    def _redirect_refused(self, target: str, kind: str) -> tuple[str, str] | None:
        """Why a redirect from a page of this kind may not be followed to `target`, or None."""
        if not self._in_scope(normalise(target), kind):
            return _pair("scan.outside_scope")
        if self.opts.respect_robots and not self._allowed(target):
            return _pair("scan.robots_disallow")
        return None

    def _in_scope(self, url: str, kind: str) -> bool:
        host, path = _scope(url)
        if kind in ("report", "url") and any(h == host for h, _ in self.scopes):
            return True  # reports and their attachments may sit anywhere on a starting host
        return any(host == h and path.startswith(p) for h, p in self.scopes)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self.robots_lock:
            if root not in self.robots:
                self.robots[root] = self._read_robots(root)
            parser = self.robots[root]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def _read_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        same_host = urlsplit(root).netloc
        loaded = fetch(root + "/robots.txt", replace(self.opts.fetch, retries=1, cache_dir=None),
                       allow=lambda target: None if urlsplit(target).netloc == same_host else
                       _pair("scan.robots_redirect"),
                       pace=self.limit)
        if loaded.text is None:
            return None  # no robots.txt (or unreachable): everything is allowed
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(loaded.text.splitlines())
        return parser


def fetch_scope(fetch: FetchOptions, store: Store, seeds: list[tuple[str, str]]) -> FetchOptions:
    """Private addresses only for a scan that starts on one (a seed, or a resumed scan's first pages)."""
    if fetch.allow_private is not None:
        return fetch
    started = [url for url, _kind in seeds]
    started += store.seed_urls()
    return replace(fetch, allow_private=any(is_private_host(url) for url in started))


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the scan that started it is gone (killed scans leave no orphans)."""

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the scan decides

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def analyse(loaded: Loaded, url: str, source: str | None, max_bytes: int) -> Analysed:
    """Lint one fetched document in a worker process (the built-in packs, chosen by the report's year)."""
    from reportlint.pack import builtin_packs, load_builtin

    return _analyse(loaded, url, source, load_builtin(), Options(max_bytes=max_bytes, packs=builtin_packs()))


def _analyse(loaded: Loaded, url: str, source: str | None, pack: Pack,
             options: Options) -> Analysed:
    result = lint_loaded(loaded, pack, options)
    attached = [f.args["url"] for f in result.findings if f.code == "RL905" and f.args.get("url")]
    return _row(url, source, result, pack), _findings(result, pack), attached, annotated_page(result, pack)


def annotated_page(result: Result, default: Pack) -> str | None:
    """The report as the HTML reporter shows it, findings marked (kept in the store for the summary)."""
    if result.document is None:
        return None
    from reportlint.reporters import Context
    from reportlint.reporters.html import page

    return page([result], Context(result.pack or default, "zh"))


def _row(url: str, source: str | None, result: Result, default: Pack) -> dict[str, Any]:
    doc = result.document
    pack = result.pack or default
    tables = extract_document(result, pack)["tables"] if doc else {}
    sev = [f.severity.value for f in result.findings]
    unreadable = next((f for f in result.findings if f.code == "RL901"), None)
    return {
        "url": url, "discovered_from": source,
        "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "http_status": unreadable.args["reason"]["en"] if unreadable else "ok",
        "content_hash": result.source.sha256, "agency": doc.agency if doc else None,
        "body": body_key(doc.agency) if doc else None, "year": doc.year if doc else None,
        "format": doc.format if doc else None, "published": result.source.published,
        "is_report": int(bool(doc and (doc.sections or doc.tables))),
        "tables_json": json.dumps(tables, ensure_ascii=False, sort_keys=True),
        "prose": "".join(p.text for p in doc.paragraphs)[:200_000] if doc else None,
        "sections_json": json.dumps(section_texts(doc), ensure_ascii=False) if doc else None,
        "errors": sev.count("error"), "warnings": sev.count("warning"), "infos": sev.count("info"),
    }


def section_texts(doc: Document, limit: int = 200_000) -> list[tuple[str | None, str]]:
    """The prose in document order as (section key or None, text) runs (the rules per section compare them)."""
    runs: list[tuple[str | None, str]] = []
    size = 0
    for p in doc.paragraphs:
        key = next((s.key for s in doc.sections if s.contains(p.loc)), None)
        text = p.text[: max(0, limit - size)]
        size += len(text)
        if runs and runs[-1][0] == key:
            runs[-1] = (key, runs[-1][1] + text)
        elif text:
            runs.append((key, text))
    return runs


def _findings(result: Result, default: Pack) -> list[dict[str, Any]]:
    pack = result.pack or default
    out = []
    for f in result.findings:
        rule = pack.rule(f.code)
        out.append({"code": f.code, "severity": f.severity.value, "line": f.loc.line if f.loc else None,
                    "col": f.loc.column if f.loc else None,
                    "message_zh": render(rule.message, f.args, "zh") if rule else f.code,
                    "message_en": render(rule.message, f.args, "en") if rule else f.code,
                    "where": dict(f.where), "evidence": _plain(dict(f.evidence))})
    return out


def _plain(value: Any) -> Any:
    """Evidence as plain JSON-able data (tuples and mappings of any kind)."""
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _scope(url: str) -> tuple[str, str]:
    parts = urlsplit(normalise(url))
    path = parts.path.rsplit("/", 1)[0] + "/"
    return parts.netloc, path


def _pair(key: str) -> tuple[str, str]:
    """A message of the catalogue as (zh, en), as the fetcher's `allow` answers."""
    return say(key, "zh"), say(key, "en")


def _reason(loaded: Loaded, lang: str = "en") -> str:
    return loaded.problems[0].args["reason"][lang] if loaded.problems else say("scan.unreadable", lang)
