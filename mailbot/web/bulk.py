"""Approving several flagged cases at once: only cases that propose the same decision.

Each case still goes through ``review.approve`` on its own (its own transaction,
audit entry, four-eyes check, owner check); a failure on one is reported and the others
go on. A case whose owner has not confirmed is refused unless the same explicit "owner
not verified" choice and reason are given for the batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.app import App
from mailbot.desk_input import limited
from mailbot.errors import MailbotError
from mailbot.review import Actor, approve
from mailbot.store import queue

MAX_CASES = 100


@dataclass(frozen=True)
class BulkLine:
    reference: str
    ok: bool
    message: str
    replies: int = 0


def proposals(app: App, references: list[str]) -> dict[str, str | None]:
    """Each flagged case's proposed action (None: no proposal, or not a flagged case)."""
    found: dict[str, str | None] = {}
    with app.db.session(readonly=True) as session:
        for ref in references:
            items = queue.cases(session, queue.Filters(tab="flagged", search=ref, limit=5))
            item = next((i for i in items if i.reference == ref.upper()), None)
            found[ref] = item.proposed if item is not None else None
    return found


def bulk_approve(app: App, references: list[str], actor: Actor, *,
                 owner_not_verified: bool = False, reason: str | None = None) -> list[BulkLine]:
    """Approve the cases one by one, when they all propose the same (known) decision."""
    try:
        reason = limited(reason, "owner-not-verified reason")
    except MailbotError as exc:
        return [BulkLine("-", False, str(exc))]
    references = list(dict.fromkeys(r.strip().upper()[:40] for r in references if r.strip()))
    if not references:
        return [BulkLine("-", False, "select at least one case")]
    if len(references) > MAX_CASES:
        return [BulkLine("-", False, f"select at most {MAX_CASES} cases at a time")]
    proposed = proposals(app, references)
    kinds = set(proposed.values())
    if None in kinds or len(kinds) != 1:
        shown = ", ".join(f"{ref}: {p or 'no proposal'}" for ref, p in proposed.items())
        return [BulkLine("-", False, "bulk approval needs flagged cases that propose the same "
                                     f"decision ({shown}); approve the others one by one")]
    lines = []
    for ref in references:
        try:
            result = approve(app, ref, actor, note="bulk approval",
                             owner_not_verified=owner_not_verified, reason=reason)
        except MailbotError as exc:
            lines.append(BulkLine(ref, False, str(exc)))
        else:
            lines.append(BulkLine(ref, True, result.message, result.replies))
    return lines
