"""compile_table: the phrase tables compiled faster match exactly what they did before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailbot.parsing import reason_codes
from mailbot.parsing.mime import parse_mime
from mailbot.parsing.patterns import compile_table
from mailbot.parsing.sentences import normalise

GOLDEN = Path(__file__).resolve().parent / "golden" / "messages"
TABLES = [(code.value, raw) for code, raw in reason_codes._RULES]


def _lines() -> list[str]:
    texts = [parse_mime(p.read_bytes()).text for p in sorted(GOLDEN.glob("*.eml"))[:120]]
    return [normalise(line) for text in texts for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(("name", "raw"), TABLES, ids=[t[0] for t in TABLES])
def test_compile_table_keeps_every_match(name: str, raw: str) -> None:
    """Every line of the golden corpus matches the fast form where it matched the plain one."""
    plain, fast = re.compile(raw), compile_table(raw)
    for line in _lines():
        assert bool(plain.search(line)) == bool(fast.search(line)), line
