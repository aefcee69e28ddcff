"""The accounts CSV (SPEC §3): reading and validating it, all rows or none.

An optional ``mailbox`` column puts each row in a mailbox of its own, so one file
fills many mailboxes at once; account numbers and usernames are unique per mailbox.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from datetime import date
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr

from mailbot.domain import Account, AccountStatus, Plan
from mailbot.errors import CsvError

REQUIRED = (
    "account_number", "username", "email", "plan", "status", "started_on", "price", "currency"
)
OPTIONAL = ("trial_ends_on", "mailbox")
_SEPARATORS = re.compile(r"[\s\-]+")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def normalize_account_number(value: str) -> str:
    """Account numbers compare without spaces or dashes, letters upper-cased."""
    return _SEPARATORS.sub("", value).upper()


class _Row:
    """Validates one CSV row, collecting a problem per bad column."""

    def __init__(self, line: int, values: dict[str, str], problems: list[str]):
        self.line = line
        self.values = values
        self.problems = problems

    def bad(self, column: str, message: str) -> None:
        self.problems.append(f"line {self.line}, column {column}: {message}")

    def text(self, column: str) -> str:
        value = (self.values.get(column) or "").strip()
        if not value and column in REQUIRED:
            self.bad(column, "is empty")
        return value

    def date(self, column: str) -> date | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.bad(column, f"{value!r} is not an ISO date (YYYY-MM-DD)")
            return None

    def choice(self, column: str, enum: type[Plan] | type[AccountStatus]) -> str | None:
        value = self.text(column).lower()
        if value and value not in {member.value for member in enum}:
            allowed = ", ".join(member.value for member in enum)
            self.bad(column, f"{value!r} is not one of {allowed}")
            return None
        return value or None

    def price(self) -> Decimal | None:
        value = self.text("price")
        if not value:
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            self.bad("price", f"{value!r} is not a decimal amount")
            return None
        if not amount.is_finite() or amount < 0:
            self.bad("price", f"{value!r} must be zero or more")
            return None
        if amount.as_tuple().exponent < -2:  # type: ignore[operator]
            self.bad("price", f"{value!r} has more than 2 decimal places")
            return None
        return amount.quantize(Decimal("0.01"))

    def email(self) -> str:
        value = self.text("email")
        _name, address = parseaddr(value)
        if value and (address != value or "@" not in value or value.startswith("@")):
            self.bad("email", f"{value!r} is not an email address")
        return value


def _account(row: _Row) -> Account | None:
    before = len(row.problems)
    number = normalize_account_number(row.text("account_number"))
    username = row.text("username")
    email = row.email()
    plan = row.choice("plan", Plan)
    status = row.choice("status", AccountStatus)
    started_on = row.date("started_on")
    price = row.price()
    currency = row.text("currency").upper()
    if currency and not _CURRENCY.match(currency):
        row.bad("currency", f"{currency!r} is not an ISO 4217 code like USD")
    trial_ends_on = row.date("trial_ends_on") if row.values.get("trial_ends_on") else None
    if started_on and trial_ends_on and trial_ends_on < started_on:
        row.bad("trial_ends_on", "is before started_on")
    if len(row.problems) > before:
        return None
    assert plan and status and started_on and price is not None
    return Account(
        account_number=number,
        username=username,
        email=email,
        plan=Plan(plan),
        status=AccountStatus(status),
        started_on=started_on,
        price=price,
        currency=currency,
        trial_ends_on=trial_ends_on,
    )


def _mailbox(row: _Row, mailboxes: Collection[str] | None) -> str | None:
    value = (row.values.get("mailbox") or "").strip()
    if not value:
        row.bad("mailbox", "is empty; name the row's mailbox")
        return None
    if mailboxes is not None and value not in mailboxes:
        row.bad("mailbox", f"{value!r} is not a mailbox of this installation "
                           "(see 'mailbot mailboxes list')")
        return None
    return value


def _check_header(header: list[str], path: str) -> list[str]:
    columns = [c.strip().lower() for c in header]
    problems = []
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append(f"line 1: missing column(s) {', '.join(missing)}")
    unknown = [c for c in columns if c not in REQUIRED + OPTIONAL]
    if unknown:
        problems.append(f"line 1: unknown column(s) {', '.join(unknown)}")
    duplicated = sorted({c for c in columns if columns.count(c) > 1})
    if duplicated:
        problems.append(f"line 1: column(s) {', '.join(duplicated)} appear more than once")
    if problems:
        raise CsvError(path, problems)
    return columns


def parse_accounts_csv(data: bytes, path: str = "<csv>") -> list[Account]:
    """Every account in a file without a mailbox column, or CsvError listing each bad row
    by line and column."""
    return [account for _box, account in _parse(data, path, None)]


def parse_accounts_by_mailbox(data: bytes, path: str, mailboxes: Collection[str],
                              default: str | None) -> dict[str, list[Account]]:
    """The file's accounts per mailbox: each row's ``mailbox`` column, which must name one of
    ``mailboxes``, or (no such column) every row in ``default``. CsvError lists each bad row
    by line and column; a file with the column and a ``default`` as well is refused."""
    rows = _parse(data, path, mailboxes)
    out: dict[str, list[Account]] = {}
    for box, account in rows:
        if box is not None and default is not None:
            raise CsvError(path, ["line 1: the file has a mailbox column; leave out --mailbox "
                                  "(or the column)"])
        out.setdefault(box or default or "default", []).append(account)
    return out


def _parse(data: bytes, path: str, mailboxes: Collection[str] | None
           ) -> list[tuple[str | None, Account]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvError(path, [f"not UTF-8 (byte {exc.start})"]) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header:
            raise CsvError(path, ["the file is empty; expected a header row"])
        columns = _check_header(header, path)
        if "mailbox" in columns and mailboxes is None:
            raise CsvError(path, ["line 1: unknown column(s) mailbox"])
        accounts: list[tuple[str | None, Account]] = []
        problems: list[str] = []
        seen_numbers: dict[tuple[str | None, str], int] = {}
        seen_usernames: dict[tuple[str | None, str], int] = {}
        for record in reader:
            line = reader.line_num
            if not any(field.strip() for field in record):
                continue
            if len(record) != len(columns):
                problems.append(f"line {line}: {len(record)} fields, header has {len(columns)}")
                continue
            row = _Row(line, dict(zip(columns, record, strict=True)), problems)
            box = _mailbox(row, mailboxes) if "mailbox" in columns else None
            account = _account(row)
            if account is None or (box is None and "mailbox" in columns):
                continue
            for seen, key, column in (
                (seen_numbers, account.account_number, "account_number"),
                (seen_usernames, account.username.casefold(), "username"),
            ):
                where = f" for mailbox {box}" if box is not None else ""
                if (box, key) in seen:
                    row.bad(column, f"{key!r} already given{where} on line {seen[box, key]}")
                seen.setdefault((box, key), line)
            accounts.append((box, account))
    except csv.Error as exc:
        raise CsvError(path, [f"line {reader.line_num}: {exc}"]) from None
    if problems:
        raise CsvError(path, problems)
    return accounts
