"""Each rule's examples, run: a passing example must not give its rule's code, a failing one must.

Run by `reportlint rules check PACK` and by the test suite (tests/test_examples.py),
so the documentation of every rule is also its smallest test.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.model import Result
from reportlint.pack import Example, Pack, RuleSpec


def codes_of(pack: Pack, rule: RuleSpec, example: Example) -> set[str]:
    """The codes the example's documents get."""
    from reportlint.engine import Options, check_together, lint_loaded
    from reportlint.sources.base import from_bytes

    options = Options()  # every rule runs (a suppression is judged by what it silences)
    results = [lint_loaded(from_bytes(name, text.encode("utf-8"), kind=example.kind), pack, options)
               for name, text in example.documents]
    if len(results) > 1:
        results = check_together(results, options, _parents(example, results))
    return {f.code for r in results for f in r.findings}


def _parents(example: Example, results: list[Result]) -> dict[str, str]:
    """body -> the body it reports to, from the example's `parent:` (documents named by their file name)."""
    from reportlint.across import body_key

    said = dict(example.parents)
    out: dict[str, str] = {}
    for (name, _), result in zip(example.documents, results, strict=True):
        doc = result.document
        body = body_key(doc.agency) if doc is not None else None
        if name in said and body:
            out[body] = body_key(said[name]) or said[name]
    return out


def failures(pack: Pack) -> Iterator[tuple[RuleSpec, str, int, str]]:
    """(rule, "pass"|"fail", index, what went wrong) for every example that does not do what it says."""
    for rule in pack.rules:
        for outcome in ("pass", "fail"):
            for i, example in enumerate(rule.cases.get(outcome, ())):
                found = rule.code in codes_of(pack, rule, example)
                if found != (outcome == "fail"):
                    said = "gives" if found else "does not give"
                    yield rule, outcome, i, f"example {outcome}[{i}] ({example.says}) {said} {rule.code}"


def missing(pack: Pack) -> list[str]:
    """Rules without a runnable passing and failing example."""
    from reportlint.kinds import FILE_ONLY

    return [r.code for r in pack.rules
            if not (r.cases.get("pass") and r.cases.get("fail")) and r.code not in FILE_ONLY]
