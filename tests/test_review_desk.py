"""The review desk from the terminal: approve, reject, correct, terminate, refunds, explain."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from mailbot import review
from mailbot.errors import Conflict, InputError
from mailbot.store.models import AccountRow, AuditRow, CaseRow, OutboxRow, RefundRow
from tests.harness import Harness, mail, text_of

pytestmark = pytest.mark.dovecot

ATNTCRM = 'preset = "atntcrm"\nnotice_days = 30'


def only_case(h: Harness) -> CaseRow:
    with h.app.db.session(readonly=True) as session:
        return session.query(CaseRow).one()


def test_refund_review_is_approved_with_an_amount(harness: Harness):
    """atntcrm: a refund request is held; approving it with an amount confirms and answers."""
    harness.write_config(policy=ATNTCRM)
    harness.setup()
    harness.append(mail("jdoe@example.com", "Please cancel account 4810237, username jdoe, "
                        "and refund my last payment.", message_id="<r1@x>"))
    harness.poll()
    [row] = harness.export()
    assert (row["outcome"], row["flags"]) == ("flagged", ["refund_review"])
    assert len(harness.sink.to("jdoe@example.com")) == 1  # the acknowledgement
    ref = row["request_id"]
    code, out, err = harness.cli("review", "list")
    assert code == 0 and ref in out and "refund_review" in out
    code, out, err = harness.cli("review", "approve", ref, "--refund", "19.00")
    assert code == 0, err
    replies = harness.sink.to("jdoe@example.com")
    assert len(replies) == 2
    assert "19.00" in text_of(replies[1]) or "$19.00" in text_of(replies[1])
    with harness.app.db.session(readonly=True) as session:
        refund = session.query(RefundRow).one()
        assert (refund.status, refund.amount) == ("approved", Decimal("19.00"))
        assert refund.approved_by.startswith("admin:") and refund.due_on is not None
        assert session.query(CaseRow).one().status == "confirmed"
    code, out, _ = harness.cli("refunds", "list")
    assert "approved" in out and ref in out


def test_large_refund_needs_an_admin_after_an_agent(harness: Harness):
    """Four eyes: at or above [review] four_eyes_refund an agent's approval waits for an admin."""
    harness.write_config(policy=ATNTCRM)
    harness.setup()
    harness.append(mail("billing@acme.example", "Cancel account 7742051 (username "
                        "acme-billing) and refund me please.", message_id="<r2@x>"))
    harness.poll()
    ref = only_case(harness).reference
    agent = review.Actor("alice", "agent")
    ctx = harness.app.chain_context()
    with pytest.raises(InputError, match=r"more than the customer paid: 490\.00 USD"):
        review.approve(ctx, ref, agent, refund=Decimal("490.01"))
    with pytest.raises(InputError, match=r"plan's currency, USD, not 'EUR'"):
        review.approve(ctx, ref, agent, refund=Decimal("150.00"), currency="EUR")
    first = review.approve(ctx, ref, agent, refund=Decimal("150.00"), currency="USD")
    assert "needs an admin" in first.message and only_case(harness).status == "flagged"
    with pytest.raises(Conflict):
        review.approve(ctx, ref, agent)
    with pytest.raises(Conflict):
        review.approve(ctx, ref, review.Actor("alice", "admin"))  # not the same person
    done = review.approve(ctx, ref, review.Actor("bob", "admin"))
    assert done.status == "confirmed"
    with harness.app.db.session(readonly=True) as session:
        refund = session.query(RefundRow).one()
        assert (refund.agent_approved_by, refund.approved_by) == ("agent:alice", "admin:bob")
        assert (refund.amount, refund.currency) == (Decimal("150.00"), "USD")
    with harness.app.db.session(readonly=True) as session:
        last = session.query(OutboxRow).order_by(OutboxRow.id.desc()).first()
        text = review.reply_from_raw(last.raw).text
    assert "You will be refunded $150.00." in text
    assert "before anything is confirmed" not in text
    assert "Support reviewed the refund request and approved a refund of 150.00 USD." in text


