"""Chinese numerals (reportlint.numerals): read and written the same way everywhere."""

from __future__ import annotations

import pytest

from reportlint.numerals import cn_big, cn_number, number, ordinal_value, to_cn


@pytest.mark.parametrize(("text", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99),
                                             ("", None), ("百", None), ("一二", None), ("三a", None)])
def test_cn_number_reads_up_to_99(text: str, value: int | None) -> None:
    assert cn_number(text) == value


@pytest.mark.parametrize(("text", "value"), [("一百零五", 105), ("两千", 2000), ("二〇", None), ("三百二十", 320),
                                             ("一千零一十", 1010), ("十二", 12), ("一百个", None)])
def test_cn_big_reads_hundreds_and_thousands(text: str, value: int | None) -> None:
    assert cn_big(text) == value


def test_number_reads_digits_and_words() -> None:
    assert (number(" 42 "), number("两百"), number("x")) == (42, 200, None)


@pytest.mark.parametrize(("token", "read"), [("三、", ("cn", 3)), ("（十二）", ("paren_cn", 12)), ("4.", ("num", 4)),
                                             ("(5)", ("paren_num", 5)), ("甲、", ("cn", None))])
def test_ordinal_value(token: str, read: tuple[str, int | None]) -> None:
    assert ordinal_value(token) == read


@pytest.mark.parametrize(("value", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (100, "一百"),
                                             (101, "一百零一"), (110, "一百一十"), (1010, "一千零一十"),
                                             (0, "0"), (10000, "10000")])
def test_to_cn_writes_as_word_counts(value: int, text: str) -> None:
    assert to_cn(value) == text


def test_written_numbers_read_back() -> None:
    assert all(cn_big(to_cn(n)) == n for n in range(1, 10000))
