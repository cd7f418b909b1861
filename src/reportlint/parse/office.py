"""DOCX and PDF reports: their text rendering goes through the text pipeline; PDF lines keep their page."""

from __future__ import annotations

from dataclasses import replace

from reportlint.model import Document, InputProblem, SourceInfo
from reportlint.pack import Pack
from reportlint.parse.document import parse_text
from reportlint.sources.office import Rendering, render_docx, render_pdf


def render(raw: bytes, kind: str) -> Rendering:
    return render_pdf(raw) if kind == "pdf" else render_docx(raw)


def parse_office(raw: bytes, info: SourceInfo, pack: Pack) -> Document:
    rendering = render(raw, info.kind)
    problems = [InputProblem(code, args, None) for code, args in rendering.problems]
    doc = parse_text(rendering.text if rendering.lines else "", info, pack, problems)
    if info.kind == "pdf":
        doc = replace(doc, line_pages=tuple(rendering.pages))
    elif info.kind == "docx":
        doc = replace(doc, line_origins=tuple(rendering.origins))
    return doc
