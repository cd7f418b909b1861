"""Files generated from the grammar and the pack: `python -m reportlint.generate` rewrites them all.

- src/reportlint/parse/report_parser.py: Lark's standalone LALR parser for
  grammars/report.lark. Shipping the parser tables as code means no grammar is
  compiled at start-up and no parser is cached at run time (Lark's `cache=True`
  writes a pickle to a predictable temporary path: whoever can write there runs
  code as the next user). tests/test_generated.py fails when it is not current.
- src/reportlint/dataclass_code_table.py: the methods @dataclass writes for reportlint's classes,
  compiled with the package instead of at every start (reportlint.dataclass_code). Made in a new
  process that imports every module of the package; tests/test_generated.py fails when a class is
  missing from it (a class changed: run this again). Split in two: the classes a plain `check FILE`
  makes (the modules CORE imports), and dataclass_code_table_more.py, loaded on the first miss.
- docs/rules.md: the rule reference, from the built-in pack.
"""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
PARSER = ROOT / "src" / "reportlint" / "parse" / "report_parser.py"
DATACLASS_TABLE = ROOT / "src" / "reportlint" / "dataclass_code_table.py"
DATACLASS_TABLE_MORE = ROOT / "src" / "reportlint" / "dataclass_code_table_more.py"
# What a cold `check FILE` of a text report imports: its classes' methods in the first table (the other
# table's ~330 entries, half the byte code, are not read at its start).
CORE = ("reportlint.cli", "reportlint.config", "reportlint.options", "reportlint.packcache", "reportlint.workers",
        "reportlint.spool", "reportlint.engine", "reportlint.parse.document", "reportlint.reporters.text",
        "reportlint.reporters.json_out", "reportlint.suppress", "reportlint.diagnose")
RULES_MD = ROOT / "docs" / "rules.md"
HEADER = "# Generated from grammars/report.lark by `python -m reportlint.generate`: do not edit.\n# ruff: noqa\n"


def grammar_digest() -> str:
    """The grammar the parser is generated from (its tables are not byte-stable across runs: set order)."""
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
    return post_process(HEADER + f"# grammar sha256: {grammar_digest()}\n" + out.getvalue())


# Lark's standalone code imports `logging` and sets its logger up at import (~3 ms of a cold `check FILE`)
# for messages only a grammar being built or a cache being read ever writes: made on first use instead.
_EAGER_LOGGING = ("import logging\n", 'logger: logging.Logger = logging.getLogger("lark")\n'
                  "logger.addHandler(logging.StreamHandler())\n", "logger.setLevel(logging.CRITICAL)\n")
_LAZY_LOGGER = '''class _LazyLogger:
    """Lark's logger, set up as Lark does it when first used (reportlint.generate: no `logging` at start-up)."""

    def __getattr__(self, name):
        global logger
        import logging
        logger = logging.getLogger("lark")
        logger.addHandler(logging.StreamHandler())
        logger.setLevel(logging.CRITICAL)
        return getattr(logger, name)


logger = _LazyLogger()
'''


def post_process(source: str) -> str:
    """Lark's standalone code as shipped: its logger made on first use, no module it never uses imported,
    its lexer's unions of terminals compiled through reportlint.srecache."""
    return cached_unions(without_unused_imports(lazy_logging(source)))


# The contextual lexer compiles a union of terminals per parser state on first use (~20 ms of a cold
# `check FILE` for a report): its compiled code is read from reportlint.srecache's disk cache instead.
_UNION_COMPILE = ("                mre = self.re_.compile(pattern, self.g_regex_flags)\n",
                  "                mre = _compile_union(self.re_, pattern, self.g_regex_flags)\n")
_COMPILE_UNION = '''

def _compile_union(re_, pattern, flags):
    """(reportlint.generate) A lexer's union of terminals, its code from reportlint.srecache when `re`'s."""
    if re_ is not re or not isinstance(pattern, str):
        return re_.compile(pattern, flags)
    from reportlint.srecache import compile_cached
    return compile_cached(pattern, flags)
'''


def cached_unions(source: str) -> str:
    """The standalone parser's source with its lexer's unions compiled through reportlint.srecache
    (unchanged when already so)."""
    if _UNION_COMPILE[0] in source:
        source = source.replace(*_UNION_COMPILE) + _COMPILE_UNION
    return source


# The standalone code's data-loading tail imports zlib and base64 for a compressed form of its tables it
# does not write (~1.5 ms of a cold `check FILE`); pickle is used by Lark's own cache, read lazily there.
_UNUSED_IMPORTS = ("import pickle, zlib, base64\n", "import pickle\n")


