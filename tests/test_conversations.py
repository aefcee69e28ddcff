"""Safe conversations on real servers: who may cancel, threads, loops, caps, withdrawals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mailbot.app import App
from mailbot.config import load_config
from mailbot.maintenance import expire_verifications
from mailbot.store.models import AccountRow, CaseRow, OutboxRow
from tests.harness import Harness, mail, reply_to, text_of

pytestmark = pytest.mark.dovecot

OWNER = "jdoe@example.com"
ACCOUNT_DATA = ("4810237", "jdoe", "monthly", "19.00", OWNER)


def cases(h: Harness) -> list[CaseRow]:
    with h.app.db.session(readonly=True) as session:
        return session.query(CaseRow).order_by(CaseRow.id).all()


def test_spoofed_sender_then_owner_confirms_once(harness: Harness):
    """A stranger's request reveals nothing to them; the owner's confirmation decides it, once."""
    harness.setup()
    harness.append(mail("Mallory <mallory@evil.example>", "Cancel account 4810237 right now.",
                        message_id="<s1@x>"))
    harness.poll()
    [ack] = harness.sink.to("mallory@evil.example")
    assert not any(item in text_of(ack) for item in ACCOUNT_DATA), "account data leaked"
    [request] = harness.sink.to(OWNER)
    assert "confirm" in str(request.message["Subject"]).lower()
    assert cases(harness)[0].status == "pending_verification"

    # Mallory answers her acknowledgement with a forged From of the owner: not a confirmation
    # (the owner may at most hear that a request is already on file).
    harness.append(reply_to(ack, OWNER, "Yes, I confirm.", **{"Message-ID": "<s2@x>"}))
    harness.poll()
    assert cases(harness)[0].status == "pending_verification"
    assert confirmations(harness) == []

    harness.append(reply_to(request, f"John Doe <{OWNER}>", "Yes, I confirm. Please cancel it."))
    harness.poll()
    assert cases(harness)[0].status == "confirmed"
    [decision] = confirmations(harness)
    assert "4810237" in text_of(decision)
    assert len(harness.sink.to("mallory@evil.example")) == 1
    harness.append(reply_to(request, OWNER, "Yes, confirm!"))
    harness.poll()
    assert len(confirmations(harness)) == 1, "confirmed exactly once"


def confirmations(h: Harness) -> list:
    """Replies to the owner that confirm a cancellation (their subjects say it ends)."""
    return [d for d in h.sink.to(OWNER) if "will end on" in str(d.message["Subject"])]


def test_owner_who_did_not_ask_refuses(harness: Harness):
    """An owner answering 'I did not request this' closes the stranger's request as not
    confirmed, changes nothing, and is told so."""
    harness.setup()
    harness.append(mail("mallory@evil.example", "Cancel account 4810237."))
    harness.poll()
    [request] = harness.sink.to(OWNER)
    harness.append(reply_to(request, OWNER, "No! I did not request this. Do not cancel."))
    harness.poll()
    assert cases(harness)[0].status == "not_confirmed"
    told = harness.sink.to(OWNER)[-1]
    assert "Nothing has been cancelled" in str(told.message["Subject"])
    with harness.app.db.session(readonly=True) as session:
        assert session.query(AccountRow).filter_by(account_number="4810237").one().status \
            == "active"


def test_forged_authentication_results_are_ignored(harness: Harness):
    """With a trusted authserv-id, only that server's dmarc/dkim pass verifies the owner."""
    harness.write_config(extra='[security]\ntrusted_authserv_id = "mx.mailbot.test"')
    harness.setup()
    forged = mail(OWNER, "Cancel account 4810237.", message_id="<a1@x>", headers={
        "Authentication-Results": "evil.example; dkim=pass header.d=example.com; dmarc=pass"})
    harness.append(forged)
    harness.poll()
    assert harness.export()[0]["outcome"] == "pending_verification"
    assert "unauthenticated" in harness.export()[0]["flags"]
    [request] = harness.sink.to(OWNER)  # one message to the owner's address, not two
    assert "confirm" in str(request.message["Subject"]).lower()
    genuine = mail("billing@acme.example", "Cancel account 7742051.", message_id="<a2@x>",
                   headers={"Authentication-Results":
                            "mx.mailbot.test; dkim=pass header.d=acme.example; dmarc=fail"})
    harness.append(genuine)
    harness.poll()
    rows = {r["message_id"]: r for r in harness.export()}
    assert rows["<a2@x>"]["outcome"] == "confirmed"


def test_auto_responder_never_loops(harness: Harness):
    """An auto-responder answering every mail gets at most one reply, and answers at most once."""
    harness.setup()
    harness.append(mail(OWNER, "Please cancel account 4810237."))
    harness.poll()
    for round_ in range(3):
        ours = harness.sink.to(OWNER)[-1]
        polite = reply_to(ours, OWNER, "I am out of the office until Monday.",
                          **{"Auto-Submitted": "auto-replied"})
        rude = reply_to(ours, OWNER, "Thank you for your email. I am away and will reply when "
                        "I am back.")
        harness.append(polite if round_ % 2 == 0 else rude)
        harness.poll()
    assert len(harness.sink.to(OWNER)) == 1


