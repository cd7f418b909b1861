"""Baselines: accept today's findings of a published report, so CI reports only new ones."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from reportlint.fingerprint import fingerprint
from reportlint.model import Result

SCHEMA = "reportlint.baseline/1"


class BaselineError(Exception):
    pass


def write_baseline(path: str, results: Sequence[Result]) -> None:
    rows = [{"fingerprint": fingerprint(f, r.source.name), "code": f.code, "source": r.source.name,
             "line": f.loc.line if f.loc else None} for r in results for f in r.findings]
    try:
        Path(path).write_text(json.dumps({"schema": SCHEMA, "findings": rows}, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"cannot write {path}: {exc.strerror}") from None


def read_baseline(path: str) -> set[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BaselineError(f"{path}: not a reportlint baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not a reportlint baseline (schema {SCHEMA} expected)")
    return {row["fingerprint"] for row in data.get("findings", []) if isinstance(row, dict)}


def without_baseline(results: Sequence[Result], known: set[str]) -> list[Result]:
    return [replace(r, findings=tuple(f for f in r.findings if fingerprint(f, r.source.name) not in known))
            for r in results]
