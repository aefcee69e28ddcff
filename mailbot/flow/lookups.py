"""What the chain looks up for a batch of messages: accounts, open cases, reply counts.

Fetched once per batch (``prefetch``) and kept current in memory as the chain decides,
so deciding a thousand messages costs a few queries, not a few thousand. The chain's
steps (mailbot.flow.decide) read it, and what else they use (the database, the config
sections, the clock) through its ``ctx`` (mailbot.app.ChainContext); mailbot.flow.batch
makes one per batch, the review desk one per action.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy.orm import Session

from mailbot import refunds
from mailbot.app import ChainContext, MailboxRuntime
from mailbot.domain import Extraction, Intent, MailContent
from mailbot.flow.reply import ReplyBudget
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store.models import AccountRow, CaseRow

log = logging.getLogger("mailbot.flow.lookups")


class Batch:
    """What the chain looks up for a batch of messages, fetched once and kept current."""

    def __init__(self, session: Session, ctx: ChainContext, rt: MailboxRuntime):
        self.session, self.ctx, self.rt = session, ctx, rt
        self.known = ctx.known_ids(rt.name, session)
        self.budget = ReplyBudget(session, ctx.security, ctx.clock())
        self.references = case_store.References(session)
        self.by_number: dict[str, AccountRow | None] = {}
        self.by_username: dict[str, AccountRow | None] = {}
        self.by_email: dict[str, list[AccountRow]] = {}
        self.active: dict[int, CaseRow | None] = {}  # account id -> open or confirmed case
        self.by_message_id: dict[str, CaseRow] = {}  # cases of this batch's messages
        self.locked: set[int] = set()  # accounts locked in the current write transaction
        self._policy_recorded = False

    def prefetch(self, readings: Iterable[tuple[MailContent, Extraction]]) -> None:
        numbers: set[str] = set()
        usernames: set[str] = set()
        senders: set[str] = set()
        for content, extraction in readings:
            senders.add(content.sender.strip().lower())
            if extraction.intent == Intent.CANCELLATION:
                if extraction.account_number is not None:
                    numbers.add(extraction.account_number)
                if extraction.username is not None:
                    usernames.add(extraction.username)
        box, s = self.rt.name, self.session
        found = account_store.many(s, box, numbers, usernames, senders - {""})
        for key in numbers:
            self.by_number[account_store.normalize_account_number(key)] = None
        for key in usernames:
            self.by_username[key.casefold()] = None
        for sender in senders:
            self.by_email[sender] = []
        for row in found:
            self.by_number[row.account_number] = row
            self.by_username[row.username_key] = row
            self.by_email.setdefault(row.email_key, [])
            if row not in self.by_email[row.email_key]:
                self.by_email[row.email_key].append(row)
        ids = [row.id for row in found]
        self.active.update({i: None for i in ids})
        self.active.update({c.account_id: c for c in case_store.active_for_accounts(s, ids)
                            if c.account_id is not None})  # (always: found by account id)
        self.budget.prefetch(senders)

    def number(self, number: str) -> AccountRow | None:
        key = account_store.normalize_account_number(number)
        if key not in self.by_number:
            self.by_number[key] = account_store.by_number(self.session, self.rt.name, key)
        return self.by_number[key]

    def username(self, username: str) -> AccountRow | None:
        key = username.casefold()
        if key not in self.by_username:
            self.by_username[key] = account_store.by_username(self.session, self.rt.name, key)
        return self.by_username[key]

    def email(self, address: str) -> list[AccountRow]:
        key = address.lower()
        if key not in self.by_email:
            self.by_email[key] = account_store.by_email(self.session, self.rt.name, key)
        return self.by_email[key]

    def lock_accounts(self, readings: Iterable[tuple[MailContent, Extraction]]) -> None:
        """At the start of a write transaction (PostgreSQL, several workers): lock the
        accounts these messages may concern, in one sorted statement so two workers can never
        deadlock, and read their open cases afresh. Another worker's request for one of them
        waits for this transaction, then sees its case."""
        if not self.ctx.db.is_postgres:
            return
        ids = set()
        for content, e in readings:
            if e.intent != Intent.CANCELLATION:
                continue
            for row in (self.number(e.account_number) if e.account_number else None,
                        self.username(e.username) if e.username else None,
                        *self.email(content.sender)):
                if row is not None:
                    ids.add(row.id)
        self._lock(ids)

    def _lock(self, account_ids: set[int]) -> None:
        todo = sorted(account_ids - self.locked)
        if not todo:
            return
        account_store.lock_for_transaction(self.session, todo)
        self.locked.update(todo)
        with self.session.no_autoflush:
            fresh = {c.account_id: c for c in case_store.active_for_accounts(self.session, todo)}
        for account_id in todo:
            mine = self.active.get(account_id)
            if account_id in fresh or mine is None or mine.status not in case_store.ACTIVE:
                self.active[account_id] = fresh.get(account_id)

    def active_case(self, account_id: int, exclude: CaseRow | None = None) -> CaseRow | None:
        """The account's open or confirmed case (read under the account's lock on
        PostgreSQL, see lock_accounts)."""
        if self.ctx.db.is_postgres:
            self._lock({account_id})
        elif account_id not in self.active:
            self.active[account_id] = case_store.active_for_account(self.session, account_id)
        case = self.active[account_id]
        if case is None or case is exclude or case.status not in case_store.ACTIVE:
            return None
        return case

    def remember_policy(self) -> None:
        """Keep the text of the policy version deciding in this batch (once per batch)."""
        if self._policy_recorded:
            return
        policy = self.rt.policy
        with self.session.no_autoflush:
            if case_store.other_digests(self.session, policy.id, policy.digest):
                log.warning("policy %s changed without a new version number; decisions record "
                            "the digest %s of the text that made them — bump 'version' in the "
                            "policy file", policy.id, policy.digest[:12])
        case_store.remember_policy(self.session, policy.id, policy.digest, policy.text)
        self._policy_recorded = True

    def policy_approval(self) -> refunds.Approval:
        """A refund the policy itself grants is approved by the policy, due in N days."""
        now = self.ctx.clock()
        return refunds.Approval(
            actor=f"mailbot ({self.rt.policy.id})", role="policy",
            today=now.astimezone(self.rt.policy.zone).date(),
            processing_days=self.rt.config.policy.refund_processing_days,
            four_eyes=self.ctx.review.four_eyes_refund)

    def now_active(self, account_id: int, case: CaseRow) -> None:
        current = self.active.get(account_id)
        if current is None or current.status not in case_store.ACTIVE:
            self.active[account_id] = case
