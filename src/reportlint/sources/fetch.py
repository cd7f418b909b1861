"""Fetching a report page over HTTP(S), politely and within limits.

http and https only; connect/read timeouts and a total deadline for each URL
(a server dripping a byte a second still ends); retries with back-off on 5xx
and connection errors, honouring Retry-After; at most 5 redirects, each one
checked again (by the caller's scope rule, and never to a private, loopback
or link-local address unless the URL asked for is one); a cap on the body
size; a User-Agent that names reportlint; TLS verified unless --insecure; an
on-disk cache keyed by URL and revalidated with ETag / Last-Modified. Every
failure becomes an RL901 finding with the HTTP status or the error, never an
exception.

How the deadline holds: the socket timeouts bound each read, not a response
that arrives a byte at a time. Each request registers its connections with a
watchdog thread, which shuts their sockets down at the deadline; the blocked
read then fails at once and the fetch reports the deadline.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext, suppress
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from reportlint import __version__
from reportlint.i18n import both, say
from reportlint.model import InputProblem, SourceInfo
from reportlint.sources.base import Loaded, from_bytes
from reportlint.sources.formats import by_content_type
from reportlint.sources.settings import FetchOptions as FetchOptions  # (its home: a light module)

if TYPE_CHECKING:  # requests and urllib3: imported when a URL is fetched
    from requests import Response, Session
    from requests.adapters import HTTPAdapter
    from urllib3 import PoolManager
    from urllib3.connectionpool import HTTPConnectionPool

USER_AGENT = f"reportlint/{__version__} (compliance linter for government annual reports)"
RETRY_STATUS = {500, 502, 503, 504, 429}
REDIRECT_STATUS = {301, 302, 303, 307, 308}

Meta = dict[str, Any]  # what the HTTP cache keeps of a response (JSON): etag, last_modified, content_type, body…
Allow = Callable[[str], "tuple[str, str] | None"]  # a redirect target -> None, or why it is refused (zh, en)
Pace = Callable[[str], AbstractContextManager[object]]  # held around each request to a URL (politeness per host)


class _Refused(Exception):
    """A request this fetch must not make (an address or a redirect target)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en

    @classmethod
    def of(cls, key: str, **args: object) -> _Refused:
        """Worded by the message catalogue."""
        return cls(say(key, "zh", **args), say(key, "en", **args))


class _Expired(Exception):
    """The URL's deadline passed."""


def fetch(url: str, options: FetchOptions | None = None, *, allow: Allow | None = None,
          pace: Pace | None = None) -> Loaded:
    options = options or FetchOptions()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        return _failed(url, both("fetch.scheme", scheme=scheme))
    import requests  # imported here: linting local files never pays for it

    private = options.allow_private if options.allow_private is not None else is_private_host(url)
    if not private and is_private_host(url):
        return _failed(url, both("fetch.private", url=url))
    request = _Request(time.monotonic() + options.deadline, private)
    cached = _cache_read(options.cache_dir, url)
    session = _session(options)
    outer, _WATCHED.request = _WATCHED.request, request  # a robots.txt fetched while checking a redirect nests
    try:
        return _fetch(session, url, options, cached, request, allow, pace or _no_pace)
    except _Refused as exc:
        return _failed(url, {"zh": exc.zh, "en": exc.en})
    except Exception as exc:
        if request.refused is not None:
            return _failed(url, {"zh": request.refused.zh, "en": request.refused.en})
        if request.expired or isinstance(exc, _Expired):
            return _failed(url, both("fetch.deadline", seconds=options.deadline))
        if not isinstance(exc, requests.exceptions.RequestException):
            raise
        return _request_failed(url, exc, options)
    finally:
        request.finish()
        _WATCHED.request = outer


