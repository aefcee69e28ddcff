"""Queries on accounts: import upserts and the lookups identity resolution needs."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot.accounts_csv import normalize_account_number
from mailbot.domain import Account, AccountStatus, Plan
from mailbot.errors import CsvError
from mailbot.locks import lock_key
from mailbot.store.models import AccountRow


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


def to_domain(row: AccountRow) -> Account:
    return Account(
        account_number=row.account_number,
        username=row.username,
        email=row.email,
        plan=Plan(row.plan),
        status=AccountStatus(row.status),
        started_on=row.started_on,
        price=row.price,
        currency=row.currency,
        trial_ends_on=row.trial_ends_on,
    )


def _fields(account: Account) -> dict[str, object]:
    return {
        "username": account.username,
        "username_key": account.username.casefold(),
        "email": account.email,
        "email_key": account.email.lower(),
        "plan": account.plan.value,
        "status": account.status.value,
        "started_on": account.started_on,
        "trial_ends_on": account.trial_ends_on,
        "price": account.price,
        "currency": account.currency,
    }


def upsert_many(session: Session, by_mailbox: dict[str, list[Account]], path: str
                ) -> dict[str, ImportReport]:
    """upsert_accounts for each mailbox of one file, in the caller's one transaction: every
    mailbox's problems are reported together, and on any of them nothing is imported."""
    reports: dict[str, ImportReport] = {}
    problems: list[str] = []
    for mailbox, accounts in sorted(by_mailbox.items()):
        try:
            reports[mailbox] = upsert_accounts(session, mailbox, accounts, path)
        except CsvError as exc:
            where = f"mailbox {mailbox}: " if len(by_mailbox) > 1 else ""
            problems += [where + problem for problem in exc.problems]
    if problems:
        raise CsvError(path, problems)
    return reports


def upsert_accounts(
    session: Session, mailbox: str, accounts: Iterable[Account], path: str
) -> ImportReport:
    """Insert new accounts and update changed ones; refuse a username that another account has."""
    accounts = list(accounts)
    existing = {
        row.account_number: row
        for row in session.scalars(select(AccountRow).where(AccountRow.mailbox == mailbox))
    }
    # After the import, a username must still name exactly one account.
    final = {number: row.username_key for number, row in existing.items()}
    final.update({a.account_number: a.username.casefold() for a in accounts})
    holders: dict[str, list[str]] = {}
    for number, key in final.items():
        holders.setdefault(key, []).append(number)
    problems = [
        f"username {a.username!r} would also belong to account(s) "
        f"{', '.join(n for n in holders[a.username.casefold()] if n != a.account_number)}"
        for a in accounts
        if len(holders[a.username.casefold()]) > 1
    ]
    if problems:
        raise CsvError(path, problems)
    created = updated = unchanged = 0
    for account in accounts:
        fields = _fields(account)
        row = existing.get(account.account_number)
        if row is None:
            session.add(AccountRow(mailbox=mailbox, account_number=account.account_number,
                                   **fields))
            created += 1
        elif any(getattr(row, key) != value for key, value in fields.items()):
            for key, value in fields.items():
                setattr(row, key, value)
            updated += 1
        else:
            unchanged += 1
    return ImportReport(created, updated, unchanged)


def by_number(session: Session, mailbox: str, number: str) -> AccountRow | None:
    return session.scalar(
        select(AccountRow).where(
            AccountRow.mailbox == mailbox,
            AccountRow.account_number == normalize_account_number(number),
        )
    )


def by_username(session: Session, mailbox: str, username: str) -> AccountRow | None:
    return session.scalar(
        select(AccountRow).where(
            AccountRow.mailbox == mailbox, AccountRow.username_key == username.casefold()
        )
    )


def by_email(session: Session, mailbox: str, email: str) -> list[AccountRow]:
    return list(
        session.scalars(
            select(AccountRow)
            .where(AccountRow.mailbox == mailbox, AccountRow.email_key == email.lower())
            .order_by(AccountRow.id)
        )
    )


def many(session: Session, mailbox: str, numbers: Iterable[str], usernames: Iterable[str],
         emails: Iterable[str]) -> list[AccountRow]:
    """Every account named by any of these numbers, usernames or email addresses."""
    numbers = sorted({normalize_account_number(n) for n in numbers})
    usernames = sorted({u.casefold() for u in usernames})
    emails = sorted({e.lower() for e in emails})
    found: dict[int, AccountRow] = {}
    for column, values in ((AccountRow.account_number, numbers),
                           (AccountRow.username_key, usernames), (AccountRow.email_key, emails)):
        for start in range(0, len(values), 500):
            chunk = values[start:start + 500]
            for row in session.scalars(select(AccountRow).where(AccountRow.mailbox == mailbox,
                                                                column.in_(chunk))):
                found[row.id] = row
    return list(found.values())


def count(session: Session, mailbox: str | None = None) -> int:
    query = select(func.count()).select_from(AccountRow)
    if mailbox is not None:
        query = query.where(AccountRow.mailbox == mailbox)
    return session.scalar(query) or 0


class KnownIds:
    """Which account numbers and usernames exist in a mailbox, for the extractor's checks.

    Small account tables (the usual case) are read once into sets; large ones are
    asked per value, with a cache, so memory stays bounded either way.
    """

    IN_MEMORY_LIMIT = 200_000

    def __init__(self, session: Session, mailbox: str):
        self._session, self._mailbox = session, mailbox
        self.loaded_at = time.monotonic()
        self._numbers: set[str] | None = None
        self._usernames: set[str] | None = None
        self._cache: dict[tuple[str, str], bool] = {}
        if count(session, mailbox) <= self.IN_MEMORY_LIMIT:
            self._numbers, self._usernames = set(), set()
            rows = session.execute(
                select(AccountRow.account_number, AccountRow.username_key)
                .where(AccountRow.mailbox == mailbox)
                .execution_options(yield_per=2000)  # streamed: no list of all rows at once
            )
            for number, username in rows:
                self._numbers.add(number)
                self._usernames.add(username)

    def bind(self, session: Session) -> KnownIds:
        """Use this session for the per-value questions of a large table."""
        self._session = session
        return self

    def has_number(self, number: str) -> bool:
        key = normalize_account_number(number)
        if self._numbers is not None:
            return key in self._numbers
        return self._ask("n", key, lambda: by_number(self._session, self._mailbox, key))

    def has_username(self, username: str) -> bool:
        key = username.casefold()
        if self._usernames is not None:
            return key in self._usernames
        return self._ask("u", key, lambda: by_username(self._session, self._mailbox, key))

    def _ask(self, kind: str, key: str, query) -> bool:
        if (kind, key) not in self._cache:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[(kind, key)] = query() is not None
        return self._cache[(kind, key)]


def lock_for_transaction(session: Session, account_ids: Iterable[int]) -> None:
    """PostgreSQL: take the accounts' advisory locks until the transaction ends (in key
    order, so two workers locking overlapping sets cannot deadlock)."""
    keys = sorted(lock_key(f"account:{i}") for i in account_ids)
    session.execute(select(func.pg_advisory_xact_lock(func.unnest(keys))))
