"""The desk's actions through Flask's test client: money, disputes, failed messages, previews,
times and history in words (the browser paths are in test_web_desk_browser.py)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.config import parse_config
from mailbot.errors import ConfigError
from mailbot.store.models import CaseRow, MessageRow, OutboxRow, RefundRow
from mailbot.web.users import create_token
from tests import test_web_routes as routes
from tests.test_web_routes import Desk, case_ref, eml, login, token_of


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """The route tests' desk: a refund review for jdoe (190.00 USD a month) and an
    identity mismatch; alice agent, bob and carol admins."""
    yield from routes.make_desk(tmp_path)


def bearer(d: Desk, name: str = "bob") -> dict[str, str]:
    return {"Authorization": f"Bearer {create_token(d.app.db, name, now=d.app.clock())}"}


def flashes(html: str, kind: str) -> list[str]:
    return re.findall(rf'class="flash {kind}">([^<]*)', html)


@pytest.mark.parametrize(("body", "error"), [
    ({"refund": "1e3"}, "not an amount like 19.00"),
    ({"refund": "NaN"}, "not an amount like 19.00"),
    ({"refund": "+5"}, "not an amount like 19.00"),
    ({"refund": "19.001"}, "not an amount like 19.00"),
    ({"refund": "190.01"}, "more than the customer paid: 190.00 USD was paid"),
    ({"refund": 1e3}, "more than the customer paid"),
    ({"refund": "19.00", "currency": "EUR"}, "plan's currency, USD, not 'EUR'"),
    ({"refund": "19.00", "currency": "dollars"}, "not a three-letter code"),
])
def test_the_api_refuses_refunds_that_are_not_plain_amounts_within_what_was_paid(
        desk: Desk, body: dict[str, object], error: str):
    """Exponents, signs, NaN, three decimals, more than the period's price or another
    currency are a 400 naming the problem; nothing changes."""
    ref = case_ref(desk, "jdoe")
    response = desk.flask.test_client().post(f"/api/v1/cases/{ref}/approve",
                                             headers=bearer(desk), json=body)
    assert response.status_code == 400, response.get_json()
    assert error in response.get_json()["error"]
    assert desk.cases()["jdoe"].status == "flagged"
    with desk.app.db.session(readonly=True) as session:
        assert session.query(RefundRow).one().status == "requested"


def test_an_approved_refund_keeps_its_currency_everywhere(desk: Desk):
    """Approved at 19.00 (USD given or not), the refund row, the decision, the API and the
    customer's email all carry the currency; the explanation says what support decided."""
    ref = case_ref(desk, "jdoe")
    client = desk.flask.test_client()
    with desk.app.db.session(readonly=True) as session:
        assert session.query(RefundRow).one().currency == "USD"  # stored at review time
    done = client.post(f"/api/v1/cases/{ref}/approve", headers=bearer(desk),
                       json={"refund": "19.00", "currency": "usd"})
    assert done.status_code == 200 and "refund 19.00 USD" in done.get_json()["message"]
    case = client.get(f"/api/v1/cases/{ref}", headers=bearer(desk)).get_json()
    current = next(d for d in case["decisions"] if d["current"])
    assert current["refund"] == {"amount": "19.00", "currency": "USD"}
    assert case["refunds"] == [{"amount": "19.00", "currency": "USD", "status": "approved"}]
    assert any("approved a refund of 19.00 USD" in line for line in current["explanation"])
    assert not any("before anything is confirmed" in line for line in current["explanation"])
    with desk.app.db.session(readonly=True) as session:
        reply = session.query(OutboxRow).filter_by(kind="confirmed_stop_renewal").one()
        from mailbot.review import reply_from_raw

        text = reply_from_raw(reply.raw).text
    assert "You will be refunded $19.00." in text and "before anything is confirmed" not in text
    login(client, "alice")
    html = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "19.00 USD: approved" in html and "Refund 150.00" not in html