def without_unused_imports(source: str) -> str:
    """The standalone parser's source without imports of modules it never uses (unchanged when already so)."""
    return source.replace(*_UNUSED_IMPORTS)


def lazy_logging(source: str) -> str:
    """The standalone parser's source with its logger made on first use (unchanged when already so)."""
    if all(line in source for line in _EAGER_LOGGING):
        source = source.replace(_EAGER_LOGGING[0], "", 1).replace(_EAGER_LOGGING[2], "", 1)
        source = source.replace(_EAGER_LOGGING[1], _LAZY_LOGGER, 1)
    return source


def dataclass_texts() -> tuple[str, list[str], list[str]]:
    """(the digest of this Python's dataclasses._create_fn, the texts of every method it makes for the
    package's classes, those of them the CORE modules make), recorded in a new process so that every
    module is imported afresh."""
    import json
    import subprocess

    code = "import reportlint.generate as g; g.print_dataclass_texts()"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    return data["create_fn"], data["texts"], data["core"]


def print_dataclass_texts() -> None:
    import dataclasses
    import json

    from reportlint.dataclass_code import digest, record

    here = Path(__file__).resolve().parent  # the modules found as files: importing a package to list it
    modules = sorted(".".join(("reportlint", *p.relative_to(here).with_suffix("").parts)).removesuffix(".__init__")
                     for p in here.rglob("*.py"))  # would make its classes before they are recorded
    modules = [m for m in modules if m not in ("reportlint", "reportlint.__main__", "reportlint.dataclass_code_table")]
    modules = [m for m in modules if m != "reportlint.dataclass_code_table_more"]
    core = record(CORE)
    texts = sorted({*core, *record(modules)})
    installed: Callable[..., Any] = dataclasses._create_fn  # type: ignore[attr-defined]
    original: Callable[..., Any] = getattr(installed, "__wrapped__", installed)
    print(json.dumps({"create_fn": digest(original), "texts": texts, "core": core}))


def dataclass_entry_name(source: str) -> str:
    """A table entry's function name: a digest of its text, so that a class added or changed adds or
    changes its own entries only (numbering them would rename every entry after it)."""
    return "_" + hashlib.sha256(source.encode()).hexdigest()[:16]


def dataclass_tables(create_fn: str, texts: list[str], core: list[str]) -> tuple[str, str]:
    """The two tables' sources: the methods of CORE's classes, and the others."""
    first = set(core)
    more = "The methods of the classes a plain `check FILE` does not make (loaded on the first miss)"
    return dataclass_table(create_fn, sorted(first)), dataclass_table(create_fn, [t for t in texts if t not in first],
                                                                      more)


def dataclass_table(create_fn: str, texts: list[str],
                    what: str = "The methods @dataclass writes for the package's classes") -> str:
    names = {source: dataclass_entry_name(source) for source in sorted(texts)}
    if len(set(names.values())) != len(names):
        raise RuntimeError("two dataclass texts with one digest prefix: lengthen dataclass_entry_name's")
    out = [HEADER.replace("grammars/report.lark", "the package's dataclasses"),
           f"# {what}, compiled ahead of time (dataclass_code.py)",
           f"CREATE_FN = {create_fn!r}  # the dataclasses._create_fn these texts are what it compiles", ""]
    for source, name in names.items():
        out += ["", source.replace("def __create_fn__(", f"def {name}(", 1), ""]
    out += ["", "TEXTS = {"] + [f"    {source!r}: {name}," for source, name in names.items()] + ["}", ""]
    return "\n".join(out)


def rules_md() -> str:
    from reportlint.docs import rules_markdown
    from reportlint.pack import load_pack
    from reportlint.resources import rules_dir

    return rules_markdown(load_pack(rules_dir() / "gov-2021.yaml"))


def main() -> int:
    if not PARSER.exists() or shipped_digest(PARSER) != grammar_digest():
        PARSER.write_text(report_parser(), encoding="utf-8")
        print(f"wrote {PARSER.relative_to(ROOT)}", file=sys.stderr)
    elif (shipped := PARSER.read_text(encoding="utf-8")) != post_process(shipped):
        PARSER.write_text(post_process(shipped), encoding="utf-8")  # the tables kept (not byte-stable)
        print(f"wrote {PARSER.relative_to(ROOT)}", file=sys.stderr)
    core, more = dataclass_tables(*dataclass_texts())
    for path, text in ((RULES_MD, rules_md()), (DATACLASS_TABLE, core), (DATACLASS_TABLE_MORE, more)):
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
