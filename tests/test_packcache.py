"""The built-pack cache holds data, never code: poisoned files are ignored, nothing they name is run."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from reportlint import packcache
from reportlint.pack import load_pack
from reportlint.resources import rules_dir

ROOT = Path(__file__).resolve().parent.parent


class Boom:
    """Unpickling this runs a command that leaves a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def lint_in(cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "LANG": "en_US.UTF-8"}
    return subprocess.run([sys.executable, "-m", "reportlint", "check", "fixtures/RL301-balance/report.txt"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_poisoned_cache_files_are_never_executed(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    marker = tmp_path / "pwned"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    target = packcache.path_for(rules_dir() / "gov-2021.yaml")
    assert target is not None and target.suffix == ".json" and target.is_relative_to(cache)
    target.parent.mkdir(parents=True)
    payload = pickle.dumps(Boom(marker))
    target.write_bytes(payload)  # a pickle where the JSON cache is read
    (target.parent / target.name.replace(".json", ".pickle")).write_bytes(payload)  # and where the old one was
    for stem in ("gov-2019", "gov-2021"):
        (target.parent / f"{stem}-{'0' * 16}.pickle").write_bytes(payload)
    done = lint_in(cache)
    assert done.returncode == 1 and "RL301" in done.stdout, done.stderr
    assert not marker.exists()

    # JSON naming something that is not a pack class is not data we rebuild: rejected, rebuilt from YAML
    evil = {"format": packcache.FORMAT, "key": packcache.key(),
            "pack": {"@": "system", "f": {"command": f"touch {marker}"}}}
    target.write_text(json.dumps(evil), encoding="utf-8")
    assert packcache.read(rules_dir() / "gov-2021.yaml") is None
    done = lint_in(cache)
    assert done.returncode == 1 and "RL301" in done.stdout and not marker.exists()
    assert json.loads(target.read_text(encoding="utf-8"))["pack"]["@"] == "Pack"  # replaced by a good one


def test_cache_round_trip_and_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = rules_dir() / "gov-2021.yaml"
    built = load_pack(source)
    packcache.write(source, built)
    again = packcache.read(source)
    assert again is not None and again.rules == built.rules and again.sections == built.sections
    assert again.tables["t3"].row_keys == built.tables["t3"].row_keys and again.report == built.report
    # a cache written for other builder code (another key) is not used
    data = json.loads(packcache.path_for(source).read_text(encoding="utf-8"))
    data["key"] = "0" * 64
    packcache.path_for(source).write_text(json.dumps(data), encoding="utf-8")
    assert packcache.read(source) is None


def test_a_cache_entry_written_from_another_place_reads_as_this_pack(tmp_path, monkeypatch):
    """The same release installed in another environment (since removed) wrote the entry: the pack read
    says where this one lies, not where the writer's did."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = rules_dir() / "gov-2021.yaml"
    built = load_pack(source)
    elsewhere = dataclasses.replace(built, path="/nowhere/site-packages/reportlint/rules/gov-2021.yaml")
    packcache.write(source, elsewhere)
    again = packcache.read(source)
    assert again is not None and again.path == str(source) and again.rules == built.rules


def test_unwritable_cache_is_only_slower(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    done = lint_in(blocker)
    assert done.returncode == 1 and "RL301" in done.stdout, done.stderr


def test_builder_source_is_part_of_the_key():
    assert set(packcache.BUILDERS) >= {"pack.py", "kinds.py", "expr.py"}
    here = Path(packcache.__file__).parent
    assert all((here / name).is_file() for name in packcache.BUILDERS)


def _reference_decode(value):
    """The cache's decoding as a plain walk over the parsed JSON (what `packcache.loads` does as it parses)."""
    if isinstance(value, list):
        return tuple(_reference_decode(v) for v in value)
    if isinstance(value, dict):
        if "@" in value:
            return packcache._CLASSES[value["@"]](**{k: _reference_decode(v) for k, v in value["f"].items()})
        if "@d" in value:
            return packcache.Decimal(value["@d"])
        return {_reference_decode(k): _reference_decode(v) for k, v in value["@m"]}
    return value


def test_loads_rebuilds_what_a_plain_walk_rebuilds(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for source in sorted(rules_dir().glob("*.yaml")):
        built = load_pack(source, check_schema=False)
        packcache.write(source, built)
        text = packcache.path_for(source).read_text(encoding="utf-8")
        fast = packcache.loads(text)["pack"]
        assert pickle.dumps(fast) == pickle.dumps(_reference_decode(json.loads(text)["pack"])), source.name


def test_loads_rejects_what_encode_never_writes():
    import pytest

    body = {"@": "Body", "f": {"key": "k", "pattern": "p", "label": {"@m": [["zh", "x"]]}}}
    assert packcache.loads(json.dumps(body)) == packcache.pack.Body("k", "p", {"zh": "x"})
    for bad in ({"@": "Body", "f": {"key": "k", "pattern": "p", "label": {"zh": "x"}}},  # untagged value
                {"@": "Body", "f": [["key", "k"]]},  # fields not an object
                {"@m": [[{"a": 1}, 1]]},  # untagged key
                {"@": "system", "f": {}}):  # not a pack class
        with pytest.raises((KeyError, TypeError)):
            packcache.loads(json.dumps(bad))
