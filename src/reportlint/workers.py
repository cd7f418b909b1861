"""Worker processes that lint one input at a time, each within a wall-clock budget.

Why processes: a budget must hold even when the time goes into C code (lxml,
pdfminer's decoders, the `re` engine), which neither a signal handler nor a
cooperative check can interrupt. The parent sends a call to a long-lived worker
and waits at most `time_limit` seconds for the answer; past that it kills the
worker (SIGKILL) and starts another for the next input. A worker that dies
(a crash in C code, the kernel's OOM killer, a kill -9) is restarted and the
call retried once.

Why cheap: a worker is forked once and then serves every input, so the cost per
input is two pickles (the call and its result), not a process start. Rule packs
are never pickled per call: they travel as tokens, and a worker is sent each
pack once (a forked worker already holds the ones loaded before it started).
Where fork is not the start method (spawn: scan's workers run beside threads)
the same protocol holds; each worker then receives its packs once.
"""

from __future__ import annotations

import contextlib
import copyreg
import io
import itertools
import operator
import os
import pickle
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from reportlint.pack import Pack

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

DEFAULT_TIME_LIMIT = 30.0
MEMORY_HEADROOM = 1536 * 1024 * 1024  # address space a worker may add to what it had at start


class OverBudget(Exception):
    """The call ran past its wall-clock budget; the worker was killed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


class WorkerDied(Exception):
    """The worker process ended without answering, twice."""


# ---- pickling: packs as tokens -------------------------------------------------------

_PACKS: dict[int, Pack] = {}  # token -> pack; the pack is kept alive so its token stays unique
_RECEIVED: dict[int, int] = {}  # in a spawned worker: id of a pack received -> the parent's token for it
_PACK_LOCK = threading.Lock()


def _token(pack: Pack) -> int:
    with _PACK_LOCK:
        _PACKS.setdefault(id(pack), pack)
    return id(pack)


def _readonly(d: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(d)


def _mappingproxy(m: MappingProxyType[Any, Any]) -> tuple[Callable[[dict[Any, Any]], MappingProxyType[Any, Any]],
                                                          tuple[dict[Any, Any]]]:
    return _readonly, (dict(m),)


copyreg.pickle(MappingProxyType, _mappingproxy)  # model tables hold read-only mappings


def _builtin_name(pack: Pack) -> str | None:
    """The file name of a shipped pack (each side loads those itself, once). Asked for every pickle that holds
    a pack (each call and each result): where the pack's file lies is worked out once per pack object, which
    the memo keeps alive (so that its id is never another pack's); whether it is the shipped pack of that
    name is asked every time."""
    from reportlint.pack import load_builtin

    known = _SHIPPED_FILE.get(id(pack))
    if known is None or known[0] is not pack:
        known = (pack, _shipped_file(pack))
        with _PACK_LOCK:
            if len(_SHIPPED_FILE) < 64:
                _SHIPPED_FILE[id(pack)] = known
    name = known[1]
    try:
        return name if name is not None and load_builtin(name) is pack else None
    except Exception:
        return None


_SHIPPED_FILE: dict[int, tuple[Pack, str | None]] = {}  # id(pack) -> (the pack, its file name if in the rules folder)


def _shipped_file(pack: Pack) -> str | None:
    from reportlint.resources import rules_dir

    try:
        path = Path(pack.path)
        return path.name if path.parent == rules_dir() else None
    except Exception:
        return None


class _Pickler(pickle.Pickler):
    """Packs travel as references: shipped ones by name, others by a token the receiving side holds.

    The parent tokenizes every pack it sends (and sends the worker each new one once); a worker
    tokenizes only packs the parent gave it, and pickles in full one it built itself. Packs are
    found through the dispatch table (looked up by type in C), not a persistent_id called with
    every object of a result.
    """

    def __init__(self, file: io.BytesIO, seen: set[int], known: set[int] | None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        # (a function of `seen` and `known`, not a bound method: the pickler in its own dispatch table would
        # be a cycle, freed only by the collector, and its memo would hold every tuple it pickled until then)
        self.dispatch_table = {**_dispatch(), Pack: partial(_reduce_pack, seen, known)}


def _reduce_pack(seen: set[int], known: set[int] | None, obj: Pack) -> Any:
    name = _builtin_name(obj)
    if name is not None:
        return _builtin_pack, (name,)
    if known is None:
        token = _token(obj)
    elif _RECEIVED.get(id(obj), id(obj)) in known:
        token = _RECEIVED.get(id(obj), id(obj))
    else:
        return obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)  # in full
    seen.add(token)
    return _pack_of_token, (token,)


def _builtin_pack(name: str) -> Pack:
    from reportlint.pack import load_builtin

    return load_builtin(name)


def _pack_of_token(token: int) -> Pack:
    if token not in _PACKS:
        raise pickle.UnpicklingError(f"unknown pack token {token}")
    return _PACKS[token]


@lru_cache(maxsize=1)
def _dispatch() -> dict[type, Callable[[Any], Any]]:
    """copyreg's reducers, and the model's frozen slots dataclasses read field by field in C.

    Python 3.11 pickles a slots dataclass through a __getstate__ that calls dataclasses.fields()
    for each object, and unpickles it through a __setstate__ that does so again: with a
    result's hundreds of cells and locations, most of the time a result took to travel.
    """
    import dataclasses

    from reportlint import model

    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for cls in vars(model).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__:
            names = tuple(f.name for f in dataclasses.fields(cls))
            _FIELDS[cls] = names
            table[cls] = _slots_reducer(cls, operator.attrgetter(*names), len(names) == 1)
    return table


_FIELDS: dict[type, tuple[str, ...]] = {}


def _slots_reducer(cls: type, get: Callable[[Any], Any], single: bool) -> Callable[[Any], Any]:
    if single:
        return lambda obj: (_rebuild, (cls, (get(obj),)))
    return lambda obj: (_rebuild, (cls, get(obj)))


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    obj: Any = object.__new__(cls)
    names = _fields_of(cls)
    # each field set in C (frozen: the class's own __setattr__ refuses)
    any(map(object.__setattr__, itertools.repeat(obj, len(names)), names, values))
    return obj


def _fields_of(cls: type) -> tuple[str, ...]:
    if cls not in _FIELDS:
        _dispatch()
    return _FIELDS[cls]


def _dumps(obj: Any, known: set[int] | None = None) -> tuple[bytes, set[int]]:
    """Pickle `obj`; `known`: the pack tokens the other side holds (None: the parent, which holds them all)."""
    buf = io.BytesIO()
    seen: set[int] = set()
    _Pickler(buf, seen, known).dump(obj)
    return buf.getvalue(), seen


def _loads(data: bytes) -> Any:
    return pickle.loads(data)


_IN_WORKER = False  # set in a worker: the packs the parent holds are those it gave this process


def in_worker() -> bool:
    """Whether this process is a worker (or a child forked for one input), whose results travel pickled."""
    return _IN_WORKER


class PackedTables(Mapping[str, Any]):
    """A document's tables pickled once where they were read, unpickled where they are first looked into.

    A batch's parent mostly needs a result's findings and the document's prose (to place them), not its
    hundreds of cells: unpickling those cost more than the rest of the result together. The table ids
    are kept apart, so that asking which tables there are does not unpickle them. The tables never
    change (read-only mappings of frozen objects), so the bytes stay theirs.
    """

    __slots__ = ("_data", "_ids", "_tables")

    def __init__(self, ids: tuple[str, ...], data: bytes) -> None:
        self._ids, self._data = ids, data
        self._tables: Mapping[str, Any] | None = None

    @classmethod
    def of(cls, tables: Mapping[str, Any]) -> PackedTables:
        if isinstance(tables, PackedTables):
            return tables
        return cls(tuple(tables), _dumps(_table_columns(tables), set(_PACKS))[0])

    def _loaded(self) -> Mapping[str, Any]:
        if self._tables is None:
            self._tables = _tables_of(_loads(self._data))
        return self._tables

    def __getitem__(self, key: str) -> Any:
        if key not in self._ids:
            raise KeyError(key)
        return self._loaded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def __repr__(self) -> str:
        return repr(self._loaded())

    def __reduce__(self) -> tuple[Callable[..., PackedTables], tuple[tuple[str, ...], bytes]]:
        return PackedTables, (self._ids, self._data)


# ---- a document's tables column by column -------------------------------------------------------
# Pickled as objects, a table's ~200 cells and their locations cost a Python reducer call each (most of
# what making a worker's result took beyond the lint). A table in the usual form (a Table of Cells with
# Decimal or no values and Location or no locations, its cells a read-only dict) travels as columns of
# plain values instead, which pickle in C; it is rebuilt equal, field for field. Any other table, or a
# model whose fields are not those this code knows, travels as the objects themselves.

_TABLE_FIELDS = ("id", "loc", "cells", "rows", "columns", "extra_rows", "row_locs", "unread_rows")
_CELL_FIELDS = ("raw", "kind", "value", "loc")
_LOCATION_FIELDS = ("source", "line", "column", "end_line", "end_column", "page")


@lru_cache(maxsize=1)
def _columnar() -> tuple[Any, ...] | None:
    """The model's classes and their field readers, if their fields are those the columns hold (else None)."""
    import dataclasses
    from decimal import Decimal

    from reportlint.model import Cell, CellKind, Location, Table

    def names(cls: type) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    if (names(Table), names(Cell), names(Location)) != (_TABLE_FIELDS, _CELL_FIELDS, _LOCATION_FIELDS):
        return None
    kinds = tuple(CellKind)
    return (Table, Cell, Location, Decimal, kinds, {k: i for i, k in enumerate(kinds)},
            operator.attrgetter(*_CELL_FIELDS), operator.attrgetter(*_LOCATION_FIELDS))


def _table_columns(tables: Mapping[str, Any]) -> Any:
    """What PackedTables pickles of `tables`: ("columns", mapping type, [(id, columns or the table)]), or the
    tables themselves when they are not a dict or a read-only dict."""
    known = _columnar()
    if known is None or type(tables) not in (dict, MappingProxyType):
        return tables
    return ("columns", type(tables) is dict, [(tid, _columns(t, known) or t) for tid, t in tables.items()])


def _columns(table: Any, known: tuple[Any, ...]) -> tuple[Any, ...] | None:
    Table, Cell, Location, Decimal, _, kind_code, cell_fields, location_fields = known
    if type(table) is not Table or len(vars(table)) != len(_TABLE_FIELDS) or type(table.cells) is not MappingProxyType:
        return None
    cells = tuple(table.cells.values())
    if cells and set(map(type, cells)) != {Cell}:
        return None
    raws, kinds, values, locs = zip(*map(cell_fields, cells), strict=True) if cells else ((), (), (), ())
    value_types, loc_types = set(map(type, values)), set(map(type, locs))
    if not value_types <= {Decimal, type(None)} or not loc_types <= {Location, type(None)} \
            or not set(map(type, raws)) <= {str}:
        return None
    # a Decimal's str is exact (sign, digits, exponent): read back, the same number as written
    numbers = tuple(map(str, values)) if type(None) not in value_types else \
        tuple(None if v is None else str(v) for v in values)
    places = tuple(map(location_fields, locs)) if type(None) not in loc_types else \
        tuple(None if at is None else location_fields(at) for at in locs)
    return (table.id, table.loc, tuple(table.cells), raws, bytes(map(kind_code.__getitem__, kinds)), numbers, places,
            table.rows, table.columns, table.extra_rows, table.row_locs, table.unread_rows)


def _tables_of(data: Any) -> Mapping[str, Any]:
    """The tables `_table_columns` made `data` of."""
    if not (isinstance(data, tuple) and data and data[0] == "columns"):
        return data  # type: ignore[no-any-return]
    known = _columnar()
    assert known is not None
    _, plain, items = data
    tables = {tid: t if not isinstance(t, tuple) else _table(t, known) for tid, t in items}
    return tables if plain else MappingProxyType(tables)


def _table(columns: tuple[Any, ...], known: tuple[Any, ...]) -> Any:
    Table, Cell, Location, Decimal, kinds, _, _, _ = known
    tid, loc, keys, raws, codes, values, locs, rows, cols, extra_rows, row_locs, unread_rows = columns
    cells = [Cell(raw, kinds[code], None if value is None else Decimal(value), None if at is None else Location(*at))
             for raw, code, value, at in zip(raws, codes, values, locs, strict=True)]
    return Table(tid, loc, MappingProxyType(dict(zip(keys, cells, strict=True))), rows, cols, extra_rows, row_locs,
                 unread_rows)


def dumps_to_parent(obj: Any) -> bytes:
    """`obj` pickled as this process sends a result to the parent (in the parent: as the parent keeps one)."""
    return _dumps(obj, set(_PACKS) if _IN_WORKER else None)[0]


# ---- the worker side ------------------------------------------------------------------

def _serve(conn: Connection, memory_headroom: int | None, initializer: Callable[..., Any] | None,
           initargs: tuple[Any, ...]) -> None:
    """A worker's loop: install packs, run calls, answer with ("ok", result) or ("error", exception)."""
    global _IN_WORKER
    _IN_WORKER = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _limit_memory(memory_headroom)
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            kind, payload = _loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        if kind == "pack":
            token, pack = payload
            _PACKS[token] = pack
            _RECEIVED[id(pack)] = token
            continue
        if kind == "stop":
            return
        try:
            fn, args = payload
            answer: tuple[str, Any] = ("ok", fn(*args))
        except Exception as exc:  # reported to the parent, which makes it a finding
            answer = ("error", _portable(exc))
        known = set(_PACKS)  # the packs the parent gave this worker (received, or inherited by fork)
        try:
            data, _ = _dumps(answer, known)
        except Exception as exc:  # an unpicklable result: say so rather than die silently
            data, _ = _dumps(("error", RuntimeError(f"cannot send the result back: {exc}")), known)
        conn.send_bytes(data)


def _portable(exc: BaseException) -> BaseException:
    try:
        pickle.dumps(exc)
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _limit_memory(headroom: int | None) -> None:
    """Cap the worker's address space so a memory bomb becomes a MemoryError, not a swapping machine."""
    if not headroom:
        return
    try:
        import resource

        with open(f"/proc/{os.getpid()}/statm") as fh:
            pages = int(fh.read().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + headroom
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
    except (ImportError, OSError, ValueError):
        pass  # not Linux: no cap beyond the input's own limits


# ---- the parent side ------------------------------------------------------------------

class _Slot:
    """One worker process (started on first use, restarted after a kill) and the packs it holds."""

    def __init__(self, method: str, memory_headroom: int | None, initializer: Callable[..., Any] | None = None,
                 initargs: tuple[Any, ...] = ()) -> None:
        self.method, self.memory_headroom = method, memory_headroom
        self.initializer, self.initargs = initializer, initargs
        self.proc: BaseProcess | None = None
        self.conn: Connection | None = None
        self.packs: set[int] = set()

    def start(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context(self.method)
        parent, child = ctx.Pipe()
        with _PACK_LOCK:
            known = set(_PACKS) if self.method == "fork" else set()
        # (typeshed's BaseContext, which get_context(str) is typed as, has no Process; every real context has)
        proc = ctx.Process(target=_serve, args=(child, self.memory_headroom, self.initializer,  # type: ignore[attr-defined]
                                                self.initargs), daemon=True)
        proc.start()
        child.close()
        self.proc, self.conn, self.packs = proc, parent, known

    @property
    def pipe(self) -> Connection:
        """The pipe to the started worker."""
        assert self.conn is not None
        return self.conn

    def stop(self, kill: bool = False) -> None:
        # The slot lets go of its process first: a thread still inside call() (scan's fetchers when
        # the run is stopped) then fails on its own references, never on a half-stopped slot.
        proc, conn = self.proc, self.conn
        self.proc = self.conn = None
        if proc is None or conn is None:
            return
        if kill:
            proc.kill()
        else:
            try:
                conn.send_bytes(_dumps(("stop", None))[0])
            except OSError:
                proc.kill()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        conn.close()

    def send(self, data: bytes, needs: set[int], restart: bool = True) -> Connection:
        """Send one pickled call (and the packs it needs that the worker lacks), starting the worker if needed;
        raise EOFError or OSError (the worker died). With `restart` False (calls of the worker still owe an
        answer) a dead worker is EOFError, not a new worker that would answer for calls it never had."""
        if self.proc is None or not self.proc.is_alive():
            if not restart and self.proc is not None:
                raise EOFError("the worker died")
            self.stop(kill=True)
            self.start()
        conn = self.conn
        if conn is None:
            raise EOFError("the worker was stopped")
        for token in needs - self.packs:  # in full, once: plain pickle, not a reference to itself
            conn.send_bytes(pickle.dumps(("pack", (token, _PACKS[token])), protocol=pickle.HIGHEST_PROTOCOL))
            self.packs.add(token)
        conn.send_bytes(data)
        return conn

    def call(self, data: bytes, needs: set[int], time_limit: float | None) -> Any:
        """Send one pickled call; raise OverBudget or EOFError (the worker died)."""
        conn = self.send(data, needs)
        if not conn.poll(time_limit):
            self.stop(kill=True)
            raise OverBudget(time_limit or 0)
        return _loads(conn.recv_bytes())

    def died(self) -> str:
        proc = self.proc
        if proc is not None:
            proc.join(2)
        code = proc.exitcode if proc is not None else None
        self.stop(kill=True)
        return _how_it_ended(code) if code is not None else "ended unexpectedly"


class Workers:
    """`size` worker processes; `call(fn, *args)` runs fn(*args) in one of them within the time limit.

    Thread-safe: scan's fetching threads share the workers. With `time_limit`
    None or no usable start method, calls run in the calling process.
    """

    def __init__(self, size: int = 1, time_limit: float | None = DEFAULT_TIME_LIMIT, method: str | None = None,
                 memory_headroom: int | None = MEMORY_HEADROOM, initializer: Callable[..., Any] | None = None,
                 initargs: tuple[Any, ...] = ()) -> None:
        self.time_limit = time_limit
        self.method = method or default_method()
        self.inline = time_limit is None or self.method is None
        self.closed = False
        self.idle: queue.Queue[_Slot] = queue.Queue()
        self.slots = [_Slot(self.method or "fork", memory_headroom, initializer, initargs)
                      for _ in range(max(1, size))]
        for slot in self.slots:
            self.idle.put(slot)

    def start(self, count: int) -> None:
        """Start the first `count` workers now. Call it before starting threads that share the workers: a
        fork beside running threads may copy a lock another thread holds (a worker killed past its time
        limit is still restarted by the thread that needs it)."""
        if self.inline:
            return
        for slot in self.slots[:count]:
            if slot.proc is None:
                slot.start()

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self.inline:
            return fn(*args)
        data, needs = _dumps(("call", (fn, args)))
        slot = self.idle.get()
        try:
            for attempt in (1, 2):
                try:
                    kind, value = slot.call(data, needs, self.time_limit)
                    break
                except (EOFError, OSError, BrokenPipeError):
                    reason = slot.died()
                    if attempt == 2 or self.closed:  # (closed: the run is ending, no new worker)
                        raise WorkerDied(reason) from None
        finally:
            self.idle.put(slot)
        if kind == "error":
            raise value
        return value

    def in_order(self, calls: Iterable[tuple[Callable[..., Any], tuple[Any, ...]]],
                 window: int) -> Iterator[tuple[str, Any] | Exception]:
        """fn(*args) of each call in the workers, answered in the order of the calls: ("ok", value), ("error",
        exception), or the OverBudget or WorkerDied the call ended with. For calls made from one thread (the
        CLI's batch): this thread drives every worker, no thread a call.

        Each worker holds up to two calls: the one it runs, and the next, waiting in its pipe, which it starts
        as soon as it has answered. A call's time limit runs from when it was sent to an idle worker, or from
        when the call before it on that worker was answered. A call past its limit (the worker killed) or
        whose worker died takes only itself with it: the call waiting behind it goes to a new worker as if
        never sent. At most `window` calls are sent and not yet given back, so memory stays flat.
        """
        from multiprocessing.connection import wait

        limit = self.time_limit or 0.0
        todo = enumerate(calls)
        queues: dict[_Slot, deque[_Task]] = {slot: deque() for slot in self.slots}
        again: deque[_Task] = deque()  # calls to send (again) before new ones: a retry, or one a killed worker held
        done: dict[int, tuple[str, Any] | Exception] = {}
        given = taken = 0  # calls given back, calls taken from `calls`
        exhausted = False
        while True:
            for slot, line in queues.items():
                while len(line) < 2:
                    if again:
                        task = again[0]
                    elif not exhausted and taken - given < window:
                        item = next(todo, None)
                        if item is None:
                            exhausted = True
                            break
                        data, needs = _dumps(("call", item[1]))
                        task = _Task(item[0], data, needs)
                        again.append(task)
                        taken += 1
                    else:
                        break
                    if line and not task.light(slot):
                        break  # a pack to send, or a big call: only to an idle worker (no pipe filled both ways)
                    again.popleft()
                    try:
                        slot.send(task.data, task.needs, restart=not line)
                    except (EOFError, OSError):
                        line.append(task)
                        self._died(slot, line, again, done)
                        continue
                    task.deadline = time.monotonic() + limit if not line else None
                    line.append(task)
            while given in done:
                yield done.pop(given)
                given += 1
            busy = {slot.pipe: slot for slot, line in queues.items() if line}
            if not busy:
                if exhausted and not again:
                    return
                continue
            now = time.monotonic()
            first = min(queues[slot][0].deadline or now for slot in busy.values())
            for conn in wait(list(busy), max(0.0, first - now)):
                slot = busy[conn]  # type: ignore[index]
                line = queues[slot]
                try:
                    answer = _loads(slot.pipe.recv_bytes())
                except (EOFError, OSError):
                    self._died(slot, line, again, done)
                    continue
                done[line.popleft().index] = answer
                if line:
                    line[0].deadline = time.monotonic() + limit
            now = time.monotonic()
            for slot in busy.values():
                line = queues[slot]
                if line and line[0].deadline is not None and line[0].deadline <= now:
                    slot.stop(kill=True)
                    done[line.popleft().index] = OverBudget(limit)
                    again.extendleft(reversed(line))  # (not sent, as far as the next worker knows)
                    line.clear()

    def _died(self, slot: _Slot, line: deque[_Task], again: deque[_Task],
              done: dict[int, tuple[str, Any] | Exception]) -> None:
        """The worker died under the first call of its line: that call is retried once; the others wait again."""
        reason = slot.died()
        head = line.popleft()
        waiting = list(line)
        line.clear()
        if head.attempt == 1 and not self.closed:
            head.attempt = 2
            waiting.insert(0, head)
        else:
            done[head.index] = WorkerDied(reason)
        again.extendleft(reversed(waiting))

    def close(self) -> None:
        self.closed = True
        for slot in self.slots:
            slot.stop()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Task:
    """A call of `Workers.in_order`: its place, its pickle, the packs it needs, which attempt, when it is over time."""

    __slots__ = ("attempt", "data", "deadline", "index", "needs")

    def __init__(self, index: int, data: bytes, needs: set[int]) -> None:
        self.index, self.data, self.needs = index, data, needs
        self.attempt = 1
        self.deadline: float | None = None

    def light(self, slot: _Slot) -> bool:
        """Whether it may wait in a busy worker's pipe: small, and no pack to send first."""
        return len(self.data) < 16384 and self.needs <= slot.packs


class OneShot(Workers):
    """Each call in a process forked for it alone: for a run of one input (the CLI's `check FILE`).

    The same guarantees as a pool worker (the time limit, the memory cap, a death retried once, the
    result or the exception back), without multiprocessing: a plain fork, the answer pickled into a
    pipe, and the child's exit, which skips the interpreter's teardown. Where fork is not available
    it is a pool of one.
    """

    def __init__(self, time_limit: float | None = DEFAULT_TIME_LIMIT,
                 memory_headroom: int | None = MEMORY_HEADROOM) -> None:
        super().__init__(1, time_limit=time_limit, memory_headroom=memory_headroom)
        self.memory_headroom = memory_headroom
        self.forks = not self.inline and self.method == "fork" and hasattr(os, "fork")

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        if not self.forks:
            return super().call(fn, *args)
        _dumps(("call", (fn, args)))  # the packs it holds get their tokens: the child sends them back as such
        for attempt in (1, 2):
            try:
                kind, value = _forked(fn, args, self.time_limit, self.memory_headroom)
                break
            except _Died as exc:
                if attempt == 2:
                    raise WorkerDied(str(exc)) from None
        if kind == "error":
            raise value
        return value


class _Died(Exception):
    """The forked child ended without a whole answer (the message says how)."""


def _forked(fn: Callable[..., Any], args: tuple[Any, ...], time_limit: float | None,
            memory_headroom: int | None) -> tuple[str, Any]:
    """fn(*args) in a forked child within `time_limit` seconds: ("ok", result) or ("error", exception)."""
    import select
    import time

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _answer_and_exit(write_end, fn, args, memory_headroom)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + (time_limit or 0)
    ended = False  # the child closed the pipe: it answered, or died
    try:
        while not ended:
            left = deadline - time.monotonic()
            if time_limit and left <= 0:
                raise OverBudget(time_limit)
            ready, _, _ = select.select([read_end], [], [], left if time_limit else None)
            if ready:
                chunk = os.read(read_end, 1 << 20)
                chunks.append(chunk)
                ended = not chunk
    finally:
        os.close(read_end)
        status = _reap(pid, kill=not ended)
    try:
        answer: tuple[str, Any] = _loads(b"".join(chunks))
    except Exception:
        raise _Died(_how_it_ended(os.waitstatus_to_exitcode(status))) from None
    return answer


def _answer_and_exit(fd: int, fn: Callable[..., Any], args: tuple[Any, ...], memory_headroom: int | None) -> None:
    global _IN_WORKER
    _IN_WORKER = True
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        _limit_memory(memory_headroom)
        try:
            answer: tuple[str, Any] = ("ok", fn(*args))
        except Exception as exc:  # reported to the parent, which makes it a finding
            answer = ("error", _portable(exc))
        known = set(_PACKS)  # the packs the parent tokenized before the fork
        try:
            data, _ = _dumps(answer, known)
        except Exception as exc:  # an unpicklable result: say so rather than die silently
            data, _ = _dumps(("error", RuntimeError(f"cannot send the result back: {exc}")), known)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no flushing the parent's buffers, no teardown


def _reap(pid: int, kill: bool) -> int:
    """The child's wait status; `kill`: it is stopped first (past the time limit, or the parent interrupted)."""
    if kill:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


def _how_it_ended(code: int) -> str:
    """A process's exit code in words (negative: the signal that killed it)."""
    if code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def default_method() -> str | None:
    """fork on Linux (cheap: the worker starts with the parent's imports and packs), spawn on other POSIX
    systems, none elsewhere (calls then run in the calling process, without a hard time limit)."""
    if sys.platform.startswith("linux"):
        return "fork"
    if os.name == "posix":
        return "spawn"
    return None
