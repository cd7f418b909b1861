"""`docx`: the draft itself, back with one Word comment (批注) per finding.

A copy of the .docx, never the original: each finding becomes a comment by
"reportlint" anchored on the table cell or the paragraph it concerns (on the
runs of the sentence where they can be told apart), its text the message, a
hint of what to do and the rule code. The anchor comes from the finding's
place (`reportlint.places`): the Word paragraph or the table, row and cell
the line of the rendering was read from. Findings about the whole document
are anchored on its first paragraph.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportlint.hints import hint
from reportlint.i18n import say
from reportlint.model import Finding, Result
from reportlint.places import Place, place_of
from reportlint.reporters import Context, Reporter, register

if TYPE_CHECKING:  # python-docx: imported when a Word copy is written
    from docx.document import Document as WordDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

AUTHOR, INITIALS = "reportlint", "RL"
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class DocxError(Exception):
    """A copy that cannot be written (no Word input, the original named as output): a one-line error."""


def comment_text(finding: Finding, result: Result, ctx: Context) -> str:
    """Message, hint and code, one paragraph each."""
    pack = result.pack or ctx.pack
    rule = pack.rule(finding.code)
    kind = rule.kind if rule else ""
    sev = say(f"severity.{finding.severity.value}", ctx.lang)
    lines = [ctx.message(finding), hint(finding, kind, ctx.lang),
             say("docx.rule", ctx.lang, code=finding.code, name=finding.name, severity=sev)]
    return XML_ILLEGAL.sub("", "\n".join(lines))


def annotate(data: bytes, result: Result, ctx: Context) -> tuple[bytes, int]:
    """The .docx `data` with a comment for every finding of `result`; returns it and the number of comments."""
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = document.paragraphs
    tables = list(document.tables)
    count = 0
    for finding in result.findings:
        runs = _anchor(finding, place_of(finding, result), paragraphs, tables, document)
        if runs:
            document.add_comment(runs, text=comment_text(finding, result, ctx), author=AUTHOR, initials=INITIALS)
            count += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), count


def _anchor(finding: Finding, place: Place, paragraphs: list[Paragraph], tables: list[Table],
            document: WordDocument) -> list[Run]:
    where = dict(place.docx)
    if "table" in where and where["table"] <= len(tables):
        runs = _cell_runs(tables[where["table"] - 1], where["row"], where["cell"])
        if runs:
            return runs
    if "paragraph" in where and where["paragraph"] <= len(paragraphs):
        return _sentence_runs(paragraphs[where["paragraph"] - 1], place.quote)
    first = next((p for p in paragraphs if p.text.strip()), paragraphs[0] if paragraphs else None)
    if first is None:
        first = document.add_paragraph()
    return _sentence_runs(first, None)


def _cell_runs(table: Table, row: int, cell: int) -> list[Run]:
    from docx.table import _Cell

    trs = table._tbl.tr_lst  # the w:tr children, as the reader counted them
    if row > len(trs):
        return []
    tcs = trs[row - 1].tc_lst
    if cell > len(tcs):
        return []
    paragraphs = _Cell(tcs[cell - 1], table).paragraphs
    runs = [r for p in paragraphs for r in p.runs]
    if runs:
        return [runs[0], runs[-1]]
    return [paragraphs[0].add_run("")]  # an empty cell: the comment marks its place


def _sentence_runs(paragraph: Paragraph, quote: str | None) -> list[Run]:
    """The runs holding the quoted sentence; the whole paragraph when it cannot be told apart."""
    runs = paragraph.runs
    if not runs:
        return [paragraph.add_run("")]
    if quote:
        text = "".join(r.text for r in runs)
        at = text.find(quote)
        if at >= 0 and text.find(quote, at + 1) < 0:
            picked, offset = [], 0
            for run in runs:
                end = offset + len(run.text)
                if end > at and offset < at + len(quote):
                    picked.append(run)
                offset = end
            if picked:
                return [picked[0], picked[-1]]
    return [runs[0], runs[-1]]


# ---- the CLI's --format docx ----------------------------------------------------------

def write_copies(results: Sequence[Result], output: str | None, ctx: Context) -> list[str]:
    """Write the commented copy of each Word input; returns one line per file written or skipped."""
    words = [r for r in results if r.source.kind == "docx"]
    others = [r.source.name for r in results if r.source.kind != "docx"]
    if others:
        raise DocxError(f"--format docx needs Word (.docx) inputs: {', '.join(others[:3])}")
    if output and len(words) > 1:
        raise DocxError("-o names one file: give one .docx input, or leave -o out to write <name>.reportlint.docx")
    lines = []
    for result in words:
        source = Path(result.source.name)
        target = Path(output) if output else source.with_name(source.stem + ".reportlint.docx")
        if target.resolve() == source.resolve() or (target.exists() and target.samefile(source)):
            raise DocxError(f"refusing to overwrite the input {source}: name another file with -o")
        if any(f.code in ("RL901",) for f in result.findings) or result.document is None:
            lines.append(f"{source}: not written, the file could not be read ({ctx.message(result.findings[0])})"
                         if result.findings else f"{source}: not written, the file could not be read")
            continue
        try:
            data, count = annotate(source.read_bytes(), result, ctx)
        except OSError as exc:
            raise DocxError(f"cannot read {source}: {exc.strerror or exc}") from None
        except Exception as exc:  # python-docx refused what the reader could read: say so, go on
            lines.append(f"{source}: not written ({type(exc).__name__}: {exc})")
            continue
        try:
            target.write_bytes(data)
        except OSError as exc:
            raise DocxError(f"cannot write {target}: {exc.strerror or exc}") from None
        lines.append(say("docx.written", ctx.lang, target=target, count=count))
    return lines


@register
class DocxReporter(Reporter):
    """Writes `<name>.reportlint.docx` beside each input (the CLI passes -o); returns what it wrote."""

    name = "docx"
    output: str | None = None

    def render(self, results: Sequence[Result], ctx: Context) -> str:
        return "".join(line + "\n" for line in write_copies(results, self.output, ctx))