def test_the_preview_shows_the_email_with_what_was_typed(desk: Desk):
    """The live preview renders the approval email with the typed amount, the rejection
    with the typed note, and refuses amounts the approval would refuse."""
    ref = case_ref(desk, "jdoe")
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "Type the refund amount to see it in the email" in html
    assert 'name="currency" value="USD"' in html and 'placeholder="at most 190.00"' in html
    body = client.get(f"/cases/{ref}/preview?action=approve&refund=25.50").get_json()
    assert "You will be refunded $25.50." in body["text"] and body["to"] == "jdoe@example.com"
    assert client.get(f"/cases/{ref}/preview?action=approve&refund=1e3").status_code == 400
    over = client.get(f"/cases/{ref}/preview?action=approve&refund=500")
    assert over.status_code == 400 and "more than the customer paid" in over.get_json()["error"]
    note = client.get(f"/cases/{ref}/preview", query_string={
        "action": "reject", "note": "Refunds need a receipt."}).get_json()
    assert "Refunds need a receipt." in note["text"] and "[your note]" not in note["text"]


def dispute(desk: Desk, ref: str, text: str = "I dispute this decision.") -> None:
    """The customer answers our last reply on the case with a dispute."""
    with desk.app.db.session(readonly=True) as session:
        case = session.query(CaseRow).filter_by(reference=ref).one()
        ours = session.query(OutboxRow).filter_by(case_id=case.id).order_by(
            OutboxRow.id.desc()).first().message_id
    raw = (f"From: jdoe@example.com\r\nTo: support@crmrunner.example\r\nSubject: Re: case\r\n"
           f"Date: Thu, 05 Mar 2026 10:00:00 -0500\r\nMessage-ID: <d{len(text)}@client>\r\n"
           f"In-Reply-To: {ours}\r\nReferences: {ours}\r\n\r\n{text}\r\n").encode()
    desk.process(raw)


def test_a_dispute_on_a_closed_case_is_acknowledged_and_settled_from_the_desk(desk: Desk):
    """A dispute makes the closed case 'disputed' (its own tab, a 'dispute' flag), the
    customer is acknowledged; upholding needs a note, reopening puts it back in Flagged,
    a refund above what was paid is refused and one within it closes the case again."""
    ref = case_ref(desk, "jdoe")
    bob = desk.flask.test_client()
    login(bob, "bob")
    token = token_of(bob, f"/cases/{ref}")
    bob.post(f"/cases/{ref}/approve", data={"csrf_token": token, "refund": "0"})
    assert desk.cases()["jdoe"].status == "confirmed"
    dispute(desk, ref)
    assert desk.cases()["jdoe"].status == "disputed"
    assert "dispute" in desk.cases()["jdoe"].flags
    with desk.app.db.session(readonly=True) as session:
        assert session.query(OutboxRow).filter_by(kind="dispute_received").count() == 1
    queue = bob.get("/queue?tab=disputed&flag=dispute").get_data(as_text=True)
    assert ref in queue and re.search(r'Disputed <span class="count">1</span>', queue)
    html = bob.get(f"/cases/{ref}").get_data(as_text=True)
    assert 'id="dispute-banner"' in html and "The customer disputed the case (it was " \
        "confirmed)" in html
    page = bob.post(f"/cases/{ref}/dispute/uphold", data={"csrf_token": token, "note": " "},
                    follow_redirects=True).get_data(as_text=True)
    assert "needs a note" in flashes(page, "error")[0]
    page = bob.post(f"/cases/{ref}/dispute/refund", data={"csrf_token": token,
                                                          "refund": "190.01"},
                    follow_redirects=True).get_data(as_text=True)
    assert "more than the customer paid" in flashes(page, "error")[0]
    page = bob.post(f"/cases/{ref}/dispute/reopen", data={"csrf_token": token},
                    follow_redirects=True).get_data(as_text=True)
    assert "back in the Flagged tab" in flashes(page, "ok")[0]
    assert desk.cases()["jdoe"].status == "flagged"
    bob.post(f"/cases/{ref}/reject", data={"csrf_token": token, "note": "Stays as it was.",
                                           "notify": "1"})
    dispute(desk, ref, "I dispute this again, I want my money back.")
    assert desk.cases()["jdoe"].status == "disputed"
    page = bob.post(f"/cases/{ref}/dispute/refund", data={
        "csrf_token": token, "refund": "95.00", "currency": "USD", "note": "Half back."},
        follow_redirects=True).get_data(as_text=True)
    assert any("refund 95.00 USD approved" in f for f in flashes(page, "ok"))
    assert desk.cases()["jdoe"].status == "rejected"  # what it was before the dispute
    with desk.app.db.session(readonly=True) as session:
        refund = session.query(RefundRow).order_by(RefundRow.id.desc()).first()
        assert (refund.amount, refund.currency, refund.status) == (
            Decimal("95.00"), "USD", "approved")
        from mailbot.review import reply_from_raw

        sent = session.query(OutboxRow).filter_by(kind="dispute_refunded").one()
        assert "approved a refund of $95.00" in reply_from_raw(sent.raw).text
    history = bob.get(f"/cases/{ref}").get_data(as_text=True)
    assert "Bob reopened the disputed case" in history
    assert "Bob settled the dispute with a refund of 95.00 USD" in history


