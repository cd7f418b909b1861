"""What to do about a finding, in one sentence (for Word comments and the HTML view).

Hints are written per rule *kind*, so a rule added to a pack with an existing
kind gets one; the values come from the finding's evidence.
"""

from __future__ import annotations

from reportlint.model import Finding

HINTS: dict[str, tuple[str, str]] = {
    "equation": ("请核对本单元格和参与计算的各单元格，使等式成立（一边为 {reported}，另一边为 {computed}）。",
                 "Check this cell and the cells it is computed from so that the relation holds "
                 "(one side {reported}, the other {computed})."),
    "cell_kind": ("请填写数字；没有发生的事项填 0。", "Enter a number; write 0 where nothing happened."),
    "cell_value": ("件数应为非负整数，请核对。", "Counts are whole numbers of at least 0: check the figure."),
    "prose_figure": ("请核对正文中的数字，使其与统计表一致（表中为 {computed}）。",
                     "Check the figure in the text against the table (the table says {computed})."),
    "prose_claim": ("正文表述与统计表不一致，请修改表述或核对表格。",
                    "The text contradicts the table: reword it or check the table."),
    "prose_breakdown": ("分项之和超过总数，请核对总数和各分项。",
                        "The parts add up to more than the total: check them."),
    "placeholder": ("请替换为实际内容，或删除模板中的提示文字。",
                    "Replace it with the real text, or delete the template's prompt."),
    "repeated_word": ("请删除重复的词语。", "Delete the repeated word."),
    "required_sections": ("请按规定格式补充这一部分。", "Add this part as the national format requires."),
    "section_order": ("请按规定格式调整章节顺序。", "Put the sections in the order of the national format."),
    "section_ordinal": ("请按规定格式修改章节序号。", "Number the section as the national format does."),
    "section_wording": ("建议使用规定格式的标题原文。", "Use the title as the national format words it."),
    "required_tables": ("请按规定格式补充这张统计表。",
                        "Add this table as the national format requires."),
    "table_shape": ("请按规定格式补齐表格的行和列。",
                    "Give the table every row and column of the national format."),
    "table_image": ("请以文字表格代替图片，便于核对和检索。", "Give the table as text, not as a picture."),
}
FALLBACK = ("详见 reportlint explain {code}。", "See reportlint explain {code}.")


def hint(finding: Finding, kind: str, lang: str) -> str:
    """The hint for a finding of a rule of `kind`, with the evidence's values filled in."""
    zh, en = HINTS.get(kind, FALLBACK)
    values = {"code": finding.code, "reported": "", "computed": ""}
    values.update({k: str(v) for k, v in finding.evidence.items() if k in ("reported", "computed")})
    template = zh if lang == "zh" else en
    if "{computed}" in template and not values["computed"]:
        template = template.split("（")[0].split(" (")[0]
        template = template if template.endswith(("。", ".")) else template + ("。" if lang == "zh" else ".")
    return template.format(**values)
