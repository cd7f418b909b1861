"""Stable fingerprints of findings: the rule and the logical place, not the line.

A report re-published with a paragraph added moves every line; the finding
"表三 总计 column does not balance" is still the same finding. Baselines and
SARIF partial fingerprints use this.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlint.hashes import sha256
from reportlint.model import Finding

STABLE_EVIDENCE = ("reported", "said", "found", "raw")


def fingerprint(finding: Finding, source: str) -> str:
    parts = [finding.code, source]
    parts += [f"{k}={v}" for k, v in sorted(finding.where.items()) if v]
    parts += [f"{k}={_text(finding.evidence.get(k))}" for k in STABLE_EVIDENCE if k in finding.evidence]
    if not finding.where:  # prose findings: what was said identifies them better than where
        parts += [f"{k}={_text(v)}" for k, v in sorted(finding.args.items()) if isinstance(v, str | int)]
    return sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _text(value: Any) -> str:
    if isinstance(value, Mapping):
        return str(value.get("zh", value))
    return str(value)