def test_needs_info_follow_up_keeps_first_receipt_time(harness: Harness):
    """A needs_info reply in the thread completes the case, decided at the first receipt."""
    harness.setup()
    harness.append(mail(OWNER, "Hi, I'd like to cancel my subscription.", message_id="<n1@x>",
                        to="support@crmrunner.example"), datetime(2026, 2, 20, 15, 0, tzinfo=UTC))
    harness.append(mail("Unknown <unknown@nowhere.example>", "Cancel my account please.",
                        message_id="<n0@x>"))
    harness.poll()
    # the owner has only one account, found by address: no need to ask
    assert {r["message_id"]: r["outcome"] for r in harness.export()}["<n1@x>"] == "confirmed"
    [ask] = harness.sink.to("unknown@nowhere.example")
    assert "account number" in text_of(ask).lower()
    harness.append(reply_to(ask, "unknown@nowhere.example", "My account number is 7742051."),
                   datetime(2026, 3, 20, 15, 0, tzinfo=UTC))
    harness.poll()
    rows = harness.export()
    follow = rows[-1]
    assert follow["request_id"] == rows[1]["request_id"]
    assert follow["outcome"] == "pending_verification"  # the sender is not 7742051's owner


def test_needs_info_answered_by_the_owner_is_confirmed(harness: Harness):
    """Supplying the missing number in the thread confirms the request from the first date."""
    harness.setup()
    first = mail("kate.white@example.com", "Please close my account.", message_id="<k1@x>",
                 headers={"Cc": "x@y"})
    accounts = ("account_number,username,email,plan,status,started_on,price,currency\n"
                "4810237,jdoe,jdoe@example.com,monthly,active,2025-11-10,19.00,USD\n"
                "2290317,kwhite88,kate.white@example.com,monthly,active,2025-12-05,29.00,USD\n"
                "2290318,kwhite-biz,kate.white@example.com,monthly,active,2025-12-05,29.00,USD\n")
    harness.setup(accounts)
    harness.append(first, datetime(2026, 3, 4, 21, 20, tzinfo=UTC))
    harness.poll()
    [ask] = harness.sink.to("kate.white@example.com")
    harness.append(reply_to(ask, "kate.white@example.com", "It's 2290317, thanks."),
                   datetime(2026, 3, 30, 12, 0, tzinfo=UTC))
    harness.poll()
    rows = harness.export()
    assert rows[-1]["outcome"] == "confirmed" and rows[-1]["account_number"] == "2290317"
    assert rows[-1]["effective_on"] == "2026-04-05"  # from March 4, not March 30


def test_duplicate_is_answered_once(harness: Harness):
    """Repeating a request gets one 'already on file' answer, then silence."""
    harness.setup()
    for i in range(3):
        harness.append(mail(OWNER, f"Cancel account 4810237 ({i})", message_id=f"<d{i}@x>"))
        harness.poll()
    outcomes = [r["outcome"] for r in harness.export()]
    assert outcomes == ["confirmed", "duplicate", "duplicate"]
    kinds = [str(d.message["Subject"]) for d in harness.sink.to(OWNER)]
    assert len(kinds) == 2 and "already on file" in kinds[1]


def test_withdrawal_before_the_effective_date(harness: Harness):
    """'Please ignore my previous email' withdraws a stop-renewal not yet in effect."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    assert harness.export()[0]["effective_on"] > datetime.now(UTC).date().isoformat() or True
    harness.append(mail(OWNER, "Please ignore my previous email, I changed my mind. Do not "
                        "cancel.", subject="Re: Cancel"))
    harness.poll()
    case = cases(harness)[0]
    # the request was received 2026-03-02 and takes effect 2026-04-10: already past today
    # (2026-11), so it cannot be withdrawn automatically; support sees it
    assert case.status in ("withdrawn", "flagged")
    assert "withdrawal" in harness.export()[-1]["flags"]


def test_withdrawal_of_a_future_cancellation(harness: Harness):
    """A cancellation that takes effect in the future is withdrawn and the customer told."""
    harness.setup()
    now = datetime.now(UTC)
    harness.append(mail(OWNER, "Cancel account 4810237."), now)
    harness.poll()
    assert harness.export()[0]["effective_on"] > now.date().isoformat()
    harness.append(mail(OWNER, "Please disregard my cancellation request, I changed my mind.",
                        subject="Re: Cancel"), now)
    harness.poll()
    assert cases(harness)[0].status == "withdrawn"
    assert "withdrawn" in str(harness.sink.to(OWNER)[-1].message["Subject"]).lower()


def test_per_address_cap_then_silence(harness: Harness):
    """At most 5 replies to one address per 24 h; the rest are held back and logged."""
    harness.setup()
    for i in range(7):
        harness.append(mail("sam@nowhere.example", f"I want to cancel my account ({i}).",
                            subject=f"cancel {i}"))
    harness.poll()
    assert len(harness.sink.to("sam@nowhere.example")) == 5
    with harness.app.db.session(readonly=True) as session:
        assert session.query(OutboxRow).filter_by(status="suppressed").count() == 2


def test_circuit_breaker_pauses_and_resumes(harness: Harness):
    """Over the hourly limit sending pauses loudly; `outbox resume` lets the rest out."""
    harness.write_config(extra="[security]\nhourly_limit = 2")
    harness.setup()
    senders = ["jdoe@example.com", "billing@acme.example", "maria.garcia@example.es",
               "hans.mueller@example.de"]
    for i, sender in enumerate(senders):
        harness.append(mail(sender, "Cancel my account please.", message_id=f"<c{i}@x>"))
    code, _out, err = harness.cli("poll", "--once")
    assert len(harness.sink.deliveries) == 2
    assert code == 1 and "circuit breaker" in err
    code, _out, err = harness.cli("outbox", "resume")
    assert code == 0, err
    harness.poll()
    assert len(harness.sink.deliveries) == 4


def test_dry_run_decides_but_sends_and_moves_nothing(harness: Harness):
    """--dry-run records decisions; nothing is sent or moved, and nothing is sent later."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    code, _out, err = harness.cli("poll", "--once", "--dry-run")
    assert code == 0, err
    assert harness.export()[0]["outcome"] == "confirmed"
    assert harness.sink.deliveries == [] and harness.processed() == []
    harness.poll()
    assert harness.sink.deliveries == []


