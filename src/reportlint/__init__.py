"""reportlint: a rule-based linter for 政府信息公开工作年度报告."""

from reportlint.dataclass_code import install as _install_dataclass_code

__version__ = "0.1.0"

_install_dataclass_code()  # before any of the package's dataclasses is made
