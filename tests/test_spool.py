"""The rules across reports over a run held on disk (reportlint.spool): the same findings, in the same order,
as the run held in memory; the spool's private directory gone after the run, after an error and after Ctrl-C."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from reportlint.across import _NUMBERS, Corpus, reshared, standin, texts_of
from reportlint.engine import Options, check_together, check_together_spooled, lint, spooled
from reportlint.model import CellKind, Result
from reportlint.pack import load_builtin
from reportlint.reporters import Context, get
from reportlint.spool import Spool, Spooled
from reportlint.workers import Workers, _loads

ROOT = Path(__file__).resolve().parent.parent
PACK = load_builtin("gov-2021.yaml")
BASE = (ROOT / "fixtures" / "compliant-tab" / "report.txt").read_text(encoding="utf-8")
AGENCY = "示例市示例区科学技术局"
BODIES = ["示例市甲区教育局", "示例市乙区教育局", "示例市丙区卫生健康委员会", "示例市丁区司法局", "示例市示例区人民政府"]
PARENTS = {"示例市甲区教育局": "示例市示例区人民政府", "示例市乙区教育局": "示例市示例区人民政府"}
RL6 = {"RL601", "RL602", "RL603", "RL604", "RL605", "RL606", "RL607"}


def report(body: str, year: int, scale: int, group: str) -> str:
    """compliant-tab as `body`'s report of `year`: its table figures times `scale` (the sums still hold) and
    a paragraph of the `group`'s own sentences in sections 一 and 二 (bodies of one group write the same)."""
    text = BASE.replace(AGENCY, body).replace("2025", str(year))
    text = "\n".join(re.sub(r"(?<=\t)(\d+)(?=\t|$)", lambda m: str(int(m.group(1)) * scale), line)
                     if "\t" in line else line for line in text.split("\n"))
    own = "".join(f"{group}第{n}项重点工作按计划推进并形成长效机制，相关做法在{group}内部通报推广。"
                  for n in "一二三四五六七八九十百千万甲乙丙丁戊己庚辛壬癸")
    text = text.replace("推进政府信息公开工作有序开展。", "推进政府信息公开工作有序开展。" + own, 1)
    return text.replace("二、主动公开政府信息情况", own + "\n\n二、主动公开政府信息情况", 1)


def write_reports(folder: Path) -> list[Path]:
    """Five bodies' reports for 2023–2025 (two bodies writing alike, one jump) and a file that is no report."""
    paths = []
    for i, body in enumerate(BODIES):
        for year in (2023, 2024, 2025):
            scale = 1 + (i + year) % 4 + (16 if (i, year) == (1, 2025) else 0)
            path = folder / f"b{i}-{year}.txt"
            path.write_text(report(body, year, scale, "甲乙协作组" if i < 2 else f"第{i}工作专班"), encoding="utf-8")
            paths.append(path)
    junk = folder / "b9-notes.txt"
    junk.write_text("会议记录\n今天天气晴。\n", encoding="utf-8")
    paths.insert(7, junk)
    return paths


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[Result]:
    return [lint(str(p), PACK) for p in write_reports(tmp_path_factory.mktemp("reports"))]


def as_json(results: list[Result]) -> str:
    return get("json").render(results, Context(PACK, "en", version="test"))


def test_spooled_run_finds_what_the_in_memory_run_finds(results, tmp_path):
    expected = check_together(results, Options(), PARENTS)
    with Spool(str(tmp_path)) as spool:
        got = list(check_together_spooled(iter(results), spool, Options(), PARENTS))
    assert {f.code for r in expected for f in r.findings} >= RL6  # every rule across reports fires
    assert [(r.source.name, r.findings, r.notes) for r in got] == [(r.source.name, r.findings, r.notes)
                                                                 for r in expected]
    assert as_json(got) == as_json(expected)
    assert list(tmp_path.iterdir()) == []


def test_results_spooled_where_they_were_linted_find_the_same(results, tmp_path):
    """A worker sends each result as the spool keeps it (its bytes, stand-in and texts): the parent writes
    the bytes as they are; results made in the parent (a time limit's finding) mix with them."""
    expected = check_together(results, Options(), PARENTS)
    specs = [r.source.name for r in results]
    with Workers(2) as workers:
        made = [workers.call(_lint_spooled, spec) for spec in specs]
    assert all(isinstance(m, Spooled) for m in made)
    assert sum(m.member is None for m in made) == 1  # the file that is no report: not compared
    mixed = [r if i % 3 == 0 else m for i, (r, m) in enumerate(zip(results, made, strict=True))]
    with Spool(str(tmp_path)) as spool:
        got = list(check_together_spooled(iter(mixed), spool, Options(), PARENTS))
    assert as_json(got) == as_json(expected)
    assert [_loads(zlib.decompress(m.data)).source.name for m in made] == specs
    assert list(tmp_path.iterdir()) == []


def _lint_spooled(spec: str) -> Spooled:
    return spooled(lint(spec, PACK))


def test_standins_from_workers_share_again_what_standins_share(results):
    import pickle

    docs = [r.document for r in results[:2]]
    made = [standin(d, shared=False) for d in docs]  # in a worker: nothing kept for sharing there
    assert made[0].tables["t3"].cells._order is not made[1].tables["t3"].cells._order
    arrived = [pickle.loads(pickle.dumps(d)) for d in made]  # each with its own key orders and numbers
    first, second = (reshared(d) for d in arrived)
    for tid in docs[0].tables:
        a, b = first.tables[tid], second.tables[tid]
        assert a.cells._order is b.cells._order and a.rows is b.rows and a.columns is b.columns
        assert dict(a.cells) == dict(standin(docs[0]).tables[tid].cells)
    shared = [x for x in first.tables["t3"].cells._slots if isinstance(x, Decimal)]
    assert shared and all(x is _NUMBERS[str(x)] for x in shared)


