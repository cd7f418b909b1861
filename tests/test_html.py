"""Portal pages: the body among the chrome, span-expanded grids, positions in the page source, metadata."""

from __future__ import annotations

from pathlib import Path

from reportlint.engine import lint
from reportlint.model import SourceInfo
from reportlint.pack import load_builtin
from reportlint.parse.html import parse_html, published_date
from reportlint.sources import load
from reportlint.sources.html import parse_page

PACK = load_builtin()


def doc_of(html: str, name: str = "page.html"):
    return parse_html(html, SourceInfo(name, "html"), PACK)


def test_metadata_of_a_cms_page():
    result = lint("fixtures/html-cms-a/page.html", PACK)
    doc = result.document
    assert (doc.year, doc.agency, doc.format) == (2025, "示例市示例区科学技术局", "2021")
    assert result.source.published == "2026-01-20"  # <meta name="PubDate">
    assert result.source.title == "示例市示例区科学技术局2025年政府信息公开工作年度报告"


def test_published_date_from_byline_and_url():
    page = parse_page("<html><body><div>发布日期：2024年3月8日</div><p>一、总体情况</p></body></html>")
    assert published_date(page, None) == "2024-03-08"
    empty = parse_page("<html><body><p>x</p></body></html>")
    assert published_date(empty, "https://example.invalid/zfxxgknb/202403/t20240308_87885.htm") == "2024-03-08"
    assert published_date(empty, None) is None


def test_mislabelled_gbk_page_is_read():
    loaded = load("fixtures/html-cms-b-gbk-mislabelled/page.html")
    assert loaded.info.encoding == "gb18030"
    assert "总体情况" in loaded.text


def test_declared_gb2312_is_read_as_gb18030():
    assert load("fixtures/html-cms-b-gbk/page.html").info.encoding == "gb18030"


def test_cell_positions_point_into_the_page_source():
    result = lint("fixtures/html-split-tables-blank-cells/page.html", PACK)
    source = Path("fixtures/html-split-tables-blank-cells/page.html").read_text(encoding="utf-8").splitlines()
    for f in result.findings:
        line = source[f.loc.line - 1]
        assert line[f.loc.column - 1 :].startswith("<td"), (f.code, line[f.loc.column - 1 :][:20])


def test_rowspan_labels_and_colspan_values():
    page = parse_page(
        "<table><tr><td rowspan='2'>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
        "<tr><td>2.其他法律行政法规禁止公开</td><td>3</td></tr>"
        "<tr><td>行政事业性收费</td><td colspan='3'>1.5</td></tr></table>"
    )
    rows = [[text for text, _ in b.cells] for b in page.blocks if b.kind == "row"]
    assert rows == [["（三）不予公开", "1.属于国家秘密", "0"], ["（三）不予公开", "2.其他法律行政法规禁止公开", "3"],
                    ["行政事业性收费", "1.5"]]


def test_br_and_nbsp_inside_cells():
    page = parse_page("<table><tr><td>本年新收<br/>政府信息公开申请数量</td><td>&nbsp;</td><td><p>1</p></td></tr></table>")
    (row,) = [b for b in page.blocks if b.kind == "row"]
    assert [t for t, _ in row.cells] == ["本年新收政府信息公开申请数量", "", "1"]  # a <br> inside a label joins


def test_layout_tables_and_scripts_are_not_data():
    html = ("<table><tr><td><table><tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr></table></td></tr></table>"
            "<script>document.write('<table><tr><td>规章</td><td>9</td></tr></table>')</script>")
    rows = [[t for t, _ in b.cells] for b in parse_page(html).blocks if b.kind == "row"]
    assert rows == [["规章", "1", "2", "3"]]


def test_portal_chrome_is_left_out():
    doc = lint("fixtures/html-cms-a/page.html", PACK).document
    texts = " ".join(p.text for p in doc.paragraphs)
    assert "搜索" not in texts and "备案号" not in texts and "字号" not in texts


def test_hostile_and_broken_pages_do_not_crash():
    pages = [
        "",
        "<html",
        "<" * 10000,
        "<div>" * 5000 + "一、总体情况" + "</div>" * 5000,
        "<table>" + "<tr><td colspan='99999' rowspan='99999'>x</td></tr>" * 50 + "</table>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>一、总体情况</p></body></html>",
        "<html><body onload='alert(1)'><a href='javascript:alert(1)'>二、主动公开政府信息情况</a></body></html>",
    ]
    for html in pages:
        doc_of(html)  # no exception


def test_listing_page_is_not_a_report():
    codes = [f.code for f in lint("fixtures/html-pdf-only/page.html", PACK).findings]
    assert codes == ["RL905"]


def test_prose_after_a_bold_run_in_heading_is_its_own_paragraph(tmp_path):
    """`<strong>（一）主动公开。</strong>正文` (and `**（一）主动公开。**正文`): the heading is a heading and
    the paragraph starts after it, with no bold markers left in its text."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><p><strong>一、总体情况</strong></p><p><strong>（一）主动公开。</strong>"
                    "本年度主动公开政府信息120条。</p></body></html>", encoding="utf-8")
    markdown = tmp_path / "report.md"
    markdown.write_text("一、总体情况\n**（一）主动公开。**本年度主动公开政府信息120条。\n", encoding="utf-8")
    for path, column in ((page, None), (markdown, 13)):
        doc = lint(str(path), load_builtin()).document
        assert [p.text for p in doc.paragraphs] == ["本年度主动公开政府信息120条。"]
        assert "主动公开。" in [h.text for h in doc.headings]
        if column is not None:
            assert (doc.paragraphs[0].loc.line, doc.paragraphs[0].loc.column) == (2, column)


def test_a_page_with_images_is_parsed_once_per_lint_not_once_per_pack(monkeypatch):
    """A 2019/2020 page is parsed again for the format it was due under: with the same ImageStore (one
    lint) the page is parsed and typed once; another lint's store parses it afresh."""
    import reportlint.parse.html as html_parse
    from reportlint.sources.images import ImageStore
    from reportlint.sources.settings import OcrSettings

    parsed: list[str] = []
    real = html_parse.parse_page
    monkeypatch.setattr(html_parse, "parse_page", lambda text, markers: parsed.append(text) or real(text, markers))
    page = "<html><body><p>一、总体情况</p><p>示例。</p><img src='t3.png'></body></html>"
    info = SourceInfo("page.html", "html")
    store = ImageStore(info, OcrSettings(enabled=False))
    first = parse_html(page, info, PACK, store)
    assert parse_html(page, info, PACK, store) == first and len(parsed) == 1
    parse_html(page, info, PACK, ImageStore(info, OcrSettings(enabled=False)))
    assert len(parsed) == 2
