"""Intent: requests in five languages, what only looks like one, and machine mail."""

from __future__ import annotations

import pytest

from mailbot.config import ParsingConfig
from mailbot.domain import Intent
from mailbot.parsing import read_message
from tests.parsing_dev.messages import make_message, multipart

CONFIG = ParsingConfig(product_names=("CRM Runner",))  # as config.example.toml ships
MIN = CONFIG.min_confidence


def classify(body: str, subject: str = "Hello", headers: dict[str, str] | None = None, **kw):
    return read_message(make_message(body, subject=subject, headers=headers, **kw), config=CONFIG)[
        1
    ]


REQUESTS = [
    ("Please cancel my account.", "Hello"),
    ("I would like to cancel my subscription, effective immediately.", "Hello"),
    ("We have decided to close our account with you.", "Account"),
    ("Kindly terminate our contract at the end of the current term.", "Contract"),
    ("Please delete my account and all my data.", "Hello"),
    ("I want to end my subscription.", "Hello"),
    ("Can you please cancel my account? We switched to HubSpot.", "Hello"),
    ("Please go ahead and cancel, we won't be renewing.", "Renewal"),
    ("Please turn off auto-renew for our account and let it lapse.", "Renewal"),
    ("hi pls cancle my acount asap", "cancle"),
    ("", "Cancel my account 4810237"),
    ("Quiero cancelar mi suscripción.", "Hola"),
    ("Por favor, den de baja mi cuenta.", "Baja"),
    ("Solicito la cancelación de mi cuenta.", "Solicitud"),
    ("Hiermit kündige ich meinen Vertrag fristgerecht.", "Kündigung"),
    ("Ich möchte mein Abo kündigen.", "Abo"),
    ("Bitte löschen Sie mein Konto.", "Konto"),
    ("Je souhaite résilier mon abonnement.", "Résiliation"),
    ("Merci d'annuler mon abonnement.", "Abonnement"),
    ("Veuillez fermer mon compte.", "Compte"),
    ("Gostaria de cancelar minha assinatura.", "Cancelamento"),
    ("Por favor, encerrem a minha conta.", "Conta"),
    ("Venho solicitar o cancelamento da subscrição.", "Pedido"),
    ("Time to say goodbye, please shut down our workspace.", "Bye"),
    ("Please do not renew our subscription.", "Renewal"),
    ("We will not be continuing with CRM Runner after this month.", "Notice"),
    ("Stornieren Sie bitte mein Abo.", "Abo"),
    ("Je voudrais me désinscrire de votre service.", "Service"),
    ("Consider this our 30-day notice of cancellation.", "Notice"),
    ("Please process my cancellation.", "Hello"),
    ("On a décidé d'arrêter, merci de clôturer notre compte.", "Compte"),
    ("Les escribo para solicitar la baja del servicio.", "Baja"),
    ("Quisiera darme de baja del servicio.", "Servicio"),
    ("Ich kündige hiermit mein Abonnement zum nächstmöglichen Termin.", "Kündigung"),
    ("Ich möchte meinen Account löschen lassen.", "Account"),
    ("Je vous prie de bien vouloir résilier mon contrat.", "Contrat"),
    ("Pouvez-vous annuler mon abonnement ?", "Abonnement"),
    ("Je souhaiterais mettre fin à mon abonnement.", "Abonnement"),
    ("Solicito o cancelamento imediato do plano.", "Plano"),
    ("This email is to confirm that we want to cancel.", "Hello"),
    ("Just cancel it.", "Re: Your subscription"),
    ("Effective immediately, we are cancelling our subscription.", "Hello"),
]


@pytest.mark.parametrize(("body", "subject"), REQUESTS)
def test_cancellation_requests_are_recognised_confidently(body, subject):
    """Plain requests to cancel, close, terminate or delete the account are confirmed."""
    result = classify(body, subject)
    assert result.intent is Intent.CANCELLATION
    assert result.confidence >= MIN


