"""Configuration: `.reportlint.yaml` or `[tool.reportlint]` in pyproject.toml, nearest to the input.

Closed-world: an unknown key or a bad value is an error with its file and line
(exit 2). The command line overrides the file: --select replaces `select`,
--ignore and --extend-select add to theirs.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from reportlint.i18n import Said, both

CODE = re.compile(r"^RL\d*$")  # the form; whether a rule has it is checked against the packs
LEVELS = ("error", "warning", "info")
KEYS = {"select", "ignore", "extend-select", "per-file-ignores", "severity", "fail-level", "lang", "rules", "exclude"}


class ConfigError(Said):
    """`file:line: what is wrong`, in either language (str(): the English)."""

    @classmethod
    def at(cls, path: Path, line: int, message: dict[str, str] | str) -> ConfigError:
        """`message`: a {zh, en} pair (`both`), or words that are the same in both (another module's)."""
        return cls("config.at", path=path, line=line, message=message)


@dataclass(frozen=True)
class Settings:
    """What the configuration says (the defaults for what it leaves out), and where each key came from."""

    select: tuple[str, ...] = ("RL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_level: str = "error"
    lang: str | None = None
    rules: str | None = None
    exclude: tuple[str, ...] = ()  # file patterns never linted (a repository's README.md, notes …)
    file: str | None = None  # where the settings came from
    origins: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # key -> source

    def ignores_for(self, path: str) -> tuple[str, ...]:
        out: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if self._matches(path, pattern):
                out += codes
        return tuple(out)

    def excludes(self, path: str) -> bool:
        return any(self._matches(path, pattern) for pattern in self.exclude)

    def _matches(self, path: str, pattern: str) -> bool:
        name = Path(path).as_posix()
        base = Path(self.file).parent if self.file else Path.cwd()
        try:
            rel = Path(path).resolve().relative_to(base.resolve()).as_posix()
        except (ValueError, OSError):
            rel = name
        return any(fnmatch.fnmatch(p, pattern) for p in (rel, name, Path(name).name))


def find_config(start: Path) -> Path | None:
    """The nearest .reportlint.yaml, or pyproject.toml with [tool.reportlint], at or above `start`."""
    here = start if start.is_dir() else start.parent
    for folder in [here, *here.resolve().parents]:
        candidate = folder / ".reportlint.yaml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.reportlint]" in _read(pyproject):
            return pyproject
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError.at(path, 1, both("config.cannot_read", error=exc)) from None


@lru_cache(maxsize=64)
def load_settings(path: Path | None) -> Settings:
    if path is None:
        return Settings()
    text = _read(path)
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("reportlint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError.at(path, _toml_line(exc), both("config.toml", error=exc)) from None
        return _settings(data, path, lambda key: _toml_key_line(text, key))
    import yaml

    from reportlint.pack import line_of

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError.at(path, mark.line + 1 if mark else 1, both("config.yaml", error=exc)) from None
    if not isinstance(data, dict):
        raise ConfigError.at(path, 1, both("config.mapping"))
    return _settings(data, path, lambda key: line_of(text, (key,)))


def _toml_line(exc: Exception) -> int:
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else 1


def _toml_key_line(text: str, key: str) -> int:
    start = text.find("[tool.reportlint]")
    m = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text[start:], re.M)
    return text[: start + (m.start() if m else 0)].count("\n") + 1


def _settings(data: dict[str, Any], path: Path, line: Callable[[str], int]) -> Settings:
    def fail(key: str, message: dict[str, str] | str) -> NoReturn:
        raise ConfigError.at(path, line(key), message)

    for key in data:
        if key not in KEYS:
            fail(key, both("config.unknown_key", key=key, known=", ".join(sorted(KEYS))))
    values: dict[str, Any] = {}
    rules = str((path.parent / data["rules"]).resolve()) if isinstance(data.get("rules"), str) else None
    known = _known_codes(rules)
    for key in ("select", "ignore", "extend-select"):
        if key in data:
            values[key.replace("-", "_")] = _codes(data[key], functools.partial(fail, key), known)
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            fail("per-file-ignores", both("config.per_file"))
        values["per_file_ignores"] = tuple(
            (str(pattern), _codes(codes, lambda m: fail("per-file-ignores", m), known))
            for pattern, codes in pfi.items())
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict) or any(v not in LEVELS for v in sev.values()):
            fail("severity", both("config.severity", levels=", ".join(LEVELS)))
        _codes(list(sev), lambda m: fail("severity", m), known)
        values["severity"] = tuple((str(k), str(v)) for k, v in sev.items())
    if "fail-level" in data:
        if data["fail-level"] not in LEVELS:
            fail("fail-level", both("config.fail_level", levels=", ".join(LEVELS)))
        values["fail_level"] = data["fail-level"]
    if "lang" in data:
        if data["lang"] not in ("zh", "en"):
            fail("lang", both("config.lang"))
        values["lang"] = data["lang"]
    if "exclude" in data:
        ex = data["exclude"]
        if not isinstance(ex, list) or not all(isinstance(p, str) and p for p in ex):
            fail("exclude", both("config.exclude"))
        values["exclude"] = tuple(ex)
    if "rules" in data:
        if not isinstance(data["rules"], str):
            fail("rules", both("config.rules"))
        values["rules"] = str((path.parent / data["rules"]).resolve())
    origins = {k.replace("_", "-"): f"{path}" for k in values}
    return Settings(**values, file=str(path), origins=origins)


def _codes(value: Any, fail: Callable[[dict[str, str] | str], NoReturn],
           known: set[str] | None = None) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        fail(both("config.codes"))
    codes = tuple(str(c).strip().upper() for c in items if str(c).strip())
    bad = [c for c in codes if not CODE.match(c)]
    if bad:
        fail(both("config.not_a_code", codes=", ".join(bad)))
    from reportlint import codes as rule_codes

    problem = rule_codes.check_all(codes, known if known is not None else _known_codes(None))
    if problem:
        fail(problem)
    return codes


def _known_codes(rules: str | None) -> set[str]:
    """The codes a configuration may name: the built-in packs' and those of its own `rules` pack."""
    from reportlint import codes as rule_codes

    known = rule_codes.builtin_codes()
    if rules:
        from contextlib import suppress

        from reportlint.pack import PackError, load_pack

        with suppress(PackError):  # the pack's own error is reported when it is loaded
            known |= {r.code for r in load_pack(rules).rules}
    return known
