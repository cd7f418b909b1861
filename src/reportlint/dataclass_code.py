"""The methods `@dataclass` writes for reportlint's classes, compiled with the package, not at every start.

`@dataclass` writes a class's `__init__`, `__repr__`, `__eq__`, `__hash__` (and a frozen class's
`__setattr__` and `__delattr__`) as source text and compiles each with exec(): about 0.1 ms a
method, some 30 ms of a cold `check FILE`. `dataclass_code_table` (the classes a plain `check FILE`
makes) and `dataclass_code_table_more` (the others, read on the first miss) hold the same texts as a
generated modules (so Python caches their byte code like any other module's) and `install` makes
dataclasses take a method from there when its text is there, character for character: the same
text compiled ahead of time, with the same names passed in. Anything else (a class changed since
the table was generated, another library's class) is compiled by dataclasses as usual, and nothing
is installed unless this Python's `dataclasses._create_fn` is the one the table was made against
(its byte code's digest): the texts are rebuilt here the way that function builds them.

Nothing is read from outside the installed package. `python -m reportlint.generate` rewrites the
table; tests/test_generated.py fails when one of reportlint's classes is missing from it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, cast

from reportlint.hashes import sha256

_MISSING: Any = dataclasses.MISSING


def digest(create_fn: Callable[..., Any]) -> str:
    """What identifies an implementation of dataclasses._create_fn: its byte code and constants."""
    return sha256(repr(_key(create_fn.__code__)).encode()).hexdigest()


def text(name: str, args: Sequence[str], body: Sequence[str], names: Sequence[str], returns: bool) -> str:
    """The source dataclasses._create_fn (Python 3.11, 3.12) compiles for a method: a function of the
    names passed in (`names`, then `_return_type` when the method has a return annotation)."""
    annotation = "->_return_type" if returns else ""
    lines = "\n".join(f"  {b}" for b in body)
    params = ", ".join([*names, "_return_type"] if returns else names)
    return f"def __create_fn__({params}):\n def {name}({','.join(args)}){annotation}:\n{lines}\n return {name}"


def install() -> None:
    """Serve dataclasses the compiled methods (once; a no-op where the table does not fit this Python)."""
    original = getattr(dataclasses, "_create_fn", None)
    if original is None or hasattr(original, "__wrapped__"):
        return
    try:
        from reportlint import dataclass_code_table as table
    except ImportError:
        return
    if digest(original) != table.CREATE_FN:
        return
    compiled = dict(cast("dict[str, Callable[..., Any]]", table.TEXTS))
    more: list[bool] = []  # the second table read (once)

    def create_fn(name: str, args: Sequence[str], body: Sequence[str], *, globals: Any = None,
                  locals: dict[str, Any] | None = None, return_type: Any = _MISSING) -> Any:
        values = dict(locals or {})
        source = text(name, args, body, list(values), return_type is not _MISSING)
        factory = compiled.get(source)
        if factory is None and not more and str((globals or {}).get("__name__", "")).startswith("reportlint."):
            more.append(True)  # a class of the package a plain check does not make: the other table
            try:
                from reportlint import dataclass_code_table_more
            except ImportError:
                pass
            else:
                compiled.update(cast("dict[str, Callable[..., Any]]", dataclass_code_table_more.TEXTS))
                factory = compiled.get(source)
        if factory is None:
            return original(name, args, body, globals=globals, locals=locals, return_type=return_type)
        if return_type is not _MISSING:
            values["_return_type"] = return_type
        return factory(**values)

    create_fn.__wrapped__ = original  # type: ignore[attr-defined]
    dataclasses._create_fn = create_fn  # type: ignore[attr-defined]


def record(modules: Sequence[str]) -> list[str]:
    """The texts of every method the dataclasses of these modules make (imported here, fresh: run it in a
    new process), each checked to compile to what dataclasses itself makes of it."""
    import importlib

    installed = getattr(dataclasses, "_create_fn", None)
    if installed is None:
        return []
    original = getattr(installed, "__wrapped__", installed)
    seen: list[str] = []

    def create_fn(name: str, args: Sequence[str], body: Sequence[str], *, globals: Any = None,
                  locals: dict[str, Any] | None = None, return_type: Any = _MISSING) -> Any:
        values = dict(locals or {})
        source = text(name, args, body, list(values), return_type is not _MISSING)
        made = original(name, args, body, globals=globals, locals=locals, return_type=return_type)
        namespace: dict[str, Any] = {}
        exec(source, {}, namespace)  # the text dataclasses itself runs
        if not same_code(namespace["__create_fn__"].__code__.co_consts, made.__code__):
            raise RuntimeError(f"dataclasses compiles something else than this text:\n{source}")
        seen.append(source)
        return made

    dataclasses._create_fn = create_fn  # type: ignore[attr-defined]
    try:
        for module in modules:
            try:
                importlib.import_module(module)
            except ImportError:
                continue  # an optional library missing: its classes are compiled at run time there
    finally:
        dataclasses._create_fn = installed  # type: ignore[attr-defined]
    return sorted(set(seen))


def same_code(consts: tuple[Any, ...], code: Any) -> bool:
    """Whether the method code among a factory's constants is `code` (byte code, names, constants)."""
    inner = [c for c in consts if hasattr(c, "co_code")]
    return len(inner) == 1 and _key(inner[0]) == _key(code)


def _key(code: Any) -> Any:
    consts = tuple(_key(c) if hasattr(c, "co_code") else c for c in code.co_consts)
    return (code.co_code, code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars, consts)
