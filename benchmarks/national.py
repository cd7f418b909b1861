"""A national roster on the local simulator: the scan on a Dask LocalCluster of 1, 2, 4 workers into PostgreSQL.

python benchmarks/national.py [--hosts 2000] [--reports 20] [--workers 1 2 4] [--delay 1] [--budget S]

Each host is one portal (its own loopback port) with one listing page of `--reports` reports of as many
bodies (one in ten published late); the roster lists every body with its host's listing page. The scan
runs with the default politeness (`--delay 1`: at most one request a second per host) and the default
threads per worker (48 hosts at a time). A throwaway PostgreSQL server (tests/pg_server.py) holds the store.

For each worker count it prints: pages/s while crawling (pages done between the first and the last
stored document, or the budget's end), the time to the end (cluster start, crawl, rules across reports),
the peak RSS of the client and of each worker process, and the time projected for 10^5 reports at the
measured rate. `--budget S` stops a run after S seconds of crawling (Ctrl-C, as a user would) and
measures the rate so far: the full national size is hours on a 2-core machine.

The simulator runs in its own process (asyncio, one listening port per host, pages made on request).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

PLACEHOLDER = "示例市示例区示例局"


def body(host: int, k: int) -> str:
    return f"示例市第{host}区第{k}局"


# ---- the simulator (its own process) -----------------------------------------------------------

def pages() -> tuple[bytes, bytes]:
    """A report published on time and one published late, with the placeholder body name."""
    from portal_sim import dated_report

    return dated_report(PLACEHOLDER, 2025, "2026-01-20"), dated_report(PLACEHOLDER, 2025, "2026-02-10")


def serve(hosts: int, reports: int, ports_file: Path) -> None:
    from portal_sim import listing

    on_time, late = pages()
    listings: dict[int, bytes] = {}

    def route(h: int, path: str) -> tuple[int, str, bytes]:
        if path == "/robots.txt":
            return 200, "text/plain", b""
        if path == "/nb/index.html":
            if h not in listings:
                listings[h] = listing([(f"/nb/t{k}.htm", f"{body(h, k)}2025年政府信息公开工作年度报告")
                                       for k in range(reports)], None)
            return 200, "text/html; charset=utf-8", listings[h]
        if path.startswith("/nb/t") and path.endswith(".htm") and path[5:-4].isdigit() and int(path[5:-4]) < reports:
            k = int(path[5:-4])
            page = late if k % 10 == 3 else on_time
            return 200, "text/html; charset=utf-8", page.replace(PLACEHOLDER.encode(), body(h, k).encode())
        return 404, "text/plain", b""

    async def handle(h: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode("latin-1")
                status, ctype, data = route(h, path)
                writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(data)}\r\n\r\n"
                             .encode() + data)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        servers = []
        for h in range(hosts):
            servers.append(await asyncio.start_server(lambda r, w, h=h: handle(h, r, w), "127.0.0.1", 0))
        ports = [s.sockets[0].getsockname()[1] for s in servers]
        ports_file.write_text("\n".join(map(str, ports)), encoding="utf-8")
        await asyncio.Event().wait()

    asyncio.run(main())


# ---- the measurement ---------------------------------------------------------------------------

class Peaks:
    """Sampled: the peak RSS of the client (while crawling, and in all) and of each Dask worker process, and
    the CPU seconds of the client, the workers, the database server and the simulator."""

    def __init__(self, pid: int, database: int, simulator: int) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.others = {"database": psutil.Process(database), "simulator": psutil.Process(simulator)}
        self.client = self.client_crawling = 0
        self.workers: dict[int, int] = {}
        self.cpu: dict[str, dict[int, float]] = {"client": {}, "workers": {}, "database": {}, "simulator": {}}
        self.start = {name: self._cpu(p, True) for name, p in self.others.items()}

    @staticmethod
    def _cpu(p, tree: bool) -> float:
        """CPU seconds of `p` (with `tree`: and of its children, those it reaped included)."""
        t = p.cpu_times()
        total = t.user + t.system
        if tree:
            total += t.children_user + t.children_system
            for q in p.children(recursive=True):
                try:
                    c = q.cpu_times()
                    total += c.user + c.system
                except Exception:
                    pass
        return total

    def sample(self, crawling: bool) -> None:
        import psutil

        try:
            rss = self.root.memory_info().rss
            self.client = max(self.client, rss)
            if crawling:
                self.client_crawling = max(self.client_crawling, rss)
            self.cpu["client"][self.root.pid] = self._cpu(self.root, False)
            for p in self.root.children(recursive=True):
                if "spawn_main" in " ".join(p.cmdline()):
                    self.workers[p.pid] = max(self.workers.get(p.pid, 0), p.memory_info().rss)
                    self.cpu["workers"][p.pid] = self._cpu(p, False)
            for name, p in self.others.items():
                self.cpu[name][p.pid] = self._cpu(p, True) - self.start[name]
        except psutil.Error:
            pass

    def cpu_seconds(self) -> dict[str, float]:
        return {name: sum(v.values()) for name, v in self.cpu.items()}


def run(url: str, roster: Path, workers: int, delay: float, budget: float | None, pages_total: int,
        database: int, simulator: int) -> None:
    from reportlint.scan.store import open_store

    cmd = [sys.executable, "-m", "reportlint", "scan", "--roster", str(roster), "--year", "2025", "--as-of",
           "2026-05-01", "--db", url, "--cluster", f"local:{workers}", "--delay", str(delay), "--no-cache",
           "--quiet", "--retries", "0"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks = Peaks(proc.pid, database, simulator)
    store = None
    first = last = None  # (time, pages done) at the first and the last change seen
    stopped = False
    done = 0
    while proc.poll() is None:
        time.sleep(1.0)
        peaks.sample(crawling=done < pages_total and not stopped)
        try:
            store = store or open_store(url)
            states = store.queue_states()
        except Exception:
            continue
        done = sum(n for s, n in states.items() if s != "pending")
        now = time.monotonic()
        if done and first is None:
            first = (now, done)
        if first and (last is None or done != last[1]):
            last = (now, done)
        if budget and first and now - first[0] >= budget and not stopped:
            proc.send_signal(signal.SIGINT)
            stopped = True
    wall = time.monotonic() - t0
    err = proc.stderr.read() if proc.stderr else ""
    states = store.queue_states() if store else {}
    done = sum(n for s, n in states.items() if s != "pending")
    size = store.query("SELECT pg_database_size(current_database())")[0][0] if store else 0
    if store:
        store.close()
    rate = (last[1] - first[1]) / max(last[0] - first[0], 1e-6) if first and last and last != first else 0.0
    mb = 2**20
    per_worker = sorted(v // mb for v in peaks.workers.values())
    projected = 100_000 / rate if rate else float("inf")
    cpu = peaks.cpu_seconds()
    per_k = ", ".join(f"{name} {seconds * 1000 / max(done, 1):.0f}" for name, seconds in cpu.items())
    print(f"{workers} worker(s): {done}/{pages_total} pages in {wall:.0f} s (exit {proc.returncode}"
          f"{', stopped at the budget' if stopped else ''}); crawling {rate:.1f} pages/s; peak RSS client "
          f"{peaks.client_crawling // mb} MB crawling, {peaks.client // mb} MB in all, workers {per_worker} MB; "
          f"store {size / mb:.0f} MB; "
          f"CPU s per 1,000 pages: {per_k}; 10^5 reports at this rate: {projected / 3600:.1f} h"
          + "".join(f"\n  stderr: {line}" for line in err.strip().splitlines()[-3:]), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hosts", type=int, default=2000)
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--budget", type=float, default=None, help="seconds of crawling per run")
    parser.add_argument("--serve", metavar="PORTS_FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, args.reports, Path(args.serve))
        return

    import pg_server

    with tempfile.TemporaryDirectory() as tmp:
        ports_file = Path(tmp, "ports")
        sim = subprocess.Popen([sys.executable, __file__, "--serve", str(ports_file), "--hosts", str(args.hosts),
                                "--reports", str(args.reports)])
        server = pg_server.Server()
        try:
            while not ports_file.is_file():
                time.sleep(0.2)
            ports = ports_file.read_text(encoding="utf-8").split()
            lines = ["单位,层级,上级,栏目地址"]
            for h, port in enumerate(ports):
                lines += [f"{body(h, k)},部门,,http://127.0.0.1:{port}/nb/index.html" for k in range(args.reports)]
            roster = Path(tmp, "roster.csv")
            roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
            total = args.hosts * (args.reports + 1)
            print(f"{args.hosts} hosts × {args.reports} reports ({total} pages), delay {args.delay} s, "
                  f"{os.cpu_count()} cores", flush=True)
            for n in args.workers:
                run(server.create_database(f"national_{n}"), roster, n, args.delay, args.budget, total,
                    server.pid(), sim.pid)
        finally:
            sim.terminate()
            server.close()


if __name__ == "__main__":
    main()
