"""Reply templates in every language: complete, localised, no English leaking into translations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from babel.numbers import format_currency

from mailbot.domain import Account, AccountStatus, Action, Decision, Money, Outcome, Plan
from mailbot.parsing.answers import Answer, read_answer
from mailbot.replies import KINDS, LANGUAGES, Company, Renderer, ReplyFacts, bundled_template_dir
from tests.test_replies_templates import details_for

# Every reply kind (mailbot.replies.KINDS) is translated in every language folder.
FILES = ("base.txt", "_decision.txt", *(f"{kind}.txt" for kind in KINDS))
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
REFERENCE = "CR-7K2M9Q"
CONTACT = "305.510.0170"
MARCH = {"en": "March", "es": "marzo", "de": "März", "fr": "mars", "pt": "março"}
DISPUTE = {"en": '"dispute"', "es": "«reclamación»", "de": "„Widerspruch“",
           "fr": "«\u00a0contestation\u00a0»", "pt": "“contestação”"}
CONFIRM = {"en": "confirm", "es": "confirmo", "de": "bestätigen", "fr": "je confirme",
           "pt": "confirmo"}
# Phrases of the English templates and of the policy's English explanation lines.
ENGLISH = ("Need a person?", "We received your", "Your case reference", "If you disagree",
           "Hello", "Thank you", "is confirmed", "refund", "The request arrived on",
           "This follows our policy")

ACCOUNT = Account("4810237", "jdoe", "jdoe@example.com", Plan.MONTHLY, AccountStatus.ACTIVE,
                  date(2025, 11, 10), Decimal("19.00"), "USD")
EXPLANATION = ("The request arrived on 2026-03-02, after the first month.",
               "Policy: Refund Policy §2.")
# A stop at the renewal with notice: two renewals still charged and a non-zero refund.
WITH_REFUND = Decision(
    Outcome.CONFIRMED, Action.STOP_RENEWAL, "crm-runner@1", "monthly-with-notice",
    ("Refund Policy §2", "Refund Policy, renewal notice paragraph"), date(2026, 3, 2),
    effective_on=date(2026, 4, 10), access_until=date(2026, 4, 9),
    billing_stops_on=date(2026, 4, 10), renewals_charged=(date(2026, 3, 10), date(2026, 3, 24)),
    refund=Money(Decimal("12.50"), "USD"), explanation=EXPLANATION)
# No renewal still charged and no refund at all (refund None).
NO_REFUND = Decision(
    Outcome.CONFIRMED, Action.STOP_RENEWAL, "crm-runner@1", "monthly-with-notice",
    ("Refund Policy §2",), date(2026, 3, 2), effective_on=date(2026, 4, 10),
    access_until=date(2026, 4, 9), billing_stops_on=date(2026, 4, 10), refund=None,
    explanation=EXPLANATION)
# The trial: blocked at once, a refund of zero (nothing was charged).
ZERO_REFUND = Decision(
    Outcome.CONFIRMED, Action.BLOCK, "crm-runner@1", "trial", ("Refund Policy §1",),
    date(2026, 3, 2), effective_on=date(2026, 3, 2), access_until=date(2026, 3, 2),
    billing_stops_on=date(2026, 3, 2), refund=Money(Decimal("0.00"), "USD"),
    explanation=EXPLANATION)
DECISIONS = {"with_refund": WITH_REFUND, "no_refund": NO_REFUND, "zero_refund": ZERO_REFUND}
STATUS = {"rejected": "cancelled", "duplicate": "pending_verification"}


def facts(kind: str, language: str, decision: Decision = WITH_REFUND, **over) -> ReplyFacts:
    base = dict(kind=kind, language=language, to_addr="jdoe@example.com",
                company=Company("CRM RUNNER", CONTACT, "support@crmrunner.example"),
                zone=ZoneInfo("America/New_York"),
                received_at=datetime(2026, 3, 2, 14, 14, tzinfo=UTC),
                case_reference=REFERENCE, customer_name="John", original_subject="cancel",
                account=ACCOUNT, decision=decision,
                missing=("account_number", "account_number_or_username", "account_not_found"),
                status=STATUS.get(kind, "cancelled"),
                details=details_for(kind, case_received=datetime(2026, 3, 2, 14, 14, tzinfo=UTC),
                                    note="Nota / Notiz / note", flags=("refund_review",)))
    base.update(over)
    return ReplyFacts(**base)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_template_file(language: str):
    """Each language folder holds its own copy of every file, so nothing falls back to English."""
    folder = bundled_template_dir() / language
    assert [name for name in FILES if not (folder / name).is_file()] == []


@pytest.mark.parametrize("decision", DECISIONS, ids=str)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_states_reference_contact_receipt_and_dispute(
        language: str, kind: str, decision: str):
    """Every reply names the case, the contact, the localised receipt date and the keyword."""
    out = Renderer().render(facts(kind, language, DECISIONS[decision]))
    assert REFERENCE in out.subject and REFERENCE in out.text and REFERENCE in out.html
    assert CONTACT in out.text
    assert MARCH[language] in format_date(date(2026, 3, 2), "long", locale=language)
    assert format_date(date(2026, 3, 2), "long", locale=language) in out.text
    assert "America/New_York" in out.text
    assert DISPUTE[language] in out.text
    assert "{{" not in out.text and "{%" not in out.text


@pytest.mark.parametrize("decision", DECISIONS, ids=str)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_leaks_into_translations(language: str, kind: str, decision: str):
    """No English boilerplate or English policy explanation appears in a translation."""
    out = Renderer().render(facts(kind, language, DECISIONS[decision]))
    for phrase in ENGLISH:
        assert phrase not in out.text and phrase not in out.subject, phrase
    for line in EXPLANATION:
        assert line not in out.text
    for raw in ("account_number", "account_not_found", "pending_verification", "refund_review"):
        assert raw not in out.text, raw


@pytest.mark.parametrize("language", LANGUAGES)
def test_stop_renewal_states_localised_dates_money_and_clauses(language: str):
    """The renewal stop states its dates, charged renewals, refund and clauses, localised."""
    out = Renderer().render(facts("confirmed_stop_renewal", language, WITH_REFUND))
    effective = format_date(date(2026, 4, 10), "long", locale=language)
    assert effective in out.subject and effective in out.text
    for day in (date(2026, 4, 9), date(2026, 3, 10), date(2026, 3, 24)):
        assert format_date(day, "long", locale=language) in out.text
    assert format_currency(Decimal("12.50"), "USD", locale=language) in out.text
    assert "Refund Policy §2" in out.text
    if language != "en":  # en prints the explanation lines instead of the clause names
        assert "Refund Policy, renewal notice paragraph" in out.text


@pytest.mark.parametrize("kind", ("confirmed_cancel_immediately", "confirmed_stop_renewal",
                                  "confirmed_suspend", "confirmed_block"))
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_or_zero_refund_prints_no_amount(language: str, kind: str):
    """A refund of None or of zero is stated as no refund, never as an amount of 0."""
    for decision in (NO_REFUND, ZERO_REFUND):
        out = Renderer().render(facts(kind, language, decision))
        zero = format_currency(Decimal("0"), "USD", locale=language)
        assert zero not in out.text and "0.00" not in out.text and "0,00" not in out.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_verification_request_names_a_keyword_mailbot_accepts(language: str):
    """The owner is told to reply with a word that the answer reader takes for a yes."""
    out = Renderer().render(facts("verification_request", language, customer_name="Mallory"))
    assert CONFIRM[language] in out.text and read_answer(CONFIRM[language]) == Answer.YES
    assert "Mallory" not in out.text  # the requester's name is not the owner's


@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_variable_fails_loudly_in_every_language(language: str, tmp_path):
    """StrictUndefined: a translated template naming an unknown variable raises, not prints ''."""
    (tmp_path / language).mkdir()
    (tmp_path / language / "flagged.txt").write_text(
        '{% extends "base.txt" %}{% block subject %}x{% endblock %}'
        "{% block body %}{{ no_such_variable }}{% endblock %}")
    with pytest.raises(Exception, match="no_such_variable"):
        Renderer(tmp_path).render(facts("flagged", language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_fact_fails_loudly_in_every_language(language: str):
    """A decision reply without its account raises instead of printing an empty account number."""
    with pytest.raises(Exception, match="account_number"):
        Renderer().render(facts("confirmed_stop_renewal", language, account=None))
