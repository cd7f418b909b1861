"""Generated files are current: the standalone parser of grammars/report.lark and docs/rules.md."""

from __future__ import annotations

from pathlib import Path

from reportlint.generate import grammar_digest, rules_md, shipped_digest

# The checkout's docs, wherever the package is installed (CI installs it non-editable).
RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_report_parser_is_current():
    assert shipped_digest() == grammar_digest(), "grammars/report.lark changed: run python -m reportlint.generate"


def test_generated_parser_reads_like_the_grammar():
    """The shipped tables parse as Lark does from the .lark file itself."""
    from lark import Lark

    from reportlint.parse.report_parser import Lark_StandAlone
    from reportlint.resources import grammar_path

    text = "## 二、主动公开\n| 规章 | 0 | |\n|---|---|---|\n规章\t0\t/\t3\n**（一）标题**正文 a|b\n"
    lark = Lark.open(str(grammar_path("report.lark")), parser="lalr", maybe_placeholders=False)
    assert Lark_StandAlone().parse(text) == lark.parse(text)


def test_generated_parser_makes_its_logger_on_first_use():
    """`python -m reportlint.generate` post-processes Lark's standalone code: no `logging` at import, the
    logger Lark sets up (level CRITICAL, a stream handler) when first used."""
    import subprocess
    import sys

    import reportlint.generate
    from reportlint.generate import lazy_logging, post_process

    shipped = (Path(reportlint.generate.__file__).parent / "parse" / "report_parser.py").read_text("utf-8")
    assert lazy_logging(shipped) == shipped and "\nimport logging\n" not in shipped
    assert post_process(shipped) == shipped and "zlib" not in shipped and "base64" not in shipped
    code = ("import sys; import reportlint.parse.report_parser as p; print('logging' in sys.modules); "
            "p.logger.debug('x'); import logging; lg = logging.getLogger('lark'); "
            "print(p.logger is lg, lg.level == logging.CRITICAL, len(lg.handlers))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "True", "1"]

def test_rules_md_is_current():
    assert RULES_MD.read_text(encoding="utf-8") == rules_md(), "run python -m reportlint.generate"


def test_no_parser_cache_is_written(tmp_path, monkeypatch):
    """Parsing writes nothing to the temporary folder (Lark's cache=True wrote a pickle there)."""
    import tempfile

    from reportlint.parse.lines import parse_lines

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    parse_lines("一、总体情况\n规章\t0\t0\t0\n")
    assert list(tmp_path.iterdir()) == []


# ---- the methods @dataclass writes, compiled ahead of time (reportlint.dataclass_code) ----------------------

def _table_fits() -> bool:
    import dataclasses

    from reportlint import dataclass_code_table as table
    from reportlint.dataclass_code import digest

    original = getattr(dataclasses._create_fn, "__wrapped__", dataclasses._create_fn)
    return digest(original) == table.CREATE_FN


def test_every_dataclass_of_the_package_has_its_methods_in_the_table():
    """Recorded in a new process that imports every module (each method checked there to compile to what
    dataclasses itself makes); a class changed since the table was made: run python -m reportlint.generate."""
    import pytest

    from reportlint import dataclass_code_table as table
    from reportlint import dataclass_code_table_more as more
    from reportlint.generate import dataclass_texts

    create_fn, texts, core = dataclass_texts()
    if create_fn != table.CREATE_FN:
        pytest.skip("this Python's dataclasses is not the one the table was made for (it is then not used)")
    missing = [t.splitlines()[1] for t in texts if t not in table.TEXTS and t not in more.TEXTS]
    assert len(texts) > 300 and not missing, "run python -m reportlint.generate"
    assert set(table.TEXTS) == set(core) and not set(core) & set(more.TEXTS), "run python -m reportlint.generate"


def test_each_compiled_method_is_its_text_compiled():
    """The table's functions are what their texts compile to (the file was not edited by hand)."""
    from reportlint import dataclass_code_table as table
    from reportlint import dataclass_code_table_more as more
    from reportlint.dataclass_code import same_code

    for source, factory in [*table.TEXTS.items(), *more.TEXTS.items()]:
        namespace = {}
        exec(source, {}, namespace)
        made = namespace["__create_fn__"].__code__
        inner = [c for c in factory.__code__.co_consts if hasattr(c, "co_code")]
        assert len(inner) == 1 and same_code(made.co_consts, inner[0]), source.splitlines()[1]
        assert factory.__code__.co_varnames == made.co_varnames


def test_a_class_added_adds_its_own_entries_and_changes_no_other():
    """Entries are named by a digest of their text: one more method is a few added lines, nothing renamed."""
    import difflib

    from reportlint import dataclass_code_table as table
    from reportlint.generate import dataclass_table

    texts = sorted(table.TEXTS)[:6]
    before, after = dataclass_table("x", texts[:3] + texts[4:]), dataclass_table("x", texts)
    diff = [d for d in difflib.ndiff(before.splitlines(), after.splitlines()) if d[:1] in "+-"]
    # the entry's function (its lines and two blank ones) and its line in TEXTS, nothing removed
    assert all(d.startswith("+") for d in diff) and len(diff) == len(texts[3].splitlines()) + 3
    assert after.count("\ndef _") == 6 and repr(texts[3]) in after and repr(texts[3]) not in before


def test_the_package_classes_use_the_table_and_behave_as_dataclasses():
    import dataclasses
    import pickle

    import pytest

    from reportlint.model import Finding, Location, Severity

    if not _table_fits():
        pytest.skip("this Python's dataclasses is not the one the table was made for")
    # (Location's __init__ is written by hand, for speed: tests/test_slot_init.py; its other methods are the table's)
    assert Location.__eq__.__module__ == Location.__repr__.__module__ == "reportlint.dataclass_code_table"
    assert Finding.__init__.__module__ == "reportlint.dataclass_code_table"
    loc = Location("r.txt", 3, 1, 3, 9)
    assert loc == Location("r.txt", 3, 1, 3, 9) != Location("r.txt", 3, 1, 3, 8)
    assert hash(loc) == hash(Location("r.txt", 3, 1, 3, 9))
    assert repr(loc) == "Location(source='r.txt', line=3, column=1, end_line=3, end_column=9, page=None)"
    assert pickle.loads(pickle.dumps(loc)) == loc and dataclasses.replace(loc, page=2).page == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        loc.line = 4
    finding = Finding("RL301", "x", Severity.ERROR, {}, loc)
    assert finding.where == {} and finding == Finding("RL301", "x", Severity.ERROR, {}, loc, template={"zh": "t"})


def test_a_plain_check_reads_the_first_table_only_and_other_classes_the_second():
    """A cold `check FILE` of a text report makes only classes of the first table (the second is not read);
    a class of another module of the package (here the scan's) takes its methods from the second."""
    import subprocess
    import sys

    import pytest

    if not _table_fits():
        pytest.skip("this Python's dataclasses is not the one the table was made for")
    report = Path(__file__).resolve().parent.parent / "fixtures" / "RL301-balance" / "report.txt"
    code = ("import sys; from reportlint.cli import main; main(['check', sys.argv[1], '--time-limit', '0', "
            "'--format', 'json', '-o', '/dev/null']); print('reportlint.dataclass_code_table_more' in sys.modules); "
            "from reportlint.scan.crawler import ScanOptions; "
            "print(ScanOptions.__init__.__module__)")
    out = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "reportlint.dataclass_code_table_more"]

def test_a_class_not_in_the_table_is_made_by_dataclasses_as_usual():
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class NotInTheTable:
        a_field_no_class_of_the_package_has: int
        other: str = "x"

    obj = NotInTheTable(1)
    assert NotInTheTable.__init__.__module__ != "reportlint.dataclass_code_table"
    assert (obj.a_field_no_class_of_the_package_has, obj.other) == (1, "x") and obj == NotInTheTable(1, "x")
