"""Command line: `reportlint check|extract|rules`.

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 usage,
configuration or internal error.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from reportlint import __version__
from reportlint.display import for_terminal
from reportlint.i18n import Said, say
from reportlint.sources.base import is_url

if TYPE_CHECKING:
    from reportlint.config import Settings
    from reportlint.model import Result, SourceInfo
    from reportlint.options import Options
    from reportlint.pack import Catalogue, Pack
    from reportlint.reporters import Context
    from reportlint.scan.cluster import ClusterScanner
    from reportlint.scan.store.base import Store
    from reportlint.sources import Loaded
    from reportlint.sources.settings import FetchOptions, OcrSettings
    from reportlint.spool import Spooled
    from reportlint.workers import Workers

    Job = tuple[str, Pack, Options]  # an input, the pack it is checked against, the options

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Said):
    """A bad argument or configuration: one line on stderr in the user's language, exit 2. Raised with a
    message id of the catalogue (cli.*) and its fields."""

    @classmethod
    def of(cls, exc: Exception) -> UsageError:
        """Another module's error as a usage error: its words if it is worded by the catalogue, else as is."""
        if isinstance(exc, Said):
            return cls(exc.key, **exc.fields)
        return cls("cli.as_is", text=str(exc))


def main(argv: Sequence[str] | None = None) -> int:
    collecting, threshold = gc.isenabled(), gc.get_threshold()
    gc.disable()  # while starting: see _collect
    try:
        return _main(argv)
    finally:
        gc.unfreeze()  # (main called again in one process: its objects collectable again)
        gc.set_threshold(*threshold)
        if collecting:
            gc.enable()


