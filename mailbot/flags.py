"""The flags a case or message can carry: the one list the pipeline, the desk and filters share.

A flag is a plain word saying why a person should look (SPEC §4 ``flags``). The
bundled policy presets set some of them; a site's own policy file may declare more
(``flags = [...]`` in a rule), so the queue's filter accepts these plus the flags the
configured policies declare, and nothing else.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Flag(enum.StrEnum):
    # The pipeline, on a case (and on the message that opened it)
    LOW_CONFIDENCE = "low_confidence"
    IDENTITY_MISMATCH = "identity_mismatch"
    SENDER_MISMATCH = "sender_mismatch"
    UNAUTHENTICATED = "unauthenticated"
    WITHDRAWAL = "withdrawal"
    UNCLEAR_ANSWER = "unclear_answer"  # the owner's answer to the confirmation request
    # The bundled policy presets (policy/presets/*.toml)
    REFUND_REVIEW = "refund_review"
    TERMINATION_REVIEW = "termination_review"
    NOT_COVERED = "not_covered"
    # The review desk
    AWAITING_ADMIN = "awaiting_admin"
    CORRECTED = "corrected"
    # The customer disputes a closed case (the case is "disputed", then reopened or settled)
    DISPUTE = "dispute"
    # The pipeline and the poller, on messages only (the "failed" tab, the export)
    UNPARSEABLE = "unparseable"
    OWN_ADDRESS = "own_address"
    NO_REPLY_ADDRESS = "no_reply_address"
    FOLLOW_UP = "follow_up"
    OVERSIZE = "oversize"
    FAILED = "failed"
    REPLY_BOUNCED = "reply_bounced"  # a bounce of one of our replies (bounces.py)
    REPLY_DELAYED = "reply_delayed"
    OWNER_DECLINED = "owner_declined"  # the owner said no: the case closes (not_confirmed)


MESSAGE_ONLY = frozenset({Flag.UNPARSEABLE, Flag.OWN_ADDRESS, Flag.NO_REPLY_ADDRESS,
                          Flag.FOLLOW_UP, Flag.OVERSIZE, Flag.FAILED,
                          Flag.REPLY_BOUNCED, Flag.REPLY_DELAYED, Flag.OWNER_DECLINED})
# Flags a case can carry, in the order the queue's filter offers them.
CASE_FLAGS: tuple[str, ...] = tuple(f.value for f in Flag if f not in MESSAGE_ONLY)
# The sender was not shown to be the registered owner (SPEC §9): approving such a case
# needs an explicit "owner not verified" choice and a reason.
UNVERIFIED = frozenset({Flag.SENDER_MISMATCH, Flag.UNAUTHENTICATED})

# Each flag in words, as the desk shows it (README's table of flags lists the same).
WORDS: dict[str, str] = {
    Flag.LOW_CONFIDENCE: "Unclear request",
    Flag.IDENTITY_MISMATCH: "Identity mismatch",
    Flag.SENDER_MISMATCH: "Sender is not the owner",
    Flag.UNAUTHENTICATED: "Sender not authenticated",
    Flag.WITHDRAWAL: "Withdrawal",
    Flag.UNCLEAR_ANSWER: "Owner's answer unclear",
    Flag.REFUND_REVIEW: "Refund to decide",
    Flag.TERMINATION_REVIEW: "Termination to approve",
    Flag.NOT_COVERED: "Policy does not cover it",
    Flag.AWAITING_ADMIN: "Awaiting admin approval",
    Flag.CORRECTED: "Corrected",
    Flag.DISPUTE: "Disputed",
    Flag.UNPARSEABLE: "Unreadable",
    Flag.OWN_ADDRESS: "From our own address",
    Flag.NO_REPLY_ADDRESS: "No-reply sender",
    Flag.FOLLOW_UP: "Follow-up",
    Flag.OVERSIZE: "Too large",
    Flag.FAILED: "Processing failed",
    Flag.REPLY_BOUNCED: "Reply bounced",
    Flag.REPLY_DELAYED: "Reply delayed",
    Flag.OWNER_DECLINED: "Owner said no",
}


def case_flags(policy_flags: Iterable[str] = ()) -> tuple[str, ...]:
    """The flags a case can carry here: the built-in ones, then those the policies declare."""
    extra = sorted({f for f in policy_flags if f not in CASE_FLAGS})
    return CASE_FLAGS + tuple(extra)
