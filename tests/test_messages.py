"""The message catalogue (reportlint.messages): both languages, the same placeholders, used everywhere."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from reportlint.i18n import both, plural, say
from reportlint.messages import MESSAGES

SRC = Path(__file__).resolve().parents[1] / "src" / "reportlint"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# where one language says less than the other (请求超时 without the count; 缺少“…”行 without the key)
ONE_SIDED = {"fetch.timeout", "part.row_missing", "part.section"}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_each_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    zh, en = MESSAGES[key]
    assert zh.strip(), key  # English may be empty where the Chinese page shows a label English has none for
    zh_fields = {f for f in _fields(zh) if not f.endswith("_s")}
    en_fields = {f for f in _fields(en) if not f.endswith("_s")}
    if key in ONE_SIDED:
        assert zh_fields != en_fields  # (else it belongs in the strict check)
    else:
        assert zh_fields == en_fields


def test_a_one_sided_message_renders_in_both_languages() -> None:
    assert both("fetch.timeout", attempts=4) == {"zh": "请求超时", "en": "timed out after 4 attempts"}
    assert both("part.section", ordinal="三", number=3, title="收到和处理政府信息公开申请情况") == {
        "zh": "三、收到和处理政府信息公开申请情况", "en": "section 3 (收到和处理政府信息公开申请情况)"}


def test_say_fills_placeholders_and_english_plurals() -> None:
    assert say("text.clean", "zh", docs=2, docs_s=plural(2)) == "未发现问题（共检查 2 个文件）"
    assert say("text.clean", "en", docs=1, docs_s=plural(1)) == "No problems found in 1 document"
    assert say("text.clean", "en", docs=3, docs_s=plural(3)) == "No problems found in 3 documents"
    assert both("place.page", page=4) == {"zh": "第4页", "en": "page 4"}


def test_an_unknown_message_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        say("no.such.message", "zh")


def test_no_inline_language_pairs_outside_the_catalogue() -> None:
    """Interface strings come from the catalogue, not from `"…" if lang == "zh" else "…"` in the code."""
    inline = re.compile(r"""["'][^"']*["']\)?\s+if\s+[\w.]*lang\s*==\s*["']zh["']\s+else""")
    found = [f"{p.relative_to(SRC)}:{i}" for p in sorted(SRC.rglob("*.py")) if p.name != "i18n.py"
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if inline.search(line)]
    assert found == []
