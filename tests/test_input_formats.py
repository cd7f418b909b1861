"""The input-format registry (reportlint.sources.formats): one entry says how a format is recognised and read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from reportlint.sources import formats
from reportlint.sources.base import from_bytes, kind_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("name", "kind"), [("a.txt", "text"), ("a.MD", "markdown"), ("a.shtml", "html"),
                                            ("a.xhtml", "html"), ("a.pdf", "pdf"), ("a.docx", "docx"),
                                            ("a.doc", "doc"), ("a.wps", "wps"), ("a.csv", "text"), ("a", "text")])
def test_kind_by_suffix(name: str, kind: str) -> None:
    assert kind_of(Path(name)) == kind


@pytest.mark.parametrize(("ctype", "kind"), [("text/html", "html"), ("application/xhtml+xml", "html"),
                                             ("text/plain", "text"), ("text/markdown", "text"),
                                             ("application/pdf", "pdf"), ("application/msword", "doc"),
                                             ("image/png", None)])
def test_kind_by_content_type(ctype: str, kind: str | None) -> None:
    assert formats.by_content_type(ctype) == kind


@pytest.mark.parametrize(("data", "kind"), [(b"%PDF-1.7\n", "pdf"), (b"\n" * 10 + b"%PDF-1.4", "pdf"),
                                            (b"PK\x03\x04rest", "docx"), (formats.OLE + b"x", "doc"),
                                            (b"<html>", None), (b"x" * 2000 + b"%PDF-", None)])
def test_kind_by_magic(data: bytes, kind: str | None) -> None:
    assert formats.by_magic(data) == kind


def test_binary_formats_are_kept_as_bytes_and_text_formats_decoded() -> None:
    pdf = from_bytes("a.pdf", b"%PDF-1.4 \xff", kind="pdf")
    text = from_bytes("a.txt", "一、总体情况".encode("gb18030"), kind="text")
    assert (pdf.text, pdf.raw) == ("", b"%PDF-1.4 \xff")
    assert (text.text, text.info.encoding is not None) == ("一、总体情况", True)


def test_every_format_linted_in_folders_is_a_file_the_pre_commit_hook_passes() -> None:
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    files = re.compile(hook["files"])
    assert sorted(s for s in formats.folder_suffixes() if not files.search("report" + s)) == []
    assert not any(files.search("report" + s) for s in (".doc", ".wps", ".csv"))


def test_an_unknown_kind_reads_as_text() -> None:
    assert formats.get("url") is formats.FORMATS["text"]
