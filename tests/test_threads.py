"""Threading: case references and HMAC-signed Message-IDs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mailbot.threads import (
    case_from_message_id,
    make_message_id,
    new_case_reference,
    subject_references,
    thread_ids,
)

SECRET = b"test-secret"


def test_our_message_id_carries_the_case_and_verifies():
    """A reply's Message-ID names its case, and only our secret makes a valid one."""
    ref = new_case_reference()
    mid = make_message_id(SECRET, "crmrunner.example", ref)
    assert mid.startswith("<cr-") and mid.endswith("@crmrunner.example>")
    assert case_from_message_id(SECRET, mid) == ref
    assert case_from_message_id(b"other-secret", mid) is None
    forged = mid.replace(mid[mid.index(".") + 1], "0" if mid[mid.index(".") + 1] != "0" else "1", 1)
    assert case_from_message_id(SECRET, forged) is None


@given(st.text(max_size=200))
def test_arbitrary_ids_never_match_a_case(text):
    """Nothing but our own signed IDs maps to a case."""
    assert case_from_message_id(SECRET, text) is None


def test_subject_references_and_thread_order():
    """[CR-…] subject references are found; thread ids come nearest first without repeats."""
    subject = "Re: Your request [CR-7K2M9Q] and [CR-OU1IL0] and [cr-7k2m9q]"
    assert subject_references(subject) == ["CR-7K2M9Q", "CR-7K2M9Q"]
    assert thread_ids("<b@x>", ("<a@x>", "<b@x>")) == ["<b@x>", "<a@x>"]