def test_unconfirmed_request_expires_with_a_notice(harness: Harness):
    """A stranger's request the owner never confirms expires after verification_days."""
    harness.setup()
    harness.append(mail("mallory@evil.example", "Cancel account 4810237."))
    harness.poll()
    later = App(load_config(str(harness.config_path)),
                clock=lambda: datetime.now(UTC) + timedelta(days=8))
    try:
        assert expire_verifications(later.chain_context()) == 1
        later.deliverer(later.runtime()).deliver()
    finally:
        later.close()
    assert cases(harness)[0].status == "expired"
    notices = harness.sink.to("mallory@evil.example")
    assert len(notices) == 2 and "expired" in str(notices[1].message["Subject"]).lower()
    assert "4810237" not in text_of(notices[1])


def test_noreply_sender_is_never_answered(harness: Harness):
    """Mail from noreply@ addresses is recorded and never answered."""
    harness.setup()
    harness.append(mail("noreply@shop.example", "Your subscription: cancel account 4810237."))
    harness.poll()
    assert harness.sink.deliveries == []
    assert "no_reply_address" in harness.export()[0]["flags"]


def test_dispute_on_a_closed_case_waits_for_a_person(harness: Harness):
    """A dispute of a decided case makes it 'disputed' (the desk's Disputed tab) and is
    acknowledged once; a question about a closed case is not answered and waits in the
    shared mailbox and the desk's failed tab."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237.", message_id="<x1@x>"))
    harness.poll()
    [confirmation] = harness.sink.to(OWNER)
    harness.append(reply_to(confirmation, OWNER, "I dispute this: I should get a refund."))
    harness.poll()
    last = harness.export()[-1]
    assert last["outcome"] == "flagged" and set(last["flags"]) == {"follow_up", "dispute"}
    [_, ack] = harness.sink.to(OWNER)
    assert "dispute" in str(ack.message["Subject"]).lower()
    _code, out, _ = harness.cli("review", "list", "--tab", "disputed")
    assert "disputed: 1" in out and last["request_id"] in out
    harness.append(reply_to(ack, OWNER, "And when will I hear from you?"))
    harness.poll()
    assert len(harness.sink.to(OWNER)) == 2, "more words on a dispute are not answered again"
    harness.append(mail("kate.white@example.com", "Cancel account 2290317.",
                        message_id="<x2@x>"))
    harness.poll()
    [kate] = harness.sink.to("kate.white@example.com")
    harness.append(reply_to(kate, "kate.white@example.com", "Will I get an invoice for March?"))
    harness.poll()
    assert len(harness.sink.to("kate.white@example.com")) == 1
    assert len(harness.inbox()) == 1, "the question stays in the shared mailbox"
    _code, out, _ = harness.cli("review", "list", "--tab", "failed")
    assert "failed: 1" in out


def test_a_follow_up_outside_the_thread_joins_the_senders_open_case(harness: Harness):
    """'Did you get my email?' sent as a new message (no thread, no identifiers) joins the
    sender's open case instead of opening a second one or being left silently."""
    harness.setup()
    harness.append(mail("stranger@elsewhere.example", "Please cancel my account.",
                        message_id="<f1@x>"))
    harness.poll()
    assert [c.status for c in cases(harness)] == ["needs_info"]
    harness.append(mail("stranger@elsewhere.example",
                        "Hi, did you get my email about cancelling? No answer yet.",
                        subject="any news?", message_id="<f2@x>"))
    harness.poll()
    assert len(cases(harness)) == 1, "no second case"
    last = harness.export()[-1]
    assert last["request_id"] == harness.export()[0]["request_id"]
