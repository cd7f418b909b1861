"""Chinese numerals, read and written in one place: section and row ordinals (一、 （三）), figures in prose
(一百零五, 两千), and the numbers Word's Chinese-counting lists print."""

from __future__ import annotations

import re

from reportlint.parse.normalize import fold

DIGITS = "一二三四五六七八九"
ORDINAL_CHARS = DIGITS + "十"  # the characters of an ordinal up to 99 (一 … 九十九)
NUMBER_CHARS = "零〇" + "一二两三四五六七八九十百千"  # the characters of a figure written in words

_VALUE = {ch: i for i, ch in enumerate(DIGITS, start=1)}
_BIG_VALUE = {"零": 0, **_VALUE}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(text: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三); None if not one."""
    text = text.strip()
    if not text or any(ch not in _VALUE and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _VALUE.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    value = (_VALUE.get(tens, 0) if tens else 1) * 10
    return value + (_VALUE.get(ones, 0) if ones else 0)


def cn_big(token: str) -> int | None:
    """Chinese numerals up to the thousands (三, 十二, 一百零五, 两千); None if not one."""
    token = token.replace("两", "二").replace("〇", "零")
    if "百" not in token and "千" not in token:
        return cn_number(token)
    total, current = 0, 0
    for ch in token:
        if ch in _BIG_VALUE:
            current = _BIG_VALUE[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def number(token: str) -> int | None:
    """A count written in Arabic digits or in Chinese numerals up to the thousands."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    return cn_big(token)


_ORD_PARTS = re.compile(rf"^\(?\s*([{ORDINAL_CHARS}]+|\d+)\s*\)?\s*[、,.]?\s*$")


def ordinal_value(ordinal: str) -> tuple[str, int | None]:
    """The system ("cn", "paren_cn", "num", "paren_num") and value of an ordinal token."""
    text = fold(ordinal).strip()
    paren = text.startswith("(")
    m = _ORD_PARTS.match(text)
    digits = m.group(1) if m else ""
    if digits.isdigit():
        return ("paren_num" if paren else "num"), int(digits)
    return ("paren_cn" if paren else "cn"), cn_number(digits)


def to_cn(value: int) -> str:
    """A number in Chinese counting as Word's lists and section ordinals write it: 一, 十, 十一, 二十, 一百,
    一百零一, 一百一十, 一千零一十; past 9999 (no list is that long) the digits."""
    if not 1 <= value <= 9999:
        return str(value)
    out = ""
    zero = False
    for digit, unit in zip((int(d) for d in f"{value:04d}"), ("千", "百", "十", ""), strict=True):
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[digit - 1] + unit
    if value < 20 and out.startswith("一十"):
        out = out[1:]  # 十一, not 一十一
    return out