def test_counts_of_the_rules_across_reports(results, tmp_path):
    with Spool(str(tmp_path)) as spool:
        got = list(check_together_spooled(iter(results), spool, Options(), PARENTS))
    counts = Counter(f.code for r in got for f in r.findings if f.code in RL6)
    assert counts == {"RL601": 10, "RL602": 10, "RL606": 5, "RL603": 4, "RL605": 4, "RL604": 3, "RL607": 3}
    jumps = {(f.where["table"], f.where["row"]): (f.args["value"], f.args["prev_value"], Path(f.evidence["other"]).name)
             for r in got for f in r.findings if f.code == "RL606" and r.source.name.endswith("b1-2025.txt")}
    assert jumps[("t2", "licensing")] == ("855", "90", "b1-2024.txt")  # 45 x 19 against 45 x 2


def test_a_standin_holds_the_values_and_texts_the_rules_read(results):
    doc = results[0].document
    assert doc is not None
    small = standin(doc)
    assert (small.agency, small.year, small.source.name, small.paragraphs) == (doc.agency, doc.year, doc.source.name, ())
    for tid, table in doc.tables.items():
        assert list(small.tables[tid].cells) == list(table.cells)
        for key, cell in table.cells.items():
            packed = small.tables[tid].cell(*key)
            assert packed is not None and (packed.kind, packed.value, packed.loc) == (cell.kind, cell.value, None)
    assert small.tables["t3"].cell("new", "nowhere") is None
    texts = texts_of(doc)
    full, compact = Corpus([doc, results[1].document]), Corpus([small, standin(results[1].document)],
                                                                 texts=[texts, texts_of(results[1].document)])
    for key in ("general", "active", "problems", "other", "nowhere"):
        assert compact._section_text(0, key) == full._section_text(0, key)
    assert compact._prose(0) == full._prose(0)
    assert any(c.kind is CellKind.NUMBER for c in small.tables["t3"].cells.values())


def test_the_spool_is_removed_after_an_error(results, tmp_path):
    with pytest.raises(RuntimeError), Spool(str(tmp_path)) as spool:
        for _ in check_together_spooled(iter(results), spool, Options()):
            assert spool.dir is not None and spool.dir.is_dir()
            raise RuntimeError("a reporter failing half-way")
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_spooled_for_a_run_of_one(results, tmp_path):
    with Spool(str(tmp_path)) as spool:
        assert list(check_together_spooled(iter(results[:1]), spool, Options())) == results[:1]
        assert len(spool) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def spools(tmp_path, monkeypatch) -> list[Path]:
    """The directories the CLI's spools make (in tmp_path, the temporary folder for the test)."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made: list[Path] = []
    original = Spool.put

    def put(self: Spool, result: Result) -> None:
        original(self, result)
        if self.dir is not None and self.dir not in made:
            made.append(self.dir)

    monkeypatch.setattr(Spool, "put", put)
    return made


def test_check_over_many_reports_spools_and_cleans_up(cli, results, tmp_path, spools):
    folder = Path(results[0].source.name).parent
    code, out, _ = cli("check", str(folder), "--format", "json", "--lang", "en", "--jobs", "2")
    assert code == 1 and len(spools) == 1 and spools[0].parent == tmp_path
    in_memory = check_together(sorted(results, key=lambda r: r.source.name), Options())
    assert out == get("json").render(in_memory, Context(PACK, "en", version=_version()))
    assert list(tmp_path.iterdir()) == []


def test_without_the_rules_across_reports_nothing_is_spooled(cli, results, tmp_path, spools):
    folder = Path(results[0].source.name).parent
    code, out, _ = cli("check", str(folder), "--format", "json", "--lang", "en", "--ignore", "RL6")
    assert code == 1 and spools == [] and '"RL60' not in out


def test_ctrl_c_while_writing_removes_the_spool(cli, results, tmp_path, spools, monkeypatch):
    from reportlint.reporters.text import TextReporter

    folder = Path(results[0].source.name).parent
    written = 0
    original = TextReporter.stream

    def interrupted(self, results, ctx, write):
        def counted():
            nonlocal written
            for r in results:
                written += 1
                if written == 3:
                    raise KeyboardInterrupt
                yield r
        original(self, counted(), ctx, write)

    monkeypatch.setattr(TextReporter, "stream", interrupted)
    code, _, err = cli("check", str(folder), "--jobs", "1")
    assert (code, written) == (130, 3) and "interrupted" in err and len(spools) == 1
    assert list(tmp_path.iterdir()) == []


def _version() -> str:
    from reportlint import __version__

    return __version__


def test_shared_numbers_keep_how_each_was_written():
    from reportlint.across import _shared_number

    written = ["1.5", "1.50", "15E-1", "-0", "0", "0.0", "100", "1E+2", "7", "-7", "0.070", "7E-2"]
    for text in written * 2:  # the second round is served from what the first kept
        got = _shared_number(Decimal(text))
        assert got == Decimal(text) and got.as_tuple() == Decimal(text).as_tuple() and str(got) == str(Decimal(text))
    assert _shared_number(Decimal("2.5")) is _shared_number(Decimal("2.5"))
