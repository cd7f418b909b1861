"""Every bad input the hardening issue lists, rebuilt: each gives its finding within the default time budget
(30 s: a run past it would show RL908 "longer than 30 s") and the next input of the same run is still
checked (GOOD's two RL301 findings)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile import (
    chinese_list,
    docx_package,
    para,
    pdf_broken_page,
    pdf_flate_bomb,
    pdf_shared_content,
    pdf_with_seal_page,
    table,
    with_compression_method,
)

from reportlint.sources import office

GOOD = "fixtures/RL301-balance/report.txt"
COMPLIANT = Path("fixtures/compliant-tab/report.txt").read_text(encoding="utf-8")
PARAGRAPH = "（五）监督保障。"  # a paragraph of the compliant report, to put hostile text before


def check(cli, path: Path | str, *more: str) -> tuple[int, list[dict], str]:
    """Check the input then GOOD; return the exit code, the input's findings, stderr. Asserts GOOD was checked."""
    code, out, err = cli("check", str(path), GOOD, "--format", "json", "--lang", "en", *more)
    docs = json.loads(out)["documents"]
    assert [d["source"] for d in docs] == [str(path), GOOD]
    assert [f["code"] for f in docs[1]["findings"]].count("RL301") == 2, "the next input was not checked"
    assert not any("longer than" in f["message"] for f in docs[0]["findings"]), "over the time budget"
    return code, docs[0]["findings"], err


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def codes(findings: list[dict]) -> list[str]:
    return [f["code"] for f in findings]


# ---- HTML and text ------------------------------------------------------------------------

def test_a_table_row_without_cells(cli, tmp_path):
    code, found, _ = check(cli, write(tmp_path, "t.html", "<table><tr></tr></table>"))
    assert codes(found) == ["RL902"] and code == 1


@pytest.mark.parametrize("name, paragraph", [
    ("numbers-then-a-letter", " ".join(["0"] * 20_000) + "a"),  # 27 s before: a quadratic regex
    ("digit-run", "1" * 40_000),  # 30 s before
    ("one-sentence-of-breakdowns", "收到申请10件，其中" * 26_000),  # 260 KB: 47 s and 1.8 GB before
    ("chinese-numerals", "一二三四五六七八九十" * 4_000 + "x"),
    ("suppression-without-end", "<!-- reportlint: disable=" + "R L " * 10_000),
])
def test_quadratic_text_is_read_in_linear_time(cli, tmp_path, name, paragraph):
    report = COMPLIANT.replace(PARAGRAPH, paragraph + "\n" + PARAGRAPH, 1)
    _, found, _ = check(cli, write(tmp_path, f"{name}.txt", report))
    assert "RL908" not in codes(found) and "RL901" not in codes(found)


def test_a_breakdown_counts_a_nested_total_once(tmp_path):
    """The parts of 86 are 4, 9 and 73; 73's own parts (3) are not added to them."""
    from reportlint.engine import lint
    from reportlint.pack import load_builtin

    text = "全年主动公开政府信息86条，其中机构职能4条，政策文件9条，工作动态73条，其中通知公告3条。"
    path = write(tmp_path, "nested.txt", COMPLIANT.replace(PARAGRAPH, text + "\n" + PARAGRAPH, 1))
    assert [f for f in lint(str(path), load_builtin()).findings if f.code == "RL403"] == []


# ---- PDF ----------------------------------------------------------------------------------

def test_a_pdf_page_pdfminer_cannot_parse_is_a_finding_for_that_page(cli, tmp_path):
    _, found, _ = check(cli, write(tmp_path, "broken.pdf", pdf_broken_page()))
    rl901 = [f for f in found if f["code"] == "RL901"]
    assert [(f["page"], f["message"]) for f in rl901] == [
        (2, "cannot read the input: page 2 cannot be read (AssertionError)")]
    rendering = office.render_pdf(pdf_broken_page())
    assert (rendering.lines, rendering.pages) == (["page one text", "page three text"], [1, 3])


