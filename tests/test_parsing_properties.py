"""Properties: parse_mime and understand never raise, whatever bytes arrive."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.config import ParsingConfig
from mailbot.domain import Extraction, Intent, MailContent
from mailbot.parsing import parse_mime, read_message, understand
from mailbot.parsing.quotes import split_reply

ROOT = Path(__file__).resolve().parent.parent
CORPUS = next(
    (
        p
        for p in (ROOT.parent / "shared/corpus/public", Path("/work/shared/corpus/public"))
        if p.exists()
    ),
    None,
)
CONFIG = ParsingConfig()
# A spread of real messages: DSNs, HTML, CJK charsets, rfc822 parts, broken MIME.
SAMPLE_NAMES = (
    "cpython-test_email/msg_02.eml",
    "enmime/testdata_mail_qp-utf8-header-recursed.eml",
    "flanker/long-header.eml",
    "mailman2-bounces/bounces_dsn_01.eml",
    "mimekit/messages_delivery-status.eml",
    "otrs/PostMaster_PostMaster-Test12.eml",
    "ruby-mail/multi_charset_ks_c_5601-1987.eml",
    "stalwart-mail-parser/malformed_019.eml",
    "talon/standard_replies_iphone.eml",
    "imap_tools/forwarded_message.eml",
)
SAMPLES = [
    (CORPUS / name).read_bytes() for name in SAMPLE_NAMES if CORPUS and (CORPUS / name).exists()
]
FALLBACK = (
    b"From: Ann <ann@example.com>\r\nSubject: =?utf-8?q?K=C3=BCndigung?=\r\n"
    b"Content-Type: multipart/alternative; boundary=x\r\n\r\n"
    b"--x\r\nContent-Type: text/plain\r\n\r\nPlease cancel my account 4810237.\r\n"
    b"--x\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>\r\n--x--\r\n"
)
MESSAGES = SAMPLES or [FALLBACK]
PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(raw: bytes) -> None:
    content = parse_mime(raw)
    assert isinstance(content, MailContent)
    extraction = understand(content, config=CONFIG, is_known_account=lambda n: n.endswith("7"))
    assert isinstance(extraction, Extraction)
    assert 0.0 <= extraction.confidence <= 1.0
    assert isinstance(extraction.intent, Intent)


@PROFILE
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw):
    """Arbitrary bytes are read without an exception."""
    _check(raw)


@PROFILE
@given(st.sampled_from(MESSAGES), st.lists(st.integers(min_value=0, max_value=10**7), max_size=40))
def test_bit_flips_never_raise(raw, positions):
    """Real messages with random bits flipped are read without an exception."""
    data = bytearray(raw)
    for position in positions:
        index = position % len(data)
        data[index] ^= 1 << (position % 8)
    _check(bytes(data))


@PROFILE
@given(st.sampled_from(MESSAGES), st.floats(min_value=0.0, max_value=1.0))
def test_truncation_never_raises(raw, fraction):
    """Real messages cut at any point are read without an exception."""
    _check(raw[: int(len(raw) * fraction)])


@PROFILE
@given(st.sampled_from(MESSAGES), st.lists(st.integers(min_value=0, max_value=200), max_size=8))
def test_header_deletion_never_raises(raw, drops):
    """Real messages with header lines deleted are read without an exception."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    lines = head.splitlines()
    for drop in drops:
        if lines:
            del lines[drop % len(lines)]
    _check(b"\n".join(lines) + sep + body)


@PROFILE
@given(st.text(max_size=2000))
def test_any_text_body_never_raises(text):
    """Any unicode text as a body or a reply is handled."""
    split_reply(text)
    read_message(
        b"From: a@b.c\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\n"
        + text.encode("utf-8", errors="surrogatepass"),
        config=CONFIG,
    )


@pytest.mark.parametrize("bad", [None, 42, "text", b"\x00" * 10])
def test_understand_never_raises_on_odd_content(bad):
    """understand on the MailContent of odd input still returns an Extraction."""
    assert isinstance(understand(parse_mime(bad), config=CONFIG), Extraction)
