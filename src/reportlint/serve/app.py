"""The web app: an upload page, the annotated result, and a small JSON/Word API.

An ASGI app (Starlette) served by uvicorn. Each request is handled on its own:
the upload is read into memory (size-limited while it streams in, its type
told by its bytes), linted in a worker thread (at most `jobs` at a time, so the
event loop keeps answering), and answered; nothing of it is kept, and nothing
is shared between requests but the read-only rule packs. URLs are fetched
without the HTTP cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

import anyio
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reportlint import __version__
from reportlint.i18n import say
from reportlint.model import Result
from reportlint.serve import pages
from reportlint.serve.upload import Refusal, kind_of, refusal, safe_name, too_large

if TYPE_CHECKING:
    from reportlint.reporters import Context

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORM_SLACK = 1024 * 1024  # multipart headers and the small fields around the file
DRAIN_LIMIT = 1024 * 1024 * 1024  # a body this far past the limit is not read to its end
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
SECURITY_HEADERS = [
    (b"content-security-policy", pages.CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]


@dataclass(frozen=True)
class Settings:
    """How the app serves: the upload limit, lint runs at once, the Host check, the URL fetch timeout."""

    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 2  # lint runs at once (the machine's cores)
    loopback: bool = True  # accept only Host headers naming this machine (DNS rebinding)
    fetch_timeout: float = 30.0


@dataclass(frozen=True)
class Submission:
    """What a request asks to have checked (an upload, a URL or pasted text) and in which language."""

    kind: str  # "file", "url" or "text"
    name: str
    data: bytes = b""
    url: str = ""
    lang: str = "zh"


@dataclass
class Checked:
    """A submission linted: the result, and the upload and its kind (for a commented Word copy)."""

    result: Result
    name: str
    data: bytes = field(default=b"", repr=False)  # the upload, for the commented copy
    kind: str = ""


class Checker:
    """Lints a submission in a worker thread; holds only read-only state."""

    def __init__(self, settings: Settings) -> None:
        from reportlint.pack import builtin_packs, load_builtin

        self.settings = settings
        self.pack = load_builtin()
        self.packs = builtin_packs()
        self._limiter: anyio.CapacityLimiter | None = None

    def limiter(self) -> anyio.CapacityLimiter:
        if self._limiter is None:  # made inside the event loop
            self._limiter = anyio.CapacityLimiter(self.settings.jobs)
        return self._limiter

    async def run(self, sub: Submission) -> Checked:
        return await anyio.to_thread.run_sync(self._check, sub, limiter=self.limiter())

    def _check(self, sub: Submission) -> Checked:
        from reportlint.engine import Options, lint, lint_loaded
        from reportlint.sources.base import from_bytes
        from reportlint.sources.fetch import FetchOptions

        fetch = FetchOptions(read_timeout=self.settings.fetch_timeout, max_bytes=self.settings.max_bytes,
                             cache_dir=None)
        options = Options(max_bytes=self.settings.max_bytes, fetch=fetch, packs=self.packs)
        if sub.kind == "url":
            return Checked(lint(sub.url, self.pack, options), sub.name)
        kind = kind_of(sub.data)
        loaded = from_bytes(sub.name, sub.data, kind=kind, max_bytes=self.settings.max_bytes)
        return Checked(lint_loaded(loaded, self.pack, options), sub.name, sub.data, kind)

    async def annotate(self, checked: Checked, lang: str) -> tuple[bytes, int] | None:
        """The commented .docx of a Word upload that could be read; None otherwise."""
        if checked.kind != "docx" or checked.result.document is None or _unreadable(checked.result):
            return None
        from reportlint.reporters.docx import annotate

        ctx = self.context(lang)
        try:
            return await anyio.to_thread.run_sync(annotate, checked.data, checked.result, ctx,
                                                  limiter=self.limiter())
        except Exception:  # python-docx refused what the reader read: no download, the page still shows
            return None

    def context(self, lang: str) -> Context:
        from reportlint.reporters import Context

        return Context(self.pack, lang, False, __version__)

    def json_text(self, checked: Checked, lang: str) -> str:
        from reportlint.reporters import get

        return get("json").render([checked.result], self.context(lang))


def _unreadable(result: Result) -> bool:
    return any(f.code == "RL901" for f in result.findings)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()
    checker = Checker(settings)
    _keep_uploads_in_memory(settings.max_bytes)

    async def home(request: Request) -> Response:
        return HTMLResponse(pages.upload_page(settings.max_bytes / (1024 * 1024), lang=_lang_of(request)))

    async def check_page(request: Request) -> Response:
        sub = await _submission(request, settings)
        checked = await checker.run(sub)
        problem = _input_problem(checked.result, sub.lang)
        if problem is not None:
            return HTMLResponse(pages.error_page(*problem, lang=sub.lang), status_code=422)
        from reportlint.reporters.html import page

        commented = await checker.annotate(checked, sub.lang)
        bar = pages.toolbar(checked.name, checker.json_text(checked, sub.lang), commented[0] if commented else None,
                            sub.lang)
        title = say("serve.title", sub.lang, name=checked.name)
        return HTMLResponse(page([checked.result], checker.context(sub.lang), toolbar=bar, title=title))

    async def api_check(request: Request) -> Response:
        sub = await _submission(request, settings)
        checked = await checker.run(sub)
        return Response(checker.json_text(checked, sub.lang), media_type="application/json; charset=utf-8")

    async def api_docx(request: Request) -> Response:
        sub = await _submission(request, settings)
        if sub.kind != "file":
            raise refusal("not_docx", "docx_only")
        checked = await checker.run(sub)
        if checked.kind != "docx":
            raise refusal("not_docx", "comments_docx_only")
        commented = await checker.annotate(checked, sub.lang)
        if commented is None:
            problem = _input_problem(checked.result, "zh") or (say("web.docx_unreadable", "zh"), "")
            raise Refusal("unreadable", problem[0], say("web.docx_unreadable", "en"), 422)
        name = checked.name.rsplit(".", 1)[0] + ".reportlint.docx"
        disposition = f"attachment; filename=\"report.reportlint.docx\"; filename*=UTF-8''{quote(name)}"
        return Response(commented[0], media_type=pages.DOCX_TYPE,
                        headers={"content-disposition": disposition, "x-reportlint-comments": str(commented[1])})

    async def openapi(request: Request) -> Response:
        from reportlint.serve.openapi import spec

        return JSONResponse(spec(settings.max_bytes))

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [
        Route("/", home), Route("/check", check_page, methods=["POST"]),
        Route("/api/check", api_check, methods=["POST"]), Route("/api/docx", api_docx, methods=["POST"]),
        Route("/api/openapi.json", openapi), Route("/healthz", health),
    ]
    middleware = [Middleware(SecurityHeaders), Middleware(BodyLimit, limit=settings.max_bytes + FORM_SLACK)]
    if settings.loopback:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS))
    handlers = {Refusal: _refusal, HTTPException: _http_error}
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)


def _lang_of(request: Request) -> str:
    """The page's language: the form's `lang` once read, else the address's `?lang=`, else Chinese."""
    lang = getattr(request.state, "lang", None) or request.query_params.get("lang", "zh")
    return lang if lang in ("zh", "en") else "zh"


