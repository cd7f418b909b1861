"""SARIF against the official schema, HTML escaping, and the HTML page as a browser shows it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))

import build

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def all_tables_report() -> str:
    """Findings in all three tables: a negative count, an unbalanced 表三 column, a wrong 表四 total."""
    text = build.tab_report().replace("行政强制\t2", "行政强制\t-2")
    text = text.replace("二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2", "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t1\t3")
    return text.replace("\t".join(map(str, build.T4)), "\t".join(map(str, [2, 1, 0, 1, 3, *build.T4[5:]])))


@pytest.mark.parametrize("report", ["fixtures/RL301-balance/report.txt", "fixtures/RL203-blank-cell/report.txt",
                                    "fixtures/html-split-tables-blank-cells/page.html", "no/such/file.txt"])
def test_sarif_validates_against_the_official_schema(cli, report):
    _, out, _ = cli("check", report, "--format", "sarif")
    data = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(data)
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for result in run["results"]:
        assert result["partialFingerprints"]["reportlintLogicalLocation/v1"]
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_related_locations_and_logical_locations(cli):
    _, out, _ = cli("check", "fixtures/RL304-t4-total/report.txt", "--format", "sarif", "--select", "RL304")
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "t4.review.total"
    assert len(result["relatedLocations"]) == 5  # the total and the four cells it should equal


def test_sarif_fingerprint_survives_reflow(cli, tmp_path, monkeypatch):
    text = (ROOT / "fixtures/RL304-t4-total/report.txt").read_text(encoding="utf-8")
    fps = []
    for folder, body in (("before", text), ("after", "新增的一段说明。\n\n" + text)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(body, encoding="utf-8")
        monkeypatch.chdir(tmp_path / folder)  # the same file name, as a re-published report keeps
        _, out, _ = cli("check", "report.txt", "--format", "sarif", "--select", "RL304")
        result = json.loads(out)["runs"][0]["results"][0]
        fps.append((result["locations"][0]["physicalLocation"]["region"]["startLine"],
                    result["partialFingerprints"]["reportlintLogicalLocation/v1"]))
    assert fps[0][0] + 2 == fps[1][0]  # the line moved…
    assert fps[0][1] == fps[1][1]  # …the fingerprint did not


def test_unreadable_input_is_a_tool_notification(cli):
    _, out, _ = cli("check", "no/such/file.txt", "--format", "sarif")
    notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["descriptor"]["id"] == "RL901"


def test_github_annotations_escape_their_properties(cli, tmp_path):
    odd = tmp_path / "a,b:c.txt"
    odd.write_bytes(Path("fixtures/RL304-t4-total/report.txt").read_bytes())
    _, out, _ = cli("check", str(odd), "--format", "github", "--select", "RL304")
    assert out.startswith("::error file=") and "a%2Cb%3Ac.txt" in out and out.count("\n") == 1


HOSTILE = """<html><head><title>x</title></head><body>
<p><strong>一、总体情况</strong></p><p>&lt;script&gt;alert(0)&lt;/script&gt;XX<script>alert(1)</script><img src=x onerror="alert(2)"></p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table><tr><td>规章</td><td>0</td><td>0</td><td><a href="javascript:alert(3)">x<b onmouseover=alert(4)>1</b></a></td></tr>
<tr><td>行政规范性文件</td><td>-1</td><td>0</td><td>"&gt;&lt;script&gt;alert(5)&lt;/script&gt;</td></tr></table>
</body></html>"""


def test_html_report_escapes_a_hostile_page(cli, tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    out_file = tmp_path / "report.html"
    cli("check", str(page), "--format", "html", "-o", str(out_file))
    text = out_file.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(text)
    assert not tree.xpath("//script") and not tree.xpath("//iframe") and not tree.xpath("//img")
    assert not [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
    assert "javascript:" not in " ".join(tree.xpath("//@href"))
    assert "&lt;script&gt;" in text  # shown as text, not run


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine (apt-get install chromium)")
def test_html_report_in_headless_chromium(cli, tmp_path):
    report = tmp_path / "all-tables.txt"
    report.write_text(all_tables_report(), encoding="utf-8")
    page = tmp_path / "report.html"
    cli("check", str(report), "--format", "html", "-o", str(page), "--lang", "zh")
    shot = tmp_path / "shot.png"
    dom = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--window-size=1280,3000", f"--screenshot={shot}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    highlighted = lxml_html.fromstring(dom.stdout).xpath("//td[contains(@class, 'bad')]")
    tables = {td.getparent().getparent().get("data-table") or td.getparent().getparent().getparent().get("data-table")
              for td in highlighted}
    assert len(highlighted) >= 3 and {"t2", "t3", "t4"} <= tables
    assert shot.is_file() and shot.stat().st_size > 10_000
