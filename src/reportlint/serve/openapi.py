"""The API's OpenAPI 3.1 description, served at /api/openapi.json (docs/serve.md says the same in words)."""

from __future__ import annotations

from typing import Any

from reportlint import __version__

_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "object", "properties": {
        "code": {"type": "string", "enum": ["too_large", "unsupported", "legacy_word", "bad_docx", "empty",
                                            "bad_url", "not_docx", "unreadable", "bad_request"]},
        "message": {"type": "string", "description": "Chinese"},
        "message_en": {"type": "string"},
    }}},
}


def _form(with_url: bool) -> dict[str, Any]:
    props: dict[str, Any] = {
        "file": {"type": "string", "format": "binary",
                 "description": "the report: .docx, .pdf, .html or .txt/.md (its type is told by its bytes)"},
        "lang": {"type": "string", "enum": ["zh", "en"], "default": "zh"},
    }
    if with_url:
        props["url"] = {"type": "string", "format": "uri", "description": "a report page to fetch instead of a file"}
        props["text"] = {"type": "string", "description": "the report's text instead of a file"}
    return {"required": True, "content": {
        "multipart/form-data": {"schema": {"type": "object", "properties": props}},
        **({"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
            k: v for k, v in props.items() if k != "file"}}}} if with_url else {}),
    }}


def _errors(max_mb: float) -> dict[str, Any]:
    body = {"application/json": {"schema": _ERROR}}
    return {
        "400": {"description": "nothing sent, or a malformed form or URL", "content": body},
        "413": {"description": f"the upload is larger than {max_mb:g} MB", "content": body},
        "415": {"description": "not a report file (an executable, an image, a legacy .doc, a zip bomb…)",
                "content": body},
    }


def spec(max_bytes: int) -> dict[str, Any]:
    max_mb = max_bytes / (1024 * 1024)
    return {
        "openapi": "3.1.0",
        "info": {"title": "reportlint", "version": __version__,
                 "description": "Check 政府信息公开工作年度报告 against the national format. Nothing sent is kept."},
        "paths": {
            "/api/check": {"post": {
                "summary": "Lint one report; the findings as reportlint.check/1 JSON",
                "parameters": [{"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["zh", "en"]}}],
                "requestBody": _form(with_url=True),
                "responses": {
                    "200": {"description": "reportlint.check/1 (an unreadable input or one that is not a report "
                                           "is a finding, RL901/RL902, as on the command line)",
                            "content": {"application/json": {"schema": {"type": "object"}}}},
                    **_errors(max_mb),
                },
            }},
            "/api/docx": {"post": {
                "summary": "The uploaded Word draft back with one comment (批注) per finding",
                "requestBody": _form(with_url=False),
                "responses": {
                    "200": {"description": "the commented copy; header X-Reportlint-Comments holds their number",
                            "content": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                                        {"schema": {"type": "string", "format": "binary"}}}},
                    **_errors(max_mb),
                    "422": {"description": "the Word file cannot be read", "content": {
                        "application/json": {"schema": _ERROR}}},
                },
            }},
        },
    }
