"""Extraction: account numbers, usernames, reasons and codes, refunds and language."""

from __future__ import annotations

import pytest

from mailbot.config import ParsingConfig
from mailbot.domain import ReasonCode
from mailbot.parsing import read_message
from tests.parsing_dev.messages import make_message

CONFIG = ParsingConfig()


def extract(body: str, subject: str = "Cancel my account", **kw):
    return read_message(make_message(body, subject=subject), config=CONFIG, **kw)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please cancel. Account number: 4810237", "4810237"),
        ("Please cancel. Acct # 4810237", "4810237"),
        ("Please cancel acct# 481-0237.", "4810237"),
        ("Please cancel, account no. 481 0237.", "4810237"),
        ("Please cancel my account (4810237).", "4810237"),
        ("My account is 4810237, please cancel.", "4810237"),
        ("Bitte kündigen. Kontonummer: 48102370", "48102370"),
        ("Bitte kündigen. Kundennummer 5960218", "5960218"),
        ("Quiero dar de baja mi cuenta. Número de cuenta: 5741206", "5741206"),
        ("Je souhaite résilier. Numéro de compte : 719 5063", "7195063"),
        ("Je souhaite résilier. N° client 5960218", "5960218"),
        ("Quero cancelar. Número da conta: 7046139", "7046139"),
        ("Quero cancelar. Conta n.º 704 6139", "7046139"),
    ],
)
def test_labelled_account_numbers(text, expected):
    """Account numbers after a label in five languages, normalised to digits."""
    assert extract(text).account_number == expected


def test_account_number_in_subject():
    """An account number in the subject is found when the body has none."""
    assert (
        extract("Please cancel, thanks.", subject="Cancel account #4810237").account_number
        == "4810237"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel. I was charged $4,810.23 on 2026-03-07 and 03/07/2026.",
        "Please cancel. Order number 4810237 was a mistake.",
        "Please cancel. Invoice 4810237 is unpaid. Ticket #5512345.",
        "Please cancel. Call me at 305.510.0170 or +1 (212) 555-0143.",
        "Please cancel. Our office: 100 Main St, New York, NY 10001.",
        "Bitte kündigen. Adresse: Hauptstr. 5, 10115 Berlin. Telefon 030 1234567.",
        "Please cancel. The card ending 4417 was charged 49.00 USD.",
    ],
)
def test_distractors_are_never_account_numbers(text):
    """Dates, money, order/invoice/ticket numbers, phones and postcodes are not account numbers."""
    assert extract(text).account_number is None


def test_known_account_wins_over_unknown_candidates():
    """With is_known_account, a known number is preferred to an unknown labelled one."""
    known = {"5203918"}.__contains__
    result = extract("Account 1111111, or maybe 5203918? Please cancel.", is_known_account=known)
    assert result.account_number == "5203918"
    assert set(result.account_number_candidates) >= {"1111111", "5203918"}


def test_unknown_labelled_number_is_still_reported():
    """A labelled number that is not known is still extracted, for needs_info to explain."""
    result = extract("Please cancel account 7312648.", is_known_account=lambda _: False)
    assert result.account_number == "7312648"


def test_account_pattern_from_config():
    """The account_number_pattern decides what an account number looks like."""
    config = ParsingConfig(account_number_pattern=r"AC\d{6}")
    raw = make_message("Please cancel account AC-123456.", subject="Cancel")
    assert read_message(raw, config=config)[1].account_number == "AC123456"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please cancel. Username: jdoe", "jdoe"),
        ("Please cancel, my username is kwhite88.", "kwhite88"),
        ("Please cancel. Login: lena_wagner", "lena_wagner"),
        ("Please cancel. User ID: acme-billing", "acme-billing"),
        ("Bitte kündigen. Benutzername: hans_mueller", "hans_mueller"),
        ("Cancelar cuenta, usuario dsanchez_mx.", "dsanchez_mx"),
        ("Je souhaite résilier. Mon identifiant est c.lefevre.", "c.lefevre"),
        ("Quero cancelar. Nome de usuário: tiago.mendes", "tiago.mendes"),
    ],
)
def test_usernames_after_labels(text, expected):
    """Usernames after a label in five languages."""
    assert extract(text).username == expected


def test_known_bare_username_is_found():
    """A bare token that is a known username is taken (``... cancel it please. kwhite88``)."""
    result = extract("just delete it please. kwhite88", is_known_username={"kwhite88"}.__contains__)
    assert result.username == "kwhite88"