def _request_failed(url: str, exc: Exception, options: FetchOptions) -> Loaded:
    import requests

    if isinstance(exc, requests.exceptions.SSLError):
        return _failed(url, both("fetch.tls", error=_short(exc)))
    if isinstance(exc, requests.exceptions.Timeout):
        return _failed(url, both("fetch.timeout", attempts=options.retries + 1))
    if isinstance(exc, requests.exceptions.ConnectionError):
        return _failed(url, both("fetch.connect", error=_short(exc)))
    return _failed(url, both("fetch.failed", error=_short(exc)))


def _no_pace(url: str) -> AbstractContextManager[object]:
    return nullcontext()


# ---- addresses ------------------------------------------------------------------------

def is_private_host(url: str) -> bool:
    """Whether the URL's host is (or resolves to) a private, loopback, link-local or reserved address."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    return any(_restricted(str(info[4][0])) for info in infos)


def _restricted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
            or ip.is_unspecified)


# ---- the deadline and the address rule, per request -------------------------------------

class _Request:
    """One URL being fetched: its deadline, whether it may reach private addresses, the sockets it reads."""

    def __init__(self, deadline: float, private: bool) -> None:
        self.deadline, self.private = deadline, private
        self.expired = False
        self.refused: _Refused | None = None
        self.lock = threading.Lock()
        self.sockets: list[socket.socket] = []
        self.token = _WATCHDOG.add(deadline, self.expire)

    def watch(self, sock: socket.socket) -> None:
        with self.lock:
            self.sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            sockets = list(self.sockets)
        for sock in sockets:
            _shut(sock)

    def check_peer(self, sock: socket.socket) -> None:
        """Refuse a connection to a restricted address (after DNS, so a rebinding name is caught too)."""
        if self.private:
            return
        try:
            address = sock.getpeername()[0]
        except OSError:
            return
        if _restricted(address):
            self.refused = _Refused.of("fetch.private_peer", address=address)
            raise self.refused

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds >= self.remaining():
            raise _Expired
        time.sleep(max(0.0, seconds))

    def finish(self) -> None:
        _WATCHDOG.remove(self.token)


def _shut(sock: socket.socket) -> None:
    """End a blocked read on the socket at once (close() from another thread would not wake it)."""
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Watched(threading.local):
    request: _Request | None = None


_WATCHED = _Watched()


class _Watchdog:
    """One daemon thread that calls each registered callback at its deadline (unless removed before)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.items: dict[int, tuple[float, Callable[[], None]]] = {}
        self.next_token = 0
        self.thread: threading.Thread | None = None

    def add(self, deadline: float, callback: Callable[[], None]) -> int:
        with self.cond:
            self.next_token += 1
            self.items[self.next_token] = (deadline, callback)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="reportlint-deadlines", daemon=True)
                self.thread.start()
            self.cond.notify()
            return self.next_token

    def remove(self, token: int) -> None:
        with self.cond:
            self.items.pop(token, None)

    def _run(self) -> None:
        while True:
            with self.cond:
                now = time.monotonic()
                due = [t for t, (d, _) in self.items.items() if d <= now]
                callbacks = [self.items.pop(t)[1] for t in due]
                if not callbacks:
                    wait = min((d for d, _ in self.items.values()), default=now + 60) - now
                    self.cond.wait(max(0.01, wait))
                    continue
            for callback in callbacks:
                callback()


_WATCHDOG = _Watchdog()


