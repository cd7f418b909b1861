"""Messages in Chinese or English, rendered at output time from a rule's message template."""

from __future__ import annotations

import os
import string
from collections.abc import Mapping, Sequence
from typing import Any

LANGS = ("zh", "en")


def default_lang(environ: Mapping[str, str] | None = None) -> str:
    """REPORTLINT_LANG (zh or en) if set, else `en` when LANGUAGE/LC_ALL/LC_MESSAGES/LANG asks for English, else
    `zh`."""
    env = os.environ if environ is None else environ
    chosen = env.get("REPORTLINT_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def localize(value: Any, lang: str) -> Any:
    if isinstance(value, Mapping) and set(value) >= {"zh", "en"}:
        return value[lang]
    return value


class _Safe(string.Formatter):
    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str):
            return kwargs.get(key, "{" + key + "}")
        return super().get_value(key, args, kwargs)


_FORMATTER = _Safe()


def render(template: Mapping[str, str], args: Mapping[str, Any], lang: str) -> str:
    values = {k: localize(v, lang) for k, v in args.items()}
    return _FORMATTER.format(template[lang], **values)


def say(key: str, lang: str, /, **args: object) -> str:
    """The catalogue's message `key` (reportlint.messages) in `lang`, its placeholders filled."""
    from reportlint.messages import MESSAGES

    zh, en = MESSAGES[key]
    template = zh if lang == "zh" else en
    return template.format(**args) if args else template


def both(key: str, /, **args: object) -> dict[str, str]:
    """The message `key` in both languages: a {zh, en} argument of a finding, chosen at output time. An
    argument may itself be a {zh, en} pair."""
    return {lang: say(key, lang, **_localized(args, lang)) for lang in LANGS}


def _localized(args: Mapping[str, object], lang: str) -> dict[str, object]:
    """Arguments with each {zh, en} pair taken in `lang`."""
    return {k: localize(v, lang) for k, v in args.items()}


def plural(count: int) -> str:
    """The `…_s` field of an English message: "s" unless the count is one."""
    return "" if count == 1 else "s"


class Said(Exception):
    """A one-line error worded by the catalogue: a message id and its fields, printed in the user's language.
    A field may be a {zh, en} pair (`both`). `str()` gives the English (logs, tracebacks)."""

    def __init__(self, key: str, /, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields

    def text(self, lang: str) -> str:
        return say(self.key, lang, **_localized(self.fields, lang))

    def __str__(self) -> str:
        return self.text("en")
