"""Images where reports put them (issue 18): `<img>` tables of a portal page (next to the saved
page, or as data: URIs), pictures in a Word file, a scanned PDF. Each is read by the real tesseract
through the whole pipeline and compared with the same report as text: every cell the same or
unread, none different; a planted arithmetic error found and said to be read from the image; a
blurred cell unread; without OCR the images are reported with a hint how to enable it."""

from __future__ import annotations

import base64
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("numpy", reason="OCR needs the ocr extra (numpy)")
from ocr_truth import FIXTURES, image, load

from reportlint.cli import main
from reportlint.ocr import available

NO_TESSERACT = available("tesseract")
pytestmark = pytest.mark.skipif(NO_TESSERACT is not None, reason=f"no OCR engine here: {NO_TESSERACT}")
ROOT = Path(__file__).resolve().parent.parent
SCANNED_SOURCE = ROOT / "fixtures" / "layouts" / "r2021-ruled~libreoffice-pdf" / "report.pdf"

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
PROSE = {
    "一、总体情况": "2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，统计期限为2023年1月1日至12月31日。",
    "五、存在的主要问题及改进情况": "主动公开的及时性有待提高，下一步将完善发布审核机制，加强工作人员培训。",
    "六、其他需要报告的事项": "本年度未收取信息处理费。无其他需要报告的事项。",
}


