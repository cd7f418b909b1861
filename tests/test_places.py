"""Places a reader can act on: labels, the sentence as written, the PDF page, the Word paragraph or cell."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from conftest import SHARED
from office_fixtures import docx_report

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build

from reportlint.engine import Options, lint
from reportlint.pack import builtin_packs, load_builtin
from reportlint.places import label, place_of

PACK = load_builtin()


def check(path: Path):
    return lint(str(path), PACK, Options(packs=builtin_packs()))


def test_prose_place_quotes_the_sentence_with_its_own_punctuation(cli):
    _, out, _ = cli("check", "fixtures/RL401-prose-figure/report.txt", "--format", "json")
    (finding,) = json.loads(out)["documents"][0]["findings"]
    assert finding["evidence"]["sentence"].startswith("全年新收政府信息公开申请30件,")  # folded, as before
    assert finding["place"] == {
        "label": "一、总体情况 第3段：“全年新收政府信息公开申请30件，上年结转2件，办结25件，结转下年度2件。”",
        "table": "表三", "section": "一、总体情况", "paragraph": 3,
        "quote": "全年新收政府信息公开申请30件，上年结转2件，办结25件，结转下年度2件。"}


def test_table_place_names_the_row_and_column_as_printed(cli):
    _, out, _ = cli("check", "fixtures/RL301-balance/report.txt", "--format", "json", "--select", "RL301")
    labels = [f["place"]["label"] for f in json.loads(out)["documents"][0]["findings"]]
    assert labels == ["表三 （七）总计 行 · 其他 列", "表三 （七）总计 行 · 总计 列"]
    _, out, _ = cli("check", "fixtures/RL301-balance/report.txt", "--format", "json", "--select", "RL301",
                    "--lang", "en")
    assert json.loads(out)["documents"][0]["findings"][1]["place"]["label"] == \
        "Table 3, row （七）总计, column 总计"


def test_html_page_quote_keeps_full_width_punctuation(tmp_path):
    page = build.html_page_a(build.html_body()).replace(
        "<strong>（二）依申请公开。</strong>全年新收政府信息公开申请25件", "（二）依申请公开。全年新收政府信息公开申请28件")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = check(path)
    (finding,) = [f for f in result.findings if f.code == "RL401"]
    place = place_of(finding, result)
    assert place.quote == "全年新收政府信息公开申请28件，上年结转2件，办结25件，结转下年度2件。"
    assert place.section == "一、总体情况"


def test_word_place_is_the_cell_of_the_docx(tmp_path):
    import docx

    data = docx_report(blank_cell=True)
    path = tmp_path / "draft.docx"
    path.write_bytes(data)
    result = check(path)
    (finding,) = [f for f in result.findings if f.code == "RL203"]
    where = dict(place_of(finding, result).docx)
    table = docx.Document(io.BytesIO(data)).tables[where["table"] - 1]._tbl
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    row = list(table.iterchildren(W + "tr"))[where["row"] - 1]
    cells = ["".join(t.text or "" for t in tc.iter(W + "t")) for tc in row.iterchildren(W + "tc")]
    assert cells[0] == "一、本年新收政府信息公开申请数量" and cells[where["cell"] - 1] == "" and where["cell"] == 8
    assert label(place_of(finding, result), PACK, "zh").endswith(f"Word 第{where['table']}个表格 第{where['row']}行第8格")


def test_word_paragraph_place(tmp_path):
    import docx

    data = docx_report()
    document = docx.Document(io.BytesIO(data))
    document.paragraphs[1].text = "XX局" + document.paragraphs[1].text
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "draft.docx"
    path.write_bytes(buf.getvalue())
    result = check(path)
    (finding,) = [f for f in result.findings if f.code == "RL703"]
    place = place_of(finding, result)
    assert place.docx == (("paragraph", 2),) and place.quote.startswith("XX局本报告依据《中华人民共和国政府信息公开条例》")


@pytest.mark.skipif(not (SHARED / "corpus/real/hzq-2024/report.pdf").is_file(), reason="no shared corpus")
def test_pdf_place_has_the_page():
    result = check(SHARED / "corpus/real/hzq-2024/report.pdf")
    labels = {f.code: label(place_of(f, result), PACK, "zh") for f in result.findings}
    assert labels["RL401"].startswith("第1页 · 一、总体情况 第15段：“信息公开申请 17 件，")
    assert labels["RL202"].startswith("第")


def test_text_output_has_the_place_line(cli):
    _, out, _ = cli("check", "fixtures/RL401-prose-figure/report.txt")
    assert "    位置：一、总体情况 第3段：“全年新收政府信息公开申请30件，上年结转2件，办结25件，结转下年度2件。”\n" in out