def test_identity_mismatch_corrected_then_approved(harness: Harness):
    """A case whose identifiers disagree is corrected, re-decided and approved; it is audited."""
    harness.setup()
    harness.append(mail("jdoe@example.com", "Cancel my account please.\nUsername: jdoe\n"
                        "Account number: 7742051", message_id="<m1@x>"))
    harness.poll()
    case = only_case(harness)
    assert case.status == "flagged" and "identity_mismatch" in case.flags
    code, out, err = harness.cli("review", "correct", case.reference, "--account-number",
                                 "4810237")
    assert code == 0, err and "proposed" in out
    code, out, err = harness.cli("replies", "preview", case.reference)
    assert code == 0 and "4810237" in out and "To: jdoe@example.com" in out
    code, out, err = harness.cli("review", "approve", case.reference)
    assert code == 0, err
    last = harness.sink.to("jdoe@example.com")[-1]
    assert "4810237" in text_of(last) and last.message["Auto-Submitted"] == "auto-replied"
    with harness.app.db.session(readonly=True) as session:
        actions = [a.action for a in session.query(AuditRow).order_by(AuditRow.id)]
        assert "corrected" in actions and "approved" in actions
        actors = {a.actor for a in session.query(AuditRow) if a.action == "approved"}
        assert all(x.startswith("admin:") for x in actors)


def test_reject_with_a_note_tells_the_customer(harness: Harness):
    """Rejecting closes the case with no account change and sends the note."""
    harness.setup()
    harness.append(mail("jdoe@example.com", "Cancel account 7742051\nusername jdoe",
                        message_id="<m2@x>"))
    harness.poll()
    ref = only_case(harness).reference
    code, _out, err = harness.cli("review", "reject", ref, "--note",
                                  "Please write from the account's registered address.")
    assert code == 0, err
    assert "registered address" in text_of(harness.sink.to("jdoe@example.com")[-1])
    with harness.app.db.session(readonly=True) as session:
        assert {a.status for a in session.query(AccountRow)} >= {"active"}
        assert session.query(CaseRow).one().status == "rejected"
    code, _out, err = harness.cli("review", "approve", ref)
    assert code == 1 and "rejected" in err


def test_company_termination_with_pro_rata_refund(harness: Harness):
    """atntcrm §3: terminate is held for approval with a pro-rata refund; approval closes it."""
    harness.write_config(policy=ATNTCRM)
    harness.setup()
    code, out, err = harness.cli("accounts", "terminate", "4810237", "--reason",
                                 "Repeated abuse of the API")
    assert code == 0, err and "held for approval" in out
    case = only_case(harness)
    assert case.status == "flagged" and "termination_review" in case.flags
    with harness.app.db.session(readonly=True) as session:
        refund = session.query(RefundRow).one()
        assert refund.status == "requested" and refund.amount is not None
        assert Decimal("0") <= refund.amount <= Decimal("19.00")
        assert session.query(AccountRow).filter_by(account_number="4810237").one().status \
            == "active"
    code, _out, err = harness.cli("review", "approve", case.reference)
    assert code == 0, err
    with harness.app.db.session(readonly=True) as session:
        assert session.query(AccountRow).filter_by(account_number="4810237").one().status \
            == "terminated"
        assert session.query(RefundRow).one().status == "approved"
    [notice] = harness.sink.to("jdoe@example.com")
    assert "closed" in str(notice.message["Subject"]).lower()


def test_support_confirms_a_pending_verification(harness: Harness):
    """Support may approve a pending verification (owner reached by phone): owner is answered."""
    harness.setup()
    harness.append(mail("someone@elsewhere.example", "Cancel account 4810237 please.",
                        message_id="<p1@x>"))
    harness.poll()
    case = only_case(harness)
    assert case.status == "pending_verification"
    code, _out, err = harness.cli("review", "list", "--tab", "pending_verification")
    assert case.reference in _out
    code, _out, err = harness.cli("review", "approve", case.reference)
    assert code == 1 and "owner has not confirmed" in err  # SPEC §9: an explicit choice
    code, _out, err = harness.cli("review", "approve", case.reference, "--owner-not-verified",
                                  "--reason", "owner reached by phone")
    assert code == 0, err
    confirmations = [d for d in harness.sink.to("jdoe@example.com")
                     if "confirm" not in str(d.message["Subject"]).lower()]
    assert confirmations, "the owner got the decision"
    to_sender = harness.sink.to("someone@elsewhere.example")
    assert "4810237" not in "".join(text_of(d) for d in to_sender)


def test_reprocess_failed_message(harness: Harness, monkeypatch):
    """A message whose processing raised is kept as failed and goes through on reprocess."""
    harness.setup()
    harness.append(mail("jdoe@example.com", "Cancel account 4810237", message_id="<f1@x>"))
    harness.append(mail("billing@acme.example", "Cancel account 7742051", message_id="<f2@x>"))
    import mailbot.flow.batch as pipeline

    real = pipeline.read

    def broken(app, rt, known, raw):
        if b"<f1@x>" in raw:
            raise RuntimeError("parser exploded")
        return real(app, rt, known, raw)

    monkeypatch.setattr(pipeline, "read", broken)
    harness.poll()
    rows = {r["message_id"]: r for r in harness.export()}
    assert rows["<f1@x>"]["flags"] == ["failed"] and rows["<f2@x>"]["outcome"] == "confirmed"
    code, out, _ = harness.cli("review", "list", "--tab", "failed")
    assert "parser exploded" in out
    monkeypatch.setattr(pipeline, "read", real)
    code, out, err = harness.cli("reprocess", "--failed")
    assert code == 0, err and "1 message(s)" in out
    rows = {r["message_id"]: r for r in harness.export()}
    assert rows["<f1@x>"]["outcome"] == "confirmed"


