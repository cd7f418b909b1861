"""Files generated from the grammar and the pack: `python -m reportlint.generate` rewrites them all.

- src/reportlint/parse/report_parser.py: Lark's standalone LALR parser for
  grammars/report.lark. Shipping the parser tables as code means no grammar is
  compiled at start-up and no parser is cached at run time (Lark's `cache=True`
  writes a pickle to a predictable temporary path: whoever can write there runs
  code as the next user). tests/test_generated.py fails when it is not current.
- docs/rules.md: the rule reference, from the built-in pack.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PARSER = ROOT / "src" / "reportlint" / "parse" / "report_parser.py"
RULES_MD = ROOT / "docs" / "rules.md"
HEADER = "# Generated from grammars/report.lark by `python -m reportlint.generate`: do not edit.\n# ruff: noqa\n"


def grammar_digest() -> str:
    """The grammar the parser is generated from (its tables are not byte-stable across runs: set order)."""
    import hashlib

    from reportlint.resources import grammar_path

    return hashlib.sha256(grammar_path("report.lark").read_bytes()).hexdigest()


def shipped_digest(parser: Path | None = None) -> str | None:
    """The grammar digest the parser was generated from: the installed package's by default."""
    import re

    if parser is None:
        parser = Path(__file__).resolve().parent / "parse" / "report_parser.py"
    m = re.search(r"^# grammar sha256: ([0-9a-f]{64})$", parser.read_text(encoding="utf-8"), re.M)
    return m.group(1) if m else None


def report_parser() -> str:
    """The standalone parser's source for the current grammar (needs lark, a dev-time tool here)."""
    from lark import Lark
    from lark.tools.standalone import gen_standalone

    from reportlint.resources import grammar_path

    parser = Lark.open(str(grammar_path("report.lark")), parser="lalr", lexer="contextual", maybe_placeholders=False)
    out = io.StringIO()
    gen_standalone(parser, out=out)
    return HEADER + f"# grammar sha256: {grammar_digest()}\n" + out.getvalue()


def rules_md() -> str:
    from reportlint.docs import rules_markdown
    from reportlint.pack import load_pack
    from reportlint.resources import rules_dir

    return rules_markdown(load_pack(rules_dir() / "gov-2021.yaml"))


def main() -> int:
    if not PARSER.exists() or shipped_digest(PARSER) != grammar_digest():
        PARSER.write_text(report_parser(), encoding="utf-8")
        print(f"wrote {PARSER.relative_to(ROOT)}", file=sys.stderr)
    for path, text in ((RULES_MD, rules_md()),):
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