NOT_REQUESTS = [
    # negation
    ("I do not want to cancel my account, just update my card.", "Billing"),
    ("Please don't cancel my subscription.", "Hello"),
    ("No quiero cancelar mi cuenta, solo cambiar la tarjeta.", "Tarjeta"),
    ("Bitte nicht kündigen, ich habe nur eine Frage.", "Frage"),
    ("Je ne veux pas résilier mon abonnement.", "Question"),
    ("Não quero cancelar minha assinatura.", "Dúvida"),
    # other objects
    ("Please cancel the meeting tomorrow.", "Meeting"),
    ("Please cancel order 55123, it was a mistake.", "Order"),
    ("Please cancel the duplicate invoice INV-2026-00419.", "Invoice"),
    ("Can you cancel the import job on your side?", "Import stuck"),
    ("Por favor cancelen la reunión del jueves.", "Reunión"),
    ("Bitte den Termin am Freitag absagen und die Bestellung stornieren.", "Termin"),
    ("Merci d'annuler la commande 4412.", "Commande"),
    ("Por favor cancelem o pedido 7781.", "Pedido"),
    ("Please unsubscribe me from your newsletter.", "Unsubscribe"),
    ("Please cancel, I will be travelling.", "Re: Invitation: Quarterly review @ Thu"),
    # plan changes
    ("We'd like to downgrade to the basic plan instead of cancelling.", "Plan"),
    ("Can we pause our subscription for two months?", "Pause"),
    ("Quiero cambiar de plan al básico.", "Plan"),
    # questions and hypotheticals
    ("What happens to my data if I cancel?", "Question"),
    ("If this bug is not fixed I will cancel my account.", "Bug"),
    ("What is your cancellation policy?", "Policy"),
    ("¿Se puede cancelar en cualquier momento?", "Pregunta"),
    ("I might cancel next year, we'll see.", "Thoughts"),
    # withdrawal
    ("Please ignore my previous email, I changed my mind.", "Re: Cancel"),
    ("Please disregard my cancellation request.", "Re: Cancellation"),
    (
        "Bitte ignorieren Sie meine vorherige E-Mail, ich habe es mir anders überlegt.",
        "AW: Kündigung",
    ),
    (
        "Merci de ne pas tenir compte de mon précédent mail, je garde mon abonnement.",
        "Re: résiliation",
    ),
    ("Por favor desconsidere meu pedido de cancelamento.", "Re: Assinatura"),
    # not ours, not us
    ("Please cancel our Pipedrive subscription.", "Cancel Pipedrive"),
    ("No contracts: cancel your subscription anytime!", "Switch today"),
    # thanks under a cancellation subject
    ("Vielen Dank für die Bestätigung.", "AW: Bestätigung Ihrer Kündigung"),
    # past events, complaints, partial changes
    ("I never asked to cancel my account!", "What?"),
    ("Why did you cancel my account?", "Account"),
    ("Please cancel one of our two seats.", "Seats"),
    ("Please cancel my credit card on file and use the new one.", "Card"),
    ("Please close ticket #123, the issue is resolved.", "Ticket"),
    ("Please delete the contact Jane Smith from my account.", "Contact"),
    ("Bitte kündigen Sie nicht meinen Vertrag, ich habe nur nach dem Preis gefragt.", "Preis"),
    ("Is there a cancellation fee?", "Fee"),
    ("¿Cuánto cuesta cancelar antes de tiempo?", "Pregunta"),
    ("Cancelé por error, ¿pueden reactivar mi cuenta?", "Error"),
    ("Wie ist die Kündigungsfrist?", "Frage"),
    ("Est-il possible de résilier en cours d'année ?", "Question"),
    # unrelated
    ("How do I export my contacts to CSV?", "Export"),
    ("The calendar sync is broken again.", "Bug"),
]


