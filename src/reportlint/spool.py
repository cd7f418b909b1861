"""Results kept on disk while a run needs them all before writing any (the rules across reports).

The rules across reports (RL6xx) compare every report of a run with the others, so no
result can be written before the last is linted. Kept in memory, a 5,000-report run held
~0.5 GB; spooled, each result is pickled (packs by reference, as between the workers and
the parent) and compressed to a file in a private temporary directory, then read back
one at a time in input order. Only this process writes and reads the file.

A worker that knows its result goes to the spool sends it as the spool keeps it (`Spooled`:
the compressed pickle, made in the worker, and the stand-in and texts the rules across reports
read): the parent writes those bytes as they are, without unpickling and pickling the result again.

The directory is made on the first result (a run without RL6 never touches the disk) and
removed when the spool is closed, whatever ended the run (an error, Ctrl-C).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from reportlint.model import Result

if TYPE_CHECKING:
    from reportlint.across import Texts
    from reportlint.model import Document

_LENGTH = struct.Struct("<Q")


@dataclass(frozen=True, slots=True)
class Spooled:
    """A result as the spool keeps it, made in the process that linted it: `data` is what `Spool.put`
    would write; `member` the document's stand-in and `texts` its prose (None: not compared)."""

    data: bytes
    member: Document | None
    texts: Texts | None


def packed(result: Result) -> bytes:
    """A result's bytes in the spool (pickled as this process sends results to the parent, compressed)."""
    from reportlint.workers import dumps_to_parent

    return zlib.compress(dumps_to_parent(result), 1)


class Spool:
    """`put` results, then iterate over them once in the order they were put."""

    def __init__(self, parent: str | None = None) -> None:
        self.parent = parent  # where the private directory is made (None: the system's temporary folder)
        self.dir: Path | None = None
        self._out: IO[bytes] | None = None
        self._count = 0

    def put(self, result: Result | Spooled) -> None:
        """Write a result, or the bytes a worker made of it."""
        data = result.data if isinstance(result, Spooled) else packed(result)
        if self._out is None:
            import tempfile

            self.dir = Path(tempfile.mkdtemp(prefix="reportlint-", dir=self.parent))  # mode 0700
            self._out = open(self.dir / "results", "wb")  # noqa: SIM115 - closed by close() or __iter__
        self._out.write(_LENGTH.pack(len(data)))
        self._out.write(data)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Result]:
        from reportlint.workers import _loads

        if self._out is None:
            return
        self._out.close()
        assert self.dir is not None
        with open(self.dir / "results", "rb") as fh:
            for _ in range(self._count):
                (size,) = _LENGTH.unpack(fh.read(_LENGTH.size))
                yield _loads(zlib.decompress(fh.read(size)))

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
        if self.dir is not None:
            import shutil

            shutil.rmtree(self.dir, ignore_errors=True)
        self.dir, self._out, self._count = None, None, 0

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
