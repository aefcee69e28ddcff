"""parse_mime: bytes to MailContent for well-formed, odd and broken messages."""

from __future__ import annotations

import base64

import pytest

from mailbot.parsing import parse_mime
from mailbot.parsing.charsets import decode_bytes
from mailbot.parsing.headers import decode_header_value
from tests.parsing_dev.messages import make_message, multipart


def test_plain_text_message_fields():
    """Headers, sender address and body of a simple message are decoded."""
    content = parse_mime(make_message("Please cancel my account.", subject="Cancel"))
    assert content.sender == "ann@example.com"
    assert content.sender_name == "Ann Example"
    assert content.to == ("support@crmrunner.example",)
    assert content.subject == "Cancel"
    assert content.message_id == "<test-1@example.com>"
    assert content.date_header is not None and content.date_header.utcoffset() is not None
    assert content.text == "Please cancel my account."
    assert content.error is None


def test_alternative_prefers_plain_and_keeps_html():
    """multipart/alternative gives the text/plain part as text and keeps the HTML as html."""
    raw = multipart(
        [
            ("Content-Type: text/plain; charset=utf-8", "Plain words here."),
            ("Content-Type: text/html; charset=utf-8", "<p>HTML <b>words</b> here.</p>"),
        ],
        subtype="alternative",
    )
    content = parse_mime(raw)
    assert content.text == "Plain words here."
    assert content.html is not None and "<b>words</b>" in content.html


def test_html_only_is_converted_with_quotes_marked():
    """An HTML-only body becomes readable text; a <blockquote> becomes "> " lines."""
    html = (
        "<html><head><style>p{color:red}</style></head><body><div>Please cancel my account."
        "</div><div><br></div><div>On Mon, Ann wrote:<blockquote><p>Old text</p></blockquote>"
        "</div><script>alert(1)</script></body></html>"
    )
    content = parse_mime(make_message(html, content_type="text/html; charset=utf-8"))
    assert "Please cancel my account." in content.text
    assert "> Old text" in content.text
    assert (
        "color:red" not in content.text and "alert" not in content.text and "<" not in content.text
    )


@pytest.mark.parametrize(
    ("declared", "data", "expected"),
    [
        ("us-ascii", "Kündigung café".encode(), "Kündigung café"),  # utf-8 bytes labelled ascii
        ("utf-8", "résiliation".encode("latin-1"), "résiliation"),  # latin-1 labelled utf-8
        (None, "número de cuenta".encode("cp1252"), "número de cuenta"),  # no charset at all
        ("x-unknown", "Grüße".encode(), "Grüße"),  # a label nobody knows
        ("uft-8", "Olá".encode(), "Olá"),  # a misspelt label
        ("windows-1252", "“smart” quotes".encode("cp1252"), "“smart” quotes"),
        ("iso-2022-jp", "日本語".encode("iso-2022-jp"), "日本語"),
        ("iso-8859-1", "Olá".encode(), "Olá"),  # valid UTF-8 under a Latin-1 label is UTF-8
        ("koi8-r", "Отмена подписки".encode("koi8-r"), "Отмена подписки"),
    ],
)
def test_charsets_decode_with_fallbacks(declared, data, expected):
    """Every charset label, wrong or unknown, still gives readable text."""
    assert decode_bytes(data, declared) == expected


def test_body_with_wrong_charset_never_fails():
    """A body whose bytes do not fit the declared charset is decoded, not rejected."""
    raw = make_message("Konto gekündigt", content_type="text/plain; charset=us-ascii")
    assert "gekündigt" in parse_mime(raw).text


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?utf-8?q?K=C3=BCndigung_meines_Vertrags?=", "Kündigung meines Vertrags"),
        ("=?UTF-8?B?UsOpc2lsaWF0aW9u?=", "Résiliation"),
        (
            "=?iso-8859-1?q?Baja_de_mi_cuenta?= =?iso-8859-1?q?_n=FAmero?=",
            "Baja de mi cuenta número",
        ),
        ("Re: =?utf-8?q?Cancelamento?= now", "Re: Cancelamento now"),
        ("=?utf-8?b?!!!notbase64?=", "=?utf-8?b?!!!notbase64?="),
        ("=?utf-8*en?q?Hello?=", "Hello"),
    ],
)
def test_rfc2047_headers(header, expected):
    """Encoded words are decoded; adjacent ones join; broken ones stay as written."""
    assert decode_header_value(header) == expected


def test_quoted_printable_soft_breaks_are_joined():
    """QP soft line breaks inside an account number disappear in the decoded text."""
    body = "Account number: 48102=\n37, please cancel. Caf=C3=A9 owner."
    content = parse_mime(make_message(body, encoding="quoted-printable"))
    assert "Account number: 4810237" in content.text
    assert "Café" in content.text


def test_base64_body():
    """A base64 transfer encoding is decoded."""
    encoded = base64.encodebytes(b"Quiero dar de baja mi cuenta.").decode()
    content = parse_mime(make_message(encoded, encoding="base64"))
    assert content.text == "Quiero dar de baja mi cuenta."


