"""RL401: a figure the prose states (a count, a share, a rate) contradicts the tables.

Each figure of the pack names the table value it is (a sum of cells), the phrases
that state it (patterns with a group `n` for the count), and optionally the share
it is given as (`share`: 占X% of a denominator). Rates (公开率, 纠错率) are read by
patterns with a group `p` for the percentage. A share or a rate is compared at the
precision it is written with: 33.9% fits 33.88% (rounded) and 33.94% (cut), not 32.05%.

A mention is read only when it is unambiguous, else skipped in silence: a second,
different number for the same figure in the sentence; words that make it another
figure (`not_after`, in the clause before it; `unless`, anywhere in the sentence);
the pack's `ambiguous` words in its clause (同比, 累计, 约 …); a year other than the
report's in its clause; a range (20-30件).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from reportlint import patterns
from reportlint.checks import Hit, kind
from reportlint.checks.prose import Stream, stream
from reportlint.checks.values import table_value
from reportlint.model import Document, Note, number_text
from reportlint.numerals import number
from reportlint.pack import Pack, RuleSpec

if TYPE_CHECKING:
    from reportlint.expr import Expr
    from reportlint.patterns import Match

CLAUSE_MARK = re.compile(r"[，。；;,：:（(）)]")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
SENTENCE_REACH = 300
RANGE_BEFORE = re.compile(r"\d\s*(?:[-—–~～至到]|件至|件到)\s*$")


@dataclass(frozen=True)
class Mention:
    """A figure the prose states, read from one phrase: its count or percentage and where they are."""

    count: Decimal | None  # the number stated (None for a rate: only a percentage)
    span: tuple[int, int]  # where the count (or the percentage) is
    percent: Decimal | None = None
    percent_span: tuple[int, int] | None = None
    sentence: tuple[int, int] = (0, 0)


@kind("prose_figure")
def prose_figure(doc: Document, rule: RuleSpec, pack: Pack) -> Iterator[Hit | Note]:
    prose = stream(doc)
    opts = rule.options
    for figure in opts["figures"]:
        wanted = table_value(doc, pack, figure["value"])
        if wanted is None:
            yield Note(rule.code, f"skipped {figure['value'].value_text}: the table cell is not available")
            continue
        accepted = {wanted} | _values(doc, pack, figure.get("also", ()))
        for mention in mentions(prose, figure, opts, doc.year):
            if mention.count is not None and mention.count not in accepted:
                yield _count_hit(prose, figure, mention, wanted)
            share = figure.get("share")
            if share and mention.percent is not None:
                stated = {mention.count} if mention.count is not None else set()
                hit = _share_hit(doc, pack, prose, share, mention, wanted, accepted | stated)
                if hit is not None:
                    yield hit


def _values(doc: Document, pack: Pack, exprs: Iterable[Expr]) -> set[Decimal]:
    return {v for e in exprs if (v := table_value(doc, pack, e)) is not None}


def _count_hit(prose: Stream, figure: Mapping[str, Any], mention: Mention, wanted: Decimal) -> Hit:
    said = number_text(mention.count) if mention.count is not None else ""
    args = {"what": figure["what"], "said": said, "table": number_text(wanted)}
    evidence = {"reported": said, "computed": number_text(wanted), "expression": figure["value"].value_text,
                "sentence": _quote(prose, mention.sentence)}
    return Hit(prose.loc(*mention.span), args, {"table": figure["value"].refs()[0].table}, evidence)


def _share_hit(doc: Document, pack: Pack, prose: Stream, share: Mapping[str, Any], mention: Mention, wanted: Decimal,
               numerators: set[Decimal]) -> Hit | None:
    """A stated percentage that no reading of the table gives (the numerator as the table or the text has it)."""
    assert mention.percent is not None and mention.percent_span is not None
    denominators = [(e, v) for e in share["of"] if (v := table_value(doc, pack, e)) is not None and v > 0]
    if not denominators:
        return None
    places = _places(mention.percent)
    if any(fits(mention.percent, places, n, d) for n in numerators for _, d in denominators):
        return None
    expr, denominator = denominators[0]
    computed = percent_text(wanted, denominator, places)
    said = f"{number_text(mention.percent)}%"
    shown = f"{computed}%（{number_text(wanted)}/{number_text(denominator)}）"
    evidence = {"reported": said, "computed": f"{computed}%", "numerator": number_text(wanted),
                "denominator": number_text(denominator), "expression": expr.value_text,
                "sentence": _quote(prose, mention.sentence)}
    return Hit(prose.loc(*mention.percent_span), {"what": share["what"], "said": said, "table": shown},
               {"table": expr.refs()[0].table}, evidence)


def fits(stated: Decimal, places: int, numerator: Decimal, denominator: Decimal) -> bool:
    """Whether a percentage written with `places` decimals can be numerator/denominator:
    within one unit of its last digit (rounded, or cut) of the exact share."""
    if not denominator:
        exact = numerator * 100 / denominator
        return abs(stated - exact) < Decimal(1).scaleb(-places)
    # |stated - n*100/d| < 10^-places, multiplied through by |d|: exact products, no division (whose
    # quotient the exact context would work out to a million digits when it does not terminate)
    return abs(stated * denominator - numerator * 100) < Decimal(1).scaleb(-places) * abs(denominator)


def percent_text(numerator: Decimal, denominator: Decimal, places: int) -> str:
    exact = numerator * 100 / denominator
    return format(exact.quantize(Decimal(1).scaleb(-places)), "f")


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


# ---- reading the mentions ------------------------------------------------------------

def mentions(prose: Stream, figure: Mapping[str, Any], opts: Mapping[str, Any], year: int | None) -> list[Mention]:
    """Each unambiguous mention of a figure, in order: one count per figure per sentence."""
    found: list[Mention] = []
    for pattern in figure["patterns"]:
        for m in patterns.finditer(pattern, prose.text):
            mention = _read(prose, m, figure, opts, year)
            if mention is not None:
                found.append(mention)
    counts: dict[tuple[int, int], set[Decimal]] = {}
    for mention in found:
        if mention.count is not None:
            counts.setdefault(mention.sentence, set()).add(mention.count)
    unique = {(mention.span, mention.percent_span): mention for mention in found}
    return sorted((mention for mention in unique.values() if len(counts.get(mention.sentence, ())) <= 1),
                  key=lambda mention: mention.span)


def _read(prose: Stream, m: Match, figure: Mapping[str, Any], opts: Mapping[str, Any],
          year: int | None) -> Mention | None:
    groups = m.re.groupindex
    text = prose.text
    count = _number(m.group("n")) if "n" in groups and m.group("n") else None
    if "n" in groups and count is None:
        return None
    sentence = prose.sentence(m.start())
    clause_start = _clause_start(text, m.start(), sentence[0])
    after = CLAUSE_MARK.search(text, m.end(), m.end() + 3)
    clause = text[clause_start : after.start() if after else m.end() + 3]  # with 左右, 以上 after the count
    before = text[max(clause_start, m.start() - 8) : m.start()]
    if any(word in before for word in figure.get("not_after", ())):
        return None
    said = text[slice(*_near(sentence, m.start()))]
    if any(word in said for word in figure.get("unless", ())):
        return None
    if figure.get("requires") and not any(word in said for word in figure["requires"]):
        return None
    if _ambiguous(clause, opts.get("ambiguous", ()), year):
        return None
    span = (m.start("n"), m.end("n")) if count is not None else (m.start("p"), m.end("p"))
    if count is not None and RANGE_BEFORE.search(text, max(0, span[0] - 4), span[0]):
        return None
    percent, percent_span = _percent(prose, m, figure, opts)
    if count is None:
        if percent is None or percent_span is None:
            return None
        span = percent_span
    return Mention(count, span, percent, percent_span, sentence)


def _percent(prose: Stream, m: Match, figure: Mapping[str, Any],
             opts: Mapping[str, Any]) -> tuple[Decimal | None, tuple[int, int] | None]:
    if "p" in m.re.groupindex and m.group("p"):
        return _decimal(m.group("p")), (m.start("p"), m.end("p"))
    suffix = opts.get("share_suffix")
    if not figure.get("share") or not suffix:
        return None, None
    s = patterns.match(suffix, prose.text[m.end() : m.end() + 40])
    if s is None:
        return None, None
    return _decimal(s.group("p")), (m.end() + s.start("p"), m.end() + s.end("p"))


def _quote(prose: Stream, sentence: tuple[int, int]) -> str:
    return prose.text[sentence[0] : min(sentence[1], sentence[0] + 200)]


def _near(sentence: tuple[int, int], at: int) -> tuple[int, int]:
    """A sentence, at most SENTENCE_REACH characters either side of `at` (a longer run is no sentence)."""
    return max(sentence[0], at - SENTENCE_REACH), min(sentence[1], at + SENTENCE_REACH)


def _clause_start(text: str, at: int, floor: int) -> int:
    """Where the clause holding `at` begins (after the last comma, colon or bracket), not before `floor`."""
    start = max(floor, at - 60)
    marks = [x.end() for x in CLAUSE_MARK.finditer(text, start, at)]
    return marks[-1] if marks else start


def _ambiguous(clause: str, words: Iterable[str], year: int | None) -> bool:
    if any(patterns.search(word, clause) for word in words):
        return True
    years = {int(y) for y in YEAR.findall(clause)}
    return bool(years) and (year is None or years != {year})


def _number(token: str) -> Decimal | None:
    token = token.strip()
    if re.fullmatch(r"\d+\.\d+", token):
        return _decimal(token)
    value = number(token)
    return Decimal(value) if value is not None else None


def _decimal(token: str) -> Decimal | None:
    try:
        return Decimal(token)
    except InvalidOperation:
        return None