def _collect() -> None:
    """The cyclic garbage collector back on, for what reading and checking the inputs makes (long runs
    stay flat). What start-up made (modules, the pack, the parser) lives for the run: it is frozen, never
    traversed again (GC over it cost ~10 ms of a cold `check FILE`). A collection of the youngest objects
    every 5,000 new ones, not 700: a lint holds more than 700 at once (a worker collected once a report,
    0.3-0.6 ms, finding nothing); what may be garbage between two collections stays small."""
    if not gc.isenabled():
        gc.freeze()
        gc.set_threshold(5000, *gc.get_threshold()[1:])
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    if args.command not in ("check", "extract"):
        _collect()  # serve and scan run long; the others are quick anyway
    try:
        status: int = args.run(args)
        return status
    except UsageError as exc:
        lang = _lang(getattr(args, "lang", None))
        print(say("cli.error", lang, message=exc.text(lang)), file=sys.stderr)
        return EXIT_ERROR
    except _handled_errors() as exc:
        print(f"reportlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reportlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("REPORTLINT_DEBUG"):
            raise
        print(f"reportlint: internal error: {type(exc).__name__}: {exc} (set REPORTLINT_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_ERROR


def _handled_errors() -> tuple[type[Exception], ...]:
    from reportlint.baseline import BaselineError
    from reportlint.scan.cluster import ClusterError
    from reportlint.scan.store.base import StoreError

    return (BaselineError, StoreError, ClusterError)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with `command` (the first argument), of that command alone: the same
    help, errors and result for it, without making the others' parsers (half of argparse's start-up)."""
    parser = argparse.ArgumentParser(
        prog="reportlint",
        description="Lint 政府信息公开工作年度报告 (government information disclosure annual reports).",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"reportlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = _command(sub, command, "check", help="lint reports and report every violation")
    _inputs(check)
    check.add_argument("--format", choices=_formats(), default="text", help="output format (default: text)")
    check.add_argument("--select", action="append", default=[], metavar="CODES",
                       help="only these rule codes or prefixes, comma-separated (e.g. RL3,RL203)")
    check.add_argument("--ignore", action="append", default=[], metavar="CODES",
                       help="skip these rule codes or prefixes, comma-separated")
    check.add_argument("--extend-select", action="append", default=[], metavar="CODES",
                       help="add these codes or prefixes to the selection")
    check.add_argument("--fail-level", choices=("error", "warning", "info"), default=None,
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--config", metavar="FILE", help="use this .reportlint.yaml or pyproject.toml")
    check.add_argument("--isolated", action="store_true", help="ignore configuration files")
    check.add_argument("--show-settings", action="store_true", help="print the merged settings and exit")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="write the current findings as a baseline")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.set_defaults(run=run_check)

    extract = _command(sub, command, "extract", help="print the tables, format and year a report holds")
    _inputs(extract)
    extract.add_argument("--format", choices=("json", "text"), default="json",
                         help="json: the tables (reportlint.extract/1); text: the text rendering that "
                              "locations in PDF and Word files count lines in")
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    extract.set_defaults(run=run_extract)

    scan = _command(sub, command, "scan", help="crawl portal listings, lint every annual report, summarise")
    scan.add_argument("starts", nargs="*", metavar="URL", help="listing pages (the 年报 column) to start from")
    scan.add_argument("--urls", metavar="FILE", help="a file of URLs, one a line: reports or listing pages")
    scan.add_argument("--roster", metavar="CSV", help="the bodies that must publish (name,level,parent,listing_url "
                                                       "or 单位,层级,上级,栏目地址; UTF-8 or GBK)")
    scan.add_argument("--year", type=int, action="append", metavar="YEAR",
                      help="the report year whose publication is judged (default: the last one due)")
    scan.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD",
                      help="the date statuses are judged on (default: today; a resumed scan keeps its own)")
    scan.add_argument("--sitemap", action="append", default=[], metavar="URL", help="a sitemap.xml to read")
    scan.add_argument("--db", default="reportlint-scan.sqlite", metavar="STORE",
                      help="the store: a SQLite file, or postgresql://USER@HOST:PORT/DB (extra [postgres])")
    scan.add_argument("--db-wait", type=float, default=60, metavar="SECONDS",
                      help="how long a PostgreSQL store that stops answering is waited for (default: 60)")
    scan.add_argument("--cluster", metavar="local:N|tcp://HOST:PORT",
                      help="run the scan on Dask: N local worker processes, or a scheduler (extra [cluster])")
    scan.add_argument("--resume", action="store_true", help="continue a scan that stopped")
    scan.add_argument("--fresh", action="store_true", help="empty the store first")
    scan.add_argument("--refetch", action="store_true", help="fetch again the reports the store already has")
    scan.add_argument("--report", metavar="HTML", help="write a one-page HTML summary")
    scan.add_argument("--csv", metavar="FILE", help="write a CSV (UTF-8 with BOM) with one row per body and year")
    scan.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook: bodies, findings, 未发布/逾期")
    scan.add_argument("--per-host", type=int, default=2, help="requests at a time per host (default: 2)")
    scan.add_argument("--delay", type=float, default=1.0, help="seconds between requests to a host (default: 1)")
    scan.add_argument("--concurrency", type=int, default=None,
                      help="requests at a time in all (default: 8); with --cluster local:N, hosts at a time per "
                           "worker (default: 48)")
    scan.add_argument("--ignore-robots", action="store_true", help="do not read robots.txt")
    scan.add_argument("--processes", type=int, default=min(2, os.cpu_count() or 1),
                      help="worker processes that lint (default: up to 2)")
    scan.add_argument("--lang", choices=("zh", "en"), default=None)
    scan.add_argument("--quiet", action="store_true", help="no progress output")
    scan.add_argument("--max-size", type=float, default=20, metavar="MB")
    scan.add_argument("--time-limit", type=float, default=30, metavar="SECONDS",
                      help="seconds to lint one document; past it the document is RL908 (default: 30; 0: no limit)")
    scan.add_argument("--max-pages", type=int, default=1000, metavar="N",
                      help="listing pages followed in all (default: 1000)")
    web = scan.add_argument_group("fetching URLs")
    web.add_argument("--timeout", type=float, default=30, metavar="SECONDS")
    web.add_argument("--deadline", type=float, default=120, metavar="SECONDS",
                     help="most seconds for one URL, redirects and retries included (default: 120)")
    web.add_argument("--retries", type=int, default=3)
    web.add_argument("--insecure", action="store_true")
    web.add_argument("--no-cache", action="store_true")
    web.add_argument("--cache-dir", metavar="DIR")
    scan.set_defaults(run=run_scan)

    serve = _command(sub, command, "serve", help="a local web page to check a report by dropping it, and an API")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for the LAN)")
    serve.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    serve.add_argument("--max-size", type=float, default=20, metavar="MB", help="largest upload (default: 20 MB)")
    serve.add_argument("--jobs", type=int, default=2, help="reports checked at once (default: 2)")
    serve.set_defaults(run=run_serve)

    db = _command(sub, command, "db", help="query a scan's store")
    db.add_argument("db", metavar="STORE", help="a SQLite file or postgresql://…")
    db.add_argument("what", nargs="?", default="summary",
                    choices=("summary", "documents", "findings", "cross", "csv", "export"))
    db.add_argument("--html", metavar="FILE", help="export: the summary page (reports' pages beside it)")
    db.add_argument("--csv", metavar="FILE", help="export: the CSV of bodies")
    db.add_argument("--xlsx", metavar="FILE", help="export: the Excel workbook")
    db.add_argument("--lang", choices=("zh", "en"), default=None)
    db.set_defaults(run=run_db)

    explain = _command(sub, command, "explain", help="a rule's rationale, source in the regulation and examples")
    explain.add_argument("code", metavar="CODE", help="a rule code such as RL301")
    explain.add_argument("--rules", metavar="PACK", help="a rule pack (YAML) instead of the built-in one")
    explain.add_argument("--lang", choices=("zh", "en"), default=None)
    explain.set_defaults(run=run_explain)

    rules = _command(sub, command, "rules",
                     help="list every rule of the rule pack; 'rules check PACK' validates a pack")
    rules.add_argument("check", nargs="*", metavar="check PACK", help="validate PACK (schema and semantics)")
    rules.add_argument("--rules", metavar="PACK", help="a rule pack (YAML) instead of the built-in one")
    rules.add_argument("--lang", choices=("zh", "en"), default=None)
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(run=run_rules)
    return parser


def _formats() -> list[str]:
    from reportlint.reporters import REPORTERS

    return sorted(REPORTERS)


COMMANDS = ("check", "extract", "scan", "serve", "db", "explain", "rules")


def _command(sub: Any, command: str | None, name: str, help: str) -> Any:
    """The subparser of `name` to fill, or a stand-in that takes its arguments and keeps none (when another
    command was asked for: its parser is not made at all, only the asked one can print or fail)."""
    return sub.add_parser(name, help=help, formatter_class=_Formatter) if command in (None, name) else _Unfilled()


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, its width found the way shutil.get_terminal_size finds it, without importing
    shutil (and zlib, bz2, lzma with it: ~2 ms of every start, for a formatter argparse makes per argument)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def _columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's width, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Unfilled:
    """Takes a command's arguments and groups and keeps none (the command was not asked for)."""

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        pass

    def add_argument_group(self, *args: Any, **kwargs: Any) -> _Unfilled:
        return self

    def set_defaults(self, **kwargs: Any) -> None:
        pass


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files, folders, or - for stdin")
    p.add_argument("--lang", choices=("zh", "en"), default=None, help="message language (default from LANG; zh)")
    p.add_argument("--rules", metavar="PACK", help="a rule pack (YAML) instead of the built-in one")
    p.add_argument("--max-size", type=float, default=20, metavar="MB", help="largest input read (default: 20 MB)")
    p.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                   help="publication date to use when the input carries none (for RL501)")
    p.add_argument("--time-limit", type=float, default=30, metavar="SECONDS",
                   help="wall-clock budget to read and check each input (fetching a URL has its own --timeout); "
                        "an input past it is reported as RL908 and the run goes on (default: 30; 0: no limit)")
    p.add_argument("--debug", action="store_true",
                   help="print the traceback of an internal error (reported as RL901) on stderr")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="inputs read and checked at once, each in its own worker process; output stays in "
                        "input order (default: the number of CPUs)")
    ocr = p.add_argument_group("reading images (tables as pictures, scanned PDF pages; needs reportlint[ocr])")
    ocr.add_argument("--no-ocr", action="store_true", help="do not read images: report them (RL906, RL903)")
    ocr.add_argument("--ocr-time", type=float, default=10, metavar="SECONDS",
                     help="most seconds to read one table image or scanned page (default: 10); all of an input's "
                          "images share three quarters of --time-limit")
    ocr.add_argument("--ocr-engine", choices=("tesseract", "rapidocr"), default=None,
                     help="OCR engine (default: tesseract)")
    web = p.add_argument_group("fetching URLs")
    web.add_argument("--timeout", type=float, default=30, metavar="SECONDS", help="read timeout (default: 30)")
    web.add_argument("--deadline", type=float, default=120, metavar="SECONDS",
                     help="most seconds for one URL, redirects and retries included (default: 120)")
    web.add_argument("--retries", type=int, default=3, help="retries on 5xx and connection errors (default: 3)")
    web.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    web.add_argument("--no-cache", action="store_true", help="neither read nor write the HTTP cache")
    web.add_argument("--cache-dir", metavar="DIR", help="HTTP cache folder (default: ~/.cache/reportlint/http)")


