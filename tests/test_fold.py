"""fold: each kind of character replaced apart (few kinds in a text) gives str.translate's text."""

from __future__ import annotations

import random
import re

from reportlint.parse.normalize import _FOLD, _FOLDED, fold


def _reference(text: str) -> str:  # fold as one translate over every code point
    out = text.translate(_FOLD)
    return re.sub(r"\r(?!\n)", "\n", out) if "\r" in out else out


def test_fold_is_translate_on_generated_texts_sparse_and_dense():
    rng = random.Random(16)
    changed = [chr(c) for c in _FOLD] + [chr(c + 1) for c in _FOLD] + [chr(c - 1) for c in _FOLD]
    plain = [*"中文报告年度规章abc 12-|\t\r\n\x00", "\udcff", "\U0001f600", "\u2014", "\u3001"]
    for _ in range(20000):
        density = rng.random()
        text = "".join(rng.choice(changed) if rng.random() < density else rng.choice(plain)
                       for _ in range(rng.randrange(0, 80)))
        assert fold(text) == _reference(text), text


def test_fold_every_changed_character_alone_and_in_text():
    for c in _FOLD:
        assert fold(chr(c)) == _reference(chr(c))
        text = f"二、主动公开政府信息情况{chr(c)}本年制发件数"
        assert fold(text) == _reference(text)


def test_no_replacement_is_a_character_fold_changes():
    """Replacing kind after kind equals one translate only if no replacement is changed again."""
    assert not set(_FOLDED.values()) & set(_FOLDED)
