"""Text into sentences and clauses, each with a normalised form for phrase matching."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?¡¿])\s+(?=[\"“'(¿¡]?[A-ZÀ-ÞА-Я0-9])|(?<=[!?])\s+")
_CLAUSE_BREAK = re.compile(
    r"\s*[,;:]\s+|\s+(?:but|however|pero|sino|aber|jedoch|sondern|mais|cependant|mas|porem)\s+"
    r"|\s+[-–—]\s+",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(r"^\s*[\w .#/'-]{1,40}\s*[:#]\s*\S")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_COMBINING = re.compile("[\u0300-\u036f]")  # the accents NFKD splits off Latin letters
_MAX_SENTENCES = 60


@dataclass(frozen=True)
class Sentence:
    """One sentence as written, its normalised form and its clauses (normalised)."""

    text: str
    norm: str
    clauses: tuple[str, ...]
    question: bool


def normalise(text: str) -> str:
    """Casefolded, accents removed, apostrophes unified, whitespace collapsed."""
    text = text.translate(_APOSTROPHES).casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())


@functools.lru_cache(maxsize=32)
def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of a plain-text body: wrapped lines joined, field lines kept apart."""
    return tuple(_sentences(text))


def _sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for chunk in _chunks(text):
        for raw in _SENTENCE_END.split(chunk):
            raw = raw.strip()
            if not raw:
                continue
            norm = normalise(raw)
            clauses = tuple(c for c in _CLAUSE_BREAK.split(norm) if c)
            out.append(Sentence(raw, norm, clauses or (norm,), raw.rstrip().endswith("?")))
            if len(out) >= _MAX_SENTENCES:
                return out
    return out


def _chunks(text: str) -> list[str]:
    """Paragraphs with hard-wrapped lines joined; field and list lines stay on their own."""
    chunks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            _flush(current, chunks)
            continue
        if _FIELD_LINE.match(stripped) or _LIST_ITEM.match(stripped):
            _flush(current, chunks)
            chunks.append(stripped)
            continue
        current.append(stripped)
    _flush(current, chunks)
    return chunks


def _flush(current: list[str], chunks: list[str]) -> None:
    if current:
        chunks.append(" ".join(current))
        current.clear()