# ---- commands ------------------------------------------------------------------

def run_check(args: argparse.Namespace) -> int:
    from reportlint.baseline import read_baseline, without_baseline, write_baseline
    from reportlint.model import Severity
    from reportlint.reporters import Context, get
    from reportlint.spool import Spool

    specs = list(expand_inputs(args.paths))
    base = _settings_for(args, specs[0] if specs else ".")
    if args.show_settings:
        _write(_show_settings(args, base), None)
        return EXIT_OK
    # every input's pack and options, so that a bad configuration stops the run before any output
    jobs: list[Job] = []
    configs: dict[Path, Path | None] = {}  # a folder's nearest configuration, looked for once in this run
    for spec in specs:
        settings = _settings_for(args, spec, configs)
        if settings.excludes(spec):
            continue  # `exclude` in the configuration: not a report
        pack_path = args.rules or settings.rules
        jobs.append((spec, _pack(pack_path), _options(args, settings, spec, pack_path)))
    known = read_baseline(args.baseline) if args.baseline else None
    lang = _lang(args.lang or base.lang)
    ctx = Context(_pack(args.rules or base.rules), lang, _color(args.color, args.output), __version__)
    together = _options(args, base, ".", args.rules or base.rules)
    fail = Severity(args.fail_level or base.fail_level).rank
    failed = False
    for_baseline: list[Result] = []

    def results(workers: Workers, spool: Spool) -> Iterator[Result]:
        nonlocal failed
        linted: Iterator[Result]
        if len(jobs) > 1 and _across_selected(jobs[0][1], together):
            from reportlint.engine import check_together_spooled

            # the rules across reports (RL6xx) compare the documents of the run: the results wait on disk
            # until then, the comparison holds a few KB a report (with RL6 not selected, results stream);
            # the workers send each result as the spool keeps it
            linted = check_together_spooled(lint_all(workers, jobs, spooled=True), spool, together)
        else:
            linted = lint_all(workers, jobs)
        for result in linted:
            if args.write_baseline:
                for_baseline.append(replace(result, document=None))
            if known is not None:
                result = without_baseline([result], known)[0]
            failed = failed or any(f.severity.rank >= fail for f in result.findings)
            yield result

    if args.format == "docx":  # the Word drafts back with comments; -o names the copy, not a report
        with _workers(args, len(jobs)) as workers, Spool() as spool:
            _write(_docx_copies(list(results(workers, spool)), args.output, ctx), None)
    else:
        with _workers(args, len(jobs)) as workers, Spool() as spool, _output(args.output) as write:
            get(args.format).stream(results(workers, spool), ctx, write)
    if args.write_baseline:
        write_baseline(args.write_baseline, for_baseline)
    return EXIT_FINDINGS if failed and not args.exit_zero else EXIT_OK


