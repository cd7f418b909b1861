"""The web app's own pages: the upload form, the error page, and the toolbar above a result.

No script anywhere: a file input takes a dropped file by itself, and the
downloads of a result are data: links carried by the page (nothing is kept
on the server to fetch them from).
"""

from __future__ import annotations

import base64
from html import escape

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
STYLE = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0 auto;
 padding:1em;max-width:46em;color:#222;line-height:1.6;font-size:16px}
h1{font-size:1.5em;margin:.4em 0}
form{margin:1em 0}label{display:block;font-weight:bold;margin:1em 0 .3em}
input[type=file]{display:block;width:100%;padding:2.5em 1em;border:3px dashed #6a8fd0;border-radius:8px;
 background:#f4f7ff;font-size:1em}
input[type=url],textarea{width:100%;font-size:1em;padding:.4em;border:1px solid #999;border-radius:4px}
textarea{height:8em}
button{font-size:1.1em;padding:.5em 2em;margin-top:1em;background:#1d5fbf;color:#fff;border:0;border-radius:6px}
.small{color:#555;font-size:.9em}.error{border-left:6px solid #c00;background:#fff0f0;padding:.6em 1em}
"""
BAR_STYLE = """
.bar{display:flex;flex-wrap:wrap;gap:.6em;margin:.8em 0}
.bar a{display:inline-block;padding:.4em 1em;border-radius:6px;background:#1d5fbf;color:#fff;text-decoration:none}
.bar a.plain{background:#eee;color:#222}.bar+.small{color:#555;font-size:.9em}
@media print{.bar,.bar+.small{display:none}}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>{escape(title)}</title><style>{STYLE}{BAR_STYLE}</style></head><body>{body}</body></html>\n")


def upload_page(max_mb: float, message: str = "") -> str:
    error = f'<p class="error">{escape(message)}</p>' if message else ""
    return _page("政府信息公开工作年度报告检查", f"""
<h1>政府信息公开工作年度报告检查</h1>
<p>按照国办公开办函〔2021〕30号规定的格式检查年度报告：六个部分是否齐全、三张统计表的数字是否填写完整、
加总是否正确、正文数字与表格是否一致等。</p>
{error}
<form method="post" action="/check" enctype="multipart/form-data">
<label for="file">把报告文件拖到下面的框里，或点击框选择文件</label>
<input id="file" type="file" name="file" accept=".docx,.pdf,.html,.htm,.txt,.md">
<p class="small">支持 Word（.docx）、PDF、网页（.html）、文本（.txt、.md），最大 {max_mb:g} MB。
上传 Word 文件的，结果页可下载带批注的 Word 文件。</p>
<label for="url">或者填写报告的网址</label>
<input id="url" type="url" name="url" placeholder="https://">
<label for="text">或者粘贴报告全文</label>
<textarea id="text" name="text"></textarea>
<button type="submit">开始检查</button>
</form>
<p class="small">文件只在这台电脑上检查，检查完即丢弃，不保存、不上传到其他地方。
其他系统可调用接口：<a href="/api/openapi.json">/api/openapi.json</a>。</p>
""")


def error_page(message: str, detail: str = "") -> str:
    extra = f'<p class="small">{escape(detail)}</p>' if detail else ""
    return _page("无法检查", f"""
<h1>无法检查这份文件</h1>
<p class="error">{escape(message)}</p>{extra}
<div class="bar"><a href="/">返回，重新选择文件</a></div>
""")


def toolbar(name: str, json_text: str, docx: bytes | None) -> str:
    """Above a result: check another file, download the commented .docx and the JSON."""
    stem = name.rsplit(".", 1)[0] or "report"
    links = ['<a class="plain" href="/">检查另一份文件</a>']
    if docx is not None:
        links.append(_download(f"{stem}.reportlint.docx", DOCX_TYPE, docx, "下载带批注的 Word 文件"))
    links.append(_download(f"{stem}.reportlint.json", "application/json", json_text.encode("utf-8"),
                           "下载检查结果（JSON）"))
    return (f"<style>{BAR_STYLE}</style>"
            f'<div class="bar">{"".join(links)}</div>'
            '<p class="small">打印本页：使用浏览器的“打印”（Ctrl+P），纸张选 A4，末尾有审核签字栏。</p>')


def _download(filename: str, mime: str, data: bytes, text: str) -> str:
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return f'<a download="{escape(filename)}" href="{href}">{escape(text)}</a>'