def test_generic_user_word_is_not_a_username():
    """ "I am a long-time user of your service" has no username in it."""
    assert (
        extract("I am a long-time user of your service. Please cancel my account.").username is None
    )


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        (
            "Please cancel my account. Reason: too expensive for us",
            ReasonCode.TOO_EXPENSIVE,
            "too expensive for us",
        ),
        (
            "Please cancel my account because we switched to Salesforce.",
            ReasonCode.SWITCHED_SERVICE,
            "we switched to Salesforce",
        ),
        (
            "Please cancel my account. We are closing the business in April.",
            ReasonCode.BUSINESS_CLOSED,
            "closing the business",
        ),
        ("Please cancel my subscription, we never used it.", ReasonCode.UNUSED, "never used it"),
        (
            "Please cancel. The app keeps crashing on Android.",
            ReasonCode.LOW_QUALITY,
            "keeps crashing",
        ),
        (
            "Please cancel. It is missing a QuickBooks integration.",
            ReasonCode.MISSING_FEATURES,
            "missing a QuickBooks integration",
        ),
        (
            "Please cancel. Nobody answers my support tickets.",
            ReasonCode.CUSTOMER_SERVICE,
            "Nobody answers",
        ),
        (
            "Please cancel. It is far too complicated for my staff.",
            ReasonCode.TOO_COMPLEX,
            "too complicated",
        ),
        ("Quiero cancelar mi cuenta porque es muy caro.", ReasonCode.TOO_EXPENSIVE, "muy caro"),
        (
            "Ich möchte kündigen. Wir brauchen das Tool nicht mehr.",
            ReasonCode.UNUSED,
            "brauchen das Tool nicht mehr",
        ),
        (
            "Je souhaite résilier mon abonnement, c'est trop cher.",
            ReasonCode.TOO_EXPENSIVE,
            "trop cher",
        ),
        (
            "Quero cancelar. A empresa vai fechar em abril.",
            ReasonCode.BUSINESS_CLOSED,
            "A empresa vai fechar",
        ),
        (
            "Please close the account. My husband passed away last month.",
            ReasonCode.OTHER,
            "passed away",
        ),
    ],
)
def test_reason_and_code(text, code, words):
    """The reason is the customer's own words; the code comes from multilingual keywords."""
    result = extract(text)
    assert result.reason_code is code
    assert words.lower() in (result.reason or "").lower()


def test_no_reason_gives_nulls():
    """A request without a reason has neither reason nor code."""
    result = extract("Hi,\n\nPlease cancel my account 4810237.\n\nThanks,\nAnn")
    assert result.reason is None and result.reason_code is None


def test_reason_excludes_greeting_and_signoff():
    """Greeting, request and sign-off are not part of the reason."""
    result = extract(
        "Hello team,\n\nPlease cancel my account. It is too expensive.\n\nBest regards,\nAnn"
    )
    assert result.reason == "It is too expensive"


@pytest.mark.parametrize(
    ("text", "refund"),
    [
        ("Please cancel and refund the last charge.", True),
        ("Cancel please, I want my money back.", True),
        ("Quiero cancelar y que me devuelvan el dinero, pido reembolso.", True),
        ("Bitte kündigen und den Betrag erstatten.", True),
        ("Merci de résilier et de me rembourser.", True),
        ("Quero cancelar e pedir o reembolso.", True),
        ("Please cancel my account. No refund needed.", False),
        ("Please cancel my account.", False),
    ],
)
def test_asks_refund(text, refund):
    """A request for money back is noticed; "no refund needed" is not one."""
    assert extract(text).asks_refund is refund


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Please cancel my account, it is too expensive for us.", "en"),
        ("Hola, quiero cancelar mi suscripción porque ya no la uso.", "es"),
        ("Hallo, ich möchte meinen Vertrag kündigen, weil er zu teuer ist.", "de"),
        ("Bonjour, je souhaite résilier mon abonnement car il est trop cher.", "fr"),
        ("Olá, gostaria de cancelar minha assinatura porque não uso mais.", "pt"),
    ],
)
def test_language(text, language):
    """The language of the new text is one of en/es/de/fr/pt."""
    assert extract(text, subject="x").language == language


def test_identifiers_in_quoted_text_are_ignored():
    """Account numbers in the quoted older message are not taken."""
    body = "Please cancel.\n\nOn Mon, 9 Mar 2026, Support <s@crm.example> wrote:\n> Invoice 4810237"
    assert extract(body).account_number is None


def test_identifiers_after_signoff_are_kept():
    """An account number written under the sign-off is still the customer's."""
    assert extract("Please cancel.\n\nThanks,\nAnn\nAccount: 4810237").account_number == "4810237"


