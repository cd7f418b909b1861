"""What a long scan shows while it runs: a bar with the total and the time left on a terminal, a plain
line every 100 pages elsewhere (a log file, CI)."""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from typing import TextIO

from reportlint.i18n import say

EVERY = 100  # a plain line per this many pages when not on a terminal


@dataclass
class Progress:
    """Counts kept by the scan's threads; `total` grows as listing pages reveal more links."""

    discovered: int = 0  # the URLs known (the queue), this run's and a resumed scan's
    finished: int = 0  # the URLs dealt with (done, failed or skipped)
    fetched: int = 0
    linted: int = 0
    errors: int = 0
    skipped: int = 0
    lang: str = "zh"
    quiet: bool = False
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    started: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _at_start: int = 0  # finished before this run (a resumed scan)
    _last: float = 0.0
    _logged: int = 0

    def start(self, known: int, finished: int) -> None:
        """A resumed scan starts with what the store already holds."""
        with self.lock:
            self.discovered, self.finished, self._at_start = known, finished, finished
            self._logged = finished // EVERY
            self.started = time.monotonic()

    def bump(self, **counts: int) -> None:
        with self.lock:
            for key, n in counts.items():
                setattr(self, key, getattr(self, key) + n)
            self.show()

    @property
    def tty(self) -> bool:
        return bool(getattr(self.stream, "isatty", lambda: False)())

    def show(self, final: bool = False) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if self.tty:
            if final or now - self._last >= 0.2:
                self._last = now
                self._write("\r" + self.line(now, bar=True) + "\033[K" + ("\n" if final else ""))
        elif final or self.finished // EVERY > self._logged:
            self._logged = self.finished // EVERY
            self._write(self.line(now, bar=False) + "\n")

    def line(self, now: float, bar: bool) -> str:
        w = {k: say(f"scan.{k}", self.lang) for k in ("rate", "eta", "reports", "errors", "skipped", "done")}
        total = max(self.discovered, self.finished, 1)
        share = self.finished / total
        rate = (self.finished - self._at_start) / max(now - self.started, 1e-6)
        left = (total - self.finished) / rate if rate > 0 else None
        parts = [f"{self.finished}/{total} {share:4.0%}", f"{rate:.1f} {w['rate']}"]
        if left is not None and self.finished < total:
            parts.append(f"{w['eta']} {duration(left)}")
        parts.append(f"{w['reports']} {self.linted}")
        if self.errors:
            parts.append(f"{w['errors']} {self.errors}")
        if self.skipped:
            parts.append(f"{w['skipped']} {self.skipped}")
        head = f"[{'█' * round(share * 24):<24}] " if bar else f"{w['done']} "
        return head + " · ".join(parts)

    def say(self, text: str) -> None:
        """A message on its own line (the bar is redrawn after it)."""
        with self.lock:
            self._write(("\n" if self.tty and not self.quiet else "") + text + "\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass


def duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
