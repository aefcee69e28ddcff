"""The composition root: config, database, clock and each mailbox's policy and templates.

Nothing connects at import time; the CLI builds one App and passes it down.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mailbot.config import Config, MailboxConfig
from mailbot.errors import ConfigError
from mailbot.locks import MailboxLock, SenderIdentity
from mailbot.policy import Policy, load_policy
from mailbot.replies import Company, Renderer
from mailbot.store.accounts import KnownIds
from mailbot.store.db import Database, check_schema

if TYPE_CHECKING:
    from mailbot.dkimcheck import DkimVerifier

KNOWN_IDS_SECONDS = 10.0


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class MailboxRuntime:
    """One support mailbox, ready to process: its policy, templates and addresses."""

    name: str
    config: MailboxConfig
    policy: Policy
    renderer: Renderer
    company: Company
    from_address: str
    from_name: str
    own_addresses: frozenset[str]


class App:
    def __init__(self, config: Config, *, clock: Callable[[], datetime] = utc_now):
        self.config = config
        self.clock = clock
        self._runtimes: dict[str, MailboxRuntime] = {}
        self.locks: dict[str, MailboxLock] = {}  # mailboxes this process holds across polls
        self._sender: SenderIdentity | None = None
        self._known: dict[str, KnownIds] = {}

    @cached_property
    def dkim(self) -> DkimVerifier:
        from mailbot.dkimcheck import DkimVerifier

        return DkimVerifier(self.config.security.dns_servers)

    @cached_property
    def db(self) -> Database:
        return Database(self.config.database.url)

    def ready(self) -> App:
        """Refuse to go on with a database that has no (current) schema."""
        check_schema(self.db.engine)
        return self

    @property
    def secret(self) -> bytes:
        return self.config.thread_secret()

    @property
    def dry_run(self) -> bool:
        return self.config.service.dry_run

    def runtime(self, name: str = "default") -> MailboxRuntime:
        if name not in self._runtimes:
            self._runtimes[name] = self._build(self.config.mailbox(name))
        return self._runtimes[name]

    def mailbox_names(self) -> list[str]:
        """Every mailbox this installation has, with or without [imap]."""
        return [box.name for box in self.config.mailbox_configs()]

    def find_runtime(self, name: str) -> MailboxRuntime | None:
        """The mailbox of that name, or None when the configuration has none."""
        try:
            return self.runtime(name)
        except ConfigError:
            return None

    def runtimes(self) -> list[MailboxRuntime]:
        return [self.runtime(box.name) for box in self.config.mailbox_configs()
                if box.imap is not None or box.name == "default"]

    def _build(self, box: MailboxConfig) -> MailboxRuntime:
        policy = load_policy(box.policy, Path(self.config.base_dir))
        site_dir = box.replies.template_dir
        site = self.config.resolve_path(site_dir) if site_dir else None
        from_address = (box.smtp.from_address if box.smtp else None) or box.own_address
        from_address = from_address or "mailbot@localhost"
        from_name = box.smtp.from_name if box.smtp else "Support"
        own = {from_address.lower()}
        for candidate in (box.own_address, box.imap.username if box.imap else None):
            if candidate and "@" in candidate:
                own.add(candidate.lower())
        contact = box.policy.contact or policy.contact
        return MailboxRuntime(
            name=box.name,
            config=box,
            policy=policy,
            renderer=Renderer(site),
            company=Company(name=from_name, contact=contact, support_address=from_address),
            from_address=from_address,
            from_name=from_name,
            own_addresses=frozenset(own),
        )

    def output_dir(self, box: MailboxConfig) -> Path | None:
        return self.config.resolve_path(box.replies.output_dir) if box.replies.output_dir else None

    def known_ids(self, mailbox: str, session: Session) -> KnownIds:
        """The known account numbers and usernames of a mailbox, re-read at most every few
        seconds (an import in another process shows up within that time)."""
        cached = self._known.get(mailbox)
        if cached is None or time.monotonic() - cached.loaded_at > KNOWN_IDS_SECONDS:
            cached = self._known[mailbox] = KnownIds(session, mailbox)
        return cached.bind(session)

    @property
    def sender(self) -> SenderIdentity:
        """This process as an outbox sender (created on first use)."""
        if self._sender is None:
            self._sender = SenderIdentity(self)
        self._sender.ensure()
        return self._sender

    def close(self) -> None:
        if self._sender is not None:
            self._sender.close()
        if "db" in self.__dict__:
            self.db.dispose()
