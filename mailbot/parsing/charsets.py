"""Bytes to text under any declared charset: aliases, fallbacks and detection, never an error."""

from __future__ import annotations

import codecs
import functools
import re

from charset_normalizer import from_bytes

# Labels seen in the wild that Python does not know, or knows as a narrower set.
# The wider set is always safe to decode with (WHATWG encoding standard does the same).
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "iso_8859-1": "cp1252",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "iso-8859-8-i": "iso-8859-8",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "unicode-1-1-utf-7": "utf-7",
    "uft-8": "utf-8",
    "utf8mb4": "utf-8",
    "us-askey": "ascii",
    "ucs-2": "utf-16",
    "iso-10646-ucs-2": "utf-16",
    "unicode": "utf-16",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
}
# Codecs that decode any byte string without error: a declared one proves nothing.
_PERMISSIVE = frozenset({"latin-1", "iso8859-1", "cp1252"})
_DETECT_SAMPLE = 32 * 1024
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=256)
def codec_name(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when it is unknown or bogus."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    for candidate in (name, name.removeprefix("x-"), name.replace("_", "-")):
        try:
            return codecs.lookup(candidate).name
        except (LookupError, ValueError):
            continue
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` trusting the declared charset first, then UTF-8, detection, cp1252."""
    if not data:
        return ""
    codec = codec_name(declared)
    if codec in _PERMISSIVE and not data.isascii():
        # Mislabelled UTF-8 is common; valid multi-byte UTF-8 in real Latin-1 text is not.
        text = _try(data, "utf-8")
        if text is not None:
            return text
    if codec and codec not in ("ascii", "utf-8"):
        text = _try(data, codec)
        if text is not None:
            return text
    if data.isascii():
        return data.decode("ascii")
    text = _try(data, "utf-8")
    if text is not None:
        return text
    if codec and codec not in _PERMISSIVE and codec not in ("ascii", "utf-8"):
        # The declared charset was right for most of it: keep it, mark the bad bytes.
        return data.decode(codec, errors="replace")
    return _detect(data)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except Exception:  # utf-7 and iso-2022 raise odd errors on junk: all mean "not this one"
        return None


def _detect(data: bytes) -> str:
    """Guess an undeclared or wrongly declared charset; cp1252 when nothing fits."""
    latin = _try(data, "cp1252")
    if latin is not None and _looks_latin(latin):
        return latin  # the usual case in en/es/de/fr/pt; the detector is weak on short text
    try:
        best = from_bytes(data[:_DETECT_SAMPLE]).best()
    except Exception:  # the detector is a heuristic, never a reason to fail
        best = None
    if best is not None and best.encoding:
        codec = codec_name(best.encoding)
        if codec:
            return data.decode(codec, errors="replace")
    return data.decode("cp1252", errors="replace")


def _looks_latin(text: str) -> bool:
    """Western text: accented letters are sparse among ASCII letters (unlike mis-read Cyrillic)."""
    sample = text[:4000]
    high = _NON_ASCII.findall(sample)
    letters = len(_LETTERS.findall(sample))
    mostly_letters = sum(ch.isalpha() for ch in high) >= 0.9 * len(high)
    return mostly_letters and len(high) <= 0.3 * max(letters, 1)


def repair_surrogates(text: str) -> str:
    """Re-decode raw 8-bit header bytes that the parser kept as surrogate escapes."""
    if text.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", errors="surrogateescape")  # (already-decoded text may be mixed in)
    return decode_bytes(raw)