@pytest.mark.parametrize(("body", "subject"), NOT_REQUESTS)
def test_non_requests_are_never_confident_cancellations(body, subject):
    """The cardinal rule: a message that is not a request never reaches min_confidence."""
    result = classify(body, subject)
    assert not (result.intent is Intent.CANCELLATION and result.confidence >= MIN)


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Please ignore my previous email, I changed my mind.", "Re: Cancel"),
        ("Please disregard my cancellation request, we will stay.", "Re: Cancellation"),
        ("He cambiado de opinión, ignoren mi correo anterior.", "Re: Baja"),
        ("Ich habe es mir anders überlegt.", "AW: Kündigung"),
        ("J'ai changé d'avis.", "Re: Résiliation"),
        ("Mudei de ideia, desconsiderem o email anterior.", "Re: Cancelamento"),
        ("Please hold off on this, we'd like to keep account 6719042 active.", "RE: Cancellation"),
    ],
)
def test_withdrawals_are_other_with_withdrawal_flag(body, subject):
    """ "Ignore my previous email" and "I changed my mind" withdraw a request: other, flagged."""
    result = classify(body, subject)
    assert result.intent is Intent.OTHER
    assert result.withdrawal


@pytest.mark.parametrize(
    "body",
    [
        "Otherwise please cancel my account.",
        "Please cancel my account unless you can offer a discount.",
        "Please cancel my account. Actually, wait, can I pause it instead?",
    ],
)
def test_how_to_and_conditional_requests_are_unsure(body):
    """A conditional request means to cancel, but only with low confidence."""
    result = classify(body, "Question")
    assert result.intent is Intent.CANCELLATION
    assert result.confidence < MIN


@pytest.mark.parametrize(
    "body",
    [
        "How do I cancel my subscription?",
        "Como faço para cancelar a assinatura?",
        "¿Cómo cancelo mi cuenta?",
        "Wie kann ich kündigen?",
        "Is it possible to cancel my account today?",
    ],
)
def test_how_to_questions_are_not_requests(body):
    """A how-to question alone is not a cancellation request (SPEC §6): left for people."""
    assert classify(body, "Question").intent is Intent.OTHER


def test_quoted_request_does_not_count():
    """Intent is judged on the new text: a request in the quoted message is ignored."""
    body = (
        "Thanks, got it.\n\nOn Mon, 9 Mar 2026, Ann <ann@example.com> wrote:\n"
        "> Please cancel my account."
    )
    assert classify(body, "Your invoice").intent is Intent.OTHER


def test_forwarded_request_counts():
    """A forwarded message that asks to cancel is a cancellation request."""
    body = (
        "See below.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.com>\n"
        "Subject: CRM\n\nPlease cancel our account 6719042."
    )
    result = classify(body, "Fwd: CRM")
    assert result.intent is Intent.CANCELLATION


def test_unsure_confidence_follows_min_confidence():
    """An unsure cancellation stays below a lowered threshold too."""
    config = ParsingConfig(min_confidence=0.5)
    raw = make_message("Otherwise please cancel my account.")
    result = read_message(raw, config=config)[1]
    assert result.intent is Intent.CANCELLATION and result.confidence < 0.5


@pytest.mark.parametrize(
    ("headers", "subject", "body", "intent"),
    [
        ({"Auto-Submitted": "auto-replied"}, "Away", "I am out of the office.", Intent.AUTO_REPLY),
        ({"X-Autoreply": "yes"}, "Auto: Re: cancel", "Away until May 5.", Intent.AUTO_REPLY),
        ({"X-Autorespond": "yes"}, "Re: cancel", "Away.", Intent.AUTO_REPLY),
        ({"Return-Path": "<>"}, "Automatic reply: Cancel", "I'm away.", Intent.AUTO_REPLY),
        ({}, "Out of Office: Cancel my account", "I am out of the office.", Intent.AUTO_REPLY),
        ({}, "Abwesenheitsnotiz: Kündigung", "Ich bin nicht im Büro.", Intent.AUTO_REPLY),
        ({}, "Réponse automatique : résiliation", "Je suis absent.", Intent.AUTO_REPLY),
        ({}, "Respuesta automática: baja", "Estoy fuera de la oficina.", Intent.AUTO_REPLY),
        ({}, "Resposta automática: cancelamento", "Estou fora do escritório.", Intent.AUTO_REPLY),
        (
            {},
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host mx.",
            Intent.BOUNCE,
        ),
        (
            {},
            "Delivery Status Notification (Failure)",
            "Delivery to the following recipient failed permanently.",
            Intent.BOUNCE,
        ),
        (
            {},
            "Mail delivery failed: returning message to sender",
            "550 5.1.1 User unknown",
            Intent.BOUNCE,
        ),
        (
            {"Auto-Submitted": "auto-generated"},
            "A customer canceled their subscription",
            "Customer canceled.",
            Intent.OTHER,
        ),
        (
            {"Precedence": "bulk", "List-Unsubscribe": "<https://x.example/u>"},
            "Switch today",
            "Cancel your old CRM subscription and switch!",
            Intent.OTHER,
        ),
    ],
)
def test_machine_mail_by_headers_and_subject(headers, subject, body, intent):
    """Auto-replies, bounces, notifications and bulk mail are recognised before any human rule."""
    result = classify(body, subject, headers)
    assert result.intent is intent
    assert not (result.intent is Intent.CANCELLATION and result.confidence >= MIN)


