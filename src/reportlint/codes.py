"""Rule codes where users type them (--select, --ignore, configuration, suppressions): known or refused.

A code or prefix is known when some rule of the packs in use starts with it
(`RL`, `RL3`, `RL203`). An unknown one is named with the closest known code, so
a typo (`RL9999`, `RL2033`) is an error instead of silently selecting nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlint.i18n import both


def is_known(code: str, known: Iterable[str]) -> bool:
    return any(k.startswith(code) for k in known)


def closest(code: str, known: Iterable[str]) -> str | None:
    import difflib  # only for a code that is not known (the codes of every run are checked)

    known = sorted(set(known))
    near = difflib.get_close_matches(code, known, n=1, cutoff=0.5)
    if near:
        return near[0]
    prefix = next((code[:n] for n in range(len(code) - 1, 2, -1) if is_known(code[:n], known)), None)
    return prefix


def problem(code: str, known: Iterable[str]) -> dict[str, str] | None:
    """`RL9999: no such rule; did you mean RL999?` (in both languages) for an unknown code or prefix, else None."""
    known = list(known)
    if is_known(code, known):
        return None
    near = closest(code, known)
    return both("codes.no_such_near", code=code, near=near) if near else both("codes.no_such", code=code)


def check_all(codes: Sequence[str], known: Iterable[str]) -> dict[str, str] | None:
    known = list(known)
    return next((p for c in codes if (p := problem(c, known))), None)


def builtin_codes() -> set[str]:
    """Every code of the built-in packs (a selection may name the rules of any report type)."""
    from reportlint.pack import Catalogue

    catalogue = Catalogue()
    return {r.code for name in catalogue.names() if (p := catalogue.named(name)) for r in p.rules}