@lru_cache(maxsize=1)
def _connection_classes() -> dict[str, type[HTTPConnectionPool]]:
    """urllib3 connections that register with the current request and check the address they reach."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class Mixin(HTTPConnection):  # first in the bases of both connections below
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            request = _WATCHED.request
            if request is not None and not getattr(self, "_tunnel_host", None) and not getattr(self, "proxy", None):
                try:
                    request.check_peer(sock)
                except _Refused:
                    sock.close()
                    raise
            return sock

        def request(self, *args: Any, **kwargs: Any) -> None:  # urllib3's own arguments, passed on
            super().request(*args, **kwargs)
            if _WATCHED.request is not None and self.sock is not None:  # the response reads from this socket
                _WATCHED.request.watch(self.sock)

    class WatchedHTTPConnection(Mixin):
        pass

    class WatchedHTTPSConnection(Mixin, HTTPSConnection):
        pass

    class WatchedHTTPPool(HTTPConnectionPool):
        ConnectionCls = WatchedHTTPConnection

    class WatchedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = WatchedHTTPSConnection

    return {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}


@lru_cache(maxsize=1)
def _adapter_class() -> type[HTTPAdapter]:
    """requests' adapter with the watched connection pools, direct and through an HTTP proxy."""
    import requests
    from urllib3 import ProxyManager

    pools = _connection_classes()

    class WatchedAdapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, *args: Any, **kwargs: Any) -> PoolManager:
            manager: PoolManager = super().proxy_manager_for(*args, **kwargs)  # a ProxyManager or a SOCKS one
            if type(manager) is ProxyManager:  # not SOCKS: its pools have their own connections
                manager.pool_classes_by_scheme = pools
            return manager

    return WatchedAdapter


_LOCAL = threading.local()


def _session(options: FetchOptions) -> Session:
    """One HTTP session per thread and setting, so connections are kept alive across a scan."""
    import requests

    sessions: dict[tuple[int, bool], Session] | None = getattr(_LOCAL, "sessions", None)
    if sessions is None:
        sessions = _LOCAL.sessions = {}
    key = (options.max_redirects, options.verify_tls)
    if key not in sessions:
        session = requests.Session()
        session.max_redirects = options.max_redirects
        session.headers["User-Agent"] = USER_AGENT
        session.verify = options.verify_tls
        adapter = _adapter_class()()
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        if not options.verify_tls:
            import urllib3

            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        sessions[key] = session
    return sessions[key]


# ---- the request ------------------------------------------------------------------------

def _fetch(session: Session, url: str, options: FetchOptions, cached: Meta | None, request: _Request,
           allow: Allow | None, pace: Pace) -> Loaded:
    """Follow up to max_redirects redirects by hand, each target checked before it is requested."""
    current = url
    for _hop in range(options.max_redirects + 1):
        headers = _conditional(cached) if current == url else {}
        resp = _attempts(session, current, options, headers, request, pace)
        with resp:
            location = resp.headers.get("Location") if resp.status_code in REDIRECT_STATUS else None
            if location is None:
                return _answer(url, resp, options, cached, current)
        target = urljoin(current, location.strip())
        _check_redirect(target, request, allow)
        current = target
    return _failed(url, both("fetch.redirects", count=options.max_redirects))