def _across_selected(pack: Pack, options: Options) -> bool:
    from reportlint.engine import across

    return any(across(rule) and options.selection(rule.code) for rule in pack.rules)


def _docx_copies(results: list[Result], output: str | None, ctx: Context) -> str:
    from reportlint.reporters.docx import DocxError, write_copies

    try:
        return "".join(line + "\n" for line in write_copies(results, output, ctx))
    except DocxError as exc:
        raise UsageError.of(exc) from None


@overload
def lint_all(workers: Workers, jobs: Sequence[Job], spooled: Literal[False] = False) -> Iterator[Result]: ...
@overload
def lint_all(workers: Workers, jobs: Sequence[Job], spooled: Literal[True]) -> Iterator[Result | Spooled]: ...
def lint_all(workers: Workers, jobs: Sequence[Job], spooled: bool = False) -> Iterator[Result | Spooled]:
    """Each (spec, pack, options) linted in one of the workers, several at once; results in input order
    (`spooled`: as the spool keeps them, see `lint_isolated`).

    At most two inputs per worker are in flight, so memory does not grow with the number of inputs.
    """
    size = len(workers.slots)
    if len(jobs) > 1:  # every input is hashed: OpenSSL's SHA-256, loaded once here, is ~6x faster per byte
        import hashlib  # noqa: F401 - than CPython's own, which reportlint.hashes uses while it is not loaded
    if size <= 1 or len(jobs) <= 1 or workers.inline:
        yield from (lint_isolated(workers, *job, spooled=spooled) for job in jobs)
        return
    from collections import deque
    from concurrent.futures import Future, ThreadPoolExecutor

    size = min(size, len(jobs))
    import reportlint.engine  # noqa: F401 - here, so that the workers forked below start with it
    workers.start(size)  # forked here, before the threads that wait on them exist
    if not any(is_url(spec) or spec == "-" for spec, _, _ in jobs):  # files: nothing to read here first
        yield from _lint_files(workers, jobs, size, spooled)
        return
    pending: deque[Future[Result | Spooled]] = deque()
    todo = iter(jobs)
    with ThreadPoolExecutor(size, thread_name_prefix="lint") as pool:
        try:
            for job in todo:
                pending.append(pool.submit(lint_isolated, workers, *job, spooled=spooled))
                if len(pending) >= 2 * size:
                    break
            while pending:
                result = pending.popleft().result()
                nxt = next(todo, None)
                if nxt is not None:
                    pending.append(pool.submit(lint_isolated, workers, *nxt, spooled=spooled))
                yield result
        finally:
            for future in pending:
                future.cancel()


def _lint_files(workers: Workers, jobs: Sequence[Job], size: int, spooled: bool) -> Iterator[Result | Spooled]:
    """`lint_all` of files, the workers driven from this thread (Workers.in_order): the same results as
    `lint_isolated` gives one by one, without a thread and a future per input."""
    from reportlint.model import SourceInfo

    _collect()  # (the workers are forked: see lint_isolated)
    calls = ((_lint, (spec, pack, options, spooled and not options.debug)) for spec, pack, options in jobs)
    for (spec, pack, options), outcome in zip(jobs, workers.in_order(calls, 2 * size), strict=True):
        yield _outcome(SourceInfo(name=spec, kind="text"), pack, options, outcome)


def _outcome(info: SourceInfo, pack: Pack, options: Options, outcome: tuple[str, Any] | Exception) -> Result | Spooled:
    """A worker's answer for one input as its result: whatever went wrong is a finding of that input."""
    from reportlint.workers import OverBudget, WorkerDied

    result: Result | Spooled
    if isinstance(outcome, OverBudget):
        from reportlint.engine import over_budget
        from reportlint.i18n import both

        result = over_budget(info, pack, both("reason.time_limit", seconds=outcome.seconds))
    elif isinstance(outcome, WorkerDied):
        from reportlint.engine import crashed

        result = crashed(info, pack, str(outcome))
    elif isinstance(outcome, Exception) or outcome[0] == "error":
        from reportlint.engine import failed

        result = failed(info, pack, outcome if isinstance(outcome, Exception) else outcome[1], options)
    else:
        result = outcome[1]
    _debug_notes(info.name, options, result)
    return result


def _debug_notes(spec: str, options: Options, result: Result | Spooled) -> None:
    from reportlint.spool import Spooled

    if options.debug and not isinstance(result, Spooled):
        for note in result.notes:
            if note.rule == "RL901":
                print(f"reportlint: {for_terminal(spec)}: internal error:\n{note.text}", file=sys.stderr)


