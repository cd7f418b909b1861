"""`check --format docx`: the draft back with one Word comment per finding, read back through LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from office_fixtures import docx_report
from template_fixture import TEMPLATE, WRONG_SENTENCE, filled_template

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "dc": "http://purl.org/dc/elements/1.1/"}
ANNOTATION = f"{{{NS['office']}}}annotation"
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (apt-get install libreoffice-writer)")


def _text(el) -> str:
    """An element's text without the comments inside it (and without the flat XML's indentation)."""
    parts = [el.text or ""] if el.tag != ANNOTATION else []
    for child in el:
        if child.tag != ANNOTATION:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return re.sub(r"\n\s*", "", "".join(parts)).strip()


def comments_seen_by_libreoffice(docx: Path, tmp: Path) -> list[dict]:
    """Each comment as LibreOffice reads it: author, text, and the paragraph or table cell it sits in."""
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "fodt", "--outdir", str(tmp / "lo"), str(docx)],
                   check=True, capture_output=True, timeout=180)
    tree = etree.parse(str(tmp / "lo" / (docx.stem + ".fodt")))
    tables = tree.findall(".//table:table", NS)
    out = []
    for note in tree.iterfind(".//office:annotation", NS):
        found = {"author": note.findtext("dc:creator", namespaces=NS),
                 "text": "\n".join(_text(p) for p in note.iterfind("text:p", NS))}
        para = next(a for a in note.iterancestors() if etree.QName(a).localname in ("p", "h"))
        cell = next((a for a in note.iterancestors() if etree.QName(a).localname == "table-cell"), None)
        if cell is None:
            found["paragraph"] = _text(para)
        else:
            row = cell.getparent()
            found["table"] = next(i for i, t in enumerate(tables) if t in cell.iterancestors()) + 1
            found["row"] = [_text(c) for c in row if etree.QName(c).localname == "table-cell"]
            found["cell"] = _text(cell)
        out.append(found)
    return out


def test_commented_copy_is_written_beside_the_draft(cli, tmp_path):
    import docx

    draft = tmp_path / "draft.docx"
    draft.write_bytes(docx_report(blank_cell=True))
    before = draft.read_bytes()
    code, out, _ = cli("check", str(draft), "--format", "docx")
    copy = tmp_path / "draft.reportlint.docx"
    assert code == 1 and out == f"{copy}: 1 条批注\n"
    assert draft.read_bytes() == before  # never the original
    (comment,) = docx.Document(str(copy)).comments
    assert comment.author == "reportlint" and comment.initials == "RL"
    message, hint, code_line = comment.text.split("\n")
    assert "“本年新收政府信息公开申请数量”行“总计”列应填数字，实为空白" in message
    assert hint == "请填写数字；没有发生的事项填 0。" and code_line == "RL203 cell-not-number（错误）"


def test_refuses_to_overwrite_the_draft_and_non_word_inputs(cli, tmp_path):
    draft = tmp_path / "draft.docx"
    draft.write_bytes(docx_report(blank_cell=True))
    code, _, err = cli("check", str(draft), "--format", "docx", "-o", str(draft))
    assert code == 2 and "refusing to overwrite the input" in err
    code, _, err = cli("check", "fixtures/RL301-balance/report.txt", "--format", "docx")
    assert code == 2 and "--format docx needs Word (.docx) inputs" in err
    code, out, _ = cli("check", str(draft), "--format", "docx", "-o", str(tmp_path / "out.docx"), "--lang", "en")
    assert (tmp_path / "out.docx").is_file() and out.endswith(": 1 comments\n")


@needs_libreoffice
def test_libreoffice_reads_the_comment_in_the_blank_cell(cli, tmp_path):
    draft = tmp_path / "draft.docx"
    draft.write_bytes(docx_report(blank_cell=True))
    cli("check", str(draft), "--format", "docx")
    (note,) = comments_seen_by_libreoffice(tmp_path / "draft.reportlint.docx", tmp_path)
    assert note["author"] == "reportlint" and "RL203" in note["text"]
    assert note["row"][0] == "一、本年新收政府信息公开申请数量" and note["cell"] == "" and note["row"][-1] == ""
    assert note["row"][1:7] == ["20", "3", "0", "1", "0", "1"]


@needs_libreoffice
@pytest.mark.skipif(not TEMPLATE.is_file(), reason="no shared corpus (the official template)")
def test_filled_official_template_one_comment_per_finding_on_its_place(cli, tmp_path):
    draft = tmp_path / "filled.docx"
    draft.write_bytes(filled_template(TEMPLATE.read_bytes()))
    cli("check", str(draft), "--format", "docx", "-o", str(tmp_path / "commented.docx"))
    notes = comments_seen_by_libreoffice(tmp_path / "commented.docx", tmp_path)
    assert len(notes) == 2 and {n["author"] for n in notes} == {"reportlint"}
    prose, cell = notes
    assert "RL401" in prose["text"] and WRONG_SENTENCE in prose["paragraph"]
    assert "RL304" in cell["text"] and cell["table"] == 3  # 表四
    assert cell["cell"] == "5" and cell["row"][:5] == ["2", "1", "0", "1", "5"]