def test_a_scanned_seal_page_is_rl903_for_that_page_and_the_rest_is_checked(cli, tmp_path):
    path = write(tmp_path, "sealed.pdf", pdf_with_seal_page())
    _, found, _ = check(cli, path)
    assert [(f["code"], f["page"]) for f in found] == [("RL903", 3)]
    assert found[0]["message"].startswith("PDF page(s) 3 have no text layer")
    _, out, _ = cli("extract", str(path))
    tables = json.loads(out)["documents"][0]["tables"]
    assert tables["t3"]["new"]["total"] == 25 and tables["t4"]["review"]["total"] == 4  # read, so checked


def test_a_pdf_stream_bomb_is_refused_within_memory(cli, tmp_path):
    _, found, _ = check(cli, write(tmp_path, "bomb.pdf", pdf_flate_bomb(200)))
    assert codes(found) == ["RL908"]  # its only page: the document's problem
    assert found[0]["message"].endswith("page 1: a PDF stream unpacks to more than 64 MB")


def test_forty_pages_sharing_one_content_stream_stop_at_the_budget(cli, tmp_path):
    """23 KB, 40 pages drawing one stream: 85 s and 3.8 GB before (every page kept and interpreted)."""
    data = pdf_shared_content(40, 3_000)
    assert len(data) < 23_000
    _, found, _ = check(cli, write(tmp_path, "shared.pdf", data))
    (truncated,) = [f for f in found if f["code"] == "RL907"]
    assert truncated["message"].startswith("the file has 40 pages; only the first ")


def test_a_path_of_60000_segments_is_refused_for_its_page(cli, tmp_path):
    """Found by benchmarks/fuzz.py: each segment becomes a pdfplumber object (547 MB, 5.8 s for a mutant)."""
    from hostile import pdf_long_path

    _, found, _ = check(cli, write(tmp_path, "path.pdf", pdf_long_path()))
    assert [(f["code"], f["message"]) for f in found] == [("RL908", "the input exceeds a processing limit and "
                                                           "was not checked: page 1: the page draws more than "
                                                           "10,000 lines and shapes")]


def test_pdfminer_warnings_never_reach_stderr(cli, tmp_path):
    from hostile import raw_pdf, text_ops

    damaged = raw_pdf([text_ops(["some text"])]).replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 595]")
    _, found, err = check(cli, write(tmp_path, "damaged.pdf", damaged), "--time-limit", "0")  # in process
    assert err == "" and codes(found) == ["RL901"]  # pdfminer said "Invalid MediaBox …" on stderr


# ---- DOCX ---------------------------------------------------------------------------------

def test_word_numbering_past_110_is_written_in_chinese(cli, tmp_path):
    """A legitimate list 一、二、… of 120 items: item 110 raised IndexError before."""
    body = "".join(para(f"第{k}项", num="5") for k in range(1, 121))
    path = write(tmp_path, "list.docx", docx_package(body, chinese_list()))
    _, found, _ = check(cli, path)
    assert "RL901" not in codes(found)
    lines = office.render_docx(path.read_bytes()).lines
    assert lines[9] == "十、第10项" and lines[109] == "一百一十、第110项" and lines[119] == "一百二十、第120项"
    assert lines[100] == "一百零一、第101项"


@pytest.mark.parametrize("name, package", [
    ("ilvl-3000000", lambda: docx_package(para("正文", num="5", ilvl="3000000"), chinese_list())),  # 63 s before
    ("ilvl-not-a-number", lambda: docx_package(para("正文", num="5", ilvl="x"), chinese_list())),
    ("lvl-ilvl-huge", lambda: docx_package(para("正文", num="5"), chinese_list(ilvl="99999999999999"))),
    ("start-not-a-number", lambda: docx_package(para("正文", num="5"), chinese_list(start="one"))),
    ("start-5000-digits", lambda: docx_package(para("正文", num="5"), chinese_list(start="9" * 5000))),
    ("gridspan-not-a-number", lambda: docx_package(table([[("规章", "abc"), ("0", None)]]))),
    ("gridspan-huge", lambda: docx_package(table([[("规章", "99999999999"), ("0", "-3")]]))),
])
def test_malformed_word_attributes_are_read_without_failing(cli, tmp_path, name, package):
    _, found, _ = check(cli, write(tmp_path, f"{name}.docx", package()))
    assert codes(found) == ["RL902"]  # read (there is no report in it), not RL901