def test_an_agent_dispute_refund_at_four_eyes_waits_for_an_admin(desk: Desk):
    """At or above [review] four_eyes_refund an agent's dispute refund waits; an admin
    gives the second approval of the same amount and the customer is told."""
    ref = case_ref(desk, "jdoe")
    bob, alice = desk.flask.test_client(), desk.flask.test_client()
    login(bob, "bob")
    login(alice, "alice")
    bob.post(f"/cases/{ref}/approve", data={"csrf_token": token_of(bob, f"/cases/{ref}"),
                                            "refund": "0"})
    dispute(desk, ref)
    page = alice.post(f"/cases/{ref}/dispute/refund", data={
        "csrf_token": token_of(alice, f"/cases/{ref}"), "refund": "150.00"},
        follow_redirects=True).get_data(as_text=True)
    assert "it needs an admin" in flashes(page, "ok")[0]
    assert desk.cases()["jdoe"].status == "disputed"
    page = bob.post(f"/cases/{ref}/dispute/refund", data={
        "csrf_token": token_of(bob, f"/cases/{ref}"), "refund": "150.00"},
        follow_redirects=True).get_data(as_text=True)
    assert "refund 150.00 USD approved" in flashes(page, "ok")[0]
    with desk.app.db.session(readonly=True) as session:
        refund = session.query(RefundRow).order_by(RefundRow.id.desc()).first()
        assert (refund.agent_approved_by, refund.approved_by) == ("agent:alice", "admin:bob")


