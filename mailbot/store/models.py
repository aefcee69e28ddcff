"""The database tables: accounts, inbound messages, cases, decisions, outbox, audit log.

Alembic migrations in ``store/migrations`` create these; ``mailbot init`` runs them.
Times are stored as UTC (naive in SQLite, ``timestamptz`` in PostgreSQL) and
always come back as aware UTC datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and returned aware, whatever the backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class AccountRow(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("mailbox", "account_number"),
        Index("ix_accounts_username", "mailbox", "username_key"),
        Index("ix_accounts_email", "mailbox", "email_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(40), default="default")
    account_number: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(255))
    username_key: Mapped[str] = mapped_column(String(255))  # casefolded for lookup
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320))  # lowercased for lookup
    plan: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    started_on: Mapped[date] = mapped_column(Date)
    trial_ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Checkpoint(Base):
    """Per mailbox and folder: the UIDVALIDITY seen and the highest UID recorded."""

    __tablename__ = "imap_checkpoints"

    mailbox: Mapped[str] = mapped_column(String(40), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MessageRow(Base):
    """One inbound message: raw bytes first, then what processing made of it."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "message_id", "raw_sha256"),
        Index("ix_messages_uid", "mailbox", "folder", "uidvalidity", "uid"),
        Index("ix_messages_status", "status"),
        Index("ix_messages_received", "mailbox", "status", "shard", "id"),
        Index("ix_messages_mailbox_state", "mailbox", "mailbox_state"),
        Index("ix_messages_message_id", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(40), default="default")
    source: Mapped[str] = mapped_column(String(8))  # imap | file
    folder: Mapped[str | None] = mapped_column(String(255), nullable=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    uid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    message_id: Mapped[str] = mapped_column(String(998), default="")
    raw_sha256: Mapped[str] = mapped_column(String(64))
    # Loaded only when asked for (undefer / attribute access): listings stay light.
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime]
    # received | processed | failed | oversize
    status: Mapped[str] = mapped_column(String(16), default="received")
    # Messages of one sender share a shard: workers process shards in parallel, each in order.
    shard: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    intent: Mapped[str | None] = mapped_column(String(16), nullable=True)
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    username: Mapped[str | None] = mapped_column(String(255), nullable=True)
    account_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    asks_refund: Mapped[bool] = mapped_column(Boolean, default=False)
    extraction: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(24), nullable=True)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # The chain step that decided it, and for a policy decision the policy rule
    # ("request/policy:monthly_after_first_month"; SPEC §4 ``rule``).
    rule: Mapped[str | None] = mapped_column(String(160), nullable=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    # keep: leave it in the folder untouched | move: file it away | moved: done
    mailbox_state: Mapped[str] = mapped_column(String(8), default="keep")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(nullable=True)

    case: Mapped[CaseRow | None] = relationship(foreign_keys=[case_id])


class CaseRow(Base):
    """A customer's cancellation request and its follow-ups: one conversation."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status", "mailbox", "status"),
                      Index("ix_cases_sender", "mailbox", "sender"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Optimistic locking: a change made meanwhile by someone else (a reviewer) is detected.
    version: Mapped[int] = mapped_column(Integer, default=1)
    mailbox: Mapped[str] = mapped_column(String(40), default="default")
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    # needs_info | pending_verification | flagged | confirmed | rejected | withdrawn | expired
    status: Mapped[str] = mapped_column(String(24))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id"), nullable=True, index=True
    )
    sender: Mapped[str] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(8), default="en")
    received_at: Mapped[datetime]  # the first message's receipt: the durable request time
    username: Mapped[str | None] = mapped_column(String(255), nullable=True)
    account_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    asks_refund: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # The current decision. A plain integer, not a foreign key: decisions point back at cases.
    decision_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verify_until: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)

    decision: Mapped[DecisionRow | None] = relationship(
        primaryjoin="foreign(CaseRow.decision_id) == DecisionRow.id", post_update=True)

    __mapper_args__: Mapping[str, Any] = {"version_id_col": version}


class DecisionRow(Base):
    """A policy decision, frozen as made: a later policy change never rewrites it."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True,
                                                   index=True)
    policy: Mapped[str] = mapped_column(String(80))
    policy_digest: Mapped[str] = mapped_column(String(64), default="")
    rule: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[str] = mapped_column(String(24))
    action: Mapped[str | None] = mapped_column(String(24), nullable=True)
    received_on: Mapped[date] = mapped_column(Date)
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    access_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    billing_stops_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refund_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), nullable=True)
    refund_currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    decided_by: Mapped[str] = mapped_column(String(80), default="mailbot")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[CaseRow] = relationship(foreign_keys=[case_id])
    message: Mapped[MessageRow | None] = relationship(foreign_keys=[message_id])


