"""What `reportlint db` and the end of a scan read from a store, asked through the store (no SQL in the CLI)."""

from __future__ import annotations

from pathlib import Path

from reportlint.scan.store import SQLiteStore


def _finding(code: str, severity: str) -> dict[str, object]:
    return {"code": code, "severity": severity, "line": 3, "col": 1, "message_zh": f"{code} 问题",
            "message_en": f"{code} problem", "where": {}, "evidence": {}}


def test_summary_listing_and_error_count(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "scan.sqlite"))
    try:
        store.enqueue(["https://a.example/list/"], "listing", None)
        store.enqueue(["https://a.example/r1.html", "https://a.example/r2.html"], "report", "https://a.example/list/")
        store.mark("https://a.example/list/", "done")
        store.save_document({"url": "https://a.example/r1.html", "agency": "甲局", "year": 2025, "is_report": 1,
                             "errors": 1, "warnings": 1, "infos": 0},
                            [_finding("RL301", "error"), _finding("RL402", "warning")], "https://a.example/r1.html")
        summary = store.summary()
        assert summary.queue == {"done": 2, "pending": 1}
        assert (summary.documents, summary.reports, summary.errors, summary.warnings) == (1, 1, 1, 1)
        assert summary.codes == [("RL301", 1), ("RL402", 1)] and summary.cross_codes == []
        assert store.error_count() == 1
        assert store.seed_urls() == ["https://a.example/list/"]
        assert store.listing("findings") == [("https://a.example/r1.html", 3, 1, "RL301", "error", "RL301 问题"),
                                             ("https://a.example/r1.html", 3, 1, "RL402", "warning", "RL402 问题")]
        assert [row[:3] for row in store.listing("documents")] == [("https://a.example/r1.html", "甲局", 2025)]
    finally:
        store.close()