def test_attached_message_becomes_forwarded_text():
    """A message/rfc822 part is carried as forwarded_text with its From and Subject."""
    inner = make_message("Please cancel account 6719042.", subject="CRM Runner - please cancel")
    raw = multipart(
        [
            ("Content-Type: text/plain", "See the attached request."),
            ("Content-Type: message/rfc822\r\nContent-Disposition: attachment", inner),
        ]
    )
    content = parse_mime(raw)
    assert content.text == "See the attached request."
    assert content.forwarded_text is not None
    assert "Subject: CRM Runner - please cancel" in content.forwarded_text
    assert "Please cancel account 6719042." in content.forwarded_text


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-------- Mensaje reenviado --------",
        "-------- Weitergeleitete Nachricht --------",
        "-------- Message transféré --------",
        "---------- Mensagem encaminhada ---------",
    ],
)
def test_inline_forward_blocks(marker):
    """Inline forward markers in five languages split off the forwarded message."""
    body = f"FYI below.\n\n{marker}\nFrom: Bob <bob@example.com>\nSubject: Baja\n\nCancel it."
    content = parse_mime(make_message(body))
    assert content.forwarded_text is not None
    assert content.forwarded_text.startswith("From: Bob")
    assert "Cancel it." in content.forwarded_text


def test_calendar_part_keeps_method_and_summary():
    """A text/calendar part shows METHOD and SUMMARY, so a cancelled meeting is visible."""
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\n"
        "SUMMARY:Quarterly account re\r\n view\r\n"
        "STATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    raw = multipart(
        [
            ("Content-Type: text/plain", "This event has been cancelled."),
            ("Content-Type: text/calendar; method=CANCEL", ics),
        ]
    )
    content = parse_mime(raw)
    assert "METHOD:CANCEL" in content.text
    assert "SUMMARY:Quarterly account review" in content.text
    assert "text/calendar" in content.parts


def test_report_parts_are_listed():
    """A DSN's MIME structure is visible in parts (multipart/report, message/delivery-status)."""
    raw = multipart(
        [
            ("Content-Type: text/plain", "Delivery to the following recipient failed."),
            (
                "Content-Type: message/delivery-status",
                "Reporting-MTA: dns; mx\r\n\r\nAction: failed",
            ),
        ],
        subtype="report",
        extra="; report-type=delivery-status",
    )
    content = parse_mime(raw)
    assert content.content_type == "multipart/report"
    assert "message/delivery-status" in content.parts


def test_sender_is_the_outer_from():
    """The sender is the outer From address even when a forwarded message has its own."""
    inner = make_message("x", sender="Inner <inner@example.org>")
    raw = multipart([("Content-Type: message/rfc822", inner)])
    assert parse_mime(raw).sender == "ann@example.com"


def test_obsolete_header_syntax():
    """RFC 5322 obsolete syntax (a blank before the colon) still yields headers."""
    content = parse_mime(b"Subject : Cancel\r\nFrom  : ann@example.com\r\n\r\nPlease cancel.")
    assert content.subject == "Cancel"
    assert content.sender == "ann@example.com"


def test_utf8_bom_and_lf_line_endings():
    """A leading UTF-8 BOM and bare LF line endings are accepted."""
    content = parse_mime(b"\xef\xbb\xbfFrom: a@b.c\nSubject: Hi\n\nBody text\n")
    assert content.subject == "Hi"
    assert content.text == "Body text"


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00\xff\xfe garbage", b"no headers here, just words", "not bytes", None, 12],
)
def test_unreadable_input_sets_error_and_never_raises(raw):
    """Anything that is not a message gives a MailContent with error set."""
    content = parse_mime(raw)
    assert content.error is not None


@pytest.mark.parametrize(
    "body",
    [
        "Thanks!\n\n> ---------- Forwarded message ---------\n> From: Ann\n"
        "> Please cancel my account.",
        "Thanks!\n\nOn Mon, 9 Mar 2026, Support <s@crm.example> wrote:\n> Hi\n>\n"
        "> -------- Mensaje reenviado --------\n> Quiero cancelar mi cuenta.",
        "Thanks!\n\nFrom: Support\nSent: Monday\nTo: Ann\nSubject: RE: Fwd: x\n\n"
        "---------- Forwarded message ---------\nPlease cancel my account.",
    ],
)
def test_forward_inside_a_quote_is_not_a_forward(body):
    """A forward marker inside a quoted older message does not make forwarded_text."""
    assert parse_mime(make_message(body)).forwarded_text is None


@pytest.mark.parametrize(
    ("raw", "subject", "name"),
    [
        (
            "From: Jürgen <j@example.de>\nSubject: Kündigung für Vertrag\n\nx".encode(),
            "Kündigung für Vertrag",
            "Jürgen",
        ),
        (
            "From: Zoé <z@example.fr>\nSubject: Résiliation\n\nx".encode("latin-1"),
            "Résiliation",
            "Zoé",
        ),
    ],
)
def test_raw_8bit_headers(raw, subject, name):
    """Unencoded 8-bit headers (UTF-8 or Latin-1) are decoded, not replaced by "?"."""
    content = parse_mime(raw)
    assert content.subject == subject
    assert content.sender_name == name
