"""The engine: read an input, parse it, run the selected rules, and collect findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import localcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportlint.applies import applies, why_not
from reportlint.checks import CHECKS, Hit
from reportlint.expr import EXACT
from reportlint.i18n import both
from reportlint.model import Document, Finding, InputProblem, Location, Note, Result, Severity, SourceInfo
from reportlint.options import Options as Options  # (their home: a light module, for the CLI)
from reportlint.options import Selection as Selection
from reportlint.pack import Catalogue, Pack, RuleSpec
from reportlint.sources import Loaded, formats, load

if TYPE_CHECKING:
    from reportlint.across import Corpus, Texts
    from reportlint.parse.document import Reading
    from reportlint.sources.images import ImageStore
    from reportlint.spool import Spool, Spooled


# Problems after which no rule is run: the input could not be read (enough) to be checked.
BLOCKING = ("RL901", "RL902", "RL903", "RL905", "RL908")
# Kinds that report what is missing or too short: on an input read only in part (RL907) they would report
# what was merely not read, so they are skipped there.
ABSENCE_KINDS = frozenset({"required_sections", "required_tables", "table_shape", "section_order", "intro_parts",
                           "government_topics", "section_mentions", "section_substance", "statistics_period",
                           "section_aspects"})


def lint(spec: str, pack: Pack, options: Options | None = None) -> Result:
    """Read and check one input. Never raises for the input's sake: whatever goes wrong is a finding."""
    options = options or Options()
    try:
        loaded = load(spec, max_bytes=options.max_bytes, fetch_options=options.fetch)
    except Exception as exc:  # a reader's bug or a limit hit while reading
        return failed(SourceInfo(name=spec, kind="text"), pack, exc, options)
    return lint_loaded(loaded, pack, options)


def lint_loaded(loaded: Loaded, pack: Pack, options: Options | None = None) -> Result:
    options = options or Options()
    try:
        with localcontext(EXACT):
            return _lint_loaded(loaded, pack, options)
    except Exception as exc:
        return failed(loaded.info, pack, exc, options)


def _lint_loaded(loaded: Loaded, pack: Pack, options: Options) -> Result:
    store: list[ImageStore] = []

    def images() -> ImageStore:  # read once, for either parse; made (and its module imported) only for a parse
        if not store:
            from reportlint.sources.images import ImageStore

            store.append(ImageStore(loaded.info, options.ocr, options.fetch))
        return store[0]

    reading = read(loaded, pack) if not _holds_images(loaded) else None  # (images: read by parse)
    doc = reading.build(pack) if reading is not None else parse(loaded, pack, images())
    chosen = choose_pack(doc, pack, options.packs) if doc is not None else pack
    if chosen is not pack:  # another report type, or a 2019/2020 report: the format it was due under
        pack = chosen  # the lines are read once; only the matching to the pack is done again
        doc = reading.build(pack) if reading is not None and _fits(reading, loaded, pack) \
            else parse(loaded, pack, images())
    if doc is not None and doc.format is None:
        doc = replace(doc, format=pack.format_for_year(doc.year))
    if doc is not None and options.published and not doc.source.published:
        doc = replace(doc, source=replace(doc.source, published=options.published))
    problems = list(loaded.problems)
    if doc is not None:
        problems += list(doc.problems) + not_a_report(doc)
    problems = [_at_page(p, doc, loaded.info.name) for p in problems]
    findings = [f for p in problems if (f := _from_problem(p, pack, loaded.info.name)) is not None]
    notes: list[Note] = list(doc.notes) if doc is not None else []
    if doc is not None and not any(p.code in BLOCKING and not _page_scoped(p) for p in problems):
        truncated = any(p.code == "RL907" for p in problems)
        for rule in _selected(pack, options.selection):
            if not applies(rule, doc, pack):
                notes.append(Note(rule.code, why_not(rule, doc)))
                continue
            if truncated and rule.kind in ABSENCE_KINDS:
                notes.append(Note(rule.code, "skipped: only the beginning of the input was read (RL907)"))
                continue
            _run(rule, doc, pack, findings, notes)
    if doc is not None and findings:  # one root cause for a table's arithmetic findings
        from reportlint.diagnose import diagnose

        findings = diagnose(doc, pack, findings)
    findings = [_with_severity(_with_page(f, doc), options.severity) for f in findings if options.selection(f.code)]
    findings = [replace(f, related=tuple(_with_page(r, doc) for r in f.related)) if f.related else f
                for f in findings]
    if loaded.text and not formats.get(loaded.info.kind).binary:
        findings = _suppressed(findings, loaded, pack, options)
    source = doc.source if doc is not None else loaded.info  # the parser may add a title and a date
    return Result(source, doc, tuple(sorted(_dedupe(findings), key=Finding.sort_key)), tuple(notes), pack)


