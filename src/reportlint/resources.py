"""Where the shipped grammars and rule packs live.

In a wheel they are package data (`reportlint/grammars`, `reportlint/rules`);
in a source checkout (editable install, tests) they are the top-level
`grammars/` and `rules/` folders.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


def _data_dir(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _CHECKOUT / name


def grammar_path(name: str) -> Path:
    return _data_dir("grammars") / name


def rules_dir() -> Path:
    return _data_dir("rules")


def cache_home(name: str) -> Path:
    """reportlint's cache folder `name` (packs, sre, http) under $XDG_CACHE_HOME, else ~/.cache."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reportlint" / name