def lint_isolated(workers: Workers, spec: str, pack: Pack, options: Options, spooled: bool = False) -> Result | Spooled:
    """Lint one input in a worker within the time limit; whatever goes wrong is a finding of that input.
    `spooled`: the worker answers with the result as the spool keeps it (`engine.spooled`), which the
    parent writes without unpickling it (not with --debug, which shows the result's notes here); a finding
    made here stays a `Result`.

    The engine is imported where the input is checked (a single input's process imports it itself)."""
    from reportlint.i18n import both
    from reportlint.model import SourceInfo
    from reportlint.workers import OverBudget, WorkerDied

    info = SourceInfo(name=spec, kind="url" if is_url(spec) else "text")
    spooled = spooled and not options.debug
    result: Result | Spooled
    try:
        if is_url(spec) or spec == "-":  # fetched (within its own deadline) or read once, here; checked there
            from reportlint.sources import load

            loaded = load(spec, max_bytes=options.max_bytes, fetch_options=options.fetch)
            info = loaded.info
            result = workers.call(_lint_loaded, loaded, pack, options, spooled)
        else:
            result = workers.call(_lint, spec, pack, options, spooled)
    except OverBudget as exc:
        from reportlint.engine import over_budget

        result = over_budget(info, pack, both("reason.time_limit", seconds=exc.seconds))
    except WorkerDied as exc:
        from reportlint.engine import crashed

        result = crashed(info, pack, str(exc))
    except Exception as exc:
        from reportlint.engine import failed

        result = failed(info, pack, exc, options)
    finally:
        _collect()  # (after the first input's process was forked: it imports the engine without GC too)
    _debug_notes(spec, options, result)
    return result


def _lint(spec: str, pack: Pack, options: Options, spooled: bool = False) -> Result | Spooled:
    """engine.lint, imported in the process that runs it (`spooled`: the result as the spool keeps it)."""
    from reportlint.engine import lint

    _collect()
    return _to_parent(lint(spec, pack, options), spooled)


def _lint_loaded(loaded: Loaded, pack: Pack, options: Options, spooled: bool = False) -> Result | Spooled:
    from reportlint.engine import lint_loaded

    _collect()
    return _to_parent(lint_loaded(loaded, pack, options), spooled)


def _to_parent(result: Result, spooled: bool) -> Result | Spooled:
    """The result as the parent takes it: as the spool keeps it, or (from a worker) with its tables packed."""
    from reportlint.engine import for_parent
    from reportlint.engine import spooled as for_spool
    from reportlint.workers import in_worker

    if spooled:
        return for_spool(result)
    return for_parent(result) if in_worker() else result


def _settings_for(args: argparse.Namespace, spec: str, configs: dict[Path, Path | None] | None = None) -> Settings:
    """The settings for one input; `configs` (a run's memo): the nearest configuration of each folder
    already looked in, so that the files of one folder do not each walk up to the root again."""
    from reportlint.config import ConfigError, Settings, find_config, load_settings

    if args.isolated:
        return Settings()
    try:
        if args.config:
            return load_settings(Path(args.config))
        start = Path.cwd() if spec == "-" or is_url(spec) else Path(spec).resolve()
        if configs is None:
            return load_settings(find_config(start))
        folder = start if start.is_dir() else start.parent  # (find_config's own start)
        if folder not in configs:
            configs[folder] = find_config(folder)
        return load_settings(configs[folder])
    except ConfigError as exc:
        raise UsageError.of(exc) from None


def _options(args: argparse.Namespace, settings: Settings, spec: str, pack_path: str | None) -> Options:
    from reportlint.options import Options, Selection

    select = _codes(args.select) or settings.select
    select = select + settings.extend_select + _codes(args.extend_select)
    ignore = settings.ignore + _codes(args.ignore) + settings.ignores_for(spec)
    for flag, typed in (("--select", args.select), ("--extend-select", args.extend_select), ("--ignore", args.ignore)):
        _known(flag, _codes(typed), pack_path)
    return Options(selection=Selection(select=select, ignore=ignore), max_bytes=_max_bytes(args.max_size),
                   published=args.published, fetch=_fetch_options(args), packs=_packs(pack_path),
                   severity=settings.severity, debug=_debug(args), ocr=_ocr_settings(args))


def _ocr_settings(args: argparse.Namespace) -> OcrSettings:
    """How images are read: within --ocr-time each, and within the input's --time-limit in all."""
    from reportlint.sources.settings import OcrSettings

    seconds = getattr(args, "ocr_time", 10.0)
    if seconds <= 0:
        raise UsageError("cli.ocr_time")
    limit = getattr(args, "time_limit", 0) or 0
    document = 0.75 * limit if limit else 600.0
    return OcrSettings(enabled=not getattr(args, "no_ocr", False), engine=getattr(args, "ocr_engine", None),
                       table_seconds=min(seconds, document), document_seconds=document,
                       progress=_ocr_progress if sys.stderr.isatty() else None)  # long scans: a line a page


def _ocr_progress(name: str) -> None:
    print(f"reportlint: OCR {name}", file=sys.stderr, flush=True)


def _show_settings(args: argparse.Namespace, settings: Settings) -> str:
    """The merged settings and where each came from."""
    cli = {"select": args.select, "ignore": args.ignore, "extend-select": args.extend_select,
           "fail-level": args.fail_level, "lang": args.lang, "rules": args.rules}
    values = {"select": settings.select, "ignore": settings.ignore, "extend-select": settings.extend_select,
              "per-file-ignores": dict(settings.per_file_ignores), "severity": dict(settings.severity),
              "fail-level": settings.fail_level, "lang": settings.lang or _lang(None), "rules": settings.rules}
    lines = [f"# configuration file: {settings.file or '(none)'}"]
    for key, value in values.items():
        if cli.get(key):
            origin = "command line"
            value = cli[key]
        else:
            origin = settings.origins.get(key, "default")
        lines.append(f"{key} = {value!r}  # {origin}")
    return "\n".join(lines) + "\n"


