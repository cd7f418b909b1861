"""What reportlint writes is safe for its reader: no raw control character or escape sequence on a terminal,
no forged output line (a file name with a newline, a GitHub `::error` command), well-formed JUnit XML, no
spreadsheet formula from a CSV cell. And the lower items of the hardening issue: a mislabelled GBK page,
symbolic links in a folder."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reportlint.display import for_spreadsheet, for_terminal, for_xml

COMPLIANT = Path("fixtures/compliant-tab/report.txt").read_text(encoding="utf-8")
GOOD = "fixtures/RL301-balance/report.txt"
ESC = "\x1b]0;pwned\x07\x1b[2J\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\"


def hostile_report(tmp_path: Path, name: str) -> Path:
    """A draft whose bad suppression comment (RL990, quoted in the message) carries escape sequences."""
    path = tmp_path / name
    path.write_text(f"<!-- reportlint: disable {ESC} -->\n" + COMPLIANT, encoding="utf-8")
    return path


NAME = "r\n::error file=x.txt,line=1::forged\x1b[31m.md"


@pytest.mark.parametrize("fmt", ["text", "concise", "github", "junit"])
def test_no_raw_escape_sequence_or_forged_line(cli, tmp_path, fmt):
    path = hostile_report(tmp_path, NAME)
    code, out, _ = cli("check", str(path), "--format", fmt, "--lang", "en", "--color", "never")
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out
    assert not any(line.startswith("::error file=x.txt") for line in out.splitlines())
    if fmt in ("text", "concise"):
        assert "\\x1b]0;pwned\\x07" in out and "r\\n::error file=x.txt" in out
        finding_lines = [line for line in out.splitlines() if "RL990" in line]
        assert len(finding_lines) == 1 and finding_lines[0].startswith(str(tmp_path))


def test_colours_are_still_ours(cli, tmp_path):
    path = hostile_report(tmp_path, "r.md")
    _, out, _ = cli("check", str(path), "--format", "text", "--lang", "en", "--color", "always")
    assert "\x1b[1m" in out and "\x1b]0;" not in out


def test_junit_with_control_characters_is_well_formed(cli, tmp_path):
    path = hostile_report(tmp_path, "r\x01\x0b.md")
    _, out, _ = cli("check", str(path), GOOD, "--format", "junit", "--lang", "en")
    root = ET.fromstring(out)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f"{tmp_path}/r\\x01\\x0b.md", GOOD]
    assert len(out.splitlines()) == len(out.split("\n")) - 1  # one element a line, no value spans lines


def test_json_escapes_control_characters(cli, tmp_path):
    path = hostile_report(tmp_path, NAME)
    _, out, _ = cli("check", str(path), "--format", "json")
    assert "\x1b" not in out
    assert json.loads(out)["documents"][0]["source"] == str(path)  # exact, once decoded


def test_display_functions():
    assert for_terminal("plain ASCII") == "plain ASCII"
    assert for_terminal("示例\u202e局\t\r\n\x9b") == "示例\\u202e局\\t\\r\\n\\x9b"
    assert for_terminal(os.fsdecode(b"a\xff.txt")) == "a\\xff.txt"
    assert for_xml("a\x00b\x1fc\td\ufffe") == "a\\x00b\\x1fc\td\\ufffe"
    assert [for_spreadsheet(v) for v in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "-5", "1.25", "示例", 3, None]] == [
        "'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "-5", "1.25", "示例", 3, None]


# ---- scan store: CSV and `reportlint db` -----------------------------------------------------

def _store_with_hostile_row(path: Path):
    from reportlint.scan.store import SQLiteStore

    store = SQLiteStore(path)
    row = {"url": "http://example.test/r.htm", "discovered_from": None, "fetched_at": "2026-01-01T00:00:00",
           "http_status": "ok", "content_hash": "x", "agency": "=HYPERLINK(\"http://evil\")\x1b[2J",
           "body": "b", "year": 2025, "format": "2021", "published": "2026-01-20", "is_report": 1,
           "tables_json": "{}", "prose": "", "errors": 1, "warnings": 0, "infos": 0}
    finding = {"code": "RL703", "severity": "error", "line": 3, "col": 1, "message_zh": "占位符\x1b]0;t\x07\n伪造",
               "message_en": "x", "where": {}, "evidence": {}}
    store.save_document(row, [finding], row["url"])
    store.close()


def test_csv_cells_are_not_formulas(tmp_path):
    import csv
    import io

    from reportlint.pack import load_builtin
    from reportlint.scan.exports import csv_text
    from reportlint.scan.overview import overview
    from reportlint.scan.store import SQLiteStore

    _store_with_hostile_row(tmp_path / "s.sqlite")
    rows = list(csv.reader(io.StringIO(csv_text(overview(SQLiteStore(tmp_path / "s.sqlite"), load_builtin())))))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"http://evil\")\x1b[2J" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@"))]


def test_db_output_escapes_values(cli, tmp_path):
    _store_with_hostile_row(tmp_path / "s.sqlite")
    code, out, _ = cli("db", str(tmp_path / "s.sqlite"), "findings")
    assert code == 0 and "\x1b" not in out
    assert out == "http://example.test/r.htm\t3\t1\tRL703\terror\t占位符\\x1b]0;t\\x07\\n伪造\n"


# ---- lower ----------------------------------------------------------------------------------

def test_a_gbk_page_labelled_latin1_is_read_as_chinese(tmp_path):
    from reportlint.sources.base import load

    page = Path("fixtures/html-cms-b-gbk/page.html").read_bytes()
    labelled = page.replace(b'charset=gb2312', b'charset=iso-8859-1')
    assert labelled != page
    path = tmp_path / "page.html"
    path.write_bytes(labelled)
    loaded = load(str(path))
    assert loaded.info.encoding == "gb18030" and "总体情况" in loaded.text


def test_a_latin1_page_stays_latin1():
    from reportlint.sources.decode import decode

    assert decode("Report 2025: café naïve".encode("latin-1"), "iso-8859-1").encoding == "iso-8859-1"


def test_symlinks_in_a_folder_are_not_followed_outside_it(cli, tmp_path):
    folder, outside = tmp_path / "reports", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(COMPLIANT, encoding="utf-8")
    (outside / "sub").mkdir()
    (outside / "sub" / "also.txt").write_text(COMPLIANT, encoding="utf-8")
    (folder / "mine.txt").write_text(COMPLIANT, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-dir").symlink_to(outside / "sub", target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / "mine.txt")
    _code, out, _ = cli("check", str(folder), "--format", "json")
    assert [d["source"] for d in json.loads(out)["documents"]] == [str(folder / "inside.txt"),
                                                                   str(folder / "mine.txt")]
