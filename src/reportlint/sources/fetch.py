"""Fetching a report page over HTTP(S), politely and within limits.

http and https only; connect/read timeouts; retries with back-off on 5xx and
connection errors; at most 5 redirects; a cap on the body size; a User-Agent
that names reportlint; TLS verified unless --insecure; an on-disk cache keyed
by URL and revalidated with ETag / Last-Modified. Every failure becomes an
RL901 finding with the HTTP status or the error, never an exception.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reportlint import __version__
from reportlint.model import InputProblem, SourceInfo
from reportlint.sources.base import DEFAULT_MAX_BYTES, Loaded, from_bytes

USER_AGENT = f"reportlint/{__version__} (compliance linter for government annual reports)"
RETRY_STATUS = {500, 502, 503, 504, 429}
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
LATER_TYPES = {"application/pdf": "pdf", "application/msword": "doc",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}


@dataclass(frozen=True)
class FetchOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5  # seconds; doubled after each retry
    max_redirects: int = 5
    max_bytes: int = DEFAULT_MAX_BYTES
    verify_tls: bool = True
    cache_dir: Path | None = None  # None: no cache


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reportlint" / "http"


def fetch(url: str, options: FetchOptions | None = None) -> Loaded:
    options = options or FetchOptions()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        return _failed(url, f"只支持 http 和 https 地址，拒绝 {scheme}://", f"only http and https URLs are fetched, "
                                                                    f"not {scheme}://")
    import requests  # imported here: linting local files never pays for it

    cached = _cache_read(options.cache_dir, url)
    session = _session(options)
    try:
        return _fetch(session, url, options, cached)
    except requests.exceptions.TooManyRedirects:
        return _failed(url, f"重定向超过 {options.max_redirects} 次", f"more than {options.max_redirects} redirects")
    except requests.exceptions.SSLError as exc:
        return _failed(url, f"TLS 证书校验失败（可用 --insecure）：{_short(exc)}",
                       f"TLS verification failed (see --insecure): {_short(exc)}")
    except requests.exceptions.Timeout:
        return _failed(url, "请求超时", f"timed out after {options.retries + 1} attempts")
    except requests.exceptions.ConnectionError as exc:
        return _failed(url, f"无法连接：{_short(exc)}", f"cannot connect: {_short(exc)}")
    except requests.exceptions.RequestException as exc:
        return _failed(url, f"请求失败：{_short(exc)}", f"request failed: {_short(exc)}")


_LOCAL = threading.local()


def _session(options: FetchOptions):
    """One HTTP session per thread and setting, so connections are kept alive across a scan."""
    import requests

    sessions = getattr(_LOCAL, "sessions", None)
    if sessions is None:
        sessions = _LOCAL.sessions = {}
    key = (options.max_redirects, options.verify_tls)
    if key not in sessions:
        session = requests.Session()
        session.max_redirects = options.max_redirects
        session.headers["User-Agent"] = USER_AGENT
        session.verify = options.verify_tls
        if not options.verify_tls:
            import urllib3

            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        sessions[key] = session
    return sessions[key]


def _fetch(session, url: str, options: FetchOptions, cached: dict | None) -> Loaded:
    import requests

    headers = {}
    if cached:
        if cached.get("etag"):
            headers["If-None-Match"] = cached["etag"]
        if cached.get("last_modified"):
            headers["If-Modified-Since"] = cached["last_modified"]
    delay = options.backoff
    for attempt in range(options.retries + 1):
        last = attempt == options.retries
        try:
            resp = session.get(url, headers=headers, stream=True,
                               timeout=(options.connect_timeout, options.read_timeout))
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
            if last:
                raise
            time.sleep(delay)
            delay *= 2
            continue
        with resp:
            if resp.status_code in RETRY_STATUS and not last:
                time.sleep(delay)
                delay *= 2
                continue
            if resp.status_code == 304 and cached:
                return _loaded(url, cached["body"], cached, options)
            if resp.status_code >= 400:
                return _failed(url, f"HTTP {resp.status_code} {resp.reason or ''}".strip(),
                               f"HTTP {resp.status_code} {resp.reason or ''}".strip())
            body = _read_capped(resp, options.max_bytes)
            if body is None:
                mb = options.max_bytes / (1024 * 1024)
                return _failed(url, f"响应超过 {mb:g} MB 的上限", f"the response is larger than the {mb:g} MB limit")
            meta = {"etag": resp.headers.get("ETag"), "last_modified": resp.headers.get("Last-Modified"),
                    "content_type": resp.headers.get("Content-Type", ""), "final_url": resp.url,
                    "encoding": _header_charset(resp.headers.get("Content-Type", ""))}
            _cache_write(options.cache_dir, url, meta, body)
            return _loaded(url, body, meta, options)
    raise requests.exceptions.RetryError(f"gave up after {options.retries + 1} attempts")  # pragma: no cover


def _read_capped(resp, max_bytes: int) -> bytes | None:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        return None
    chunks, size = [], 0
    for chunk in resp.iter_content(65536):
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _loaded(url: str, body: bytes, meta: dict, options: FetchOptions) -> Loaded:
    ctype = (meta.get("content_type") or "").split(";")[0].strip().lower()
    if ctype in LATER_TYPES:
        kind = LATER_TYPES[ctype]
    elif ctype in TEXT_TYPES:
        kind = "text"
    elif ctype in HTML_TYPES or not ctype or body.lstrip()[:1] == b"<":
        kind = "html"
    else:
        return _failed(url, f"内容类型 {ctype} 不是报告页面", f"the content type {ctype} is not a report page")
    return from_bytes(url, body, kind=kind, max_bytes=options.max_bytes, declared=meta.get("encoding"), url=url)


def _header_charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip().strip("\"'")
    return None


def _failed(url: str, zh: str, en: str) -> Loaded:
    info = SourceInfo(name=url, kind="url", url=url)
    return Loaded(info, None, (InputProblem("RL901", {"reason": {"zh": zh, "en": en}}, None),))


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


def _cache_read(cache_dir: Path | None, url: str) -> dict | None:
    if cache_dir is None:
        return None
    body, meta = _cache_paths(cache_dir, url)
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        data["body"] = body.read_bytes()
        return data if data.get("url") == url else None
    except (OSError, ValueError):
        return None


def _cache_write(cache_dir: Path | None, url: str, meta: dict, body: bytes) -> None:
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
