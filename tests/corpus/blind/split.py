"""Which part of the blind corpus a message belongs to: ``dev`` (tuned on) or ``test`` (only
scored). Fixed by a hash of the file name, so a message never changes part and nobody
chooses which messages are scored. About 40 % dev, 60 % test.

The later rounds of writers (``en-b`` and ``intl-b``, then ``en-c`` and ``intl-c``: written by
new helper sessions that never saw the parser, to give the rules fresh text to learn from)
are dev only: the test part stays the first round's 60 %, scored the same way throughout.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITERS = ("en", "es-de", "fr-pt", "en-b", "intl-b", "en-c", "intl-c")
DEV_ONLY = frozenset({"en-b", "intl-b", "en-c", "intl-c"})


def part(stem: str) -> str:
    if stem.split("/", 1)[0] in DEV_ONLY:
        return "dev"
    digest = hashlib.sha256(f"mailbot-blind-split:{stem}".encode()).digest()
    return "dev" if digest[0] < 102 else "test"


def messages(which: str) -> Iterator[tuple[Path, dict, Path]]:
    """(eml path, labels, accounts.csv) of every message in one part, in a stable order."""
    for writer in WRITERS:
        folder = HERE / writer / "messages"
        if not folder.is_dir():
            continue
        for labels in sorted(folder.glob("*.json")):
            stem = f"{writer}/{labels.stem}"
            eml = labels.with_suffix(".eml")
            if eml.exists() and part(stem) == which:
                yield eml, json.loads(labels.read_text()), HERE / writer / "accounts.csv"
