"""Bad input: empty, binary, mis-encoded, huge, not a report, truncated. Never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from reportlint.engine import lint
from reportlint.pack import load_builtin
from reportlint.sources import load
from reportlint.sources.decode import decode

TAB = "fixtures/compliant-tab/report.txt"


def codes(path) -> list[str]:
    return [f.code for f in lint(str(path), load_builtin()).findings]


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = lint(str(empty), load_builtin())
    assert [f.code for f in result.findings] == ["RL902"]
    assert result.findings[0].args["reason"]["en"] == "the input is empty"


def test_binary_file(tmp_path):
    blob = tmp_path / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = lint(str(blob), load_builtin())
    assert [f.code for f in result.findings] == ["RL901"]
    assert "binary" in result.findings[0].args["reason"]["en"]


def test_gbk_file_reads_like_utf8(cli):
    assert codes("fixtures/encoding-gbk/report.txt") == []
    assert load("fixtures/encoding-gbk/report.txt").info.encoding == "gb18030"


def test_bom_and_crlf(cli):
    assert codes("fixtures/encoding-bom-crlf/report.md") == []
    loaded = load("fixtures/encoding-bom-crlf/report.md")
    assert loaded.info.encoding == "utf-8" and not loaded.text.startswith("\ufeff")


def test_locations_in_crlf_and_bom_file_match_lf_file(tmp_path, cli):
    text = Path("fixtures/RL301-balance/report.txt").read_text(encoding="utf-8")
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    a = [(f.code, f.loc.line, f.loc.column) for f in lint(str(crlf), load_builtin()).findings]
    b = [(f.code, f.loc.line, f.loc.column) for f in lint("fixtures/RL301-balance/report.txt", load_builtin()).findings]
    assert a == b


def test_undecodable_bytes_fall_back_without_crashing():
    got = decode(b"\xff\xfe\xfd" * 10 + "报告".encode())
    assert got.text is not None or got.reason


def test_latin1_mislabelled_file_is_still_text():
    got = decode("Report 2025: café".encode("latin-1"))
    assert got.text is not None and "2025" in got.text


def test_huge_file_is_a_finding_not_a_crash(tmp_path, cli):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse)
    code, out, _ = cli("check", str(huge), "--format", "json", "--lang", "en")
    finding = json.loads(out)["documents"][0]["findings"][0]
    assert code == 1 and finding["code"] == "RL901" and "20 MB limit" in finding["message"]


def test_max_size_option(tmp_path, cli):
    _, out, _ = cli("check", TAB, "--max-size", "0.001", "--format", "json")
    assert json.loads(out)["documents"][0]["findings"][0]["code"] == "RL901"
    assert cli("check", TAB, "--max-size", "0")[0] == 2


def test_large_but_allowed_report_is_linted(tmp_path):
    text = Path(TAB).read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(text + ("这是附录中的一段说明文字。" * 40 + "\n") * 3000, encoding="utf-8")  # ~1.5 MB
    assert codes(big) == []


def test_not_a_report(cli):
    assert codes("fixtures/RL902-not-a-report/report.txt") == ["RL902"]


def test_truncated_report_has_no_arithmetic_findings():
    found = codes("fixtures/truncated/report.txt")
    assert "RL101" in found and "RL201" in found
    assert not [c for c in found if c.startswith("RL3")]


def test_legacy_word_file_is_a_clear_finding(tmp_path):
    doc = tmp_path / "report.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    result = lint(str(doc), load_builtin())
    assert [f.code for f in result.findings] == ["RL901"]


def test_hostile_text_is_just_text(tmp_path):
    text = Path(TAB).read_text(encoding="utf-8")
    hostile = tmp_path / "hostile.md"
    hostile.write_text("<script>alert(1)</script>\n{reason} {0} %s ${col}\n" + text, encoding="utf-8")
    assert codes(hostile) == []


def test_lone_cr_and_control_characters(tmp_path):
    text = Path(TAB).read_text(encoding="utf-8")
    odd = tmp_path / "odd.txt"
    odd.write_bytes(("\f\v\x1b[31m\n" + text).replace("\n", "\r").encode("utf-8"))
    assert codes(odd) == []
