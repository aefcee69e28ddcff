"""Train the intent model shipped as mailbot/parsing/intent_model.json.

    .venv/bin/pip install scikit-learn      # only to train; mailbot itself does not need it
    .venv/bin/python scripts/train_intent_model.py [--cv]

Trained on the blind corpus's dev part (tests/corpus/blind, never the test part) and the
golden corpus (tests/golden): label 1 for a cancellation request, 0 for anything else.
--cv prints 5-fold cross-validated figures on that data at the thresholds mailbot uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_predict  # noqa: E402

from mailbot.parsing import _generic, _products, _unquoted  # noqa: E402
from mailbot.parsing.mime import parse_mime  # noqa: E402
from mailbot.parsing.model import BUCKETS, MODEL_FILE, features  # noqa: E402
from mailbot.parsing.quotes import split_reply  # noqa: E402
from tests.corpus.blind.split import messages  # noqa: E402

PRODUCTS = _products(("CRM Runner", "CRMRunner", "Runner"), ("Starter", "Pro", "Team"))


def model_text(raw: bytes) -> str:
    """What the model reads: the customer's new text and the subject, as bands reads them."""
    content = parse_mime(raw)
    visible = _unquoted(_generic(split_reply(content.text[:12000]).visible, PRODUCTS))
    return visible + "\n" + _generic(content.subject, PRODUCTS)


def dataset() -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for eml, label, _accounts in messages("dev"):
        texts.append(model_text(eml.read_bytes()))
        labels.append(int(label["intent"] == "cancellation"))
    for eml in sorted((ROOT / "tests" / "golden" / "messages").glob("*.eml")):
        label = json.loads(eml.with_suffix(".json").read_text())
        texts.append(model_text(eml.read_bytes()))
        labels.append(int(label["intent"] == "cancellation"))
    return texts, labels


def matrix(texts: list[str]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for k, v in features(text).items():
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--c", type=float, default=4.0)
    args = parser.parse_args()
    texts, labels = dataset()
    x, y = matrix(texts), np.array(labels)
    model = LogisticRegression(C=args.c, class_weight="balanced", max_iter=2000)
    if args.cv:
        folds = StratifiedKFold(5, shuffle=True, random_state=2026)
        p = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
        for t in (0.5, 0.7, 0.8, 0.9):
            hi = p >= t
            print(f"p >= {t}: precision {y[hi].mean():.3f} ({hi.sum()}), "
                  f"recall {hi[y == 1].mean():.3f}")
        for t in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5):
            lo = p < t
            print(f"p < {t}: requests among them {y[lo].sum()} of {lo.sum()} "
                  f"(of {y.sum()} requests)")
    model.fit(x, y)
    coef = model.coef_[0]
    weights = {int(i): round(float(coef[i]), 5) for i in np.nonzero(np.abs(coef) > 1e-4)[0]}
    MODEL_FILE.write_text(json.dumps({"intercept": float(model.intercept_[0]),
                                      "trained_on": len(texts), "weights": weights},
                                     separators=(",", ":")))
    print(f"wrote {MODEL_FILE} ({len(weights)} weights, {len(texts)} messages, "
          f"{MODEL_FILE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
