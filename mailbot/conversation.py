"""Who may cancel (SPEC §6): identifying the account and checking the sender. Pure.

The pipeline looks the candidates up; these functions only decide. Under
``any`` (crm-runner) an account is named by its number, else its username,
else the sender's address when exactly one account has it. Under ``both``
(atntcrm) the request must give username and number, and they must agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mailbot.domain import Account

# What a needs_info reply asks for.
MISSING_NUMBER = "account_number"
MISSING_USERNAME = "username"
MISSING_EITHER = "account_number_or_username"
NOT_FOUND = "account_not_found"

@dataclass(frozen=True)
class Candidate:
    id: int
    account: Account


@dataclass(frozen=True)
class Identified:
    candidate: Candidate | None = None
    missing: tuple[str, ...] = ()
    mismatch: bool = False
    via: str = ""


def identify(
    *,
    number: str | None,
    username: str | None,
    by_number: Candidate | None,
    by_username: Candidate | None,
    by_sender: Sequence[Candidate],
    rule: str,
    by_body: Sequence[Candidate] = (),
) -> Identified:
    """Which account a request names, what is missing, or that its identifiers disagree."""
    if by_number and by_username and by_number.id != by_username.id:
        return Identified(mismatch=True)
    if rule == "both":
        missing = tuple(
            item for item, value in ((MISSING_USERNAME, username), (MISSING_NUMBER, number))
            if not value
        )
        if missing:
            return Identified(missing=missing)
        if by_number and by_username:
            return Identified(by_number, via="account_number+username")
        if by_number or by_username:  # one names an account, the other names none
            return Identified(mismatch=True)
        return Identified(missing=(NOT_FOUND,))
    if number:
        if by_number:
            return Identified(by_number, via="account_number")
        if by_username:  # an unknown number beside a known username: let a person look
            return Identified(mismatch=True)
        return Identified(missing=(NOT_FOUND,))
    if username:
        return Identified(by_username, via="username") if by_username else Identified(
            missing=(NOT_FOUND,))
    written = {c.id for c in by_body}
    if len(written) == 1 and not {c.id for c in by_sender} >= written:
        # A registered address written in the text (SPEC §6): it names the account, and
        # the owner is then asked to confirm. It wins over the sender's own account: a
        # reseller or colleague forwarding a client's request has an account of their
        # own, and a confirmation asked of the named owner is the safe mistake.
        return Identified(by_body[0], via="body_email")
    if len(by_sender) == 1:
        return Identified(by_sender[0], via="sender_email")
    return Identified(missing=(MISSING_EITHER,))


def same_address(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


_UNANSWERABLE = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]?daemon|postmaster|"
    r"bounces?|notifications?)([-+._].*)?@", re.IGNORECASE)
_DISPUTE = re.compile(
    r"\b(disput\w*|reclamaci[oó]n|reclamo|widerspruch|widerspreche|contestation|conteste|"
    r"contesta[çc][aã]o|contesto)\b", re.IGNORECASE)


def is_unanswerable(address: str) -> bool:
    """An address no person reads, by its local part (RFC 3834's spirit: never answer it)."""
    return bool(_UNANSWERABLE.match(address.strip()))


def is_dispute(text: str) -> bool:
    """The customer disputes an outcome (the keyword every reply tells them to use)."""
    return bool(_DISPUTE.search(text[:2000]))
