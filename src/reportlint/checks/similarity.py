"""Reports that repeat another's text: last year's (RL603) or another body's of the same year (RL604).

Sentences are compared with their numbers made `#`, less the template's sentences
(those that `boilerplate_bodies` different bodies write); the score is the
Jaccard similarity of the two sets. Candidates come from the corpus' sentence
index, so a year of many reports is not compared pair by pair.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlint.across import Related
from reportlint.checks import Hit, doc_start, kind
from reportlint.model import Document, Note
from reportlint.pack import Pack, RuleSpec


@kind("similarity")
def similarity(doc: Document, rule: RuleSpec, pack: Pack, related: Related | None = None) -> Iterator[Hit | Note]:
    if related is None or related.doc not in related.corpus:
        return
    opts = rule.options
    corpus = related.corpus
    sets = corpus.sentence_sets(opts["min_chars"], opts["boilerplate_bodies"])
    mine = sets[corpus.position(related.doc)]
    if len(mine) < opts["min_sentences"]:
        return
    against = rule.against or "prev"
    if against == "prev":  # one report to compare with: the sentences both hold, counted directly
        shared = {corpus.position(o): len(mine & sets[corpus.position(o)]) for o in related.pairs("prev")}
    else:  # the later reports of other bodies of its year (the only ones _candidates keeps)
        shared = corpus.sharing_later(related.doc, opts["min_chars"], opts["boilerplate_bodies"])
    for other in _candidates(related, against, shared):
        both = shared.get(corpus.position(other), 0)
        if not both:
            continue
        theirs = sets[corpus.position(other)]
        score = both / (len(mine) + len(theirs) - both)
        if score >= opts["threshold"]:
            args = {"other": other.agency or other.source.name, "other_year": other.year or "",
                    "year": doc.year or "", "percent": round(score * 100)}
            yield Hit(doc_start(doc), args, {}, {"similarity": round(score, 3), "other": other.source.name},
                      other=other.source.name)


def _candidates(related: Related, against: str, shared: dict[int, int]) -> list[Document]:
    """Last year's report, or (each pair once) the same year's reports of other bodies sharing a sentence."""
    if against == "prev":
        return related.pairs("prev")
    corpus, doc = related.corpus, related.doc
    me = corpus.position(doc)
    found = (corpus.docs[i] for i in sorted(shared) if i > me)
    return [d for d in found if d.year == doc.year and corpus.body(d) != corpus.body(doc)]