def due_format(doc: Document, pack: Pack) -> str | None:
    """The format a report was due in: by its year (`report.formats` of the pack), else as detected."""
    return pack.format_for_year(doc.year) or doc.format


def choose_pack(doc: Document, pack: Pack, catalogue: Catalogue) -> Pack:
    """The pack to check a document against: its report type (by its title), then its year's format."""
    if not catalogue:
        return pack
    pack = _report_type(doc, pack, catalogue)
    fmt = due_format(doc, pack)
    target = pack.report.formats.get(fmt) if pack.report is not None and fmt else None
    if target is None or target[2] is None or fmt == pack.format:
        return pack
    return catalogue.named(target[2]) or pack


def _report_type(doc: Document, pack: Pack, catalogue: Catalogue) -> Pack:
    """Another type's pack when the document's title names that type and not the current one."""
    from reportlint.parse.meta import names_report

    head = title_text(doc)
    if pack.report is None or names_report(head, pack.report.title):
        return pack
    for other in catalogue.types():
        if other.report is not None and other.report.type != pack.report.type \
                and names_report(head, other.report.title):
            return other
    return pack


def title_text(doc: Document, lines: int = 12) -> str:
    """Where a report's title is: the page title and the text before the first section (or the first lines)."""
    first = doc.sections[0].start_line if doc.sections else None
    parts = [doc.source.title or ""]
    nodes = [(h.loc.line, h.loc.column, h.text) for h in doc.headings]
    nodes += [(p.loc.line, p.loc.column, p.text) for p in doc.paragraphs]
    for line, _, text_ in sorted(nodes, key=lambda n: (n[0], n[1])):
        if (first is not None and line >= first) or len(parts) > lines:
            break
        parts.append(text_)
    return "\n".join(parts)


def failed(info: SourceInfo, pack: Pack, exc: BaseException, options: Options) -> Result:
    """The result for an input whose reading or checking raised: RL908 for a memory or nesting limit,
    RL901 (an internal error, with its cause in one line) for anything else."""
    problem = budget_problem(exc) or InputProblem("RL901", {"reason": both("reason.internal", error=_one_line(exc))},
                                                  None)
    notes: tuple[Note, ...] = ()
    if options.debug and problem.code == "RL901":
        import traceback

        notes = (Note("RL901", traceback.format_exc()),)
    return Result(info, None, (_input_finding(problem, pack, info.name),), notes, pack)


def crashed(info: SourceInfo, pack: Pack, how: str) -> Result:
    """The result for an input whose reading process died, and died again when retried."""
    reason = both("reason.crashed", how=how)
    return Result(info, None, (_input_finding(InputProblem("RL901", {"reason": reason}, None), pack, info.name),),
                  (), pack)


def over_budget(info: SourceInfo, pack: Pack, reason: Mapping[str, str]) -> Result:
    """The result for an input whose reading and checking ran past a limit and was stopped."""
    return Result(info, None, (_input_finding(InputProblem("RL908", {"reason": reason}, None), pack, info.name),),
                  (), pack)


def budget_problem(exc: BaseException) -> InputProblem | None:
    if isinstance(exc, MemoryError):
        reason = both("reason.memory")
    elif isinstance(exc, RecursionError):
        reason = both("reason.nesting")
    else:
        return None
    return InputProblem("RL908", {"reason": reason}, None)