def test_mailer_daemon_sender_is_a_bounce():
    """A message from MAILER-DAEMON is a bounce whatever its text."""
    result = classify(
        "Please cancel my account", "Returned mail", sender="MAILER-DAEMON@mx.example"
    )
    assert result.intent is Intent.BOUNCE


def test_dsn_structure_is_a_bounce():
    """multipart/report; report-type=delivery-status is a bounce."""
    raw = multipart(
        [
            ("Content-Type: text/plain", "Your message could not be delivered."),
            ("Content-Type: message/delivery-status", "Action: failed\r\nStatus: 5.1.1"),
        ],
        subtype="report",
        extra="; report-type=delivery-status",
        subject="Please cancel",
    )
    assert read_message(raw, config=CONFIG)[1].intent is Intent.BOUNCE


def test_read_receipt_is_an_auto_reply():
    """A disposition notification (read receipt) is an auto-reply."""
    raw = multipart(
        [
            ("Content-Type: text/plain", "Your message was read."),
            (
                "Content-Type: message/disposition-notification",
                "Disposition: manual-action/MDN-sent",
            ),
        ],
        subtype="report",
        extra="; report-type=disposition-notification",
        subject="Read: Cancel",
    )
    assert read_message(raw, config=CONFIG)[1].intent is Intent.AUTO_REPLY


def test_auto_response_suppress_alone_is_not_an_auto_reply():
    """X-Auto-Response-Suppress appears on ordinary Outlook mail: alone it proves nothing."""
    result = classify(
        "Please cancel my account 4810237.", "Cancel", {"X-Auto-Response-Suppress": "All"}
    )
    assert result.intent is Intent.CANCELLATION and result.confidence >= MIN


def test_own_address_is_never_a_request():
    """Mail from the bot's own address is treated as an auto-reply (a loop), never a request."""
    raw = make_message("Please cancel my account.", sender="support@crmrunner.example")
    result = read_message(
        raw, config=CONFIG, own_addresses=frozenset({"Support@CRMRunner.example"})
    )[1]
    assert result.intent is Intent.AUTO_REPLY


def test_calendar_cancellation_is_not_an_account_request():
    """A cancelled meeting invitation (METHOD:CANCEL) is not a cancellation request."""
    raw = multipart(
        [
            ("Content-Type: text/plain", "This event has been canceled."),
            (
                "Content-Type: text/calendar; method=CANCEL",
                "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n"
                "BEGIN:VEVENT\r\nSUMMARY:Account review\r\nEND:VEVENT\r\nEND:VCALENDAR",
            ),
        ],
        subject="Canceled event: Account review @ Thu",
    )
    result = read_message(raw, config=CONFIG)[1]
    assert not (result.intent is Intent.CANCELLATION and result.confidence >= MIN)


def test_evidence_names_the_rule_and_text():
    """A classification carries evidence: the rule and the words that matched."""
    result = classify("Please cancel my account.", "Hello")
    assert result.evidence[0].rule == "request"
    assert "cancel my account" in result.evidence[0].text