def test_failing_lookup_does_not_break_extraction():
    """A callback that raises counts as "not known"."""

    def broken(_: str) -> bool:
        raise RuntimeError("db down")

    result = extract(
        "Please cancel account 4810237.", is_known_account=broken, is_known_username=broken
    )
    assert result.account_number == "4810237"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please cancel. Customer ID: 12345678", "12345678"),
        ("Quiero cancelar. ID de cliente: 12345678", "12345678"),
        ("Bitte kündigen. Kunden-ID 12345678", "12345678"),
        ("Je souhaite résilier. Identifiant client : 12345678", "12345678"),
        ("my acct number is 4810237, pls cancel", "4810237"),
    ],
)
def test_customer_id_labels(text, expected):
    """Customer-ID labels count as account-number labels."""
    assert extract(text).account_number == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A sentence that also says when keeps its why.
        ("Please cancel my account at the end of this month, we hardly use it.", "hardly use it"),
        ("Please close the account. We are closing the studio at the end of the month.",
         "closing the studio"),
        # Lower-case writers put several sentences in one.
        ("close acct 4810237 pls. van sold", "van sold"),
        ("this is the most useless tool i ever paid for. cancel it. now", "most useless tool"),
        # A clause of its own right after the request.
        ("stop my subscription i lost my job and cant pay right now", "lost my job"),
        # A preposition keeps its noun.
        ("Please cancel our subscription. Due to the flood we stop our business.",
         "due to the flood"),
        # A refund demand can carry the why after its connector.
        ("Please cancel and refund me as I could not log in because of constant errors.",
         "constant errors"),
        # A ticket number inside a long sentence, a date that looks like a phone number,
        # a registered address: the sentence around them is still the customer's reason.
        ("Ich kündige. Seit drei Wochen warte ich auf Antwort zu Ticket 40213 von Ihnen.",
         "seit drei wochen warte ich"),
        ("Wir kündigen den Vertrag. Der Laden wird zum 30.09.2026 geschlossen.",
         "der laden wird zum 30.09.2026 geschlossen"),
        ("queria cancelar pq e mto complicado pra mim meu email e ana@example.org",
         "mto complicado"),
        # "merci de" is "please", not thanks; Portuguese "mais" is "more".
        ("Merci de retirer la licence de Paul, qui part à la retraite.", "part à la retraite"),
        ("Pode cancelar? Não tô mais usando o sistema.", "não tô mais usando"),
    ],
)
def test_reason_by_subtraction(text, words):
    """What is left after the request, identifiers, dates and addresses is the reason."""
    assert words.lower() in (extract(text).reason or "").lower()


def test_when_alone_is_no_reason():
    """A sentence that only says when ("end of the billing period is fine") gives no reason."""
    result = extract("Please cancel mine as well. Same deal, end of the billing period is fine.")
    assert result.reason is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Please cancel. The bakery was sold last month.", ReasonCode.BUSINESS_CLOSED),
        ("Please cancel. The company is being wound down.", ReasonCode.BUSINESS_CLOSED),
        ("Bitte kündigen. Wir haben die Firma verkauft.", ReasonCode.BUSINESS_CLOSED),
        ("Please cancel. We will use the system of our head office from May.",
         ReasonCode.SWITCHED_SERVICE),
        ("Cancelar, por favor. Hemos cambiado de programa de gestión.",
         ReasonCode.SWITCHED_SERVICE),
        ("Merci de résilier, j'ai trouvé plus simple ailleurs.", ReasonCode.SWITCHED_SERVICE),
        ("Please cancel. The new practice system has contacts built in.",
         ReasonCode.SWITCHED_SERVICE),
        ("Please cancel, i lost my job and cant pay for it.", ReasonCode.TOO_EXPENSIVE),
        ("Je résilie, votre augmentation de 30 % est inacceptable.", ReasonCode.TOO_EXPENSIVE),
        ("Bitte kündigen, bei unserer Größe lohnt sich das nicht.", ReasonCode.TOO_EXPENSIVE),
        ("cancel it. I DONT USE IT", ReasonCode.UNUSED),
        ("Please cancel, we barely touched it this year.", ReasonCode.UNUSED),
        ("Pode cancelar, não tô mais usando.", ReasonCode.UNUSED),
        ("Please cancel. This is the worst tool I ever paid for.", ReasonCode.LOW_QUALITY),
        ("Bitte kündigen. Ihre Hotline ist nie erreichbar.", ReasonCode.CUSTOMER_SERVICE),
        ("Please cancel. I reported a bug twice and nobody answered.",
         ReasonCode.CUSTOMER_SERVICE),
        ("Quero cancelar, não me adaptei ao sistema.", ReasonCode.TOO_COMPLEX),
        ("Please cancel. The reporting doesn't do what we need.", ReasonCode.MISSING_FEATURES),
    ],
)
def test_reason_codes_in_customers_words(text, code):
    """The code is read from the reason as customers put it, in the five languages."""
    assert extract(text).reason_code is code


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Thousands dots, as Spanish and German writers group digits.
        ("Solicitamos la baja del servicio para nuestra cuenta 4.512.339.", "4512339"),
        # An id with letters is another kind of id: a contract, not the account.
        ("Re: Contract no. CR-2024-0117. We will not renew the contract.", None),
    ],
)
def test_account_number_forms(text, number):
    """Account numbers as people group them; ids of another kind are left alone."""
    assert extract(text).account_number == number


def test_a_known_username_right_after_the_account_noun():
    """"cancela ai a conta rochaimoveis": an ordinary word after "the account" names a
    known username; a number there is not a username."""
    known = {"rochaimoveis"}.__contains__
    assert extract("cancela ai a conta rochaimoveis. vlw",
                   is_known_username=known).username == "rochaimoveis"
    assert extract("Please cancel the account 4810237.", is_known_username=known).username is None
