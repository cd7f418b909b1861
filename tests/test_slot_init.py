"""The hand-written `__init__` of the hot frozen dataclasses (model.slot_init) is the one dataclasses writes:
the same parameters and defaults, the same fields set, and the instance still frozen."""

from __future__ import annotations

import dataclasses
import inspect
import random
from decimal import Decimal
from typing import Any

import pytest

from reportlint.model import Cell, CellKind, Location
from reportlint.parse.lines import Line, RawCell
from reportlint.parse.rows import RowCand, Value

HOT = [Location, Cell, RawCell, Value, Line, RowCand]


def _as_dataclasses_writes(cls: type) -> type:
    """A twin of `cls` whose methods are all the ones @dataclass(frozen=True, slots=True) writes."""
    spec = [(f.name, f.type, dataclasses.field(default=f.default) if f.default is not dataclasses.MISSING else
             dataclasses.field()) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=True, slots=True)


def _params(fn: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]


@pytest.mark.parametrize("cls", HOT, ids=lambda c: c.__name__)
def test_same_parameters_as_dataclasses(cls: type) -> None:
    assert cls.__init__ is not _as_dataclasses_writes(cls).__init__  # (the hand-written one is installed)
    assert _params(cls.__init__) == _params(_as_dataclasses_writes(cls).__init__)


def _value(rng: random.Random) -> Any:
    return rng.choice([None, 0, 7, -3, "", "规章", "1,234", Decimal("1.50"), CellKind.NUMBER, True, False,
                       Location("x", 1, 2, 1, 5)])


@pytest.mark.parametrize("cls", HOT, ids=lambda c: c.__name__)
def test_same_fields_set(cls: type) -> None:
    twin = _as_dataclasses_writes(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    required = [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    rng = random.Random(16)
    for _ in range(200):
        args = [_value(rng) for _ in range(rng.randint(len(required), len(names)))]
        split = rng.randint(0, len(args))
        kwargs = dict(zip(names[split:len(args)], args[split:], strict=True))
        made, expected = cls(*args[:split], **kwargs), twin(*args[:split], **kwargs)
        assert [getattr(made, n) for n in names] == [getattr(expected, n) for n in names]
        assert made == cls(*args) and hash(made) == hash(cls(*args))
        assert dataclasses.replace(made) == made
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, names[0], "changed")
    with pytest.raises(TypeError):
        cls(*([None] * (len(names) + 1)))  # too many
    with pytest.raises(TypeError):
        cls(*([None] * (len(required) - 1)))  # too few
