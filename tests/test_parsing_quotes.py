"""split_reply: the new text of a reply, without quoted older messages and signatures."""

from __future__ import annotations

import pytest

from mailbot.parsing.quotes import split_forwarded, split_reply

NEW = "Please cancel my account 4810237."


@pytest.mark.parametrize(
    "quote",
    [
        "On Tue, Mar 10, 2026 at 9:14 AM Support <support@crmrunner.example> wrote:\n> Hi Ann,",
        "On Tue, Mar 10, 2026 at 9:14 AM, Support <\nsupport@crmrunner.example> wrote:\n\n> Hi",
        "El mar, 10 mar 2026 a las 9:14, Soporte (<soporte@crm.example>) escribió:\n> Hola",
        "Am Di., 10. März 2026 um 09:14 Uhr schrieb Support <support@crm.example>:\n> Hallo",
        "Support <support@crm.example> schrieb am Di., 10. März 2026, 09:14:\n> Hallo",
        "Le mar. 10 mars 2026 à 09:14, Support <support@crm.example> a écrit :\n> Bonjour",
        "Em ter., 10 de mar. de 2026 às 09:14, Suporte <suporte@crm.example> escreveu:\n> Olá",
        "-----Original Message-----\nFrom: Support\nSent: Tuesday\nSubject: Your plan",
        "----- Mensaje original -----\nDe: Soporte\nEnviado: martes\nAsunto: Su plan",
        "________________________________\nFrom: Support <support@crm.example>\n"
        "Sent: Tuesday, March 10, 2026 9:14 AM\nTo: Ann\nSubject: Your plan\n\nHi Ann,",
        "De: Soporte <soporte@crm.example>\nEnviado el: martes, 10 de marzo\nPara: Ann\n"
        "Asunto: Su plan\n\nHola",
        "Von: Support <support@crm.example>\nGesendet: Dienstag, 10. März 2026\nAn: Ann\n"
        "Betreff: Ihr Tarif\n\nHallo",
        "De : Support <support@crm.example>\nEnvoyé : mardi 10 mars 2026\nÀ : Ann\n"
        "Objet : Votre forfait\n\nBonjour",
        "*From:* Support\n*Sent:* 2026-03-10\n*To:* Ann\n*Subject:* Your plan\n\nHi",
        "> Hi Ann,\n> would you like a discount instead?\n>",
        "2026-03-10 9:14 GMT+01:00 Support <support@crm.example>:\n> Hi",
    ],
)
def test_quote_headers_in_five_languages_cut_the_older_message(quote):
    """Attribution lines, Outlook header blocks, separators and "> " lines end the new text."""
    reply = split_reply(f"{NEW}\n\n{quote}\n> The quoted older text that must not count.")
    assert reply.body == NEW
    assert "must not count" in reply.quoted


def test_interleaved_answers_between_quotes_are_kept():
    """The writer's own lines between "> " blocks are new text; the quotes are not."""
    text = (
        "On Tue, 10 Mar 2026, Support <s@crm.example> wrote:\n> What is your account number?\n\n"
        "4810237\n\n> Why are you leaving?\n\nToo expensive for us."
    )
    reply = split_reply(text)
    assert reply.body.split() == ["4810237", "Too", "expensive", "for", "us."]


@pytest.mark.parametrize(
    ("signature", "part"),
    [
        ("-- \nAnn Example\nACME Inc.", "signature"),
        ("Sent from my iPhone", "signature"),
        ("Enviado desde mi iPhone", "signature"),
        ("Von meinem iPhone gesendet", "signature"),
        ("Envoyé de mon iPhone", "signature"),
        ("Enviado do meu iPhone", "signature"),
        ("Get Outlook for iOS", "signature"),
        (
            "CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient.",
            "signature",
        ),
        ("Thanks,\nAnn Example\nACME Widgets Inc.\n+1 (212) 555-0143", "signoff"),
        ("Mit freundlichen Grüßen\nHans Müller\nMüller GmbH", "signoff"),
        ("Saludos cordiales,\nMaría García", "signoff"),
        ("Cordialement,\nClaire Lefèvre", "signoff"),
        ("Atenciosamente,\nPaulo Ferreira", "signoff"),
        ("Ann Example\nACME Widgets\n+1 212 555 0143\nwww.acme.example", "signoff"),
    ],
)
def test_signatures_and_signoffs_are_split_off(signature, part):
    """Delimited signatures, device lines, disclaimers and closings leave the body clean."""
    reply = split_reply(f"Hi,\n\n{NEW}\n\n{signature}")
    assert reply.body == f"Hi,\n\n{NEW}"
    assert getattr(reply, part).splitlines()[0] == signature.splitlines()[0].strip()


def test_thanks_inside_a_sentence_is_not_a_signoff():
    """ "Thanks for the quick reply." in running text is not a closing formula."""
    reply = split_reply(f"Thanks for the quick reply.\n{NEW}")
    assert reply.body == f"Thanks for the quick reply.\n{NEW}"


def test_closing_followed_by_a_request_is_not_cut():
    """A closing line with long sentences after it is kept in the body."""
    text = "Thanks\nI would like to cancel my subscription because we moved to another tool."
    assert split_reply(text).body == text


def test_visible_is_body_and_signoff():
    """visible joins the body and the sign-off, without signature or quote."""
    reply = split_reply(f"{NEW}\n\nRegards,\nAnn\n\n-- \nsig\n\n> quoted")
    assert reply.visible == f"{NEW}\n\nRegards,\nAnn"


def test_forwarded_header_block_is_skipped():
    """split_forwarded reads a forwarded message after its From/Date/Subject lines."""
    reply = split_forwarded("From: Bob <b@example.com>\nDate: Mon\nSubject: Baja\n\nCancel it.\n")
    assert reply.body == "Cancel it."


def test_empty_and_odd_input():
    """Empty text, only quotes or only a signature give an empty body without error."""
    assert split_reply("").body == ""
    assert split_reply("> a\n> b").body == ""
    assert split_reply("-- \nAnn").signature == ""  # a delimiter on the first line is no signature


def test_outlook_block_without_quote_marks_cuts_everything_after():
    """An Outlook header block quotes without "> ": everything after it is the old message."""
    text = f"{NEW}\n\nFrom: Support\nSent: Tuesday\nTo: Ann\nSubject: Plan\n\nWe can offer 20% off."
    reply = split_reply(text)
    assert reply.body == NEW
    assert "20% off" in reply.quoted
