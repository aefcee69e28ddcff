"""Checks that the hand-written golden corpus in tests/golden/ is itself well-formed.

This does not test mailbot; it guards the test data (pairs of .eml/.json, valid expected
values, identifiers that exist in accounts.csv, parseable RFC 5322 messages).
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import html
import json
import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
MESSAGES = GOLDEN / "messages"

KEYS = {
    "intent",
    "account_number",
    "username",
    "reason_code",
    "reason_contains",
    "language",
    "asks_refund",
    "withdrawal",
    "ambiguous",
    "notes",
}
INTENTS = {"cancellation", "other", "auto_reply", "bounce"}
LANGUAGES = {"en", "es", "de", "fr", "pt"}
REASONS = {
    "too_expensive",
    "missing_features",
    "switched_service",
    "unused",
    "customer_service",
    "too_complex",
    "low_quality",
    "business_closed",
    "other",
}
CSV_HEADER = [
    "account_number",
    "username",
    "email",
    "plan",
    "status",
    "started_on",
    "price",
    "currency",
]

# Messages whose customer deliberately quotes an identifier that is NOT in accounts.csv
# (expected value = what the customer wrote).
UNKNOWN_IDS_ALLOWED = {
    "unknown-account-number": {"account_number": "5120984"},
    "misremembered-username": {"username": "nancykim"},
    "es-numero-inexistente": {"account_number": "7312648"},
    "de-falsche-kontonummer": {"account_number": "612587"},
}

STEM_RE = re.compile(r"^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)$")


def _stems():
    return sorted(p.stem for p in MESSAGES.glob("*.eml"))


def _accounts():
    with open(GOLDEN / "accounts.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _slug(stem):
    return STEM_RE.match(stem).group(2)


def _load(stem):
    data = (MESSAGES / f"{stem}.eml").read_bytes()
    exp = json.loads((MESSAGES / f"{stem}.json").read_text(encoding="utf-8"))
    return data, exp


def _visible_text(msg) -> str:
    """Subject + every text/* part (recursing into message/rfc822), HTML reduced to text."""
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            chunks.append(str(part.get_payload(0).get("Subject", "")))
        if part.get_content_maintype() != "text":
            continue
        try:
            txt = part.get_content()
        except (LookupError, UnicodeError):
            txt = (part.get_payload(decode=True) or b"").decode("latin-1")
        if part.get_content_subtype() == "html":
            txt = re.sub(r"(?is)<(style|head|script)\b.*?</\1>|<!--.*?-->", " ", txt)
            txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
        chunks.append(txt)
    text = " ".join(chunks).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text)


# ---------------------------------------------------------------------------------- accounts
def test_accounts_csv_well_formed():
    with open(GOLDEN / "accounts.csv", newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[:8] == CSV_HEADER and header[8:] in ([], ["trial_ends_on"])
    rows = _accounts()
    assert 40 <= len(rows) <= 60
    nums = [r["account_number"] for r in rows]
    users = [r["username"] for r in rows]
    assert len(set(nums)) == len(nums), "duplicate account_number"
    assert len(set(users)) == len(users), "duplicate username"
    for r in rows:
        assert re.fullmatch(r"[1-9]\d{6}", r["account_number"]), r
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*[a-z0-9]", r["username"]), r
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]), r
        assert r["plan"] in {"monthly", "yearly"}, r
        assert r["status"] in {"active", "trial", "cancelled", "suspended"}, r
        started = dt.date.fromisoformat(r["started_on"])
        assert started.year in (2025, 2026), r
        assert re.fullmatch(r"\d+\.\d{2}", r["price"]), r
        assert r["currency"] in {"USD", "EUR", "BRL"}, r
        if r.get("trial_ends_on"):
            assert dt.date.fromisoformat(r["trial_ends_on"]) > started, r
        if r["status"] == "trial":
            assert r.get("trial_ends_on"), r


# ---------------------------------------------------------------------------------- files
def test_file_pairs_and_numbering():
    emls = {p.stem for p in MESSAGES.glob("*.eml")}
    jsons = {p.stem for p in MESSAGES.glob("*.json")}
    assert emls == jsons, f"unpaired: {sorted(emls ^ jsons)}"
    expected_names = {f"{s}.eml" for s in emls} | {f"{s}.json" for s in jsons}
    others = {p.name for p in MESSAGES.iterdir()} - expected_names
    assert not others, f"unexpected files: {sorted(others)}"
    assert len(emls) >= 220
    for stem in emls:
        assert STEM_RE.match(stem), stem
    numbers = sorted(int(s[:3]) for s in emls)
    assert numbers == list(range(1, len(numbers) + 1)), "NNN must be 001..N without gaps"
    slugs = [_slug(s) for s in emls]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    assert set(UNKNOWN_IDS_ALLOWED) <= set(slugs)


# ---------------------------------------------------------------------------------- per message
@pytest.mark.parametrize("stem", _stems())
def test_expected_values_valid(stem):
    _, exp = _load(stem)
    assert set(exp) == KEYS, f"keys differ: {set(exp) ^ KEYS}"
    assert exp["intent"] in INTENTS
    assert exp["language"] in LANGUAGES
    for flag in ("asks_refund", "withdrawal", "ambiguous"):
        assert isinstance(exp[flag], bool), flag
    assert isinstance(exp["notes"], str) and exp["notes"].strip()
    for key in ("account_number", "username"):
        assert exp[key] is None or (isinstance(exp[key], str) and exp[key].strip()), key
    if exp["account_number"] is not None:
        assert re.fullmatch(r"\d+", exp["account_number"]), "account_number must be digits only"
    rc, rcon = exp["reason_code"], exp["reason_contains"]
    assert (rc is None) == (rcon is None), "reason_code and reason_contains go together"
    if exp["intent"] != "cancellation":
        assert rc is None, "reason only for cancellations"
    if rc is not None:
        assert rc in REASONS
        assert isinstance(rcon, str) and 3 <= len(rcon.split()) <= 8, rcon
    if exp["withdrawal"]:
        assert exp["intent"] == "other"
    if exp["intent"] in ("auto_reply", "bounce"):
        assert not exp["asks_refund"] and not exp["withdrawal"]


@pytest.mark.parametrize("stem", _stems())
def test_identifiers_exist_in_accounts(stem):
    _, exp = _load(stem)
    rows = _accounts()
    by_num = {r["account_number"]: r for r in rows}
    by_user = {r["username"]: r for r in rows}
    allowed = UNKNOWN_IDS_ALLOWED.get(_slug(stem), {})
    if exp["account_number"] is not None and allowed.get("account_number") != exp["account_number"]:
        assert exp["account_number"] in by_num, f"{exp['account_number']} not in accounts.csv"
    if exp["username"] is not None and allowed.get("username") != exp["username"]:
        assert exp["username"] in by_user, f"{exp['username']} not in accounts.csv"
    if exp["account_number"] in by_num and exp["username"] in by_user:
        owner = by_num[exp["account_number"]]["username"]
        assert owner == exp["username"], "account number and username belong to different accounts"


@pytest.mark.parametrize("stem", _stems())
def test_eml_parses_and_matches_expectations(stem):
    data, exp = _load(stem)
    assert b"\r\n" not in data or data.count(b"\n") == data.count(b"\r\n"), "mixed line endings"
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "Message-ID", "Date"):
        assert msg.get(h), f"missing {h}"
    assert re.fullmatch(r"<[^<>\s@]+@[^<>\s@]+>", str(msg["Message-ID"]).strip())
    assert msg["Date"].datetime is not None
    assert msg.get_content_type()
    text = _visible_text(msg)
    if exp["reason_contains"]:
        assert exp["reason_contains"] in text, "reason_contains not found verbatim in the message"
    if exp["account_number"]:
        digits = exp["account_number"]
        pat = r"(?<!\d)" + r"[ .\-]?".join(digits) + r"(?!\d)"
        assert re.search(pat, text), "account number not present in the message"
    if exp["username"]:
        assert exp["username"].lower() in text.lower(), "username not present in the message"


def test_message_ids_unique():
    seen = {}
    for stem in _stems():
        data, _ = _load(stem)
        mid = str(email.message_from_bytes(data, policy=email.policy.default)["Message-ID"]).strip()
        assert mid not in seen, f"{stem} reuses Message-ID of {seen[mid]}"
        seen[mid] = stem