def test_policy_explain_and_check(harness: Harness, tmp_path):
    """`policy explain` prints the working and records nothing; `policy check` validates."""
    harness.setup()
    code, out, err = harness.cli("policy", "explain", "--account", "4810237", "--received-at",
                                 "2026-03-02T09:14:00-05:00")
    assert code == 0, err
    assert "2026-04-10" in out and "monthly-with-notice" in out and "2026-03-10" in out
    assert harness.export() == []
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "acme"\nversion = 1\n[[rules]]\nname = "x"\nwhen = {plan = "monthly"}'
                   '\noutcome = "confirmed"\n')
    code, _out, err = harness.cli("policy", "check", str(bad))
    assert code == 1 and ("acme" in err or "bad.toml" in err)
    good = tmp_path / "good.toml"
    from mailbot.policy.loader import preset_bytes

    good.write_bytes(preset_bytes("crm-runner").replace(b"notice_days = 30", b"notice_days = 45"))
    code, out, err = harness.cli("policy", "check", str(good))
    assert code == 0, err and "notice 45 days" in out


def test_changed_policy_file_never_rewrites_past_decisions(harness: Harness, tmp_path):
    """Editing the policy changes new decisions only; old ones keep their text and dates."""
    from mailbot.policy.loader import preset_bytes

    policy_file = tmp_path / "acme.toml"
    policy_file.write_bytes(preset_bytes("crm-runner"))
    harness.write_config(policy=f'file = "{policy_file}"')
    harness.setup()
    harness.append(mail("jdoe@example.com", "Cancel account 4810237", message_id="<v1@x>"),
                   datetime(2026, 3, 2, 14, 14, tzinfo=UTC))
    harness.poll()
    first = harness.export()[0]
    assert first["effective_on"] == "2026-04-10"
    policy_file.write_bytes(preset_bytes("crm-runner").replace(b"notice_days = 30",
                                                               b"notice_days = 45")
                            .replace(b"version = 1", b"version = 2"))
    harness.write_config(policy=f'file = "{policy_file}"')
    harness.append(mail("billing@acme.example", "Cancel account 7742051", message_id="<v2@x>"))
    harness.append(mail("kate.white@example.com", "Cancel account 2290317", message_id="<v3@x>"),
                   datetime(2026, 3, 2, 14, 14, tzinfo=UTC))
    harness.poll()
    rows = {r["message_id"]: r for r in harness.export()}
    assert rows["<v1@x>"] == first
    assert rows["<v3@x>"]["policy"] == "crm-runner@2"
    assert rows["<v3@x>"]["effective_on"] == "2026-05-05"  # 45 days' notice: Apr 5 is too close
    from mailbot.store.models import PolicyVersionRow

    with harness.app.db.session(readonly=True) as session:
        versions = {p.policy for p in session.query(PolicyVersionRow)}
    assert versions == {"crm-runner@1", "crm-runner@2"}


def test_a_request_the_policy_does_not_cover_cannot_be_approved(harness: Harness, tmp_path):
    """A company policy without a rule for yearly plans flags their requests; approving one is
    refused with advice, and nothing is sent or changed."""
    from mailbot.policy.loader import preset_bytes

    text = preset_bytes("crm-runner").decode()
    start = text.index('[[rules]]\nname = "yearly-suspend"')
    end = text.index("[[rules]]", start + 10)
    policy = tmp_path / "no-yearly.toml"
    policy.write_text(text[:start] + text[end:])
    harness.write_config(policy=f'file = "{policy}"')
    harness.setup()
    harness.append(mail("billing@acme.example", "Cancel account 7742051.", message_id="<y@x>"))
    harness.poll()
    ref = only_case(harness).reference
    assert "not_covered" in only_case(harness).flags
    delivered = len(harness.sink.deliveries)  # the acknowledgement
    code, _out, err = harness.cli("review", "approve", ref)
    assert code == 1 and "does not cover" in err and "review reject" in err
    assert len(harness.sink.deliveries) == delivered
    with harness.app.db.session(readonly=True) as session:
        assert session.query(AccountRow).filter_by(account_number="7742051").one().status \
            == "active"
