"""Compiling the phrase tables fast, with the same meaning. Pure.

The tables (reason codes, out-of-office wording) are long alternations of phrases that
each start at a word boundary. Python's engine tries every alternative at every
position; testing the shared boundary once first makes a sixty-phrase rule several
times faster and changes no match.
"""

from __future__ import annotations

import re


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at "|" outside groups and classes)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = pattern.index("]", i + 2) + 1
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def compile_table(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The same pattern with the word boundary that starts most alternatives tested once:
    "\\bA|\\bB|C" as "\\b(?:A|B)|C". Python's engine tries every alternative at every
    position, and a rule of sixty "\\b…" alternatives cost a sixth of the parse time."""
    parts = _alternatives(pattern)
    bounded = [p[2:] for p in parts if p.startswith("\\b")]
    rest = [p for p in parts if not p.startswith("\\b")]
    return re.compile("|".join(([rf"\b(?:{'|'.join(bounded)})"] if bounded else []) + rest),
                      flags)