def run_extract(args: argparse.Namespace) -> int:
    from reportlint.options import Options, Selection
    from reportlint.reporters.json_out import stream_extract

    pack = _pack(args.rules)
    if args.format == "text":
        return _render_text(args)
    options = Options(selection=Selection(select=("RL9",)), max_bytes=_max_bytes(args.max_size),
                      published=args.published, fetch=_fetch_options(args), packs=_packs(args.rules),
                      debug=_debug(args), ocr=_ocr_settings(args))
    specs = list(expand_inputs(args.paths))
    with _workers(args, len(specs)) as workers, _output(args.output) as write:
        stream_extract(lint_all(workers, [(spec, pack, options) for spec in specs]), pack, __version__, write)
    return EXIT_OK


def _render_text(args: argparse.Namespace) -> int:
    """Print each input as reportlint reads it: the rendering of PDF/Word files, the text of others."""
    from reportlint.workers import OverBudget, WorkerDied

    _collect()
    specs = list(expand_inputs(args.paths))
    max_bytes, fetch_options = _max_bytes(args.max_size), _fetch_options(args)
    with _workers(args, len(specs)) as workers, _output(args.output) as write:
        for spec in specs:
            try:
                text = workers.call(text_rendering, spec, max_bytes, fetch_options, args.rules)
            except OverBudget as exc:
                print(f"reportlint: {for_terminal(spec)}: stopped after {exc.seconds:g} s (see --time-limit)",
                      file=sys.stderr)
                continue
            except (WorkerDied, Exception) as exc:
                print(f"reportlint: {for_terminal(spec)}: cannot render: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
                continue
            write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def text_rendering(spec: str, max_bytes: int, fetch_options: FetchOptions, rules: str | None = None) -> str:
    """The text reportlint reads an input as (runs in a worker)."""
    from reportlint.sources import formats, load

    loaded = load(spec, max_bytes=max_bytes, fetch_options=fetch_options)
    return formats.get(loaded.info.kind).render(loaded, _pack(rules) if rules else None)


def run_scan(args: argparse.Namespace) -> int:
    from reportlint.engine import Options
    from reportlint.i18n import say
    from reportlint.scan import command
    from reportlint.scan.crawler import Scanner, ScanOptions
    from reportlint.scan.progress import Progress
    from reportlint.scan.roster import RosterError, read_roster
    from reportlint.scan.store import is_database_url

    seeds = [(u, "listing") for u in args.starts] + [(u, "sitemap") for u in args.sitemap]
    if args.urls:
        try:
            seeds += [(line.strip(), "url") for line in Path(args.urls).read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.startswith("#")]
        except OSError as exc:
            raise UsageError("cli.cannot_read", path=args.urls, why=exc.strerror) from None
    roster = None
    if args.roster:
        try:
            roster = read_roster(args.roster)
        except RosterError as exc:
            raise UsageError.of(exc) from None
        seeds += [(u, "listing") for u in dict.fromkeys(e.listing_url for e in roster if e.listing_url)]
    bad = [u for u, _ in seeds if not u.startswith(("http://", "https://"))]
    if bad:
        raise UsageError("cli.not_http", url=bad[0])
    if args.concurrency is None:
        args.concurrency = 48 if args.cluster else 8
    if args.per_host < 1 or args.concurrency < 1 or args.delay < 0:
        raise UsageError("cli.scan_numbers")
    if args.cluster:
        _cluster_spec(args.cluster)
    if args.fresh and not is_database_url(args.db) and Path(args.db).is_file():
        Path(args.db).unlink()
    store = _open_store(args.db, args.db_wait)
    lang = _lang(args.lang)
    try:
        if args.fresh:
            store.clear()
        elif not args.resume and store.holds_scan():
            raise UsageError("cli.holds_scan", store=store.where)
        if not seeds and not args.resume:
            raise UsageError("cli.no_seeds")
        if args.resume:
            store.reset_queue()
        if args.time_limit < 0 or args.max_pages < 1:
            raise UsageError("cli.scan_limits")
        if roster is not None:
            store.set_roster([e.row() for e in roster])
        command.settle_year(store, args.year, args.as_of, args.resume)
        outputs = command.remember(store, {"report": args.report, "csv": args.csv, "xlsx": args.xlsx}, args.resume)
        options = ScanOptions(per_host=args.per_host, delay=args.delay, concurrency=args.concurrency,
                              processes=args.processes, time_limit=args.time_limit or None, max_pages=args.max_pages,
                              refetch=args.refetch, respect_robots=not args.ignore_robots,
                              fetch=_fetch_options(args), lint=Options(max_bytes=_max_bytes(args.max_size),
                                                                      packs=_packs(None)))
        progress = Progress(quiet=args.quiet, lang=lang)
        scanner: Scanner | ClusterScanner
        if args.cluster:
            from reportlint.scan.cluster import ClusterScanner

            scanner = ClusterScanner(store, args.db, args.cluster, _pack(None), options, progress, args.db_wait)
        else:
            scanner = Scanner(store, _pack(None), options, progress)
        with command.ctrl_c(scanner.stop, progress.say, lang):
            scanner.run(seeds)
            _write_outputs(store, outputs, lang)
        if scanner.stop.is_set():
            print(say("scan.stopped", lang), file=sys.stderr, flush=True)
            store.close()
            sys.stdout.flush()
            os._exit(130)  # the pages still being fetched are not waited for: they stay pending for --resume
        _write(_db_summary(store), None)
        errors = store.error_count()
    finally:
        store.close()
    return EXIT_FINDINGS if errors else EXIT_OK


def _write_outputs(store: Store, outputs: dict[str, str], lang: str) -> None:
    from reportlint.scan.command import write_outputs
    from reportlint.scan.exports import XlsxMissing

    try:
        write_outputs(store, _pack(None), outputs, lang)
    except XlsxMissing as exc:
        raise UsageError.of(exc) from None
    except OSError as exc:
        raise UsageError("cli.cannot_write", path=exc.filename, why=exc.strerror or exc) from None


def _cluster_spec(spec: str) -> None:
    from reportlint.scan.cluster import ClusterError, parse_cluster

    try:
        parse_cluster(spec)
    except ClusterError as exc:
        raise UsageError.of(exc) from None


def _open_store(target: str, wait: float = 60) -> Store:
    from reportlint.scan.store import StoreError, open_store

    try:
        return open_store(target, wait)
    except StoreError as exc:
        raise UsageError.of(exc) from None


def run_serve(args: argparse.Namespace) -> int:
    from reportlint.serve import Settings, port_free, run

    if not 0 < args.port < 65536 or args.jobs < 1:
        raise UsageError("cli.serve_numbers")
    busy = port_free(args.host, args.port)
    if busy:
        raise UsageError("cli.port_busy", host=args.host, port=args.port, why=busy)
    loopback = args.host in ("127.0.0.1", "localhost", "::1")
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"reportlint serve: open http://{shown}:{args.port}/ in a browser (Ctrl+C stops it)", file=sys.stderr)
    run(args.host, args.port, Settings(max_bytes=_max_bytes(args.max_size), jobs=args.jobs, loopback=loopback))
    return EXIT_OK