def test_a_failed_message_opens_with_its_error_and_an_unreadable_one_with_why(desk: Desk):
    """Every message of the failed tab opens on its own page with why it waits; an
    unreadable one is reprocessable (not only status 'failed'); handled ones leave."""
    raw = b"garbage without any header\r\n"
    desk.process(eml("billing@acme.example", "Please cancel account 7742051.", "ok"))
    with desk.app.db.session() as session:
        session.add(MessageRow(mailbox="default", source="file", message_id="<boom@x>",
                               raw_sha256=hashlib.sha256(b"boom").hexdigest(), raw=b"boom",
                               size=4, received_at=desk.now[0], status="failed",
                               error="RuntimeError: boom"))
    (desk.root / "garbage.eml").write_bytes(raw)
    assert desk.cli("process", str(desk.root / "garbage.eml"), "--received-at",
                    "2026-03-05T10:00:00-05:00") == 0
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get("/queue?tab=failed").get_data(as_text=True)
    assert "Processing failed: RuntimeError: boom" in html
    assert "Unreadable: not an email message: no header fields" in html
    ids = [int(i) for i in re.findall(r'href="/messages/(\d+)"', html)]
    assert len(ids) == 2
    for message_id in ids:
        page = client.get(f"/messages/{message_id}").get_data(as_text=True)
        assert 'id="why"' in page and 'name="reprocess"' in page and 'name="handled"' in page
    assert client.get("/messages/999999").status_code == 404
    token = token_of(client, "/queue")
    unreadable = max(ids)
    page = client.post("/messages/reprocess", data={"id": str(unreadable), "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "1 message(s) processed again" in flashes(page, "ok")[0]
    page = client.post(f"/messages/{unreadable}/handled", data={"csrf_token": token,
                                                                "note": ""},
                       follow_redirects=True).get_data(as_text=True)
    assert "a note" in flashes(page, "error")[0]
    page = client.post(f"/messages/{unreadable}/handled", data={
        "csrf_token": token, "note": "Deleted from the mailbox."},
        follow_redirects=True).get_data(as_text=True)
    assert "marked handled" in flashes(page, "ok")[0]
    assert re.search(r'Failed <span class="count">1</span>', page)
    assert ("agent:alice", "message_handled") in desk.audit()


def test_times_are_shown_in_the_desk_zone_with_a_label(tmp_path: Path):
    """[web] timezone sets the desk's zone (default: the policy's); a bad name is refused."""
    from mailbot.config import load_config

    path = routes.write_config(tmp_path, 'timezone = "Asia/Tokyo"')

    assert load_config(str(path)).desk_zone.key == "Asia/Tokyo"
    assert parse_config({"policy": {"timezone": "Europe/Paris"}}).desk_zone.key == "Europe/Paris"
    with pytest.raises(ConfigError, match="unknown time zone"):
        parse_config({"web": {"timezone": "Mars/Olympus"}})


def test_queue_and_case_times_carry_their_zone(desk: Desk):
    """The queue's Received column is labelled with the zone; each time names it (EST)."""
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get("/queue").get_data(as_text=True)
    assert "Received (America/New_York)" in html and "2026-03-02 09:14 EST" in html
    page = client.get(f"/cases/{case_ref(desk, 'jdoe')}").get_data(as_text=True)
    assert "Received 2026-03-02 09:14 EST" in page and "UTC" not in page.split("<main>")[1]


def test_history_is_in_words_and_badges_are_words(desk: Desk):
    """History lines are sentences (no key=value outside the 'as recorded' disclosure),
    flags are words; the identity mismatch lists both accounts to pick from."""
    ref = case_ref(desk, "kwhite88")
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert 'class="candidates"' in html
    for number in ("7742051", "2290317"):
        assert f'name="pick" value="{number}"' in html
    badges = re.findall(r'<span class="flag"[^>]*>([^<]*)</span>', html)
    assert "Identity mismatch" in badges and not any("_" in b for b in badges)
    sentences = re.findall(r'<span class="sentence">([^<]*)</span>', html)
    assert "mailbot held the case for a person: Identity mismatch" in sentences
    assert not any("=" in s or "flags=" in s for s in sentences)


def reference_attachments(raw: bytes) -> list[tuple[str, str, int]]:
    """What the email package lists as attachments (the slow way), to compare with."""
    from email import message_from_bytes, policy

    found = []
    for part in message_from_bytes(raw, policy=policy.default).walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name is None and part.get_content_disposition() != "attachment":
            continue
        found.append((str(name or "(no name)"), part.get_content_type(),
                      len(part.get_payload(decode=True) or b"")))
    return found


MESSAGES = sorted(Path(__file__).resolve().parents[1].glob("mailbot/demo_data/**/*.eml")) + \
    sorted(Path(__file__).resolve().parent.glob("golden/**/*.eml"))[:150]


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.name)
def test_the_quick_mime_scan_lists_what_the_email_package_lists(path: Path):
    """Attachments found by splitting at the boundaries are the email package's (name,
    type, decoded size), and the parser reads the same text and headers from the
    skeleton (attachment bodies left out) as from the whole message."""
    from mailbot.parsing import parse_mime
    from mailbot.web.mimescan import scan

    raw = path.read_bytes()
    found = scan(raw)
    assert [(a.name, a.content_type, a.size) for a in found.attachments] == \
        reference_attachments(raw)
    whole, skeleton = parse_mime(raw), parse_mime(found.skeleton)
    assert (skeleton.text, skeleton.headers, skeleton.error) == (whole.text, whole.headers,
                                                                 whole.error)


def test_a_five_megabyte_message_is_listed_and_cut_for_display():
    """A 5 MB message: its PDF and image are listed with their sizes, the skeleton is a
    tenth of it, and the text shown is the whole message's first 20,000 characters."""
    import sys

    from mailbot.parsing import parse_mime
    from mailbot.web.mimescan import scan

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import web as bench_web  # bench/web.py's largest message

    raw = bench_web.largest(7)
    found = scan(raw)
    assert [(a.name, a.size) for a in found.attachments] == [("statement.pdf", 3_000_009),
                                                              ("screen.png", 500_000)]
    assert len(found.skeleton) < len(raw) / 10 and found.cut > 0
    assert parse_mime(found.skeleton).text[:20_000] == parse_mime(raw).text[:20_000]
