"""Reporters: one small class per output format, registered by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reportlint.i18n import render
from reportlint.model import Finding, Result
from reportlint.pack import Pack


@dataclass(frozen=True)
class Context:
    """What a reporter needs besides the results: the pack (for messages), language, colour, version."""

    pack: Pack
    lang: str = "zh"
    color: bool = False
    version: str = ""

    def message(self, finding: Finding) -> str:
        rule = self.pack.rule(finding.code)
        template = finding.template or (rule.message if rule is not None else None)  # the pack that made it
        if template is None:
            return finding.code
        return render(template, finding.args, self.lang)


class Reporter:
    """Turns the results of a run into the text of one output format.

    A reporter implements `render` (all results at once) or `stream` (results
    written as they come, so a run over thousands of files holds one at a time);
    each method falls back on the other.
    """

    name = ""

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        parts: list[str] = []
        self.stream(results, ctx, parts.append)
        return "".join(parts)

    def stream(self, results: Iterable[Result], ctx: Context, write: Callable[[str], object]) -> None:
        write(self.render(list(results), ctx))


# name -> module: a reporter's module is imported only when its format is asked for (start-up stays light)
REPORTERS: dict[str, str] = {
    "text": "text", "concise": "plain", "github": "plain", "junit": "plain",
    "json": "json_out", "sarif": "sarif", "html": "html", "docx": "docx",
}
_CLASSES: dict[str, Callable[[], Reporter]] = {}


def register(cls: type[Reporter]) -> type[Reporter]:
    _CLASSES[cls.name] = cls
    return cls


def get(name: str) -> Reporter:
    if name not in _CLASSES:
        import importlib

        importlib.import_module(f"reportlint.reporters.{REPORTERS[name]}")
    return _CLASSES[name]()
