"""Report year, agency and format version, read from the document's own words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

HEAD_CHARS = 1500  # the title is near the top
TITLE = re.compile(
    r"(?P<before>[^。！？]{0,40}?)(?P<year>20\d{2})\s*年度?(?P<after>[^。！？\d]{0,40}?)"
    r"(?:政府信息公开|政务公开|信息公开)[^。！？\d]{0,8}?年度?报告"
)
PERIOD = re.compile(r"(20\d{2})\s*年\s*1\s*月\s*1\s*日")
NOISE = re.compile(r"^(?:标题|正文|题目)[:：]?|[#*\s《》\[\]]")


def detect_year_agency(folded: str) -> tuple[int | None, str | None]:
    head = re.sub(r"[\r\n]+", "", folded[:HEAD_CHARS])
    m = TITLE.search(head)
    if m:
        return int(m.group("year")), _agency(m.group("before"), m.group("after"))
    period = PERIOD.search(folded[: HEAD_CHARS * 4])
    return (int(period.group(1)) if period else None), None


def _agency(before: str, after: str) -> str | None:
    for text in (after, before):
        text = NOISE.sub("", text)
        text = re.split(r"[,，:：;；、()（）]", text)[-1] if text else text
        if len(text) >= 2:
            return text
    return None


def detect_format(folded: str, markers: Mapping[str, Sequence[str]], year: int | None) -> str | None:
    counts = {fmt: sum(1 for word in words if word in folded) for fmt, words in markers.items()}
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if best[1] and list(counts.values()).count(best[1]) == 1:
        return best[0]
    if year is None:
        return None
    return "2021" if year >= 2021 else "2019" if year >= 2019 else "old"
