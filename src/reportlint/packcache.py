"""A cache of built packs as plain data (JSON), so that start-up reads no YAML and parses no expression.

The file holds data only: dataclasses of the pack model written as tagged JSON
objects and rebuilt from a closed list of classes (nothing else can be named,
nothing is imported or called on load). Its name and content are keyed by the
package version, every pack file and the source of the modules that build a
pack, so a changed builder is never served a stale pack. A missing, stale,
unreadable or malformed cache is rebuilt; an unwritable cache folder only
costs the rebuild.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlint import expr, pack
from reportlint.hashes import content_key
from reportlint.resources import cache_home, grammar_path, rules_dir, write_whole

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

FORMAT = "reportlint.pack-cache/1"
# the modules whose code decides what a built pack holds
BUILDERS = ("pack.py", "kinds.py", "expr.py", "patterns.py", "packcache.py")

_CLASSES: dict[str, type[DataclassInstance]] = {cls.__name__: cls for cls in (
    pack.SectionTpl, pack.ColumnTpl, pack.RowTpl, pack.GroupTpl, pack.TableTpl, pack.RuleSpec, pack.Example,
    pack.ReportType, pack.Body, pack.Pack,
    expr.Expr, expr.Key, expr.CellRef, expr.Span, expr.Sum, expr.Const, expr.BinOp,
)}


def cache_dir() -> Path:
    return cache_home("packs")


@lru_cache(maxsize=1)
def key() -> str | None:
    """The digest of everything a built pack depends on (None when a part cannot be read)."""
    from reportlint import __version__

    digest = content_key()
    digest.update(f"{FORMAT}\0{__version__}\0".encode())
    here = Path(__file__).resolve().parent
    try:
        parts = [*sorted(rules_dir().glob("*")), grammar_path("expr.lark"), *(here / m for m in BUILDERS)]
        for part in parts:
            digest.update(part.name.encode() + b"\0" + part.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def path_for(source: Path) -> Path | None:
    digest = key()
    return None if digest is None else cache_dir() / f"{source.stem}-{digest[:16]}.json"


def read(source: Path) -> pack.Pack | None:
    target = path_for(source)
    if target is None:
        return None
    try:
        data = loads(target.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("key") != key():
            return None
        built = data["pack"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(built, pack.Pack):
        return None
    # The key is the content, not the place: the same release installed elsewhere (another virtual
    # environment, since removed) reads the entry another wrote, whose path is the writer's.
    return built if built.path == str(source) else dataclasses.replace(built, path=str(source))


def write(source: Path, built: pack.Pack) -> None:
    target = path_for(source)
    if target is None:
        return
    try:
        text = json.dumps({"format": FORMAT, "key": key(), "pack": encode(built)}, ensure_ascii=False)
        write_whole(target, text.encode("utf-8"))
    except OSError:
        pass  # no cache: only a slower start


def encode(value: Any) -> Any:
    cls = _CLASSES.get(type(value).__name__)
    if cls is not None and cls is type(value):
        names = [f.name for f in dataclasses.fields(cls)]
        return {"@": type(value).__name__, "f": {name: encode(getattr(value, name)) for name in names}}
    if isinstance(value, Decimal):
        return {"@d": str(value)}
    if isinstance(value, dict) or hasattr(value, "items"):
        return {"@m": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def loads(text: str) -> Any:
    """The cache file's wrapper with its pack rebuilt from `encode`'s form: only the classes listed above,
    never anything named by the data. Each tagged object is rebuilt by json's C decoder as it closes (a
    second walk over every value in Python took ~2/3 of a cold start's cache read)."""
    return json.loads(text, object_hook=_rebuild)


class _Fields(dict[str, Any]):
    """An untagged JSON object: a tagged object's fields (or the file's wrapper), never a value."""


def _rebuild(obj: dict[str, Any]) -> Any:
    """One JSON object of the cache, its members already rebuilt (arrays still lists: made tuples here)."""
    if "@" in obj:
        cls = _CLASSES[obj["@"]]  # KeyError for anything else
        fields = obj["f"]
        if type(fields) is not _Fields:
            raise TypeError("a tagged object's fields are not an object")
        return cls(**{str(k): _value(v) if type(v) in _RAW else v for k, v in fields.items()})
    if "@d" in obj:
        return Decimal(obj["@d"])
    if "@m" in obj:
        return {(_value(k) if type(k) in _RAW else k): (_value(v) if type(v) in _RAW else v) for k, v in obj["@m"]}
    return _Fields(obj)


def _value(raw: Any) -> tuple[Any, ...]:
    """An array as a tuple (as `encode` found it); an untagged object is no value."""
    if type(raw) is _Fields:
        raise KeyError("an untagged object where a value belongs")
    return tuple([_value(v) if type(v) in _RAW else v for v in raw])


_RAW = frozenset((list, _Fields))
