"""The composition root: config, database, clock and each mailbox's policy and templates.

Nothing connects at import time; the CLI builds one App and passes it down. The chain and
the desk's actions get a ChainContext from it: only what they use, never the App.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from mailbot.config import (
    Config,
    MailboxConfig,
    ParsingConfig,
    ReviewConfig,
    SecurityConfig,
    entry_config,
    parse_mailbox_entry,
)
from mailbot.errors import ConfigError, MailbotError
from mailbot.locks import HeldLocks, SenderIdentity
from mailbot.policy import Policy, load_policy
from mailbot.replies import Company, Renderer
from mailbot.store import mailboxes as mailbox_store
from mailbot.store.accounts import KnownIds
from mailbot.store.db import Database, check_schema

if TYPE_CHECKING:
    from mailbot.authentication import AuthVerdict
    from mailbot.dkimcheck import DkimVerifier
    from mailbot.mailer import Deliverer

log = logging.getLogger("mailbot.app")
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


@dataclass(frozen=True)
class ChainContext:
    """What the chain and the desk's actions use, built once by a composition root
    (``App.chain_context()``): the database, the config sections they read, the clock, the
    thread secret, dry_run and ways to find a mailbox, its known ids and a sender's DKIM
    verdict. A Batch (mailbot.flow.lookups) is made from it; no step reaches the App."""

    db: Database
    clock: Callable[[], datetime]
    parsing: ParsingConfig
    security: SecurityConfig
    review: ReviewConfig
    secret: bytes  # signs thread tokens (Config.thread_secret)
    dry_run: bool
    desk_zone: ZoneInfo  # the desk shows times in it (Config.desk_zone)
    runtime: Callable[[str], MailboxRuntime]  # a mailbox by name (App.runtime)
    known_ids: Callable[[str, Session], KnownIds]  # App.known_ids, cached across batches
    verify: Callable[[bytes, str], AuthVerdict]  # DKIM/DMARC of a raw message's sender


class App:
    def __init__(self, config: Config, *, clock: Callable[[], datetime] = utc_now):
        self.config = config
        self.clock = clock
        self._runtimes: dict[str, MailboxRuntime] = {}
        self.locks = HeldLocks()  # mailboxes this process holds across polls
        self._sender: SenderIdentity | None = None
        self._known: dict[str, KnownIds] = {}
        self._policies: dict[str, Policy] = {}
        self._stored: dict[str, MailboxConfig] | None = None  # defined in the database
        self._stored_at: dict[str, datetime] = {}  # their definitions' last change
        self.unusable_mailboxes: dict[str, str] = {}  # stored ones that fail validation: why

    @cached_property
    def dkim(self) -> DkimVerifier:
        from mailbot.dkimcheck import DkimVerifier

        return DkimVerifier(self.config.security.dns_servers)

    @cached_property
    def db(self) -> Database:
        # A thread of `mailbot run`'s work may hold a few connections at once (a session,
        # shard locks, delivery marks), besides the service's own (locks, jobs).
        threads = self.config.service.threads
        return Database(self.config.database.url, pool_size=5, max_overflow=5 + 5 * threads)

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

    def chain_context(self) -> ChainContext:
        """What the chain and the desk's actions use (the DKIM verifier is made on first
        use, as ever)."""
        return ChainContext(
            db=self.db, clock=self.clock, parsing=self.config.parsing,
            security=self.config.security, review=self.config.review, secret=self.secret,
            dry_run=self.dry_run, desk_zone=self.config.desk_zone, runtime=self.runtime,
            known_ids=self.known_ids, verify=lambda raw, sender: self.dkim.verify(raw, sender))

    def runtime(self, name: str = "default") -> MailboxRuntime:
        if name not in self._runtimes:
            box = self.stored_mailboxes().get(name) if name not in self._file_names else None
            self._runtimes[name] = self._build(box or self.config.mailbox(name))
        return self._runtimes[name]

    def mailbox_configs(self) -> list[MailboxConfig]:
        """The config file's mailboxes, then those defined in the database."""
        return self.config.mailbox_configs() + list(self.stored_mailboxes().values())

    def mailbox_names(self) -> list[str]:
        """Every mailbox this installation has, with or without [imap]."""
        return [box.name for box in self.mailbox_configs()]

    @cached_property
    def _file_names(self) -> frozenset[str]:
        return frozenset(box.name for box in self.config.mailbox_configs())

    def stored_mailboxes(self) -> dict[str, MailboxConfig]:
        """The mailboxes defined in the database (``mailbot mailboxes add``), as last read."""
        if self._stored is None:
            self.reload_mailboxes()
        return self._stored or {}

    def reload_mailboxes(self) -> set[str]:
        """Read the database's mailboxes again, definitions only where they changed; returns
        the names added, changed or removed (their runtimes are built afresh when next
        asked for). A name the config file also has is the file's."""
        with self.db.session(readonly=True) as session:
            versions = mailbox_store.versions(session)
            changed = {n for n, at in versions.items() if self._stored_at.get(n) != at}
            fresh = mailbox_store.definitions(session, sorted(changed)) if changed else {}
        gone = set(self._stored_at) - set(versions)
        boxes = {n: box for n, box in (self._stored or {}).items() if n not in gone}
        for name in gone:
            self.unusable_mailboxes.pop(name, None)
        for name, definition in fresh.items():
            boxes.pop(name, None)
            self.unusable_mailboxes.pop(name, None)
            if name in self._file_names:
                log.warning("mailbox %s is in the config file and in the database: the file's "
                            "is used ('mailbot mailboxes remove %s' ends the doubt)", name, name)
                continue
            try:
                boxes[name] = entry_config(parse_mailbox_entry(
                    {**definition, "name": name}, f"mailbox {name} in the database"))
            except MailbotError as exc:
                log.error("mailbox %s in the database is not usable: %s", name, exc)
                self.unusable_mailboxes[name] = str(exc)
        self._stored, self._stored_at = boxes, versions
        for name in changed | gone:
            self._runtimes.pop(name, None)
        return changed | gone

    def find_runtime(self, name: str) -> MailboxRuntime | None:
        """The mailbox of that name, or None when the configuration has none."""
        try:
            return self.runtime(name)
        except ConfigError:
            return None

    def policies(self) -> list[Policy]:
        """The policies of the config file's mailboxes (the desk filters by their flags)."""
        return [self.runtime(box.name).policy for box in self.config.mailbox_configs()]

    def runtimes(self) -> list[MailboxRuntime]:
        return [self.runtime(box.name) for box in self.mailbox_configs()
                if box.imap is not None or box.name == "default"]

    def _build(self, box: MailboxConfig) -> MailboxRuntime:
        key = box.policy.model_dump_json()  # mailboxes with one policy share it (and its memory)
        policy = self._policies.get(key)
        if policy is None:
            policy = self._policies[key] = load_policy(box.policy, Path(self.config.base_dir))
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

    def deliverer(self, rt: MailboxRuntime) -> Deliverer | None:
        """What sends the mailbox's outbox (mailer.Deliverer, guarded by the circuit
        breaker), or None without [smtp] or in a dry run."""
        from mailbot.mailer import Deliverer
        from mailbot.safety import Breaker

        smtp = rt.config.smtp
        if smtp is None or self.dry_run:
            return None
        return Deliverer(self.db, rt.name, smtp, service=self.config.service, clock=self.clock,
                         sender=lambda: self.sender, output_dir=self.output_dir(rt.config),
                         guard=Breaker(self.db, self.config.security, self.clock))

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
            self._sender = SenderIdentity(self.db)
        self._sender.ensure()
        return self._sender

    def close(self) -> None:
        if self._sender is not None:
            self._sender.close()
        if "db" in self.__dict__:
            self.db.dispose()
