"""Label matching: the per-template index gives the scores and the ranking of comparing a text with
every label one by one (SequenceMatcher's quick bounds, then its ratio)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from reportlint.pack import TableTpl, load_builtin
from reportlint.parse import tables
from reportlint.parse.tables import ACCEPT, MARGIN, MIN_FUZZY, _labels, _ranked, _score

TEMPLATES = [tpl for name in ("gov-2021.yaml", "gov-2019.yaml") for tpl in load_builtin(name).tables.values()]
ORDINALS = [None, ("cn", 1), ("cn", 3), ("paren_cn", 3), ("paren_cn", 4), ("num", 1), ("num", 2)]


def _reference_score(text: str, ordinal: tables.Ordinal | None, label: tables._Label) -> float:
    """The score as first written: the text compared with one label, SequenceMatcher built for the pair."""
    if not text or not label.key:
        return 0.0
    if text == label.key:
        base = 1.0
    elif label.key in text:
        base = 0.6 + 0.4 * len(label.key) / len(text)
    elif text in label.key and len(text) >= 6:
        base = 0.82
    elif len(text) < MIN_FUZZY:
        return 0.0
    else:
        pair = SequenceMatcher(None, text, label.key, autojunk=False)
        if pair.real_quick_ratio() < ACCEPT or pair.quick_ratio() < ACCEPT:
            return 0.0
        base = pair.ratio()
    if ordinal is not None and label.ordinal is not None and ordinal[0] == label.ordinal[0]:
        base += 0.1 if ordinal == label.ordinal else -0.2
    return base


def _reference_ranked(text: str, ordinal: tables.Ordinal | None, tpl: TableTpl) -> tuple[float, object] | None:
    scored: dict[str, tuple[float, object]] = {}
    for label in _labels(tpl).labels:
        s = _reference_score(text, ordinal, label)
        key = label.target.key + type(label.target).__name__
        if s > scored.get(key, (0.0, None))[0]:
            scored[key] = (s, label.target)
    ranked = sorted(scored.values(), key=lambda p: -p[0])
    if not text or not ranked or ranked[0][0] < ACCEPT:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return ranked[0]


def _texts(seed: int, n: int) -> list[tuple[str, tables.Ordinal | None, TableTpl]]:
    """Label texts as reports write them: a template's labels cut, padded, misspelt, run together."""
    rng = random.Random(seed)
    keys = [label.key for tpl in TEMPLATES for label in _labels(tpl).labels]
    alphabet = sorted({c for k in keys for c in k} | set("的和与及其他一二三"))
    out = []
    for _ in range(n):
        chars = list(rng.choice(keys))
        for _ in range(rng.randint(0, 4)):
            r = rng.random()
            if r < 0.3 and chars:
                del chars[rng.randrange(len(chars))]
            elif r < 0.6:
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(alphabet))
            elif chars:
                chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        shape = rng.random()
        if shape < 0.1:
            chars = chars[: rng.randint(0, len(chars))]
        elif shape < 0.2:
            chars = [*rng.choice(keys), *chars]
        elif shape < 0.25:
            chars = [rng.choice(alphabet) for _ in range(rng.randint(0, 12))]
        elif shape < 0.3:
            chars = chars + chars[: rng.randint(1, 4)]  # repeated characters
        out.append(("".join(chars), rng.choice(ORDINALS), rng.choice(TEMPLATES)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_index_finds_every_label_that_scores_and_scores_it_as_the_pair_would(seed: int) -> None:
    for text, ordinal, tpl in _texts(seed, 3000):
        index = _labels(tpl)
        found = index.candidates(text)
        assert [label for label, _ in found] == [label for label in index.labels if label in {f for f, _ in found}]
        shared = {id(label): common for label, common in found}
        for label in index.labels:
            want = _reference_score(text, ordinal, label)
            if id(label) in shared:
                assert _score(text, ordinal, label, shared[id(label)]) == want, (text, label.key)
            else:
                assert want <= 0.0, (text, label.key)


@pytest.mark.parametrize("seed", [4, 5])
def test_the_ranking_is_that_of_comparing_with_every_label(seed: int) -> None:
    cases = _texts(seed, 3000)
    assert sum(_reference_ranked(*case) is not None for case in cases) > 300  # the sample names rows
    for text, ordinal, tpl in cases:
        assert _ranked.__wrapped__(text, ordinal, tpl) == _reference_ranked(text, ordinal, tpl), text


def test_shared_characters_count_repeats_as_quick_ratio_does() -> None:
    tpl = load_builtin("gov-2021.yaml").tables["t3"]
    index = _labels(tpl)
    for text in ("申请申请申请", "其他其他", "不予公开不予公开", "公开公开信息信息政府"):
        for label, common in index.candidates(text):
            pair = SequenceMatcher(None, text, label.key, autojunk=False)
            assert 2.0 * common / (len(text) + len(label.key)) == pair.quick_ratio()


def test_a_packs_wording_is_keyed_as_a_documents_text_is() -> None:
    from reportlint.parse.normalize import label_key, pack_key

    for name in ("gov-2021.yaml", "gov-2019.yaml"):
        pack = load_builtin(name)
        texts = [t for s in pack.sections for t in (s.title, *s.variants)]
        texts += [t for tpl in pack.tables.values() for r in tpl.rows for t in (r.label, *r.aliases)]
        texts += [c.label for tpl in pack.tables.values() for c in tpl.columns]
        assert texts and [pack_key(t) for t in texts] == [label_key.__wrapped__(t) for t in texts]


def test_a_label_key_is_fold_then_the_traditional_map_then_the_ordinal_and_punctuation_dropped() -> None:
    from reportlint.parse import normalize

    def two_passes(text: str) -> str:
        folded = normalize.fold(text).translate(normalize._TRAD_MAP)
        return normalize._DROP.sub("", normalize.strip_ordinal(folded))

    changed = sorted({*normalize._FOLD, *normalize._TRAD_MAP})
    for c in changed:  # every character either pass changes, alone and where an ordinal is read
        for text in (chr(c), f"一、{chr(c)}公开", f"{chr(c)}1.规章", f"({chr(c)})其他"):
            assert normalize.label_key.__wrapped__(text) == two_passes(text), hex(c)
    rng = random.Random(9)
    alphabet = [chr(c) for c in changed] + list("一二三四五六七八九十()（）、.，。0123456789 \t\r\n规章公开申请")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalize.label_key.__wrapped__(text) == two_passes(text), repr(text)


def test_a_labels_floor_is_the_fewest_shared_characters_any_test_of_candidates_passes_with() -> None:
    for n in range(0, 90):
        for size in range(1, 40):
            passing = [c for c in range(1, min(n, size) + 1)
                       if c == size or (c == n and n >= 6) or (n >= MIN_FUZZY and 2.0 * c / (n + size) >= ACCEPT)]
            floor = tables._floors(n, [size])[0]
            assert not passing or floor <= passing[0], (n, size)


def test_long_labels_are_counted_in_wider_fields_as_short_ones() -> None:
    from reportlint.pack import ColumnTpl, RowTpl

    rng = random.Random(11)
    alphabet = "申请公开信息政府行政其他处理不予"
    rows = tuple(RowTpl(f"r{i}", "".join(rng.choice(alphabet) for _ in range(rng.choice((3, 9, 70, 140)))))
                 for i in range(12))
    tpl = TableTpl("tx", {"zh": "x"}, "s", "labelled", (ColumnTpl("c", "数"),), rows)
    index = _labels(tpl)
    assert index.width == 16
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.choice((2, 5, 8, 60, 150, 400))))
        found = dict((id(label), common) for label, common in index.candidates(text))
        for label in index.labels:
            want = _reference_score(text, None, label)
            if id(label) in found:
                assert _score(text, None, label, found[id(label)]) == want
            else:
                assert want <= 0.0