def _one_line(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


# Input findings a custom pack may lack: they are still reported, under these names and severities.
FALLBACK = {"RL901": ("input-unreadable", Severity.ERROR), "RL908": ("input-over-budget", Severity.ERROR)}


def _input_finding(problem: InputProblem, pack: Pack, source: str) -> Finding:
    found = _from_problem(problem, pack, source)
    if found is not None:
        return found
    name, severity = FALLBACK.get(problem.code, ("input-problem", Severity.ERROR))
    return Finding(problem.code, name, severity, dict(problem.args), problem.loc or Location(source, 1, 1, 1, 1))


def parse(loaded: Loaded, pack: Pack, images: ImageStore | None = None) -> Document | None:
    """The document; `images` (a sources.images.ImageStore) reads its images by OCR."""
    if loaded.text is None:
        return None
    return formats.get(loaded.info.kind).parse(loaded, pack, images)


def read(loaded: Loaded, pack: Pack) -> Reading | None:
    """A text or HTML input read up to where the pack matters (None for the other kinds)."""
    reader = formats.get(loaded.info.kind).read
    return reader(loaded, pack) if reader is not None and loaded.text is not None else None


def _holds_images(loaded: Loaded) -> bool:
    """A portal page with `<img>` tags: its tables may be pictures to read (parse_html with images)."""
    return loaded.info.kind == "html" and loaded.text is not None and "<img" in loaded.text.lower()


def _fits(reading: Reading, loaded: Loaded, pack: Pack) -> bool:
    """Whether a reading serves another pack too (a page's body is found by the pack's markers)."""
    if loaded.info.kind != "html":
        return True
    from reportlint.parse.html import body_markers

    return reading.markers == body_markers(pack)


def not_a_report(doc: Document) -> list[InputProblem]:
    if doc.sections or doc.tables or any(p.code in ("RL901", "RL903", "RL904", "RL905", "RL908")
                                         and "page" not in p.args for p in doc.problems):
        return []
    if doc.line_count <= 1 and not doc.paragraphs and not doc.headings:
        reason = both("reason.empty")
    else:
        reason = both("reason.not_a_report")
    return [InputProblem("RL902", {"reason": reason}, None)]


@lru_cache(maxsize=64)  # (a pack by identity; a run has a few packs and one selection)
def _selected(pack: Pack, selection: Selection) -> tuple[RuleSpec, ...]:
    """The rules of a pack a run selects that check one report (a kind with a check, not across reports),
    in pack order: worked out once per pack and selection, not for every rule of every report
    (CHECKS is filled when reportlint.checks is imported, before any lint)."""
    return tuple(rule for rule in pack.rules
                 if selection(rule.code) and rule.kind in CHECKS and not across(rule))


def across(rule: RuleSpec) -> bool:
    """Whether a rule compares reports (it runs when reports are checked together)."""
    from reportlint.kinds import KINDS

    return KINDS[rule.kind].across or bool(rule.expr is not None and rule.expr.qualifiers())


MAX_FINDINGS_PER_RULE = 200  # a report has a handful; thousands come from a pasted or generated text


def _run(rule: RuleSpec, doc: Document, pack: Pack, findings: list[Finding], notes: list[Note],
         related: Any = None) -> None:
    from reportlint.patterns import PatternTimeout

    check = CHECKS[rule.kind]
    found = 0
    try:
        for item in check(doc, rule, pack) if related is None else check(doc, rule, pack, related):
            if isinstance(item, Note):
                notes.append(item)
                continue
            if found == MAX_FINDINGS_PER_RULE:
                notes.append(Note(rule.code, f"stopped after {MAX_FINDINGS_PER_RULE} findings of {rule.code}"))
                break
            findings.append(_finding(rule, item))
            found += 1
    except PatternTimeout as exc:
        notes.append(Note(rule.code, f"skipped: the pattern {str(exc)[:60]!r} ran out of time on this input"))


def _finding(rule: RuleSpec, hit: Hit) -> Finding:
    severity = Severity(hit.severity or rule.severity)
    return Finding(rule.code, rule.name, severity, hit.args, hit.loc, hit.where, hit.evidence,
                   hit.message or rule.message)


def check_together(results: Sequence[Result], options: Options | None = None,
                   parents: Mapping[str, str] | None = None) -> list[Result]:
    """The rules across reports (RL6xx) over the documents of a run, added to each document's result."""
    from reportlint.across import Corpus

    options = options or Options()
    docs = [r.document for r in results if r.document is not None and _comparable(r.document)]
    corpus = Corpus(docs, dict(parents or {}))
    if len(corpus.docs) < 2:
        return list(results)
    rules: _AcrossRules = {}
    return [_together(result, result.document, corpus, options, rules) for result in results]


def check_together_spooled(results: Iterable[Result | Spooled], spool: Spool, options: Options | None = None,
                           parents: Mapping[str, str] | None = None) -> Iterator[Result]:
    """`check_together` for a run of any length, memory flat in its number of inputs: each result is
    spooled to disk as it comes and the corpus holds compact stand-ins of the documents (what the rules
    read of the *other* reports); the results are read back one at a time, in input order, and each is
    checked in full against the stand-ins. Same findings as `check_together`. A result may come as the
    spool keeps it (`spooled`, made in a worker): its bytes are written as they are."""
    from reportlint.across import Corpus, reshared
    from reportlint.spool import Spooled

    options = options or Options()
    members: list[Document | None] = []
    texts = []
    for result in results:
        spool.put(result)
        if isinstance(result, Spooled):
            member, text = result.member, result.texts
            member = reshared(member) if member is not None else None
        else:
            member, text = _member(result)
        members.append(member)
        if member is not None and text is not None:
            texts.append(text)
    kept = [m for m in members if m is not None]
    corpus = Corpus(kept, dict(parents or {}), texts)
    del kept, texts
    members = [m if m is not None and m in corpus else None for m in members]  # (no body or year: not kept)
    if len(corpus.docs) < 2:
        yield from spool
        return
    rules: _AcrossRules = {}
    for result, member in zip(spool, members, strict=True):
        yield _together(result, member, corpus, options, rules)


def spooled(result: Result) -> Spooled:
    """A result as `check_together_spooled` keeps it, made where it was linted (a worker)."""
    from reportlint.spool import Spooled, packed

    return Spooled(packed(for_parent(result)), *_member(result, shared=False))  # (shared again where unpickled)


def for_parent(result: Result) -> Result:
    """A result as a worker sends it to the parent: the document's tables pickled apart, unpickled only if
    the parent looks into them (a batch's reporters and most rules across reports do not)."""
    from reportlint.workers import PackedTables

    doc = result.document
    if doc is None or not doc.tables:
        return result
    return replace(result, document=replace(doc, tables=PackedTables.of(doc.tables)))


def _member(result: Result, shared: bool = True) -> tuple[Document | None, Texts | None]:
    """The result's document as the corpus holds it (a stand-in) and its prose; None for one not compared."""
    from reportlint.across import standin, texts_of

    doc = result.document
    if doc is None or not _comparable(doc):
        return None, None
    return standin(doc, shared), texts_of(doc)


def _comparable(doc: Document) -> bool:
    return bool(doc.sections or doc.tables)


_AcrossRules = dict[int, tuple[Pack, list[RuleSpec]]]  # id(pack) -> the pack, its rules across reports selected


def _across_rules(pack: Pack, options: Options, memo: _AcrossRules) -> list[RuleSpec]:
    """The pack's rules across reports that `options` selects, in pack order; `memo` holds them per pack for
    one run (one `options`), and keeps the pack alive so that its id is never another pack's."""
    known = memo.get(id(pack))
    if known is None or known[0] is not pack:
        known = (pack, [rule for rule in pack.rules
                        if options.selection(rule.code) and rule.kind in CHECKS and across(rule)])
        memo[id(pack)] = known
    return known[1]


def _together(result: Result, member: Document | None, corpus: Corpus, options: Options,
              memo: _AcrossRules | None = None) -> Result:
    """One result with the findings of the rules across reports; `member` is its document as the corpus holds it.
    `memo`: the rules to run, per pack, for the results of one run (see `_across_rules`)."""
    from reportlint.across import Related

    doc, pack = result.document, result.pack
    if doc is None or pack is None or member is None or member not in corpus:
        return result
    findings: list[Finding] = []
    notes: list[Note] = []
    for rule in _across_rules(pack, options, {} if memo is None else memo):
        if applies(rule, doc, pack):
            try:
                _run(rule, doc, pack, findings, notes, Related(corpus, member))
            except Exception as exc:  # one report's comparison never stops the others' output
                notes.append(Note(rule.code, f"skipped: {_one_line(exc)}"))
    findings = [_with_severity(f, options.severity) for f in findings]
    merged = tuple(sorted(_dedupe([*result.findings, *findings]), key=Finding.sort_key))
    return replace(result, findings=merged, notes=result.notes + tuple(notes))


def _from_problem(problem: InputProblem, pack: Pack, source: str) -> Finding | None:
    rule = pack.rule(problem.code)
    if rule is None:
        return None
    args = dict(problem.args)
    where: dict[str, Any] = {}
    if "table_id" in args:
        tid = args.pop("table_id")
        where["table"] = tid
        args["table"] = pack.tables[tid].title if tid in pack.tables else tid
    loc = problem.loc or Location(source, 1, 1, 1, 1)
    return Finding(rule.code, rule.name, Severity(rule.severity), args, loc, where, {}, rule.message)


def _suppressed(findings: list[Finding], loaded: Loaded, pack: Pack, options: Options) -> list[Finding]:
    """Drop findings silenced by `<!-- reportlint: disable=… -->`; report bad and unused suppressions."""
    from reportlint import suppress

    if "reportlint" not in (loaded.text or ""):
        return findings  # no suppression comment can be there
    marks, problems = suppress.find(loaded.text or "", loaded.info.name, {r.code for r in pack.rules})
    if not marks and not problems:
        return findings
    kept = suppress.apply(findings, marks)
    extra = [_from_problem(p, pack, loaded.info.name) for p in problems + suppress.unused(marks)]
    return kept + [f for f in extra if f is not None and options.selection(f.code)]


def _with_severity(finding: Finding, overrides: tuple[tuple[str, str], ...]) -> Finding:
    match = max((p for p in overrides if finding.code.startswith(p[0])), key=lambda p: len(p[0]), default=None)
    return replace(finding, severity=Severity(match[1])) if match else finding


def _page_scoped(problem: InputProblem) -> bool:
    """A problem with one page of a PDF (the other pages were read): it does not stop the rules."""
    return problem.loc is not None and problem.loc.page is not None


def _at_page(problem: InputProblem, doc: Document | None, source: str) -> InputProblem:
    """A reader's problem about one page (a `page` argument) placed on that page: at the first line read
    from it or from a later page (the last line if none), with the page number itself."""
    if "page" not in problem.args:
        return problem
    args = dict(problem.args)
    page = int(args.pop("page"))
    pages = doc.line_pages if doc is not None else ()
    line = next((i for i, p in enumerate(pages, start=1) if p >= page), len(pages) or 1)
    return InputProblem(problem.code, args, Location(source, line, 1, line, 1, page=page))


def _with_page(finding: Finding, doc: Document | None) -> Finding:
    """PDF findings carry the page of their line."""
    loc = finding.loc
    if loc is not None and loc.page is not None:
        return finding
    if doc is None or not doc.line_pages or loc is None or not 0 < loc.line <= len(doc.line_pages):
        return finding
    return replace(finding, loc=replace(loc, page=doc.line_pages[loc.line - 1] or None))


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[str, tuple[int, int, str], tuple[tuple[str, str], ...], str]] = set()
    out = []
    for f in findings:
        key = (f.code, f.sort_key(), tuple(sorted((k, str(v)) for k, v in f.where.items())), str(f.args))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def worst(results: Sequence[Result]) -> Severity | None:
    sev = [f.severity for r in results for f in r.findings]
    return max(sev, key=lambda s: s.rank, default=None)
