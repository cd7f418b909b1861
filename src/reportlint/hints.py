"""What to do about a finding, in one sentence (for Word comments and the HTML view).

Hints are written per rule *kind* (`hint.<kind>` in the message catalogue, reportlint.messages), so a rule
added to a pack with an existing kind gets one; the values come from the finding's evidence.
"""

from __future__ import annotations

from reportlint.i18n import say
from reportlint.messages import MESSAGES
from reportlint.model import Finding


def hint(finding: Finding, kind: str, lang: str) -> str:
    """The hint for a finding of a rule of `kind`, with the evidence's values filled in."""
    key = f"hint.{kind}" if f"hint.{kind}" in MESSAGES else "hint.fallback"
    values = {"code": finding.code, "reported": "", "computed": ""}
    values.update({k: str(v) for k, v in finding.evidence.items() if k in ("reported", "computed")})
    template = say(key, lang)
    if "{computed}" in template and not values["computed"]:  # the sentence without its figures
        template = template.split("（")[0].split(" (")[0]
        end = say("hint.end", lang)
        template = template if template.endswith(("。", ".")) else template + end
    return template.format(**values)