def _builder():
    """fixtures/ocr/build.py: the HTML of the tables the fixture images were rendered from."""
    spec = importlib.util.spec_from_file_location("ocr_fixture_build", FIXTURES / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ocr_fixture_build"] = module
    spec.loader.exec_module(module)
    return module


def report_page(tables: dict[str, str]) -> str:
    """A 2021-format report page; `tables` puts HTML (a <table> or an <img>) under sections 二, 三, 四."""
    parts = ["<p>示例市数据资源局2023年政府信息公开工作年度报告</p>"]
    for i, title in enumerate(SECTIONS):
        parts.append(f"<p>{title}</p>")
        if title in PROSE:
            parts.append(f"<p>{PROSE[title]}</p>")
        table = tables.get(f"t{i + 1}")
        if table:
            parts.append(f"<p>{table}</p>" if table.startswith("<img") else table)
    return ('<html><head><meta charset="utf-8"><title>示例市数据资源局2023年政府信息公开工作年度报告</title></head>'
            "<body><div>" + "\n".join(parts) + "</div></body></html>")


def run(capsys, *args: str) -> dict:
    capsys.readouterr()
    main([*args, "--format", "json", "--time-limit", "0", "--ocr-time", "60"])  # a busy machine reads slowly
    return json.loads(capsys.readouterr().out)["documents"][0]


def cells(doc: dict) -> dict[tuple[str, str, str], object]:
    return {(t, r, c): v for t, rows in doc["tables"].items() for r, cols in rows.items() for c, v in cols.items()}


def same_or_unread(read: dict, truth: dict) -> tuple[int, int, list]:
    """Cells read the same, cells unread, and cells read differently (there must be none)."""
    got, want = cells(read), cells(truth)
    right = sum(1 for k, v in want.items() if got.get(k, "<missing>") == v)
    wrong = [(k, v, got[k]) for k, v in want.items() if got.get(k) is not None and got[k] != v]
    return right, len(want) - right - len(wrong), wrong


@pytest.fixture(scope="module")
def tables_html():
    t = _builder().tables()
    return {"t2": t["t2-2021"], "t3": t["t3-2021"], "t4": t["t4-2021"], "t3-planted": t["t3-2021-planted"]}


def write_image_page(folder: Path, planted: bool = False, blur: tuple | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for key, name in (("t2", "t2-2021"), ("t3", "t3-2021-planted" if planted else "t3-2021"), ("t4", "t4-2021")):
        (folder / f"{key}.jpg").write_bytes(image(name, 0.85, 75, blur=blur if key == "t3" else None))
    page = folder / "page.html"
    page.write_text(report_page({k: f'<img src="{k}.jpg" alt="表格">' for k in ("t2", "t3", "t4")}), encoding="utf-8")
    return page


def test_img_tables_next_to_a_saved_page_read_as_the_text_tables(tmp_path, capsys, tables_html):
    text = tmp_path / "text.html"
    text.write_text(report_page({k: tables_html[k] for k in ("t2", "t3", "t4")}), encoding="utf-8")
    page = write_image_page(tmp_path / "img")
    truth, read = run(capsys, "extract", str(text)), run(capsys, "extract", str(page))
    right, _unread, wrong = same_or_unread(read, truth)
    assert wrong == []
    assert right >= 0.95 * len(cells(truth)) and len(cells(truth)) > 100
    assert [s["key"] for s in read["sections"]] == [s["key"] for s in truth["sections"]]
    checked_text = run(capsys, "check", str(text))["findings"]
    checked_img = run(capsys, "check", str(page))["findings"]
    assert sorted(f["code"] for f in checked_img) == sorted(f["code"] for f in checked_text)
    assert not any(f["code"] in ("RL906", "RL201", "RL203") for f in checked_img)


def test_a_planted_error_in_an_image_table_is_found_and_names_the_image(tmp_path, capsys):
    page = write_image_page(tmp_path, planted=True)
    found = [f for f in run(capsys, "check", str(page))["findings"] if f["code"].startswith("RL30")]
    assert found, "the planted 上年结转 总计 (one too high) breaks RL301/RL302"
    first = found[0]
    assert first["where"] == {"table": "t3", "row": "carried_over", "column": "total"}
    assert first["evidence"]["images"] == ["t3.jpg"]
    assert first["fix"] == {"table": "t3", "row": "carried_over", "column": "total",
                            "from": first["fix"]["from"], "to": str(int(first["fix"]["from"]) - 1)}
    assert "t3.jpg" in first["message"] and "OCR" in first["message"]
    assert first["severity"] in ("error", "warning")
    sure = first["evidence"]["ocr_confidence"] >= 0.8
    assert first["severity"] == ("error" if sure else "warning")


def test_a_blurred_cell_is_unread_and_never_an_arithmetic_finding(tmp_path, capsys, tables_html):
    (box, _), = [(b, t) for b, t in load("t3-2021").scaled(0.85).cells if t == "789"]  # 一、本年新收 总计
    page = write_image_page(tmp_path / "img", blur=(*box, 2.5))
    text = tmp_path / "text.html"
    text.write_text(report_page({k: tables_html[k] for k in ("t2", "t3", "t4")}), encoding="utf-8")
    read, truth = run(capsys, "extract", str(page)), run(capsys, "extract", str(text))
    _, unread, wrong = same_or_unread(read, truth)
    assert wrong == [] and unread >= 1
    assert read["tables"]["t3"]["new"]["total"] is None
    findings = run(capsys, "check", str(page))["findings"]
    assert not any(f["code"].startswith("RL30") or f["code"] == "RL203" for f in findings)


def test_tables_as_data_uris_are_read(tmp_path, capsys, tables_html):
    uri = "data:image/jpeg;base64," + base64.b64encode(image("t4-2021", 0.85, 75)).decode()
    page = tmp_path / "page.html"
    page.write_text(report_page({"t4": f'<img src="{uri}">'}), encoding="utf-8")
    text = tmp_path / "text.html"
    text.write_text(report_page({"t4": tables_html["t4"]}), encoding="utf-8")
    right, _unread, wrong = same_or_unread(run(capsys, "extract", str(page)), run(capsys, "extract", str(text)))
    assert wrong == [] and right == 15


def test_an_image_outside_the_pages_folder_is_not_read(tmp_path, capsys):
    (tmp_path / "t4.jpg").write_bytes(image("t4-2021", 0.85, 75))
    (tmp_path / "sub").mkdir()
    page = tmp_path / "sub" / "page.html"
    page.write_text(report_page({"t4": '<img src="../t4.jpg">'}), encoding="utf-8")
    doc = run(capsys, "check", str(page))
    assert "t4" not in run(capsys, "extract", str(page))["tables"]
    assert [f["code"] for f in doc["findings"] if f["code"] == "RL906"] == ["RL906"]


def test_without_ocr_images_are_reported_with_a_hint(tmp_path, capsys, monkeypatch):
    from reportlint.sources import images

    monkeypatch.setattr(images.ImageStore, "missing", property(lambda self: "OCR needs the ocr extra: "
                                                                            "pip install 'reportlint[ocr]'; " + images.HINT))
    page = write_image_page(tmp_path)
    found = [f for f in run(capsys, "check", str(page))["findings"] if f["code"] == "RL906"]
    assert len(found) == 3
    assert all("pip install 'reportlint[ocr]'" in f["message"] and "tesseract-ocr-chi-sim" in f["message"]
               for f in found)


def test_no_ocr_switch_reports_the_images_without_a_hint(tmp_path, capsys):
    page = write_image_page(tmp_path)
    found = [f for f in run(capsys, "check", str(page), "--no-ocr")["findings"] if f["code"] == "RL906"]
    assert len(found) == 3 and not any("pip install" in f["message"] for f in found)


def test_a_word_file_with_table_pictures_reads_them_back(tmp_path, capsys, tables_html):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for title in SECTIONS:
        document.add_paragraph(title)
        if title in PROSE:
            document.add_paragraph(PROSE[title])
        if title.startswith("四"):
            document.add_paragraph().add_run().add_picture(io.BytesIO(image("t4-2021", 0.85, 75)))
    path = tmp_path / "report.docx"
    document.save(path)
    text = tmp_path / "text.html"
    text.write_text(report_page({"t4": tables_html["t4"]}), encoding="utf-8")
    read = run(capsys, "extract", str(path))
    right, _unread, wrong = same_or_unread(read, run(capsys, "extract", str(text)))
    assert wrong == [] and right >= 14
    assert len(read["sections"]) == 6


@pytest.mark.skipif(not SCANNED_SOURCE.exists(), reason="the layout fixture is missing")
def test_a_scanned_pdf_lints_like_its_text_version(tmp_path, capsys):
    import pypdfium2
    from PIL import Image

    pdf = pypdfium2.PdfDocument(str(SCANNED_SOURCE))
    pages: list[Image.Image] = []
    for i in range(len(pdf)):  # a scan at 150 dpi, greyscale, as an office scanner makes one
        pages.append(pdf[i].render(scale=150 / 72, grayscale=True).to_pil().convert("L"))
    scanned = tmp_path / "scanned.pdf"
    pages[0].save(scanned, save_all=True, append_images=pages[1:], resolution=150)
    slow = ("--ocr-time", "90")  # a page of a scan holds several tables
    text, read = run(capsys, "extract", str(SCANNED_SOURCE)), run(capsys, "extract", str(scanned), *slow)
    right, _unread, wrong = same_or_unread(read, text)
    assert wrong == [] and right >= 0.9 * len(cells(text))
    assert [s["key"] for s in read["sections"]] == [s["key"] for s in text["sections"]]
    assert (read["year"], read["agency"], read["format"]) == (text["year"], text["agency"], text["format"])
    want = sorted((f["code"], f.get("page")) for f in run(capsys, "check", str(SCANNED_SOURCE))["findings"])
    got = sorted((f["code"], f.get("page")) for f in run(capsys, "check", str(scanned), *slow)["findings"])
    assert got == want  # sections, tables and prose rules alike
