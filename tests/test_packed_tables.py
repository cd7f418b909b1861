"""A document's tables packed column by column come back equal, field for field, to the tables themselves."""

from __future__ import annotations

import pickle
import random
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reportlint.model import Cell, CellKind, ExtraRow, Location, Table
from reportlint.workers import PackedTables, _dumps

NUMBERS = ["0", "12", "-3", "1.50", "1.5", "15E-1", "1E+3", "-0", "0.000", "Infinity", "123456789012345678901234567890.5"]


def _location(rng: random.Random) -> Location | None:
    if rng.random() < 0.2:
        return None
    line = rng.randrange(1, 500)
    return Location(rng.choice(["a.txt", "报告.pdf"]), line, rng.randrange(1, 80), line, rng.randrange(1, 90),
                    rng.choice([None, 1, 7]))


def _cell(rng: random.Random) -> Any:
    kind = rng.choice(list(CellKind))
    value = Decimal(rng.choice(NUMBERS)) if kind is CellKind.NUMBER and rng.random() < 0.9 else None
    raw = rng.choice(["", "—", "12", "无", "1,234"])
    if rng.random() < 0.02:
        return ("not", "a cell")  # not in the usual form: the table travels as itself
    return Cell(raw, kind, value, _location(rng))


def _table(rng: random.Random, tid: str) -> Table:
    rows = tuple(f"r{i}" for i in range(rng.randrange(0, 6)))
    cols = tuple(f"c{i}" for i in range(rng.randrange(1, 4)))
    cells = {(r, c): _cell(rng) for r in rows for c in cols if rng.random() < 0.8}
    loc = _location(rng) or Location("a.txt", 1, 1, 1, 1)
    extra = (ExtraRow("其他", loc, ("1", "2")),) if rng.random() < 0.3 else ()
    row_locs = MappingProxyType({r: loc for r in rows[:2]})
    mapping: Any = MappingProxyType(cells) if rng.random() < 0.9 else dict(cells)
    return Table(tid, loc, mapping, rows, cols, extra, row_locs, rows[-1:] if rng.random() < 0.2 else ())


def _same(a: Any, b: Any) -> None:
    assert type(a) is type(b) and a == b
    if isinstance(a, Table):
        assert type(a.cells) is type(b.cells) and list(a.cells) == list(b.cells)
        for x, y in zip(a.cells.values(), b.cells.values(), strict=True):
            assert type(x) is type(y)
            if isinstance(x, Cell):
                assert x.kind is y.kind and type(x.loc) is type(y.loc) and type(x.value) is type(y.value)
                if isinstance(x.value, Decimal):
                    assert str(x.value) == str(y.value) and x.value.as_tuple() == y.value.as_tuple()


def test_packed_tables_come_back_as_they_were():
    rng = random.Random(16)
    for _ in range(300):
        tables: Any = {f"t{i}": _table(rng, f"t{i}") for i in range(rng.randrange(0, 4))}
        if rng.random() < 0.7:
            tables = MappingProxyType(tables)
        sent = PackedTables.of(tables)
        arrived = pickle.loads(pickle.dumps(sent))
        assert list(arrived) == list(tables)
        loaded = arrived._loaded()
        assert type(loaded) is type(tables) and list(loaded) == list(tables)
        for tid in tables:
            _same(tables[tid], loaded[tid])


def test_a_real_documents_tables_come_back_as_they_were():
    from reportlint.engine import lint
    from reportlint.pack import load_builtin

    root = Path(__file__).resolve().parents[1] / "fixtures"
    for name in ("compliant-tab", "compliant"):
        report = next((root / name).glob("report.*"), None)
        if report is None:
            continue
        doc = lint(str(report), load_builtin()).document
        assert doc is not None and doc.tables
        loaded = PackedTables(*PackedTables.of(doc.tables).__reduce__()[1])._loaded()
        for tid in doc.tables:
            _same(doc.tables[tid], loaded[tid])
        assert pickle.loads(_dumps(doc.tables, set())[0]) == loaded  # as the objects themselves would travel


def test_a_pickle_leaves_no_cycle_for_the_collector():
    """The pickler is freed as soon as it is done (its memo holds every tuple it pickled): a worker's result
    made ~450 objects of cyclic garbage a report when the pickler was in its own dispatch table."""
    import gc

    from reportlint.pack import load_builtin

    rng = random.Random(7)
    tables = MappingProxyType({f"t{i}": _table(rng, f"t{i}") for i in range(4)})
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        for known in (None, set()):
            _dumps(("ok", (load_builtin("gov-2021"), PackedTables.of(tables), tables)), known)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
