"""What `reportlint scan` and `reportlint db FILE export` do around the crawl: the roster and the year,
the outputs a resumed scan remembers, Ctrl-C, and writing the summary, CSV and workbook from the store."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

from reportlint import i18n
from reportlint.scan.store import Store

OUTPUTS = ("report", "csv", "xlsx")  # --report HTML, --csv FILE, --xlsx FILE


def remember(store: Store, given: dict[str, str | None], resume: bool) -> dict[str, str]:
    """The outputs to write: those given now, else (resuming) those the scan was started with."""
    outputs = dict(store.meta("outputs", {})) if resume else {}
    outputs.update({k: str(Path(v).resolve()) for k, v in given.items() if v})
    store.set_meta("outputs", outputs)
    return outputs


def settle_year(store: Store, years: list[int] | None, as_of: str | None, resume: bool) -> None:
    """The report years and the date statuses are judged on: kept by a resumed scan unless given again."""
    if years or not resume:
        store.set_meta("years", sorted(set(years or [])))
    if as_of or not resume or store.meta("as_of") is None:
        store.set_meta("as_of", as_of or date.today().isoformat())


def write_outputs(store: Store, pack: Any, outputs: dict[str, str]) -> list[str]:
    """The summary page (and the reports' pages beside it), the CSV and the workbook; their paths."""
    if not any(outputs.get(k) for k in OUTPUTS):
        return []
    from reportlint.scan.exports import write_csv, write_xlsx
    from reportlint.scan.overview import overview
    from reportlint.scan.page import write_summary

    view = overview(store, pack)
    written = []
    if outputs.get("report"):
        write_summary(view, store, outputs["report"])
        written.append(outputs["report"])
    if outputs.get("csv"):
        write_csv(view, outputs["csv"])
        written.append(outputs["csv"])
    if outputs.get("xlsx"):
        write_xlsx(view, outputs["xlsx"])
        written.append(outputs["xlsx"])
    return written


@contextmanager
def ctrl_c(stop: threading.Event, say: Callable[[str], None], lang: str) -> Iterator[None]:
    """Ctrl-C sets `stop` and says so at once; a second Ctrl-C ends the process there and then."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            sys.stderr.write("\n")
            sys.stderr.flush()
            import os

            os._exit(130)
        stop.set()
        say(i18n.say("scan.stopping", lang))

    previous = signal.signal(signal.SIGINT, on_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