def _conditional(cached: Meta | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if cached:
        if cached.get("etag"):
            headers["If-None-Match"] = cached["etag"]
        if cached.get("last_modified"):
            headers["If-Modified-Since"] = cached["last_modified"]
    return headers


def _check_redirect(target: str, request: _Request, allow: Allow | None) -> None:
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise _Refused.of("fetch.redirect_scheme", target=target)
    why = allow(target) if allow is not None else None
    if why is not None:
        raise _Refused(say("fetch.redirect_refused", "zh", target=target, why=why[0]),
                       say("fetch.redirect_refused", "en", target=target, why=why[1]))
    if not request.private and is_private_host(target):  # before connecting (the peer is checked again then)
        raise _Refused.of("fetch.redirect_private", target=target)


def _attempts(session: Session, url: str, options: FetchOptions, headers: dict[str, str], request: _Request,
              pace: Pace) -> Response:
    """The response to GET url, retried on 5xx, 429 and connection errors; waits honour Retry-After."""
    import requests

    delay = options.backoff
    for attempt in range(options.retries + 1):
        last = attempt == options.retries
        if request.remaining() <= 0:
            raise _Expired
        timeout = (min(options.connect_timeout, request.remaining()), min(options.read_timeout, request.remaining()))
        try:
            with pace(url):
                resp = session.get(url, headers=headers, stream=True, timeout=timeout, allow_redirects=False)
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
            if last or request.expired or request.refused is not None:
                raise
            request.sleep(delay)
            delay *= 2
            continue
        if resp.status_code in RETRY_STATUS and not last:
            wait = max(delay, retry_after(resp.headers.get("Retry-After")) or 0.0)
            resp.close()
            request.sleep(wait)  # past the deadline: give up now rather than wait for nothing
            delay *= 2
            continue
        return resp
    raise requests.exceptions.RetryError(f"gave up after {options.retries + 1} attempts")  # pragma: no cover


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    from datetime import UTC, datetime

    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _answer(url: str, resp: Response, options: FetchOptions, cached: Meta | None, final: str) -> Loaded:
    if resp.status_code == 304 and cached:
        return _loaded(url, cached["body"], cached, options)
    if resp.status_code >= 400:
        status = f"HTTP {resp.status_code} {resp.reason or ''}".strip()
        return _failed(url, {"zh": status, "en": status})
    body = _read_capped(resp, options.max_bytes)
    if body is None:
        mb = options.max_bytes / (1024 * 1024)
        return _failed(url, both("fetch.too_large", mb=mb))
    meta = {"etag": resp.headers.get("ETag"), "last_modified": resp.headers.get("Last-Modified"),
            "content_type": resp.headers.get("Content-Type", ""), "final_url": final,
            "encoding": _header_charset(resp.headers.get("Content-Type", ""))}
    _cache_write(options.cache_dir, url, meta, body)
    return _loaded(url, body, meta, options)


def _read_capped(resp: Response, max_bytes: int) -> bytes | None:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        return None
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_content(65536):
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _loaded(url: str, body: bytes, meta: Meta, options: FetchOptions) -> Loaded:
    ctype = (meta.get("content_type") or "").split(";")[0].strip().lower()
    if ctype.startswith("image/") and options.images:  # an <img> of a page, for OCR (sources.images)
        return Loaded(SourceInfo(name=url, kind="image", url=url), "", raw=body)
    kind = by_content_type(ctype)
    if kind is None and (not ctype or body.lstrip()[:1] == b"<"):
        kind = "html"  # no type, or a page served under another type
    if kind is None:
        return _failed(url, both("fetch.content_type", ctype=ctype))
    return from_bytes(url, body, kind=kind, max_bytes=options.max_bytes, declared=meta.get("encoding"), url=url)


def _header_charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip().strip("\"'")
    return None


def _failed(url: str, reason: dict[str, str]) -> Loaded:
    info = SourceInfo(name=url, kind="url", url=url)
    return Loaded(info, None, (InputProblem("RL901", {"reason": reason}, None),))


def _short(exc: Exception) -> str:
    """The root cause of a requests error in a few words ("[Errno 111] Connection refused")."""
    import re

    text = str(exc)
    m = re.search(r"\[Errno -?\d+\] [^'\")\]]+|Name or service not known|timed out|certificate verify failed[^'\")]*",
                  text)
    return (m.group(0) if m else (text.splitlines()[0] if text else type(exc).__name__))[:200]


# ---- the cache: one body file and one JSON file per URL -----------------------------

def _cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    return cache_dir / f"{key}.body", cache_dir / f"{key}.json"


def _cache_read(cache_dir: Path | None, url: str) -> Meta | None:
    if cache_dir is None:
        return None
    body, meta = _cache_paths(cache_dir, url)
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        data["body"] = body.read_bytes()
        return data if data.get("url") == url else None
    except (OSError, ValueError):
        return None


def _cache_write(cache_dir: Path | None, url: str, meta: Meta, body: bytes) -> None:
    if cache_dir is None or not (meta.get("etag") or meta.get("last_modified")):
        return
    body_path, meta_path = _cache_paths(cache_dir, url)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = body_path.with_suffix(".tmp")
        tmp.write_bytes(body)
        tmp.replace(body_path)  # atomic: a reader never sees half a body
        meta_path.write_text(json.dumps({**meta, "url": url, "fetched": time.time()}), encoding="utf-8")
    except OSError:
        pass  # a cache that cannot be written is only a slower run
