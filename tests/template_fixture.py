"""The blank official template (shared corpus) filled in with the fixture figures, two mistakes planted.

A clerk's draft as it really arrives: the national template's own Word file, its
（文字描述） placeholders replaced by our prose, its empty cells by our figures.
The mistakes: 表四 行政复议 总计 says 5 where its parts add up to 4 (RL304, a
cell), and the prose says 26 new applications where 表三 says 25 (RL401, a
sentence). Run as a script to write the file: python tests/template_fixture.py TEMPLATE OUT.
"""

from __future__ import annotations

import copy
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build

SHARED = Path(os.environ.get("REPORTLINT_SHARED") or Path(__file__).resolve().parent.parent.parent / "shared")
TEMPLATE = SHARED / "corpus" / "templates" / "official-template.docx"
RIGHT_SENTENCE = "全年新收政府信息公开申请25件，上年结转2件，办结25件，结转下年度2件。"
WRONG_SENTENCE = "全年新收政府信息公开申请26件，上年结转2件，办结25件，结转下年度2件。"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _set_text(paragraph, text: str) -> None:
    runs = paragraph.runs
    if not runs:
        paragraph.add_run(text)
        return
    runs[0].text = text
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def _write_prose(paragraph, texts: list[str]) -> None:
    """The placeholder paragraph takes the first text; the others follow it with its formatting."""
    from docx.text.paragraph import Paragraph

    _set_text(paragraph, texts[0])
    anchor = paragraph
    for text in texts[1:]:
        el = copy.deepcopy(anchor._p)  # a copy keeps the placeholder's style and indent
        anchor._p.addnext(el)
        anchor = Paragraph(el, paragraph._parent)
        _set_text(anchor, text)


def _fill_cells(tr, values: list) -> None:
    """The last len(values) cells of a row take the values."""
    from docx.table import _Cell

    tcs = list(tr.iterchildren(W + "tc"))
    for tc, value in zip(tcs[len(tcs) - len(values):], values, strict=True):
        cell = _Cell(tc, None)
        _set_text(cell.paragraphs[0], str(value))


def filled_template(template: bytes, *, mistakes: bool = True) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(template))
    paragraphs = document.paragraphs
    _set_text(paragraphs[1], f"{build.AGENCY}{build.YEAR}年政府信息公开工作年度报告")
    _set_text(paragraphs[2], build.INTRO)
    general = [build.GENERAL[0]] + [f"{head}。{body}" for head, body in build.GENERAL[1:]]
    if mistakes:
        general = [g.replace(RIGHT_SENTENCE, WRONG_SENTENCE) for g in general]
    _write_prose(paragraphs[4], general)
    _write_prose(paragraphs[29], build.PROBLEMS)
    _write_prose(paragraphs[31], build.OTHER)
    t2, t3, t4 = (t._tbl for t in document.tables)
    values = {label: vals for _block, _head, body in build.T2 for label, vals in body}
    for tr in t2.iterchildren(W + "tr"):
        first = "".join(t.text or "" for t in tr.iter(W + "t"))
        label = next((k for k in values if first.startswith(k)), None)
        if label is not None and len(list(tr.iterchildren(W + "tc"))) == len(values[label]) + 1:
            _fill_cells(tr, values[label])
    rows = list(t3.iterchildren(W + "tr"))[3:]
    for tr, (_g, _label, vals) in zip(rows, build.t3_rows(), strict=True):
        _fill_cells(tr, vals)
    t4_values = list(build.T4)
    if mistakes:
        t4_values[4] = 5  # 行政复议 总计: 2 + 1 + 0 + 1 is 4
    _fill_cells(list(t4.iterchildren(W + "tr"))[3], t4_values)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


if __name__ == "__main__":
    source, target = (Path(a) for a in sys.argv[1:3])
    target.write_bytes(filled_template(source.read_bytes()))
    print(f"wrote {target}")
