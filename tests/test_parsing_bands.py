"""The second reading (bands): how people write requests, and what only looks like one."""

from __future__ import annotations

import pytest

from mailbot.config import ParsingConfig
from mailbot.domain import Intent
from mailbot.parsing import read_message
from tests.parsing_dev.messages import make_message

CONFIG = ParsingConfig(product_names=("CRM Runner",))
MIN = CONFIG.min_confidence


def band(body: str, subject: str = "Hello") -> str:
    e = read_message(make_message(body, subject=subject), config=CONFIG)[1]
    if e.intent != Intent.CANCELLATION:
        return "not"
    return "clear" if e.confidence >= MIN else "maybe"


# (body, subject, band): each row is one habit of writing, in words of our own.
CASES = [
    # An earlier cancellation, told in the past tense: a complaint, not a new request.
    ("I have cancelled my subscription in March but you charged me again in April. "
     "Please refund it.", "Charged again", "not"),
    ("Cancelei a assinatura em maio e continuam cobrando. Quero o estorno.", "Cobrança", "not"),
    ("J'ai résilié mon abonnement le 2 mai et j'ai encore été prélevé.", "Prélèvement", "not"),
    ("Mein Abo ist seit Mai gekündigt, trotzdem wurde abgebucht.", "Abbuchung", "not"),
    # ... unless it asks again in a sentence of its own.
    ("I cancelled in March and was charged again. Please cancel my account now for good.",
     "Charged again", "maybe"),
    # The look-alike and the request in one sentence: the request still counts (a person
    # looks at both).
    ("Under the GDPR I ask you to close my account and erase all my personal data.",
     "Erasure", "maybe"),
    # A cancellation of something else, in its own words.
    ("Merci d'annuler mon inscription au webinar de jeudi.", "Webinar", "not"),
    # A condition the customer already knows the answer to.
    ("Thanks. If a refund isn't possible then please cancel the subscription.", "Re: refund",
     "clear"),
    ("Since it is not possible to pause, we decided to cancel the subscription.",
     "Re: Pause over the summer", "clear"),
    # A threat is not a request: a person reads it (it was a clear request before).
    ("If you cannot fix this by Friday, I will cancel my account.", "Bug", "maybe"),
    # ... a plain request beside a remark about coming back is still one.
    ("Please cancel our subscription - I'll come back if things pick up.", "Cancel", "clear"),
    # ... and a condition followed by what the customer will do is still a threat.
    ("If a refund is not possible, I will cancel my subscription.", "Refund", "maybe"),
    # A look-alike beside a decision: a person looks rather than nobody.
    ("I already cancelled in March and you charged me again. Stop charging my card!",
     "Charged", "maybe"),
    # A question that asks us to do it.
    ("tu peux couper mon abo stp ? merci", "abo", "clear"),
    # Not renewing, in the words people use (second-round dev writers' forms).
    ("Our contract ends in May and we do not want to extend it.", "Contract", "clear"),
    ("Please stop the monthly payment, we sold the shop.", "Payment", "clear"),
    ("I don't want to be billed again for CRM Runner.", "Billing", "clear"),
    ("Shut it off, I'm not paying for this anymore.", "done", "clear"),
    # ... but ending words wished away, or a cancellation only almost made, are not requests.
    ("Ma carte a expiré. Je ne veux surtout pas que le compte soit résilié.", "Carte", "not"),
    ("I almost cancelled last month, but can you switch me to the yearly plan?", "Plan", "not"),
    # A decision beside a how-to question: a person reads it.
    ("I don't want this anymore, how do I stop it?", "how to stop this", "maybe"),
    # A colleague's login, however it is written: a person handles it.
    ("kannst du bitte den Zugang von der Michaela (mkoller) rausnehmen?", "Zugang", "maybe"),
    # A question about what would happen is a question.
    ("Falls wir unser Jahresabo vorzeitig kündigen, bekommen wir dann Geld zurück?", "Frage",
     "not"),
    # Paying another way is not ending anything.
    ("Können wir statt per Lastschrift auf Rechnung zahlen? Keine Lastschriften mehr bitte.",
     "Zahlungsart", "not"),
    # A reply to our own mail that thanks us, or is someone's out-of-office note.
    ("Got it, thank you so much!", "Re: Your cancellation request", "not"),
    ("This mailbox is no longer monitored. Please write to office@example.org.",
     "Re: Your cancellation request", "not"),
    # A reply under the customer's own subject that says it again, plainly.
    ("hello??? nobody answers. please cancel my account, second time I write",
     "Re: cancel", "clear"),
    # A question about seats in general is not a seat to remove.
    ("Is there a way to remove a seat myself in the admin panel?", "Seats", "not"),
    # Someone who left, with nothing to remove, is not a request.
    ("Our office manager set the account up and left. I need admin access.", "Owner", "not"),
    # "Please do it for me" under a how-to subject: a person looks.
    ("Please do it for me, thanks!", "Re: How do I cancel?", "maybe"),
    # A chaser that says it again, and a "go ahead" in the customer's own words.
    ("Just checking you got my mail? I still need this cancelled before the 1st.",
     "Re: please cancel", "clear"),
    ("No, gracias. Proceded con la baja, por favor.", "Re: Su solicitud de baja", "clear"),
    # "We don't need it any more, thanks for everything": not only thanks.
    ("Boa tarde, não precisamos mais do sistema. Obrigada por tudo!", "Obrigada", "maybe"),
    # Refusing a cancellation someone else asked for.
    ("NÃO autorizo o cancelamento. Vamos continuar com o CRM Runner.",
     "Re: Confirme o cancelamento da sua assinatura", "not"),
    # "Can one remove a user?" is a question; "can you remove her login?" a request.
    ("Si cerramos una sucursal, ¿se puede quitar un usuario?", "Pregunta", "not"),
    # Around the money and the renewal, in words without "cancel".
    ("Quiero dejar de pagar el CRM.", "CRM", "clear"),
    ("Je ne veux plus payer pour ce logiciel.", "Logiciel", "clear"),
    ("We have decided not to continue our subscription.", "Subscription", "clear"),
    # Could be one: a person looks.
    ("I want out.", "Hello", "maybe"),
    ("Take me off the monthly plan, I'm done.", "Plan", "maybe"),
    ("Our contract ends in May and we might not extend it.", "Contract", "maybe"),
    # ... but a mailing list is not the plan.
    ("Take me off your mailing list please.", "List", "not"),
    # A question about the money is a billing question a person reads, never clear.
    ("Can you stop charging me twice for the same month?", "Double charge", "maybe"),
    # A verb with other senses ("löschen") does not make the account's end clear: here it
    # is a colleague's login.
    ("Bitte den Zugang lea@example.org löschen, damit wir die Lizenz nicht weiter zahlen.",
     "Zugang", "maybe"),
    # A thought about cancelling, then a plan change.
    ("Ehrlich gesagt wollte ich schon kündigen, aber wir nehmen den kleineren Tarif.",
     "Tarifwechsel", "not"),
]


