"""A section that repeats last year's report of the same body (RL603 compares whole reports; this, each
section: a 第五部分 copied from last year's is what reviewers deduct for).

A section's sentences (numbers made `#`, the template's sentences left out: those
`boilerplate_bodies` bodies write in that section) are compared with the same
section of last year's report; more than `threshold` of them repeated is reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.across import Related
from reportlint.checks import Hit, doc_start, kind
from reportlint.i18n import both
from reportlint.model import Document, Note
from reportlint.numerals import to_cn
from reportlint.pack import Pack, RuleSpec


@kind("section_repetition")
def section_repetition(doc: Document, rule: RuleSpec, pack: Pack,
                       related: Related | None = None) -> Iterator[Hit | Note]:
    if related is None or related.doc not in related.corpus:
        return
    prev = related.prev
    if prev is None:
        return
    opts = rule.options
    corpus = related.corpus
    keys = opts["sections"] or tuple(s.key for s in pack.sections)
    for key in keys:
        sets = corpus.section_sets(key, opts["min_chars"], opts["boilerplate_bodies"])
        mine, theirs = sets[corpus.position(related.doc)], sets[corpus.position(prev)]
        if len(mine) < opts["min_sentences"]:
            continue
        shared = len(mine & theirs)
        if shared / len(mine) <= opts["threshold"]:
            continue
        tpl = next(s for s in pack.sections if s.key == key)
        section = doc.section(key)
        loc = section.heading.loc if section is not None else doc_start(doc)
        args = {"section": both("part.section", ordinal=to_cn(tpl.ordinal), number=tpl.ordinal, title=tpl.title),
                "percent": round(100 * shared / len(mine)), "shared": shared, "sentences": len(mine),
                "other_year": prev.year or "", "year": doc.year or ""}
        evidence = {"section": key, "shared": shared, "sentences": len(mine), "other": prev.source.name}
        yield Hit(loc, args, {"section": key}, evidence, other=prev.source.name)

