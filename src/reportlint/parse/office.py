"""DOCX and PDF reports: their text rendering goes through the text pipeline; PDF lines keep their page."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from reportlint.i18n import both
from reportlint.model import Document, InputProblem, Note, SourceInfo
from reportlint.pack import Pack
from reportlint.parse.document import parse_text
from reportlint.parse.grid import column_labels
from reportlint.parse.ocr_check import failing_image_cells
from reportlint.sources.office import Rendering, render_docx, render_pdf

if TYPE_CHECKING:
    from reportlint.sources.images import ImageStore


def render(raw: bytes, kind: str, pack: Pack | None = None, images: ImageStore | None = None) -> Rendering:
    """The rendering the parser reads; a PDF's unruled tables are rebuilt for the pack's column headings
    (those of the built-in packs when none is given); `images` (sources.images.ImageStore) reads
    pages without a text layer and pictures in Word files by OCR."""
    if kind != "pdf":
        read = images.docx_picture if images is not None and not images.missing else None
        return render_docx(raw, read)
    if pack is None:
        from reportlint.pack import builtin_packs, load_builtin

        labels = set().union(*(column_labels(load_builtin(name)) for name in builtin_packs().names()))
    else:
        labels = column_labels(pack)
    scan = (lambda number: images.pdf_page(raw, number)) if images is not None and not images.missing else None
    return render_pdf(raw, labels=labels, scan=scan, hint=ocr_hint(images))


def ocr_hint(images: ImageStore | None) -> dict[str, str] | str:
    """RL903's hint: how to have pages without text read, when OCR is not installed."""
    why = images.hint if images is not None else ""
    return both("part.ocr_pages_hint", what=why) if why else ""


def parse_office(raw: bytes, info: SourceInfo, pack: Pack, images: ImageStore | None = None) -> Document:
    rendering = render(raw, info.kind, pack, images)
    problems = [InputProblem(code, args, None) for code, args in rendering.problems]
    doc = parse_text(rendering.text if rendering.lines else "", info, pack, problems)
    failing = failing_image_cells(replace(doc, ocr=rendering.ocr), pack) if rendering.ocr else {}
    if failing and images is not None and images.reread(failing):
        rendering = render(raw, info.kind, pack, images)  # an equation failed: its cells read again
        problems = [InputProblem(code, args, None) for code, args in rendering.problems]
        doc = parse_text(rendering.text if rendering.lines else "", info, pack, problems)
    if rendering.ocr or rendering.notes:
        notes = tuple(Note("reading", n) for n in rendering.notes)
        doc = replace(doc, ocr=MappingProxyType(rendering.ocr), notes=doc.notes + notes)
    if images is not None and images.hint:
        doc = replace(doc, ocr_missing=images.hint)
    if info.kind == "pdf":
        doc = replace(doc, line_pages=tuple(rendering.pages))
    elif info.kind == "docx":
        doc = replace(doc, line_origins=tuple(rendering.origins))
    return doc
