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


def write_whole(target: Path, data: bytes) -> None:
    """A cache entry written whole: through a temporary file of this process beside it, then renamed, so a
    reader (another process) sees the old entry or the new, never part of one. Raises OSError."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
