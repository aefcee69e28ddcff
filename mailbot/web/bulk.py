"""Approving several flagged cases at once: only cases that propose the same decision.

Each case still goes through ``review.approve`` on its own (its own transaction,
audit entry, four-eyes check, owner check); a failure on one is reported and the others
go on. A case whose owner has not confirmed is refused unless the same explicit "owner
not verified" choice and reason are given for the batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.app import ChainContext
from mailbot.desk_input import limited, refund_amount
from mailbot.errors import MailbotError
from mailbot.review import Actor, Result, approve
from mailbot.store import queue
from mailbot.store.db import Database

MAX_CASES = 100


@dataclass(frozen=True)
class BulkLine:
    """One selected case on the bulk page: the approval's result, or why it was refused."""

    reference: str
    message: str
    approved: Result | None = None

    @property
    def ok(self) -> bool:
        return self.approved is not None

    @property
    def replies(self) -> int:
        return self.approved.replies if self.approved else 0


def proposals(db: Database, references: list[str]) -> dict[str, queue.QueueItem | None]:
    """Each flagged case as the queue lists it (None: not a flagged case)."""
    found: dict[str, queue.QueueItem | None] = {}
    with db.session(readonly=True) as session:
        for ref in references:
            items = queue.cases(session, queue.Filters(tab="flagged", search=ref, limit=5))
            found[ref] = next((i for i in items if i.reference == ref.upper()), None)
    return found


def bulk_approve(ctx: ChainContext, references: list[str], actor: Actor, *,
                 owner_not_verified: bool = False, reason: str | None = None,
                 amounts: dict[str, str] | None = None) -> list[BulkLine]:
    """Approve the cases one by one, when they all propose the same (known) decision.
    A case with a refund to decide takes its amount from ``amounts`` (by reference)."""
    try:
        reason = limited(reason, "owner-not-verified reason")
    except MailbotError as exc:
        return [BulkLine("-", str(exc))]
    references = list(dict.fromkeys(r.strip().upper()[:40] for r in references if r.strip()))
    if not references:
        return [BulkLine("-", "select at least one case")]
    if len(references) > MAX_CASES:
        return [BulkLine("-", f"select at most {MAX_CASES} cases at a time")]
    items = proposals(ctx.db, references)
    kinds = {item.proposed if item else None for item in items.values()}
    if None in kinds or len(kinds) != 1:
        shown = ", ".join(f"{ref}: {item.proposed if item and item.proposed else 'no proposal'}"
                          for ref, item in items.items())
        return [BulkLine("-", "bulk approval needs flagged cases that propose the same "
                                     f"decision ({shown}); approve the others one by one")]
    typed = {k.strip().upper(): v for k, v in (amounts or {}).items()}
    lines = []
    for ref in references:
        item = items[ref]
        try:
            refund = refund_amount(typed.get(ref))
            if refund is None and item is not None and item.refund_due is not None:
                most, currency = item.refund_due
                lines.append(BulkLine(ref, "a refund is to be decided: enter its amount "
                                      f"in {currency} (at most {most}; 0 for none) in this "
                                      "case's row, or approve it on its page"))
                continue
            currency = item.refund_due[1] if item is not None and item.refund_due else None  # type: ignore[assignment]  # str | None
            result = approve(ctx, ref, actor, note="bulk approval", refund=refund,
                             currency=currency, owner_not_verified=owner_not_verified,
                             reason=reason)
        except MailbotError as exc:
            lines.append(BulkLine(ref, str(exc)))
        else:
            lines.append(BulkLine(ref, result.message, result))
    return lines
