"""Reports of work done (processing, delivery, a poll) and the one way two of them add up.

A report is a dataclass of counts (ints), counts by key (``dict[str, int]``), yes/no
facts and reasons (``str | None``). Adding one report into another sums the counts the
two share by name and keeps the newer reason; yes/no facts are the caller's to combine.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

Report = TypeVar("Report")


def add_up(total: Report, part: Any) -> Report:
    """Add ``part``'s counts into ``total`` (same field names), in place; returns total."""
    for f in fields(part):
        if not hasattr(total, f.name):
            continue
        mine, theirs = getattr(total, f.name), getattr(part, f.name)
        if isinstance(mine, bool) or isinstance(theirs, bool):
            continue
        if isinstance(mine, int) and isinstance(theirs, int):
            setattr(total, f.name, mine + theirs)
        elif isinstance(mine, dict) and isinstance(theirs, dict):
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n
        elif isinstance(theirs, str) or (theirs is None and isinstance(mine, str)):
            setattr(total, f.name, theirs or mine)
    return total
