"""A throwaway PostgreSQL server for the tests and benchmarks: the OS package's own binaries (initdb,
pg_ctl) in a temporary folder, listening on a loopback port only. PostgreSQL refuses to run as root,
so when the suite runs as root (CI) the server runs as an unprivileged user that owns its folder."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "reportlint"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def missing() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None."""
    if binaries() is None:
        return "needs the PostgreSQL server binaries initdb and pg_ctl (apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "needs psycopg (pip install 'reportlint[postgres]')"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self) -> None:
        self.bin = binaries()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres" if _has_user("postgres") else "nobody"
        self.folder = Path(tempfile.mkdtemp(prefix="reportlint-pg-"))  # /tmp: reachable by that user
        self.data = self.folder / "data"
        self.port = _free_port()
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C",
                  "--no-sync")
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd] if shutil.which("runuser") else \
                ["su", "-s", "/bin/sh", self.user, "-c", " ".join(f"'{a}'" for a in cmd)]
        subprocess.run(cmd, check=True, capture_output=True, cwd=self.folder, timeout=120)

    def start(self) -> None:
        # a throwaway server: no durability, and little WAL (removing a gigabyte of it is slow)
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c wal_level=minimal "
                   "-c max_wal_senders=0 -c max_wal_size=64MB -c min_wal_size=32MB")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def pid(self) -> int:
        """The postmaster's process id (its first line of postmaster.pid)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def close(self) -> None:
        try:
            self.stop("immediate")  # its data is thrown away
        finally:  # removed behind our back: unlinking its freshly written files takes seconds here
            if shutil.which("rm"):
                subprocess.Popen(["rm", "-rf", str(self.folder)], start_new_session=True)
            else:
                shutil.rmtree(self.folder, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