def test_ilvl_3000000_is_read_without_its_number():
    lines = office.render_docx(docx_package(para("正文", num="5", ilvl="3000000"), chinese_list())).lines
    assert lines == ["正文"]


def test_a_zip_member_in_an_unsupported_compression_is_rl901(cli, tmp_path):
    """zipfile raises NotImplementedError for it."""
    data = with_compression_method(docx_package(para("正文")), "word/document.xml", 99)
    _, found, _ = check(cli, write(tmp_path, "method99.docx", data))
    assert codes(found) == ["RL901"]
    assert "cannot open the Word file: NotImplementedError" in found[0]["message"]


def test_a_word_part_that_unpacks_to_gigabytes_is_refused(cli, tmp_path):
    """1 MB on disk, 2.1 GB in memory before: only document.xml had a size guard."""
    bomb = docx_package(para("正文"), extra={"word/media/image1.png": b"\0" * (office.MAX_DOCX_PART + 1)})
    assert len(bomb) < 200_000
    _, found, _ = check(cli, write(tmp_path, "bomb.docx", bomb))
    assert codes(found) == ["RL908"]
    assert found[0]["message"].endswith("a part of the Word file unpacks to more than 50 MB")


# ---- names --------------------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_with_output_to_a_file(cli, tmp_path):
    name = os.fsdecode(b"\xff\xfe-report.txt")
    path = tmp_path / name
    path.write_text(COMPLIANT.replace("一、总体情况", "一、总况", 1), encoding="utf-8")
    out = tmp_path / "out.txt"
    code, _, err = cli("check", str(path), GOOD, "-o", str(out), "--lang", "en", "--format", "concise")
    assert code == 1 and err == ""
    text = out.read_text(encoding="utf-8")
    assert f"{tmp_path}/\\xff\\xfe-report.txt:" in text and "RL301" in text


def test_a_pdf_read_only_in_part_reports_nothing_as_missing(tmp_path, monkeypatch):
    """What was not read is not missing: no RL101/RL201 for the sections and tables past the bound."""
    from office_fixtures import pdf_report

    from reportlint.engine import lint
    from reportlint.pack import load_builtin

    monkeypatch.setattr(office, "MAX_PAGES", 1)
    path = write(tmp_path, "report.pdf", pdf_report())
    result = lint(str(path), load_builtin())
    assert [f.code for f in result.findings] == ["RL907"]
    assert any(n.rule == "RL101" and "RL907" in n.text for n in result.notes)


def test_html_nested_past_libxml2s_limit_is_rl908_not_an_empty_page(cli, tmp_path):
    """libxml2 drops what lies deeper than 256 levels: reading on would report sections missing."""
    page = "<div>" * 300 + COMPLIANT.replace("\n", "<br>") + "</div>" * 300
    _, found, _ = check(cli, write(tmp_path, "deep.html", page))
    assert [(f["code"], f["message"]) for f in found] == [("RL908", (
        "the input exceeds a processing limit and was not checked: the page's HTML is nested more than 256 "
        "levels deep and cannot be read whole"))]


def test_one_rule_reports_at_most_200_findings(tmp_path):
    from reportlint.engine import lint
    from reportlint.pack import load_builtin

    result = lint(str(write(tmp_path, "many.txt", COMPLIANT.replace(PARAGRAPH, "收到申请10件。" * 1000 + PARAGRAPH, 1))),
                  load_builtin())
    assert [f.code for f in result.findings].count("RL401") == 200
    assert any(n.text == "stopped after 200 findings of RL401" for n in result.notes)


def test_a_report_with_a_damaged_byte_is_still_read(cli, tmp_path):
    data = COMPLIANT.encode("utf-8")
    at = data.index("监督保障".encode())
    damaged = data[:at] + b"\xff" + data[at + 1:]  # breaks one character of a paragraph
    _, found, _ = check(cli, write(tmp_path, "damaged.txt", damaged))
    assert found == []  # read and checked: the compliant report, one character short
    _, out, _ = cli("extract", str(tmp_path / "damaged.txt"))
    encoding = json.loads(out)["documents"][0]["encoding"]
    assert encoding.startswith("utf-8 (") and encoding.endswith(" undecodable bytes replaced)")
