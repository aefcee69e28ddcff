"""Which account a request names (conversation.identify): number, username, sender, body."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mailbot.conversation import Candidate, identify
from mailbot.domain import Account, AccountStatus, Plan


def _candidate(n: int, email: str) -> Candidate:
    account = Account(account_number=str(1000000 + n), username=f"user{n}", email=email,
                      plan=Plan.MONTHLY, status=AccountStatus.ACTIVE, started_on=date(2026, 1, 1),
                      price=Decimal("19.00"), currency="USD")
    return Candidate(n, account)


def test_the_sender_s_own_account_when_nothing_else_is_named():
    """With no number, username or written address, the sender's one account is meant."""
    own = _candidate(1, "ruth@reseller.example")
    found = identify(number=None, username=None, by_number=None, by_username=None,
                     by_sender=[own], rule="any")
    assert found.candidate == own and found.via == "sender_email"


def test_a_written_address_wins_over_the_sender_s_own_account():
    """A reseller forwarding a client's request has an account of their own: the client's
    registered address written in the text names the account (its owner confirms)."""
    own, client = _candidate(1, "ruth@reseller.example"), _candidate(2, "desmond@shop.example")
    found = identify(number=None, username=None, by_number=None, by_username=None,
                     by_sender=[own], rule="any", by_body=[client])
    assert found.candidate == client and found.via == "body_email"


def test_the_sender_s_own_address_written_again_changes_nothing():
    """Writing one's own registered address in the text still names one's own account."""
    own = _candidate(1, "ann@example.org")
    found = identify(number=None, username=None, by_number=None, by_username=None,
                     by_sender=[own], rule="any", by_body=[own])
    assert found.candidate == own and found.via == "sender_email"
