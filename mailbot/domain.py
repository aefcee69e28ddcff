"""The values that flow between mailbot's stages: messages, accounts, extractions, decisions.

Every stage (parsing, policy, replies, pipeline) takes and returns these frozen
values; none of them does I/O. Enumerations use the exact strings of SPEC §4,
so a value can be written to the database or an export without translation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal


class Intent(enum.StrEnum):
    """What a message is (SPEC §4 ``intent``); only a cancellation is ever decided."""

    CANCELLATION = "cancellation"
    OTHER = "other"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"


class Outcome(enum.StrEnum):
    """What became of one message (SPEC §4 ``outcome``); a case's status is separate,
    as a follow-up can be ``ignored`` while its case stays ``flagged``."""

    CONFIRMED = "confirmed"
    NEEDS_INFO = "needs_info"
    PENDING_VERIFICATION = "pending_verification"
    FLAGGED = "flagged"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    IGNORED = "ignored"


class CaseStatus(enum.StrEnum):
    """Where a case stands (the ``cases.status`` column and the desk's tabs)."""

    NEEDS_INFO = "needs_info"  # open: waiting for the customer's identifiers
    PENDING_VERIFICATION = "pending_verification"  # open: waiting for the owner's yes
    FLAGGED = "flagged"  # open: waiting for a person
    CONFIRMED = "confirmed"  # decided and done
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    DISPUTED = "disputed"  # the customer disagrees with a closed case
    WITHDRAWN = "withdrawn"  # the customer took the request back
    NOT_CONFIRMED = "not_confirmed"  # the owner said no
    EXPIRED = "expired"  # the owner did not answer in time
    TERMINATED = "terminated"


# Cases a person or the customer can still move; "active" adds the decided ones that
# make a second request a duplicate (SPEC §6: "an open or confirmed case").
OPEN_CASES = (CaseStatus.NEEDS_INFO, CaseStatus.PENDING_VERIFICATION, CaseStatus.FLAGGED)
ACTIVE_CASES = (CaseStatus.PENDING_VERIFICATION, CaseStatus.FLAGGED, CaseStatus.CONFIRMED,
                CaseStatus.DISPUTED)


class Action(enum.StrEnum):
    BLOCK = "block"
    CANCEL_IMMEDIATELY = "cancel_immediately"
    STOP_RENEWAL = "stop_renewal"
    SUSPEND = "suspend"


class Plan(enum.StrEnum):
    MONTHLY = "monthly"
    YEARLY = "yearly"


class AccountStatus(enum.StrEnum):
    TRIAL = "trial"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"
    TERMINATED = "terminated"


CLOSED_STATUSES = frozenset(
    {
        AccountStatus.SUSPENDED,
        AccountStatus.BLOCKED,
        AccountStatus.CANCELLED,
        AccountStatus.TERMINATED,
    }
)


class ReasonCode(enum.StrEnum):
    TOO_EXPENSIVE = "too_expensive"
    MISSING_FEATURES = "missing_features"
    SWITCHED_SERVICE = "switched_service"
    UNUSED = "unused"
    CUSTOMER_SERVICE = "customer_service"
    TOO_COMPLEX = "too_complex"
    LOW_QUALITY = "low_quality"
    BUSINESS_CLOSED = "business_closed"
    OTHER = "other"


class Initiator(enum.StrEnum):
    CUSTOMER = "customer"
    COMPANY = "company"


CENT = Decimal("0.01")


def to_money(value: Decimal | str | int) -> Decimal:
    """Round an amount to cents, half-up, once."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency}"

    def as_export(self) -> dict[str, str]:
        return {"amount": f"{self.amount:.2f}", "currency": self.currency}


@dataclass(frozen=True)
class Account:
    """A customer account as imported from the accounts CSV (SPEC §3)."""

    account_number: str
    username: str
    email: str
    plan: Plan
    status: AccountStatus
    started_on: date
    price: Decimal
    currency: str
    trial_ends_on: date | None = None  # None: started_on + the policy's trial_days


@dataclass(frozen=True)
class MailContent:
    """What MIME decoding made of one message's bytes (parsing.mime)."""

    message_id: str | None
    sender: str  # the From address, as written (may be "" when absent)
    sender_name: str
    to: tuple[str, ...]
    subject: str
    date_header: datetime | None  # sender-written, never used for policy
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]  # decoded (name, value) pairs, in order
    content_type: str
    text: str  # the whole body as plain text (HTML converted)
    html: str | None  # the HTML body as received, if any (never rendered as-is)
    forwarded_text: str | None = None  # text of a forwarded message, if one is carried
    defects: tuple[str, ...] = ()
    error: str | None = None  # set when the bytes could not be read as a message
    parts: tuple[str, ...] = ()  # content types of the MIME tree, depth first (DSN, MDN, calendar)
    sender_problem: str | None = None  # why From gives no single clean mailbox (SPEC §9)

    def header(self, name: str) -> str | None:
        """The first header of that name (case-insensitive), or None."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]


@dataclass(frozen=True)
class Evidence:
    """Why a field got its value: the rule that matched and the text it matched."""

    rule: str
    text: str


@dataclass(frozen=True)
class Extraction:
    """What a message asks for and the identifiers it carries (parsing.extract)."""

    intent: Intent
    confidence: float  # 0..1, how sure the intent is
    evidence: tuple[Evidence, ...] = ()
    language: str = "en"
    account_number: str | None = None  # normalised (spaces and dashes removed)
    account_number_candidates: tuple[str, ...] = ()
    username: str | None = None
    reason: str | None = None
    reason_code: ReasonCode | None = None
    asks_refund: bool = False
    withdrawal: bool = False  # "ignore my previous email", "I changed my mind"
    new_text: str = ""  # what the customer wrote now: quotes and signature removed


@dataclass(frozen=True)
class PolicyRequest:
    """The facts a policy decides on, beyond the account itself."""

    received_at: datetime  # aware: the IMAP INTERNALDATE
    asks_refund: bool = False
    initiator: Initiator = Initiator.CUSTOMER


@dataclass(frozen=True)
class Decision:
    """What the policy decided for one request, with its working (policy.decide)."""

    outcome: Outcome
    action: Action | None
    policy: str  # "crm-runner@1"
    rule: str  # the name of the rule that fired
    clauses: tuple[str, ...]  # e.g. ("Refund Policy §2",)
    received_on: date  # local date d in the policy time zone
    effective_on: date | None = None
    access_until: date | None = None
    billing_stops_on: date | None = None
    renewals_charged: tuple[date, ...] = ()  # renewals still charged before effective_on
    refund: Money | None = None
    refund_inputs: dict[str, str] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()
