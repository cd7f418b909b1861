"""The JSON reporter's own indented encoder writes exactly what json.dumps(..., indent=2) writes."""

from __future__ import annotations

import enum
import json
import random
from typing import Any

import pytest

from reportlint.reporters.json_out import dumps, indented


class Kind(enum.StrEnum):
    A = "a\u4e00"


class Level(enum.IntEnum):
    HIGH = 3


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


SCALARS: list[Any] = ["", "x", "引号\"\\/\n\t\x00\x1f\u2028\ud800", "😀", 0, -1, 10**30, True, False, None, 0.1, -2.5e-300,
                      1e300, float("inf"), float("-inf"), float("nan"), Kind.A, Level.HIGH]
KEYS: list[Any] = ["k", "", "键\n", 1, -7, 2.5, True, False, None, Kind.A, Level.HIGH]


def _random(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth <= 0 or roll < 0.4:
        return rng.choice(SCALARS)
    if roll < 0.6:
        return [_random(rng, depth - 1) for _ in range(rng.randrange(4))]
    if roll < 0.7:
        return tuple(_random(rng, depth - 1) for _ in range(rng.randrange(3)))
    return {rng.choice(KEYS): _random(rng, depth - 1) for _ in range(rng.randrange(4))}


def test_the_same_text_as_json_on_random_values():
    rng = random.Random(16)
    for _ in range(3000):
        data = _random(rng, 5)
        assert indented(data) == _json(data)
        assert dumps(data) == _json(data) + "\n"
        assert indented(data, "\n    ") == _json(data).replace("\n", "\n    ")


def test_what_it_does_not_know_goes_to_json():
    from decimal import Decimal

    with pytest.raises(TypeError):
        indented({"a": [Decimal(1)]})
    with pytest.raises(TypeError):
        indented({(1, 2): 1})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError):
        indented({"a": loop})