async def _submission(request: Request, settings: Settings) -> Submission:
    form = await request.form(max_files=1, max_fields=10, max_part_size=settings.max_bytes)
    try:
        request.state.lang = str(form.get("lang") or "")
        lang = _lang_of(request)
        upload, url, text = form.get("file"), str(form.get("url") or "").strip(), str(form.get("text") or "")
        if isinstance(upload, UploadFile) and (upload.filename or upload.size):
            data = await upload.read(settings.max_bytes + 1)
            if len(data) > settings.max_bytes:
                raise too_large(settings.max_bytes)
            if data.strip():
                kind = kind_of(data)  # refuse early what is not a report file
                return Submission("file", safe_name(upload.filename, kind), data, lang=lang)
        if url:
            if not url.startswith(("http://", "https://")):
                raise refusal("bad_url", "bad_url", 400)
            return Submission("url", url, url=url, lang=lang)
        if text.strip():
            return Submission("file", say("serve.pasted_name", lang), text.encode("utf-8"), lang=lang)
        raise refusal("empty", "nothing_sent", 400)
    finally:
        await form.close()


def _input_problem(result: Result, lang: str) -> tuple[str, str] | None:
    """(message, detail) in `lang` when the input could not be read or is not a report."""
    for f in result.findings:
        reason = f.args.get("reason")
        text = reason.get(lang) if isinstance(reason, dict) else None
        if f.code == "RL901":
            return (say("serve.unreadable", lang, reason=text or say("serve.broken", lang)),
                    say("serve.unreadable_detail", lang))
        if f.code == "RL902":
            return (say("serve.not_a_report", lang, reason=text or say("reason.not_a_report", lang)),
                    say("serve.not_a_report_detail", lang))
    return None


async def _refusal(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refusal)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"code": exc.code, "message": exc.zh, "message_en": exc.en}},
                            status_code=exc.status)
    lang = _lang_of(request)
    return HTMLResponse(pages.error_page(exc.zh if lang == "zh" else _sentence(exc.en), lang=lang),
                        status_code=exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"code": "bad_request", "message": str(exc.detail)}},
                            status_code=exc.status_code)
    lang = _lang_of(request)
    message = (say("serve.not_found", lang) if exc.status_code == 404 else
               say("serve.bad_request", lang, status=exc.status_code, detail=exc.detail))
    return HTMLResponse(pages.error_page(message, lang=lang), status_code=exc.status_code)


def _sentence(text: str) -> str:
    """An API's English message as a page shows it: a capital and a full stop."""
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _keep_uploads_in_memory(max_bytes: int) -> None:
    """Starlette spools file parts above 1 MB to a temporary file: keep them in memory instead."""
    from starlette.formparsers import MultiPartParser

    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, max_bytes + 1)


class BodyLimit:
    """Counts a request body as it streams in; past the limit, reads the rest away and refuses.

    Reading the rest first lets the browser receive the "too large" page instead of a reset connection.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        seen = 0
        limit = self.limit

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    while message.get("more_body") and seen < limit + DRAIN_LIMIT:
                        message = await receive()
                        seen += len(message.get("body", b""))
                    raise too_large(limit - FORM_SLACK)
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """Every response: no script, no framing, no sniffing, no caching, no referrer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, with_headers)
