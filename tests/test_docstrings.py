"""Every dataclass of the package says what it is, in a docstring of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import reportlint

PACKAGE = Path(reportlint.__file__).resolve().parent
GENERATED = {"parse/report_parser.py"}  # the standalone Lark parser (python -m reportlint.generate)


def undocumented(root: Path) -> list[str]:
    """`path:line: Name` of each class decorated with a dataclass decorator that has no docstring."""
    out = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name in GENERATED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), name)):
            if (isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None
                    and any("dataclass" in ast.unparse(d) for d in node.decorator_list)):
                out.append(f"{name}:{node.lineno}: {node.name}")
    return out


def test_every_dataclass_has_a_docstring():
    missing = undocumented(PACKAGE)
    assert not missing, (
        "dataclasses without a docstring (say in one line what the value is; without one, @dataclass also builds"
        " `Name(field: type, ...)` from inspect.signature at import, ~0.1 ms a class on every start):\n  "
        + "\n  ".join(missing))


def test_a_dataclass_without_a_docstring_is_named(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.py").write_text(
        "from dataclasses import dataclass\nimport dataclasses\n\n\n"
        "@dataclass(frozen=True)\nclass Bare:\n    x: int\n\n\n"
        "@dataclasses.dataclass\nclass Said:\n    \"\"\"A value.\"\"\"\n\n    x: int\n\n\n"
        "class Plain:\n    x: int\n", encoding="utf-8")
    assert undocumented(tmp_path) == ["sub/m.py:6: Bare"]
