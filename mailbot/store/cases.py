"""Queries on cases, decisions and the audit log."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mailbot.domain import ACTIVE_CASES, OPEN_CASES, Action, CaseStatus, Decision, Money, Outcome
from mailbot.store.models import (
    AuditRow,
    CaseRow,
    DecisionRow,
    MessageRow,
    OutboxRow,
    PolicyVersionRow,
)
from mailbot.threads import case_from_message_id, new_case_reference

OPEN = OPEN_CASES
ACTIVE = ACTIVE_CASES  # "open or confirmed" (SPEC §6)


class References:
    """Fresh case references, checked against the database a few dozen at a time."""

    def __init__(self, session: Session):
        self.session = session
        self.pool: list[str] = []
        self.given: set[str] = set()

    def take(self) -> str:
        while not self.pool:
            candidates = {new_case_reference() for _ in range(64)} - self.given
            with self.session.no_autoflush:
                used = set(self.session.scalars(
                    select(CaseRow.reference).where(CaseRow.reference.in_(candidates))))
            self.pool = sorted(candidates - used)
        reference = self.pool.pop()
        self.given.add(reference)
        return reference


def create_case(session: Session, references: References | None = None, **fields: Any
                ) -> CaseRow:
    """A new case with a fresh, unused reference."""
    reference = (references or References(session)).take()
    case = CaseRow(reference=reference, **fields)
    session.add(case)
    return case


def first_message(session: Session, case_id: int) -> MessageRow | None:
    return session.scalar(
        select(MessageRow).where(MessageRow.case_id == case_id).order_by(MessageRow.id).limit(1))


def by_reference(session: Session, reference: str) -> CaseRow | None:
    return session.scalar(select(CaseRow).where(CaseRow.reference == reference.upper()))


def by_id(session: Session, case_id: int) -> CaseRow | None:
    return session.get(CaseRow, case_id)


def for_thread(session: Session, mailbox: str, ids: Iterable[str], secret: bytes) -> CaseRow | None:
    """The case a message answers: our signed Message-IDs first, then any known message."""
    ids = list(ids)
    for mid in ids:
        reference = case_from_message_id(secret, mid)
        if reference and (case := by_reference(session, reference)) and case.mailbox == mailbox:
            return case
    if not ids:
        return None
    case_id = session.scalar(
        select(OutboxRow.case_id).where(OutboxRow.message_id.in_(ids), OutboxRow.mailbox == mailbox,
                                        OutboxRow.case_id.is_not(None)).limit(1)
    ) or session.scalar(
        select(MessageRow.case_id).where(MessageRow.message_id.in_(ids),
                                         MessageRow.mailbox == mailbox,
                                         MessageRow.case_id.is_not(None)).limit(1)
    )
    return session.get(CaseRow, case_id) if case_id else None


def active_for_account(session: Session, account_id: int, *, exclude: int | None = None
                       ) -> CaseRow | None:
    """An open or confirmed case for the account (a new request is then a duplicate)."""
    query = select(CaseRow).where(CaseRow.account_id == account_id, CaseRow.status.in_(ACTIVE))
    if exclude is not None:
        query = query.where(CaseRow.id != exclude)
    return session.scalar(query.order_by(CaseRow.id).limit(1))


def active_for_accounts(session: Session, account_ids: list[int]) -> list[CaseRow]:
    """The open or confirmed case of each of these accounts, if any (oldest first)."""
    out: dict[int, CaseRow] = {}
    for start in range(0, len(account_ids), 500):
        chunk = account_ids[start:start + 500]
        for case in session.scalars(
            select(CaseRow).where(CaseRow.account_id.in_(chunk), CaseRow.status.in_(ACTIVE))
            .order_by(CaseRow.id)
        ):
            out.setdefault(case.account_id, case)  # type: ignore[arg-type]
    return list(out.values())


def withdrawable_for_sender(session: Session, mailbox: str, sender: str) -> CaseRow | None:
    """The newest case this sender opened that a withdrawal could still stop."""
    return session.scalar(
        select(CaseRow)
        .where(CaseRow.mailbox == mailbox, CaseRow.sender == sender.lower(),
               or_(CaseRow.status.in_(OPEN), CaseRow.status == CaseStatus.CONFIRMED))
        .order_by(CaseRow.id.desc())
        .limit(1)
    )


def decision_details(decision: Decision) -> dict[str, Any]:
    return {
        "clauses": list(decision.clauses),
        "explanation": list(decision.explanation),
        "renewals_charged": [d.isoformat() for d in decision.renewals_charged],
        "refund_inputs": dict(decision.refund_inputs),
    }


def add_decision(session: Session, case: CaseRow, message: MessageRow | None,
                 decision: Decision, *, digest: str = "", by: str = "mailbot") -> DecisionRow:
    row = DecisionRow(
        case=case,
        message=message,
        policy=decision.policy,
        policy_digest=digest,
        rule=decision.rule,
        outcome=decision.outcome.value,
        action=decision.action.value if decision.action else None,
        received_on=decision.received_on,
        effective_on=decision.effective_on,
        access_until=decision.access_until,
        billing_stops_on=decision.billing_stops_on,
        refund_amount=decision.refund.amount if decision.refund else None,
        refund_currency=decision.refund.currency if decision.refund else None,
        flags=list(decision.flags),
        details=decision_details(decision),
        decided_by=by,
    )
    session.add(row)
    case.decision = row
    return row


def to_decision(row: DecisionRow) -> Decision:
    """A stored decision back as the value it was (for previews and re-sent replies)."""
    details = row.details or {}
    return Decision(
        outcome=Outcome(row.outcome),
        action=Action(row.action) if row.action else None,
        policy=row.policy,
        rule=row.rule,
        clauses=tuple(details.get("clauses", ())),
        received_on=row.received_on,
        effective_on=row.effective_on,
        access_until=row.access_until,
        billing_stops_on=row.billing_stops_on,
        renewals_charged=tuple(date.fromisoformat(d) for d in details.get("renewals_charged", ())),
        refund=Money(row.refund_amount, row.refund_currency or "")
        if row.refund_amount is not None else None,
        refund_inputs=dict(details.get("refund_inputs", {})),
        flags=tuple(row.flags or ()),
        explanation=tuple(details.get("explanation", ())),
    )


def remember_policy(session: Session, policy_id: str, digest: str, text: str) -> None:
    """Keep the text of a policy version that decides, once per digest."""
    with session.no_autoflush:
        if session.get(PolicyVersionRow, digest) is None:
            session.add(PolicyVersionRow(digest=digest, policy=policy_id, source=text))


def other_digests(session: Session, policy_id: str, digest: str) -> list[str]:
    """Digests already recorded under this policy id that differ from this one."""
    return list(session.scalars(select(PolicyVersionRow.digest).where(
        PolicyVersionRow.policy == policy_id, PolicyVersionRow.digest != digest)))


def audit(session: Session, actor: str, action: str, *, case: CaseRow | None = None,
          message: MessageRow | None = None, case_id: int | None = None,
          message_id: int | None = None, at: datetime | None = None, **details: Any) -> None:
    row = AuditRow(actor=actor, action=action, case=case, message=message,
                   details=_jsonable(details))
    if case is None and case_id is not None:
        row.case_id = case_id
    if message is None and message_id is not None:
        row.message_id = message_id
    if at is not None:
        row.at = at
    session.add(row)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def verification_ids(session: Session, case_id: int) -> set[str]:
    """Message-IDs of the confirmation requests sent to the owner for this case."""
    return set(
        session.scalars(
            select(OutboxRow.message_id).where(
                OutboxRow.case_id == case_id, OutboxRow.kind == "verification_request"
            )
        )
    )


def replied_since(session: Session, case_id: int, kind: str, since: datetime) -> bool:
    return session.scalar(
        select(OutboxRow.id).where(
            OutboxRow.case_id == case_id, OutboxRow.kind == kind, OutboxRow.created_at >= since
        ).limit(1)
    ) is not None


def verification_overdue(session: Session, now: datetime) -> list[CaseRow]:
    """Cases still waiting for the owner's answer after their verify_until."""
    return list(session.scalars(
        select(CaseRow).where(CaseRow.status == CaseStatus.PENDING_VERIFICATION,
                              CaseRow.verify_until.is_not(None), CaseRow.verify_until < now)))


def last_audit(session: Session, case_id: int, action: str) -> AuditRow | None:
    """The case's newest audit entry of one action."""
    return session.scalar(select(AuditRow).where(
        AuditRow.case_id == case_id, AuditRow.action == action)
        .order_by(AuditRow.id.desc()).limit(1))
