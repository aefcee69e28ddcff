#!/usr/bin/env python3
"""Independent check of the rendered corpus: reads only messages/*.eml, *.json and accounts.csv."""
import csv, email, email.policy, glob, html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"intent", "kind", "band", "account_number", "username", "email_given", "account", "sender_is_owner",
        "decoy_ids", "language", "asks_refund", "withdrawal", "reason_keywords", "reason_code", "ambiguous",
        "form", "notes"}
accts = {r["account_number"]: r for r in csv.DictReader(open(os.path.join(ROOT, "accounts.csv"), encoding="utf-8"))}
bad = 0
mids = set()


def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            out.append(str(part.get_payload()[0].get("Subject", "")))
        elif ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", part.get_content())
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h))))
        elif ct in ("message/delivery-status", "text/rfc822-headers"):
            out.append(str(part.get_payload()))
    return re.sub(r"\s+", " ", "\n".join(out)).lower()


def problem(f, m):
    global bad
    bad += 1
    print("PROBLEM %s: %s" % (os.path.basename(f), m))


emls = sorted(glob.glob(os.path.join(ROOT, "messages", "*.eml")))
for f in emls:
    raw = open(f, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if not msg.get(h):
            problem(f, "missing " + h)
    if msg["Message-ID"] in mids:
        problem(f, "duplicate Message-ID")
    mids.add(msg["Message-ID"])
    if any(p.defects for p in msg.walk()):
        problem(f, "defects")
    lab = json.load(open(f[:-4] + ".json", encoding="utf-8"))
    if set(lab) != KEYS:
        problem(f, "label keys")
    t = text_of(msg)
    td = re.sub(r"[\s-]", "", t)
    for k in lab["reason_keywords"]:
        if k not in t:
            problem(f, "keyword %r" % k)
    for k in lab["decoy_ids"]:
        if k.lower() not in t:
            problem(f, "decoy %r" % k)
    if lab["account_number"] and (lab["account_number"] not in accts or lab["account_number"] not in td):
        problem(f, "account_number")
    if lab["account"] and lab["account"] not in accts:
        problem(f, "account")
    sender = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""
    own = bool(lab["account"]) and accts[lab["account"]]["email"].lower() == sender
    if own != lab["sender_is_owner"]:
        problem(f, "sender_is_owner")
    if lab["intent"] not in ("cancellation", "other", "auto_reply", "bounce"):
        problem(f, "intent")
print("%d messages checked, %d accounts, %d problem(s)" % (len(emls), len(accts), bad))
sys.exit(1 if bad else 0)