class OutboxRow(Base):
    """A reply, rendered and given its Message-ID before any attempt to send it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "mailbox", "status", "next_attempt_at", "id"),
        Index("ix_outbox_to", "to_addr", "created_at"),
        Index("ix_outbox_sent", "sent_at"),
        Index("ix_outbox_lease", "status", "lease_owner"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(40), default="default")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    in_reply_to: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    to_addr: Mapped[str] = mapped_column(String(320))
    from_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    # pending | claimed (leased by a sender) | sending (DATA began: the server may have it)
    # | sent | failed | unknown (interrupted during DATA; the operator decides) | held
    # (waiting for approval) | cancelled | suppressed (per-address cap) | dry_run | paused
    # (the loop breaker holds it) | bounced (sent, then a DSN came back)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the loop breaker holds this reply for: "address:<addr>" or "thread:<case id>".
    hold: Mapped[str | None] = mapped_column(String(400), nullable=True)
    bounced_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # The DSN (an inbound message) that reported this reply undeliverable.
    bounce_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"),
                                                          nullable=True)

    case: Mapped[CaseRow | None] = relationship(foreign_keys=[case_id])
    inbound: Mapped[MessageRow | None] = relationship(foreign_keys=[in_reply_to])


class AuditRow(Base):
    """Who did what, when: every state change by mailbot or a person."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    case: Mapped[CaseRow | None] = relationship(foreign_keys=[case_id])
    message: Mapped[MessageRow | None] = relationship(foreign_keys=[message_id])


class RefundRow(Base):
    """A refund: requested -> approved -> issued (or rejected), each step with who and when."""

    __tablename__ = "refunds"
    __table_args__ = (Index("ix_refunds_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"), nullable=True)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), nullable=True)  # None: to decide
    currency: Mapped[str] = mapped_column(String(3))
    # requested | approved (one of two approvals given: "agent_approved") | issued | rejected
    status: Mapped[str] = mapped_column(String(16))
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    requested_by: Mapped[str] = mapped_column(String(80))
    agent_approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    agent_approved_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    issued_at: Mapped[datetime | None] = mapped_column(nullable=True)
    issued_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    payment_reference: Mapped[str | None] = mapped_column(String(120), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    case: Mapped[CaseRow] = relationship(foreign_keys=[case_id])
    decision: Mapped[DecisionRow | None] = relationship(foreign_keys=[decision_id])


class PolicyVersionRow(Base):
    """The text of every policy version that decided something, kept for later reading."""

    __tablename__ = "policy_versions"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    policy: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ServiceStateRow(Base):
    """Small named facts the service keeps: last poll, circuit breaker, ..."""

    __tablename__ = "service_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MailboxRow(Base):
    """A mailbox defined with ``mailbot mailboxes add``: a ``[[mailboxes]]`` entry as data
    (secrets only by environment variable name or file path, never their values)."""

    __tablename__ = "mailboxes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- the review UI's people (mailbot.web) -----------------------------------------------------

class UserRow(Base):
    """A person who uses the review UI: an agent or an admin, with an argon2 password hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # agent | admin
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Sessions carry the epoch they began in; logging out (or disabling) moves it on, so a
    # copied session cookie stops working too.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ApiTokenRow(Base):
    """A bearer token for the JSON API; only its SHA-256 is kept (the token is random)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # the first characters, to tell tokens apart
    label: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)

    user: Mapped[UserRow] = relationship(foreign_keys=[user_id])


class LoginAttemptRow(Base):
    """One login attempt, kept to lock a username out after too many failures in a row."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_user_at", "username", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)
    remote_addr: Mapped[str] = mapped_column(String(64), default="")
