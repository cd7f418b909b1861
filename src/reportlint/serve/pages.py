"""The web app's own pages: the upload form, the error page, and the toolbar above a result.

No script anywhere: a file input takes a dropped file by itself, and the
downloads of a result are data: links carried by the page (nothing is kept
on the server to fetch them from).
"""

from __future__ import annotations

import base64
from html import escape

from reportlint.i18n import say

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
API_LINK = '<a href="/api/openapi.json">/api/openapi.json</a>'
CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


def _page(title: str, body: str, lang: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"{say('html.lang', lang)}\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>{escape(title)}</title><style>{STYLE}{BAR_STYLE}</style></head><body>{body}</body></html>\n")


def home(lang: str) -> str:
    """The upload page's address in `lang` (Chinese: the plain one)."""
    return f"/?lang={lang}" if lang != "zh" else "/"


def upload_page(max_mb: float, message: str = "", lang: str = "zh") -> str:
    error = f'<p class="error">{escape(message)}</p>' if message else ""
    action = f"/check?lang={lang}" if lang != "zh" else "/check"
    title = say("serve.home_title", lang)
    return _page(title, f"""
<h1>{title}</h1>
<p>{say("serve.intro", lang)}</p>
{error}
<form method="post" action="{action}" enctype="multipart/form-data">
<label for="file">{say("serve.file_label", lang)}</label>
<input id="file" type="file" name="file" accept=".docx,.pdf,.html,.htm,.txt,.md">
<p class="small">{say("serve.file_help", lang, mb=max_mb)}</p>
<label for="url">{say("serve.url_label", lang)}</label>
<input id="url" type="url" name="url" placeholder="https://">
<label for="text">{say("serve.text_label", lang)}</label>
<textarea id="text" name="text"></textarea>
<button type="submit">{say("serve.submit", lang)}</button>
</form>
<p class="small">{say("serve.privacy", lang, api=API_LINK)}</p>
""", lang)


def error_page(message: str, detail: str = "", lang: str = "zh") -> str:
    extra = f'<p class="small">{escape(detail)}</p>' if detail else ""
    return _page(say("serve.error_title", lang), f"""
<h1>{say("serve.error_heading", lang)}</h1>
<p class="error">{escape(message)}</p>{extra}
<div class="bar"><a href="{home(lang)}">{say("serve.back", lang)}</a></div>
""", lang)


def toolbar(name: str, json_text: str, docx: bytes | None, lang: str = "zh") -> str:
    """Above a result: check another file, download the commented .docx and the JSON."""
    stem = name.rsplit(".", 1)[0] or "report"
    links = [f'<a class="plain" href="{home(lang)}">{say("serve.another", lang)}</a>']
    if docx is not None:
        links.append(_download(f"{stem}.reportlint.docx", DOCX_TYPE, docx, say("serve.download_docx", lang)))
    links.append(_download(f"{stem}.reportlint.json", "application/json", json_text.encode("utf-8"),
                           say("serve.download_json", lang)))
    return (f"<style>{BAR_STYLE}</style>"
            f'<div class="bar">{"".join(links)}</div>'
            f'<p class="small">{say("serve.print", lang)}</p>')


def _download(filename: str, mime: str, data: bytes, text: str) -> str:
    href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return f'<a download="{escape(filename)}" href="{href}">{escape(text)}</a>'
