"""Report year, agency and format version, read from the document's own words.

What a report type's title says (政府信息公开工作年度报告, 法治政府建设年度报告) is
pack data (`report.title`); the year and the body are read around it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

HEAD_CHARS = 1500  # the title is near the top
GENERIC_TITLE = r"年度?(?:工作)?报告"  # for a pack that does not say what its reports are called


@lru_cache(maxsize=16)
def _title(name: str) -> regex.Pattern[str]:
    from reportlint import patterns

    return patterns.compile_pattern(
        r"(?P<before>[^。！？]{0,40}?)(?P<year>20\d{2})\s*年度?(?P<after>[^。！？\d]{0,40}?)(?:" + name + ")")


def names_report(head: str, name: str) -> bool:
    """Whether a title in `head` names a report of this type (with its year)."""
    from reportlint import patterns

    try:
        return _title(name).search(re.sub(r"[\r\n]+", "", head[:HEAD_CHARS]), timeout=patterns.TIMEOUT) is not None
    except TimeoutError:
        return False

PERIOD = re.compile(r"(20\d{2})\s*年\s*1\s*月\s*1\s*日")
DATE = re.compile(r"(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
PUBLISHED = re.compile(r"(?:发布|发表|成文|公开|印发)?(?:时间|日期)\s*[:：]\s*" + DATE.pattern)
URL_DATE = re.compile(r"/t(20\d{2})(\d{2})(\d{2})_\d+")
SIGNATURE_DATE = re.compile(r"^\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
NOISE = re.compile(r"^(?:标题|正文|题目)[:：]?|[#*\s《》\[\]]")


def detect_year_agency(folded: str, title: str | None = None) -> tuple[int | None, str | None]:
    """The report year and the body, from the title (`title`: the report type's name, a regex)."""
    head = re.sub(r"[\r\n]+", "", folded[:HEAD_CHARS])
    try:
        m = _title(title or GENERIC_TITLE).search(head, timeout=1.0)
    except TimeoutError:
        m = None
    if m:
        return int(m.group("year")), _agency(m.group("before"), m.group("after"))
    period = PERIOD.search(folded[: HEAD_CHARS * 4])
    return (int(period.group(1)) if period else None), None


AGENCY_END = re.compile(r"(?:局|委|办|厅|院|府|区|县|市|州|盟|旗|镇|乡|街道|中心|会|处|所|站|队|部|室|馆|署|办公室)$")


def _agency(before: str, after: str) -> str | None:
    """The body named in the title: the words just before or after the year."""
    for text in (after, before):
        text = re.sub(r"关于$", "", NOISE.sub("", text))  # 某某市人民政府关于2025年度…的报告
        text = re.split(r"[,，:：;；、()（）_|｜-]", text)[-1] if text else text
        if 2 <= len(text) <= 30 and AGENCY_END.search(text):
            return text
    return None


def detect_format(folded: str, markers: Mapping[str, Sequence[str]], year: int | None = None) -> str | None:
    """The format the tables' words say; None when they do not decide (the engine then goes by the
    year, with the pack's `report.formats`)."""
    counts = {fmt: sum(1 for word in words if word in folded) for fmt, words in markers.items()}
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if best[1] and list(counts.values()).count(best[1]) == 1:
        return best[0]
    return None


def iso_date(y: str, m: str, d: str) -> str | None:
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def text_published(folded: str) -> str | None:
    """A text report's date: a 发布时间 byline near the top, else the date that signs it off."""
    m = PUBLISHED.search(folded[:HEAD_CHARS])
    if m:
        return iso_date(*m.groups())
    for line in folded.rstrip().splitlines()[-4:]:
        m = SIGNATURE_DATE.match(line)
        if m:
            return iso_date(*m.groups())
    return None
