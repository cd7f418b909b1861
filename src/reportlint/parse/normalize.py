"""Normalisation for matching.

`fold` maps one code point to one code point (full-width ASCII to half-width,
odd spaces to a space, Kangxi radicals to the characters they stand for, a
lone CR to LF), so positions in the folded text are
positions in the original. `label_key` goes further for comparing labels and
titles: it drops ordinals, spaces and punctuation and maps traditional
characters to simplified ones.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x200B: 0x20, 0xFEFF: 0x20,
              0x0C: 0x20, 0x0B: 0x20})  # (pdftotext starts each page with a form feed)
_FOLD.update({0x2212: ord("-"), 0x2014: 0x2014})
# Kangxi radicals and CJK compatibility ideographs that PDF producers emit for ordinary
# characters (⾏ U+2F8F for 行, ⼀ for 一): their NFKC form, also a single code point.
_FOLD.update({c: ord(unicodedata.normalize("NFKC", chr(c))) for r in ((0x2E80, 0x2FE0), (0xF900, 0xFB00))
              for c in range(*r) if len(unicodedata.normalize("NFKC", chr(c))) == 1
              and unicodedata.normalize("NFKC", chr(c)) != chr(c)})


# The characters fold changes, each to one that fold keeps (no replacement is changed again: tested). A
# report's text holds few kinds of them (full-width punctuation, a space or two), so each kind replaced in
# one pass of str.replace is ~2x faster than str.translate, which looks every code point up in _FOLD (no
# fast path for UCS-2 text). A regex finding them is faster again but costs ~1 ms to compile in every
# process, more than a single report saves.
_FOLDED = {chr(c): chr(f) for c, f in _FOLD.items() if c != f}
_FOLDED_KEYS = frozenset(_FOLDED)
_FEW_KINDS = 12  # more kinds in one text (a page of full-width text): one translate


def fold(text: str) -> str:
    """Fold width and spaces one code point for one; a lone CR becomes LF."""
    kinds = _FOLDED_KEYS.intersection(text)
    if len(kinds) > _FEW_KINDS:
        out = text.translate(_FOLD)
    else:
        out = text
        for c in kinds:
            out = out.replace(c, _FOLDED[c])
    if "\r" in out:
        out = re.sub(r"\r(?!\n)", "\n", out)
    return out


# Traditional characters that occur in the template's titles and labels
# (mirror sites publish reports in traditional script).
_TRAD = (
    "總总計计請请開开處处結结轉转訴诉訟讼議议復复覆复維维糾纠審审規规範范廢废發发現现許许罰罚強强費费額额萬万"
    "體体況况動动務务問问題题進进報报項项數数辦办並并業业構构機机組组織织門门類类條条關关於于應应對对為为與与"
    "執执詢询據据實实際际國国護护權权內内過过無无沒没補补後后確确訪访舉举當当認认獲获繳缴納纳還还經经書书會会"
    "團团單单險险穩稳級级縣县區区鄉乡鎮镇員员廳厅設设備备監监臺台檯台眾众覺觉誌志簡简稱称號号勢势頁页據据態态"
    "檢检驗验錄录標标準准網网絡络貼贴營营濟济衛卫衆众產产歷历節节邊边屬属險险嚴严擇择繫系係系決决眾众諮咨詢询"
    "處处徑径於于與与屆届這这繼继續续諾诺價价徵征樣样礎础")
_TRAD_MAP = {ord(_TRAD[i]): ord(_TRAD[i + 1]) for i in range(0, len(_TRAD) - 1, 2)}

_ORDINAL_PREFIX = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+[部分章节]?|[一二三四五六七八九十]{1,3}[、,.]|"
    r"\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}(?:[、.](?!\d)|\s)|\(\d{1,2}\))\s*"
)
_DROP = re.compile(r"[\s*#\"'“”‘’《》〈〉<>()\[\]【】、,，.。:：;；!！?？·…—\-_/|]+")


def strip_ordinal(text: str) -> str:
    return _ORDINAL_PREFIX.sub("", text, count=1)


# label_key's one pass for fold and the traditional characters (a lone CR is left: like the LF fold
# makes of it, a space to the patterns below, and dropped), and the characters it changes (a superset:
# whole ranges), looked for first: a document's text is folded already and rarely traditional.
_KEY_MAP = {c: _TRAD_MAP.get(f, f) for c, f in _FOLD.items()} | {c: t for c, t in _TRAD_MAP.items() if c not in _FOLD}


@lru_cache(maxsize=1)  # compiled on first use (about a millisecond): not at every start
def _key_chars() -> re.Pattern[str]:
    return re.compile("[\uFF01-\uFF5E\u3000\u00A0\u2002\u2003\u200B\uFEFF\x0b\x0c\u2212\u2E80-\u2FDF"
                      "\uF900-\uFAFF" + "".join(sorted({chr(c) for c in _TRAD_MAP})) + "]")


@lru_cache(maxsize=4096)
def label_key(text: str) -> str:
    """The comparable form of a label or title."""
    if _key_chars().search(text):
        text = text.translate(_KEY_MAP)
    return _DROP.sub("", strip_ordinal(text))


@lru_cache(maxsize=2048)
def pack_key(text: str) -> str:
    """label_key of a pack's own wording (a section title, a row's or column's label, an alias): the
    same few hundred texts for every report, cached apart from the documents' texts, which are new
    with each report."""
    return label_key.__wrapped__(text)
