"""A small statistical second opinion on "is this a cancellation request?". Pure.

A logistic regression over hashed word features (casefolded, accents removed, words cut
to their first seven letters so "kündigen"/"kündige"/"Kündigung" share one, plus pairs of
neighbouring words), trained by ``scripts/train_intent_model.py`` on the blind corpus's
dev part and the golden corpus, shipped as ``intent_model.json`` (the non-zero weights).
The rules decide; the model only moves a message towards a person: a human message the
rules left alone that the model finds very likely a request is put in front of a person
(acknowledged), and a clear request the model finds very unlikely is too. It never
confirms anything by itself.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
import zlib
from pathlib import Path

from mailbot.parsing.sentences import normalise

MODEL_FILE = Path(__file__).with_name("intent_model.json")
BUCKETS = 1 << 18
_WORD = re.compile(r"[a-z0-9']+")
_MAX_CHARS = 2000


def features(text: str) -> dict[int, float]:
    """Hashed, sublinear, L2-normalised counts of cut words and word pairs."""
    words = [w[:7] for w in _WORD.findall(normalise(text[:_MAX_CHARS]))]
    counts: dict[int, int] = {}
    for token in [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]:
        key = zlib.crc32(token.encode()) % BUCKETS
        counts[key] = counts.get(key, 0) + 1
    weighted = {k: 1.0 + math.log(c) for k, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
    return {k: v / norm for k, v in weighted.items()}


@functools.lru_cache(maxsize=1)
def _weights() -> tuple[dict[int, float], float] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text())
    return {int(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"])


def probability(text: str) -> float | None:
    """How likely the text is a cancellation request (0..1), or None without a model."""
    model = _weights()
    if model is None:
        return None
    weights, intercept = model
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in features(text).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
