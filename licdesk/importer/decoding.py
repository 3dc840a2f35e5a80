"""Bytes → text: UTF-8 (with or without BOM), UTF-16 (Windows "Unicode"), GB18030/GBK; refusal of the rest."""

from __future__ import annotations

import codecs
import re

from licdesk.importer.errors import NotALicenseError

# A license text is some 10–40 KB; anything far larger is not one (and must not stall the reader).
MAX_BYTES = 4 * 1024 * 1024


def decode(data: bytes) -> str:
    """The text of a license file, whatever encoding a clerk's computer saved it in."""
    if not data or not data.strip():
        raise NotALicenseError("文件是空的", "the file is empty")
    if len(data) > MAX_BYTES:
        size = len(data) / (1024 * 1024)
        raise NotALicenseError(
            f"文件过大（{size:.1f} MB），许可证文本通常小于 1 MB",
            f"the file is too large ({size:.1f} MB); a license text is usually under 1 MB",
        )
    text = _decode_bytes(data)
    _refuse_binary(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_bytes(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    utf16 = _looks_like_utf16(data)
    if utf16:
        return _strict(data, utf16)
    if b"\x00" in data:
        raise _binary_error()
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotALicenseError(
        "无法识别文件的文字编码（支持 UTF-8、GBK/GB18030、UTF-16）",
        "the file's text encoding is not recognised (UTF-8, GBK/GB18030 and UTF-16 are supported)",
    )


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes on one side only, and text that reads as Chinese or Latin."""
    sample = data[:8192]
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if max(even_nuls, odd_nuls) < 2 or min(even_nuls, odd_nuls) * 5 > max(even_nuls, odd_nuls):
        return None
    encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if _reads_as_text(text) else None


def _reads_as_text(text: str) -> bool:
    """Most characters are printable ASCII, CJK ideographs or CJK/full-width punctuation."""
    if not text:
        return False
    usual = sum(
        1 for ch in text
        if ch in "\n\r\t" or " " <= ch <= "~" or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’、—…·"
    )
    return usual >= 0.9 * len(text)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise NotALicenseError(
            f"文件声明为 {encoding.upper()} 编码，但内容有损坏",
            f"the file claims {encoding.upper()} encoding but its content is damaged",
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _refuse_binary(text: str) -> None:
    controls = len(_CONTROL.findall(text))
    if controls > max(4, len(text) // 200):
        raise _binary_error()


def _binary_error() -> NotALicenseError:
    return NotALicenseError(
        "文件不是文本（含有二进制数据），请选择许可证的文本文件（.txt）",
        "the file is not text (it holds binary data); choose the license's text file (.txt)",
    )