def run_db(args: argparse.Namespace) -> int:
    from reportlint.scan.store import is_database_url

    if not is_database_url(args.db) and not Path(args.db).is_file():
        raise UsageError("cli.no_store", path=args.db)
    given = {"report": args.html, "csv": args.csv, "xlsx": args.xlsx}
    if (args.what == "export") != any(given.values()):
        raise UsageError("cli.db_usage")
    store = _open_store(args.db)
    try:
        if args.what == "summary":
            _write(_db_summary(store), None)
        elif args.what == "export":
            _write_outputs(store, given, _lang(args.lang))
        elif args.what == "csv":
            from reportlint.scan.exports import csv_text
            from reportlint.scan.overview import overview

            _write(csv_text(overview(store, _pack(None), _lang(args.lang))).lstrip("\ufeff"), None)
        else:
            _write("".join("\t".join("" if v is None else for_terminal(str(v)) for v in row) + "\n"
                           for row in store.listing(args.what)), None)  # a tab, line break or escape in a value shows
    finally:
        store.close()
    return EXIT_OK


def _db_summary(store: Store) -> str:
    s = store.summary()
    lines = [f"queue: {', '.join(f'{k} {v}' for k, v in sorted(s.queue.items())) or 'empty'}",
             f"documents: {s.documents} ({s.reports} reports), {s.errors} errors, {s.warnings} warnings",
             "findings: " + (", ".join(f"{c} {n}" for c, n in s.codes) or "none"),
             "across reports: " + (", ".join(f"{c} {n}" for c, n in s.cross_codes) or "none")]
    return "\n".join(lines) + "\n"


def run_explain(args: argparse.Namespace) -> int:
    from reportlint.docs import explain

    pack = _pack(args.rules)
    rule = pack.rule(args.code.strip().upper())
    if rule is None:
        raise UsageError("cli.no_rule", code=args.code)
    _write(explain(rule, _lang(args.lang)), None)
    return EXIT_OK


