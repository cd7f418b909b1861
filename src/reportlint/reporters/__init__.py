"""Reporters: one small class per output format, registered by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlint.i18n import render
from reportlint.model import Finding, Result
from reportlint.pack import Pack


@dataclass(frozen=True)
class Context:
    pack: Pack
    lang: str = "zh"
    color: bool = False
    version: str = ""

    def message(self, finding: Finding) -> str:
        rule = self.pack.rule(finding.code)
        if rule is None:
            return finding.code
        return render(rule.message, finding.args, self.lang)


class Reporter:
    """Turns the results of a run into the text of one output format."""

    name = ""

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        raise NotImplementedError


REPORTERS: dict[str, Callable[[], Reporter]] = {}


def register(cls: type[Reporter]) -> type[Reporter]:
    REPORTERS[cls.name] = cls
    return cls


def get(name: str) -> Reporter:
    return REPORTERS[name]()


from reportlint.reporters import html, json_out, plain, sarif, text  # noqa: E402,F401  (registers the reporters)