@pytest.mark.parametrize(("body", "subject", "want"), CASES)
def test_band(body: str, subject: str, want: str) -> None:
    """Each way of writing lands in the band a careful support agent would put it in."""
    assert band(body, subject) == want


def test_bulk_mail_is_never_raised_to_a_request():
    """A newsletter full of cancellation words (List-Id, Precedence: bulk) stays other."""
    raw = make_message("Customers who can cancel in two clicks come back more often. Ask why "
                       "they are leaving.", subject="This week: why customers cancel",
                       headers={"List-Id": "<digest.example.org>", "Precedence": "bulk"})
    assert read_message(raw, config=CONFIG)[1].intent == Intent.OTHER


def test_an_outlook_forward_under_fw_is_read_as_forwarded():
    """Under "FW:", Outlook's Original Message block is the forwarded request: its author's
    address and reason are read from it."""
    body = ("Hi,\n\nSee Dr. Hale's note below. Can you make sure the subscription is "
            "cancelled?\n\nThanks,\nSandra\n\n-----Original Message-----\n"
            "From: Dr. Hale <hale@clinic.example>\nSent: Monday, May 4, 2026 9:00 AM\n"
            "To: Sandra <sandra@clinic.example>\nSubject: renewal\n\nSandra, tell them we "
            "are cancelling. The new practice system already has contacts built in.\n")
    content, e = read_message(make_message(body, subject="FW: renewal"), config=CONFIG)
    assert "hale@clinic.example" in (content.forwarded_text or "")
    assert e.intent == Intent.CANCELLATION and e.confidence >= MIN
    assert "practice system already has contacts" in (e.reason or "")


OUR_OFFER = ("\n\nOn Wed, Feb 4, 2026 at 11:12 AM CRM Runner Support <support@crmrunner.example> "
             "wrote:\n> Hi Ian,\n> If you'd like, I can cancel the Pro plan for you now so that "
             "it doesn't renew on the 12th. Just reply to let me know.\n")
OUR_QUESTION = ("\n\nEl lun, 19 oct 2026 a las 10:30, Soporte <support@crmrunner.example> "
                "escribió:\n> Antes de procesar la baja necesitamos que nos confirmes que "
                "quieres cancelar la cuenta al final del periodo.\n")


@pytest.mark.parametrize(("body", "subject", "want"), [
    # A bare yes above our offer to cancel: the request is the thread's; a person reads it.
    ("Yes please, go ahead.\n\nIan" + OUR_OFFER, "Re: Your question about billing", "maybe"),
    ("Sí, confirmo.\n\nManuel" + OUR_QUESTION, "Re: Confirmación", "maybe"),
    # ... but not above an offer about something else, nor a yes that says more.
    ("Yes please, go ahead.\n\nIan\n\n> Shall we move your onboarding call to Friday?",
     "Re: Onboarding", "not"),
    ("Yes, and also please send me the invoice for March, our accountant asked for it twice "
     "already and the portal does not show it anywhere, thank you so much for your help with "
     "all of this, it has been a long month for us here." + OUR_OFFER, "Re: billing", "not"),
])
def test_a_yes_above_our_offer_goes_to_a_person(body: str, subject: str, want: str) -> None:
    assert band(body, subject) == want
