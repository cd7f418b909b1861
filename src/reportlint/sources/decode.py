"""Decoding bytes to text: UTF-8 (with or without BOM), GB18030/GBK, then detection."""

from __future__ import annotations

from dataclasses import dataclass

# Encodings that name a subset of GB18030: decode them with GB18030 so that
# a page labelled GB2312 but using GBK characters still reads.
GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "gb_2312-80", "euc-cn"}


@dataclass(frozen=True)
class Decoded:
    """Bytes decoded: the text and the encoding it was read with, or why it could not be read."""

    text: str | None
    encoding: str | None
    reason: str = ""  # why decoding failed: a message of the catalogue (reportlint.messages, decode.*)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`, trying the declared encoding first, then UTF-8, GB18030 and detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        bad_bom = Decoded(None, None, "decode.bad_bom")
        return _try(data[3:], "utf-8") or _nearly(data[3:], ("utf-8",)) or bad_bom
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _try(data, "utf-16") or Decoded(None, None, "decode.bad_utf16")
    if looks_binary(data):
        return Decoded(None, None, "decode.binary")
    for enc in _candidates(declared):
        got = _try(data, enc)
        if got:
            return got
    return _nearly(data, ("utf-8", "gb18030")) or _detect(data)


MAX_BAD_BYTES = 8  # a damaged byte or two in a long text: read it, those characters shown as U+FFFD


def _nearly(data: bytes, encodings: tuple[str, ...]) -> Decoded | None:
    """Text in one of the encodings but for a few undecodable bytes (one in a thousand at most)."""
    allowed = min(MAX_BAD_BYTES, len(data) // 1000)
    best = None
    for enc in encodings:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
        if bad <= allowed and (best is None or bad < best[0]):
            best = (bad, Decoded(text, f"{enc} ({bad} undecodable bytes replaced)"))
    return best[1] if best else None


# Single-byte Western encodings decode any bytes at all, so a GBK page mislabelled as one of them would
# "succeed" as mojibake: for these, GB18030 is tried first and kept when it reads as Chinese text.
SINGLE_BYTE = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "windows-1252", "cp1252",
               "ascii", "us-ascii", "iso-8859-15", "latin-9"}


def _candidates(declared: str | None) -> list[str]:
    """Valid UTF-8 first (pages declaring GBK while serving UTF-8 exist, and GBK text is
    practically never valid UTF-8), then the declared encoding, then GB18030."""
    out = ["utf-8"]
    if declared:
        name = declared.strip().lower()
        name = "gb18030" if name in GB_FAMILY else name
        if name in SINGLE_BYTE:
            out.append("gb18030-if-chinese")
        if name not in out:
            out.append(name)
    if "gb18030" not in out:
        out.append("gb18030")
    return out


def declared_html_encoding(data: bytes) -> str | None:
    """The charset a page declares in <meta> (or an XML declaration) near its top."""
    from bs4.dammit import EncodingDetector

    try:
        return EncodingDetector.find_declared_encoding(data, is_html=True)
    except (ValueError, LookupError):
        return None


def _try(data: bytes, enc: str) -> Decoded | None:
    if enc == "gb18030-if-chinese":
        got = _try(data, "gb18030")
        return got if got is not None and _mostly_chinese(got.text or "") else None
    try:
        return Decoded(data.decode(enc), enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_chinese(text: str) -> bool:
    """Most of the non-ASCII characters are common CJK ideographs and punctuation (as in any report)."""
    wide = [ch for ch in text[:20000] if ord(ch) > 127]
    han = sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
              or "\uff00" <= ch <= "\uffef")
    return len(wide) >= 2 and han >= 0.9 * len(wide)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # heavy: only for the rare undecodable input

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return _UNDECODABLE
    text = str(best)
    if _mostly_control(text):
        return _UNDECODABLE
    return Decoded(text, best.encoding)


_UNDECODABLE = Decoded(None, None, "decode.unknown")


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return bool(sample) and bad / len(sample) > 0.05
