"""A message's working state in the chain (Turn) and what a step decides for it (Verdict).

Shared by the chain's steps (mailbot.flow.decide) and the case moves they make
(mailbot.flow.case_moves); it imports neither.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Unpack

from sqlalchemy.orm import Session

from mailbot.app import ChainContext, MailboxRuntime
from mailbot.domain import (
    Extraction,
    MailContent,
    Outcome,
)
from mailbot.flow.lookups import Batch
from mailbot.flow.reply import Said, queue_reply
from mailbot.store import cases as case_store
from mailbot.store.models import CaseRow, MessageRow


@dataclass(frozen=True)
class ReplyAction:
    """A reply a step decided to send; queued where the verdict is applied (run_chain)."""

    kind: str
    case: CaseRow
    to: str
    said: Said


@dataclass(frozen=True)
class Verdict:
    """What a chain step decided for one message, applied in one place (``run_chain``).

    The step has already moved its case on; the verdict says what to record on the message
    (its outcome and flags, the case it joins, whether it is filed away, for a policy
    decision the policy rule) and which replies to queue."""

    outcome: Outcome
    flags: tuple[str, ...] = ()
    case: CaseRow | None = None
    move: bool = False
    policy_rule: str | None = None
    replies: tuple[ReplyAction, ...] = ()


def verdict(outcome: Outcome, *flags: str, case: CaseRow | None = None, move: bool = False,
            policy_rule: str | None = None) -> Verdict:
    """A Verdict, flags given as arguments (each once)."""
    return Verdict(outcome, tuple(dict.fromkeys(flags)), case, move, policy_rule)


Step = Callable[["Turn"], Verdict | None]


@dataclass
class Turn:
    """The working state of one message while the chain runs."""

    batch: Batch
    row: MessageRow
    content: MailContent
    extraction: Extraction
    outcome: Outcome = Outcome.IGNORED
    flags: list[str] = field(default_factory=list)
    move: bool = False
    rule: str | None = None  # "<step>" or "<step>/policy:<rule>", once a step decided
    said: list[ReplyAction] = field(default_factory=list)  # replies decided, not yet queued
    replies: tuple[ReplyAction, ...] = ()  # the deciding verdict's replies

    @property
    def session(self) -> Session:
        return self.batch.session

    @property
    def ctx(self) -> ChainContext:
        return self.batch.ctx

    @property
    def rt(self) -> MailboxRuntime:
        return self.batch.rt

    @property
    def sender(self) -> str:
        return self.content.sender.strip().lower()

    @property
    def now(self) -> datetime:
        return self.ctx.clock()

    def take_said(self) -> tuple[ReplyAction, ...]:
        """The replies steps decided so far, handed over once."""
        said, self.said = tuple(self.said), []
        return said

    def decided(self, v: Verdict) -> Verdict:
        """The step's verdict with the replies it decided on the way."""
        said = self.take_said()
        return dataclasses.replace(v, replies=(*v.replies, *said)) if said else v

    def queue(self, replies: tuple[ReplyAction, ...]) -> None:
        """Queue the replies of an applied verdict (the one place replies are queued)."""
        for r in replies:
            queue_reply(self.session, self.rt, self.batch.budget, now=self.ctx.clock(),
                        secret=self.ctx.secret, dry_run=self.ctx.dry_run, kind=r.kind,
                        to_addr=r.to, case=r.case, message=self.row, content=self.content,
                        language=self.extraction.language, **r.said)

    def apply(self, step: str, v: Verdict) -> None:
        """Record the deciding step's verdict on the turn (run_chain writes the row)."""
        self.outcome = v.outcome
        self.flags.extend(f for f in v.flags if f not in self.flags)
        self.move = v.move
        self.replies = v.replies
        self.rule = f"{step}/policy:{v.policy_rule}" if v.policy_rule else step
        if v.case is not None:
            self.row.case = v.case
            if self.content.message_id:
                self.batch.by_message_id[self.content.message_id] = v.case

    def reply(self, kind: str, case: CaseRow, to: str | None = None, **said: Unpack[Said]
              ) -> None:
        if not (to or self.sender):
            # From gave no single clean mailbox: nobody to answer (never a guessed address).
            self.audit(case, "reply_not_sent", kind=kind,
                       reason=self.content.sender_problem or "no sender address")
            return
        self.said.append(ReplyAction(kind, case, to or self.sender, said))

    def audit(self, case: CaseRow, action: str, **details: Any) -> None:
        case_store.audit(self.session, "mailbot", action, case=case, message=self.row,
                         at=self.now, **details)
