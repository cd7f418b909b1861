"""The annotated HTML view: every code on a cell, the cell's own value, RL401 on its sentence and cell,
collapsed and missing rows drawn, links that resolve, phone and print styles."""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build


def view(cli, tmp_path, text: str | None = None, report: str | None = None):
    if text is not None:
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        report = str(path)
    out = tmp_path / "view.html"
    cli("check", report, "--format", "html", "-o", str(out), "--lang", "zh")
    return lxml_html.fromstring(out.read_text(encoding="utf-8"))


def test_a_cell_shows_its_own_value_and_every_code_on_it(cli, tmp_path):
    # 表三 (七)总计 总计 says 26 where its row, its column and the balance all say 25: three findings, one cell
    rows = build.tab_report().split("\n")
    k = next(i for i, line in enumerate(rows) if line.startswith("\t（七）总计") or "（七）总计\t" in line)
    rows[k] = rows[k][: rows[k].rstrip().rfind("\t")] + "\t26"
    tree = view(cli, tmp_path, "\n".join(rows))
    (cell,) = tree.xpath("//td[@id='d0-c-t3-total-total']")
    assert cell.xpath("string(span[@class='v'])") == "26"
    assert set(cell.get("data-code").split()) == {"RL301", "RL302", "RL303"}
    # the three, and the sentence that says 办结25件 (RL401), linked from the cell
    assert [a.text for a in cell.xpath("span[@class='note']/a")] == ["RL301", "RL302", "RL303", "RL401"]
    assert "bad" in cell.get("class") and "error" in cell.get("class")


def test_prose_figure_is_marked_on_its_sentence_and_linked_to_its_cell(cli, tmp_path):
    tree = view(cli, tmp_path, report="fixtures/RL401-prose-figure/report.txt")
    (mark,) = tree.xpath("//mark")
    assert mark.text == "30" and mark.get("id") == "d0-m-1"
    paragraph = mark.getparent()
    assert "件，上年结转2件，办结25件，结转下年度2件。" in paragraph.text_content()  # as written: full-width commas
    (ref,) = paragraph.xpath(".//a[@class='ref']")
    assert ref.get("href") == "#d0-c-t3-new-total" and "表三 一、本年新收政府信息公开申请数量 行 · 总计 列" in ref.text
    (cell,) = tree.xpath("//td[@id='d0-c-t3-new-total']")
    assert "contra" in cell.get("class") and cell.xpath("string(span[@class='v'])") == "25"
    assert cell.xpath(".//a/@href") == ["#d0-m-1"]


def test_collapsed_and_missing_rows_are_drawn(cli, tmp_path):
    tree = view(cli, tmp_path, report="fixtures/RL202-collapsed-rows/report.txt")
    (extra,) = tree.xpath("//table[@data-table='t3']//tr[contains(@class, 'extra')]")
    assert extra.xpath("string(th)").startswith("（六）其他处理") or extra.xpath("string(th)").startswith("(六)其他处理")
    assert [td.text_content() for td in extra.xpath("td")] == ["2", "0", "0", "0", "0", "1", "3"]
    missing = tree.xpath("//table[@data-table='t3']//tr[contains(@class, 'missing')]")
    assert [tr.xpath("string(th)")[:2] for tr in missing] == ["1.", "2.", "3."]
    assert all(tr.xpath(".//a[@class='code']") for tr in missing)  # each carries its RL202


def test_findings_list_links_resolve_both_ways(cli, tmp_path):
    tree = view(cli, tmp_path, report="fixtures/RL202-collapsed-rows/report.txt")
    ids = set(tree.xpath("//@id"))
    hrefs = [h[1:] for h in tree.xpath("//a/@href") if h.startswith("#")]
    assert hrefs and all(h in ids for h in hrefs)
    items = tree.xpath("//ol[@class='findings']/li")
    assert len(items) == 4 and all(li.xpath("a[@class='code']/@href") for li in items)
    assert all(li.xpath("span[@class='where']") and li.xpath("span[@class='hint']") for li in items)


def test_the_page_is_for_phones_and_paper_and_runs_no_script(cli, tmp_path):
    page = (tmp_path / "v.html")
    cli("check", "fixtures/RL301-balance/report.txt", "--format", "html", "-o", str(page))
    text = page.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(text)
    assert tree.xpath("//meta[@name='viewport']") and "@page{size:A4" in text and "@media print" in text
    assert tree.xpath("//p[@class='signoff']") and "审核人" in text
    assert not tree.xpath("//script") and "default-src 'none'" in text
    assert tree.xpath("//div[@class='tw']/table[@data-table='t3']")  # wide tables scroll on their own