def run_rules(args: argparse.Namespace) -> int:
    from reportlint.i18n import localize
    from reportlint.reporters.json_out import dumps

    if args.check:
        if args.check[0] != "check" or len(args.check) != 2:
            raise UsageError("cli.rules_usage")
        pack = _pack(args.check[1])
        _check_examples(pack)
        kinds = sorted({r.kind for r in pack.rules})
        _write(f"{args.check[1]}: OK, pack {pack.name}: {len(pack.rules)} rules, {len(pack.tables)} tables, "
               f"kinds {', '.join(kinds)}\n", None)
        return EXIT_OK
    pack = _pack(args.rules)
    lang = _lang(args.lang)
    if args.format == "json":
        rows = [{"code": r.code, "name": r.name, "severity": r.severity, "kind": r.kind,
                 "summary": r.summary[lang]} for r in pack.rules]
        _write(dumps({"pack": pack.name, "rules": rows}), None)
        return EXIT_OK
    width = max(len(r.name) for r in pack.rules)
    lines = [f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {localize(r.summary, lang)}" for r in pack.rules]
    _write("\n".join(lines) + "\n", None)
    return EXIT_OK


# ---- helpers -------------------------------------------------------------------

def _check_examples(pack: Pack) -> None:
    """Every rule has a runnable passing and failing example, and each does what it says."""
    from reportlint.examples import failures, missing
    from reportlint.pack import line_of

    bare = missing(pack)
    if bare:
        raise UsageError("cli.as_is", text=f"{pack.path}: rules without a runnable passing and failing example "
                         f"(says: … with text:, html: or documents:): {', '.join(bare)}")
    for rule, outcome, i, problem in failures(pack):
        text = Path(pack.path).read_text(encoding="utf-8")
        index = next((k for k, r in enumerate(_raw_rules(text)) if r.get("code") == rule.code), None)
        line = line_of(text, ("rules", index, "examples", outcome, i)) if index is not None else 1
        raise UsageError("cli.as_is", text=f"{pack.path}:{line}: rule {rule.code}: {problem}")


def _raw_rules(text: str) -> list[dict[str, Any]]:
    import yaml

    data = yaml.safe_load(text)
    return [r for r in (data.get("rules") or []) if isinstance(r, dict)] if isinstance(data, dict) else []


@lru_cache(maxsize=32)
def _pack(path: str | None) -> Pack:
    """One pack object per path for the whole run (workers receive each pack once)."""
    from reportlint.pack import PackError, load_builtin, load_pack

    try:
        return load_pack(path) if path else load_builtin()
    except PackError as exc:
        raise UsageError.of(exc) from None


def _workers(args: argparse.Namespace, inputs: int) -> Workers:
    """The workers that read and check the inputs, each within --time-limit (0: in this process, no limit).

    One input is checked in a process forked for it alone (no pool to start and stop)."""
    from reportlint.workers import OneShot, Workers

    if args.time_limit < 0:
        raise UsageError("cli.time_limit")
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        raise UsageError("cli.jobs")
    if inputs == 1:
        return OneShot(time_limit=args.time_limit or None)
    return Workers(jobs or cpu_count(), time_limit=args.time_limit or None)


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _debug(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "debug", False) or os.environ.get("REPORTLINT_DEBUG"))


def _packs(path: str | None) -> Catalogue:
    """With the built-in packs, each report is checked against the format it was due under."""
    from reportlint.pack import NO_CATALOGUE, builtin_packs

    return NO_CATALOGUE if path else builtin_packs()


def _codes(values: Sequence[str]) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())
    bad = [c for c in codes if not c.startswith("RL") or (not c[2:].isdigit() and c != "RL")]
    if bad:
        raise UsageError("cli.not_a_code", codes=", ".join(bad))
    return codes


def _known(flag: str, codes: Sequence[str], pack_path: str | None) -> None:
    """Every code typed on the command line names a rule (RL9999 is an error, not an empty selection)."""
    from reportlint import codes as rule_codes

    if not codes:
        return
    known = {r.code for r in _pack(pack_path).rules} | rule_codes.builtin_codes()
    problem = rule_codes.check_all(codes, known)
    if problem:
        raise UsageError("cli.flag_problem", flag=flag, problem=problem)


def _fetch_options(args: argparse.Namespace) -> FetchOptions:
    from pathlib import Path

    from reportlint.sources.settings import FetchOptions, default_cache_dir

    if args.timeout <= 0 or args.deadline <= 0 or args.retries < 0:
        raise UsageError("cli.fetch_numbers")
    cache = None if args.no_cache else Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    return FetchOptions(read_timeout=args.timeout, connect_timeout=min(10.0, args.timeout), retries=args.retries,
                        deadline=args.deadline, verify_tls=not args.insecure, cache_dir=cache)


def _iso_date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def _max_bytes(mb: float) -> int:
    if mb <= 0:
        raise UsageError("cli.max_size")
    return int(mb * 1024 * 1024)


def _lang(lang: str | None) -> str:
    from reportlint.i18n import default_lang

    return lang or default_lang()


def _color(mode: str, output: str | None) -> bool:
    if mode != "auto":
        return mode == "always"
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def expand_inputs(paths: Sequence[str]) -> Iterator[str]:
    """Files as given; folders walked for report files (sorted, hidden entries skipped). In a folder a
    symbolic link is followed only to a file inside that folder (never to a folder, never outside)."""
    for spec in paths:
        path = Path(spec)
        if spec != "-" and not is_url(spec) and path.is_dir():
            found = sorted(_report_files(path))
            if not found:
                raise UsageError("cli.no_reports", path=for_terminal(spec))
            yield from (str(p) for p in found)
        else:
            yield spec


def _report_files(folder: Path) -> Iterator[Path]:
    from reportlint.sources.formats import folder_suffixes

    root, suffixes = folder.resolve(), folder_suffixes()
    for here, dirs, files in os.walk(folder):  # does not descend into linked folders
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            candidate = Path(here) / name
            if name.startswith(".") or candidate.suffix.lower() not in suffixes:
                continue
            if candidate.is_symlink() and not candidate.resolve().is_relative_to(root):
                continue
            if candidate.is_file():
                yield candidate


def _write(text: str, output: str | None) -> None:
    with _output(output) as write:
        write(text)


@contextmanager
def _output(output: str | None) -> Iterator[Callable[[str], object]]:
    """A writer to stdout or to the file OUTPUT. Text that the encoding cannot carry (a file name's
    undecodable bytes) is written backslash-escaped rather than failing the run."""
    if output is None:
        yield _stdout
        sys.stdout.flush()
        return
    try:
        fh = open(output, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError("cli.cannot_write", path=for_terminal(output), why=exc.strerror or exc) from None
    with fh:
        yield fh.write


def _stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "utf-8"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
