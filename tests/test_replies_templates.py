"""Reply templates: every kind renders with StrictUndefined; a site folder overrides one file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email import message_from_bytes
from email.policy import default
from zoneinfo import ZoneInfo

import pytest

from mailbot.domain import Account, AccountStatus, Action, Decision, Money, Outcome, Plan
from mailbot.replies import (
    KINDS,
    Company,
    DuplicateFacts,
    Envelope,
    FlaggedFacts,
    KindFacts,
    NoteFacts,
    RefundFacts,
    Renderer,
    ReplyFacts,
    VerificationFacts,
    build_mime,
)

ACCOUNT = Account("4810237", "jdoe", "jdoe@example.com", Plan.MONTHLY, AccountStatus.ACTIVE,
                  date(2025, 11, 10), Decimal("19.00"), "USD")
DECISION = Decision(Outcome.CONFIRMED, Action.STOP_RENEWAL, "crm-runner@1", "monthly-with-notice",
                    ("Refund Policy §2",), date(2026, 3, 2), effective_on=date(2026, 4, 10),
                    access_until=date(2026, 4, 9), billing_stops_on=date(2026, 4, 10),
                    renewals_charged=(date(2026, 3, 10),), refund=Money(Decimal("0.00"), "USD"))


def details_for(kind: str, *, case_received: datetime, note: str,
                flags: tuple[str, ...] = ()) -> KindFacts | None:
    """The facts a kind of reply says beyond the case (mailbot.replies.KindFacts)."""
    return {
        "flagged": FlaggedFacts(flags),
        "duplicate": DuplicateFacts(case_received),
        "verification_request": VerificationFacts(7),
        "verification_expired": VerificationFacts(7),
        "review_rejected": NoteFacts(note),
        "dispute_upheld": NoteFacts(note),
        "dispute_refunded": RefundFacts(refund=None, processing_days=5, note=note),
    }.get(kind)


def facts(kind: str, **over) -> ReplyFacts:
    base = dict(kind=kind, language="en", to_addr="jdoe@example.com",
                company=Company("CRM RUNNER", "305.510.0170", "support@crmrunner.example"),
                zone=ZoneInfo("America/New_York"),
                received_at=datetime(2026, 3, 2, 14, 14, tzinfo=UTC),
                case_reference="CR-7K2M9Q", customer_name="John", original_subject="cancel",
                account=ACCOUNT, decision=DECISION, missing=("account_number",),
                status="cancelled",
                details=details_for(kind, case_received=datetime(2026, 3, 1, 15, 0, tzinfo=UTC),
                                    note="We could not match this to an account."))
    base.update(over)
    return ReplyFacts(**base)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_with_receipt_reference_and_contact(kind: str):
    """Each reply states receipt time with zone, case reference and how to reach a person."""
    out = Renderer().render(facts(kind))
    assert "CR-7K2M9Q" in out.subject and "CR-7K2M9Q" in out.text
    assert "March 2, 2026" in out.text and "America/New_York" in out.text
    assert "305.510.0170" in out.text
    assert "<html" in out.html and "CR-7K2M9Q" in out.html


def test_site_folder_overrides_one_template(tmp_path):
    """A file in the site folder wins; the others still come from the bundled set."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "needs_info.txt").write_text(
        "{% block subject %}Custom subject {{ case.reference }}{% endblock %}Custom body\n")
    renderer = Renderer(tmp_path)
    assert renderer.render(facts("needs_info")).subject == "Custom subject CR-7K2M9Q"
    assert "is confirmed" in renderer.render(facts("confirmed_block")).text


def test_missing_variable_fails_loudly(tmp_path):
    """StrictUndefined: a template naming an unknown variable raises instead of printing ''."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "flagged.txt").write_text(
        "{% block subject %}x{% endblock %}{{ no_such_variable }}")
    with pytest.raises(Exception, match="no_such_variable"):
        Renderer(tmp_path).render(facts("flagged"))


def test_html_is_escaped_and_headers_cannot_be_injected():
    """A customer's name with markup or CRLF stays text: escaped in HTML, inert in headers."""
    out = Renderer().render(facts("needs_info", customer_name="<script>x</script>\r\nBcc: a@evil"))
    assert "<script>" not in out.html and "&lt;script&gt;" in out.html
    envelope = Envelope(from_name="Support\r\nBcc: evil@x", from_addr="s@x.example",
                        to_addr="jdoe@example.com\r\nBcc: evil@x", message_id="<m@x>",
                        in_reply_to="<a@x>\r\nBcc: evil@x", references=("<a@x>",))
    raw = build_mime(out, envelope, datetime(2026, 3, 2, tzinfo=UTC))
    msg = message_from_bytes(raw, policy=default)
    assert msg["Bcc"] is None
    assert msg["Auto-Submitted"] == "auto-replied"
    assert [k for k in msg if k.lower() == "bcc"] == []
