"""The message catalogue: every interface string and message fragment in Chinese and English, by id.

Rule messages live in the rule pack; everything else a user reads (reporters' headings, places, the scan's
progress line, the web app's titles, the hints of Word comments and the HTML view, the reasons of input
findings) is here, rendered with `reportlint.i18n.say` (one language) or `both` (a {zh, en} argument of a
finding). Placeholders are `str.format` fields; English plurals take a `…_s` field ("s" or "").
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- severities --------------------------------------------------------------------
    "severity.error": ("错误", "error"),
    "severity.warning": ("警告", "warning"),
    "severity.info": ("提示", "info"),
    # ---- text reporter ------------------------------------------------------------------
    "text.page": ("（第 {page} 页）", " (page {page})"),
    "text.also": ("同时解释：", "also explains: "),
    "text.at": ("位置：", "at: "),
    "text.clean": ("未发现问题（共检查 {docs} 个文件）", "No problems found in {docs} document{docs_s}"),
    "text.found": ("发现 {total} 个问题（{parts}），共检查 {docs} 个文件",
                   "Found {total} problem{total_s} ({parts}) in {docs} document{docs_s}"),
    "text.count": ("{severity} {count} 个", "{count} {severity}{count_s}"),
    "text.comma": ("，", ", "),
    # ---- HTML reporter -------------------------------------------------------------------
    "html.lang": ("zh-CN", "en"),
    "html.title": ("reportlint 检查报告", "reportlint report"),
    "html.docs": ("文档", "Documents"),
    "html.findings": ("问题", "Findings"),
    "html.error": ("错误", "errors"),
    "html.warning": ("警告", "warnings"),
    "html.info": ("提示", "info"),
    "html.rule": ("规则", "Rule"),
    "html.none": ("未发现问题", "No problems"),
    "html.list": ("问题清单", "Findings"),
    "html.body": ("报告正文（标出问题所在）", "The report (problems marked)"),
    "html.whole": ("全文", "whole document"),
    "html.signoff": ("审核意见：＿＿＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日",
                     "Reviewed by: ______________   Date: ____________"),
    "html.see": ("对照：", "see: "),
    "html.content": ("信息内容", ""),
    "html.row_missing": ("缺少此行", "row missing"),
    "html.blank": ("空白", "blank"),
    "html.text_says": ("正文写作", "the text says"),
    "html.extra_row": ("（规定格式中无此行）", " (not a row of the template)"),
    # ---- Word comments -------------------------------------------------------------------
    "docx.rule": ("{code} {name}（{severity}）", "{code} {name} ({severity})"),
    "docx.written": ("{target}: {count} 条批注", "{target}: {count} comments"),
    # ---- reportlint explain --------------------------------------------------------------
    "explain.passes": ("通过：", "Passes:"),
    "explain.fails": ("不通过：", "Fails:"),
    "explain.message": ("消息：", "Message: "),
    # ---- places: where a finding is ----------------------------------------------------------
    "place.page": ("第{page}页", "page {page}"),
    "place.row": (" {row} 行", ", row {row}"),
    "place.column": (" · {column} 列", ", column {column}"),
    "place.heading": ("标题“{quote}”", "heading “{quote}”"),
    "place.opening": ("正文开头", "opening"),
    "place.paragraph": ("第{paragraph}段", "paragraph {paragraph}"),
    "place.quote": ("：“{quote}”", ": “{quote}”"),
    "place.docx_paragraph": ("Word 第{paragraph}段", "Word paragraph {paragraph}"),
    "place.docx_cell": ("Word 第{table}个表格 第{row}行第{cell}格", "Word table {table}, row {row}, cell {cell}"),
    # ---- the scan ----------------------------------------------------------------------
    "scan.rate": ("页/秒", "pages/s"),
    "scan.eta": ("预计剩余", "left"),
    "scan.reports": ("报告", "reports"),
    "scan.errors": ("出错", "errors"),
    "scan.skipped": ("跳过", "skipped"),
    "scan.done": ("已处理", "processed"),
    "scan.stopping": ("正在停止…可用 --resume 继续", "stopping… continue with --resume"),
    "scan.stopped": ("已停止：已写出目前的结果；用同一 --db 加 --resume 继续检查",
                     "stopped: the results so far are written; continue with the same --db and --resume"),
    "scan.unreadable": ("无法读取", "unreadable"),
    # ---- the web app ---------------------------------------------------------------------
    "serve.title": ("检查结果：{name}", "reportlint: {name}"),
    # ---- hints: what to do about a finding, per rule kind ----------------------------------
    "hint.end": ("。", "."),
    "hint.fallback": ("详见 reportlint explain {code}。", "See reportlint explain {code}."),
    "hint.equation": ("请核对本单元格和参与计算的各单元格，使等式成立（一边为 {reported}，另一边为 {computed}）。",
                      "Check this cell and the cells it is computed from so that the relation holds "
                      "(one side {reported}, the other {computed})."),
    "hint.cell_kind": ("请填写数字；没有发生的事项填 0。", "Enter a number; write 0 where nothing happened."),
    "hint.cell_value": ("件数应为非负整数，请核对。", "Counts are whole numbers of at least 0: check the figure."),
    "hint.prose_figure": ("请核对正文中的数字，使其与统计表一致（表中为 {computed}）。",
                          "Check the figure in the text against the table (the table says {computed})."),
    "hint.prose_claim": ("正文表述与统计表不一致，请修改表述或核对表格。",
                         "The text contradicts the table: reword it or check the table."),
    "hint.prose_breakdown": ("分项之和超过总数，请核对总数和各分项。",
                             "The parts add up to more than the total: check them."),
    "hint.placeholder": ("请替换为实际内容，或删除模板中的提示文字。",
                         "Replace it with the real text, or delete the template's prompt."),
    "hint.repeated_word": ("请删除重复的词语。", "Delete the repeated word."),
    "hint.required_sections": ("请按规定格式补充这一部分。", "Add this part as the national format requires."),
    "hint.section_order": ("请按规定格式调整章节顺序。", "Put the sections in the order of the national format."),
    "hint.section_ordinal": ("请按规定格式修改章节序号。", "Number the section as the national format does."),
    "hint.section_wording": ("建议使用规定格式的标题原文。", "Use the title as the national format words it."),
    "hint.required_tables": ("请按规定格式补充这张统计表。", "Add this table as the national format requires."),
    "hint.table_shape": ("请按规定格式补齐表格的行和列。",
                         "Give the table every row and column of the national format."),
    "hint.table_image": ("请以文字表格代替图片，便于核对和检索。", "Give the table as text, not as a picture."),
}
