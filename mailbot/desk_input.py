"""What a person types at the review desk, checked before it reaches an action or a query.

Notes, reasons, refund amounts, corrected identifiers and queue filters are refused
with a message naming the limit or the allowed values (an ``InputError``); nothing a
person types goes into a LIKE pattern or past a column's size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal

from mailbot.config import Config
from mailbot.errors import InputError
from mailbot.flags import case_flags
from mailbot.policy import Policy
from mailbot.store import queue

MAX_NOTE = 2_000  # characters of a note or reason a person types
MAX_SEARCH = 200  # characters of a queue search term
MAX_REFUND_TEXT = 20  # characters of a typed refund amount
MAX_REFUND = Decimal("1000000000")  # well inside the Numeric(12, 2) columns


class TooLong(InputError):
    """A typed text is longer than the desk accepts; nothing was changed."""

    def __init__(self, what: str, length: int, limit: int):
        self.what, self.length, self.limit = what, length, limit
        super().__init__(f"the {what} is {length:,} characters long; the limit is "
                         f"{limit:,} characters")


def limited(text: str | None, what: str, limit: int = MAX_NOTE) -> str | None:
    """A typed note or reason, stripped (None when empty); refused when over the limit."""
    if text is None:
        return None
    if len(text) > limit:
        raise TooLong(what, len(text), limit)
    return text.strip() or None


_AMOUNT = re.compile(r"\d{1,10}(\.\d{1,2})?")
_CURRENCY = re.compile(r"[A-Za-z]{3}")


def refund_amount(text: object) -> Decimal | None:
    """A typed refund amount ("19.00"; "0" grants none), or None when left empty.

    Only plain decimals (digits, an optional point and at most two decimals): "1e3",
    "+5", "1,000", "NaN" and "Infinity" are refused, not read as numbers."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, bool) or not isinstance(text, str | int | float | Decimal):
        raise InputError(f"refund {str(text)[:40]!r} is not an amount like 19.00")
    value = str(text).strip()
    if len(value) > MAX_REFUND_TEXT:
        raise TooLong("refund amount", len(value), MAX_REFUND_TEXT)
    if not _AMOUNT.fullmatch(value):
        raise InputError(f"refund {value!r} is not an amount like 19.00 (digits, and at most "
                         "two decimals after a point)")
    amount = Decimal(value)
    if amount >= MAX_REFUND:
        raise InputError(f"refund {value!r} is not an amount like 19.00 (below "
                         f"{MAX_REFUND:,})")
    return amount


def refund_currency(text: object) -> str | None:
    """A typed ISO 4217 currency code ("USD"), upper-cased; None when left empty."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if not isinstance(text, str) or not _CURRENCY.fullmatch(text.strip()):
        raise InputError(f"currency {str(text)[:12]!r} is not a three-letter code like USD")
    return text.strip().upper()


def identifier(value: str | None, what: str, limit: int) -> str | None:
    """A corrected identifier as typed (None: unchanged); refused when over its column."""
    if value is not None and len(value.strip()) > limit:
        raise TooLong(what, len(value.strip()), limit)
    return value


def known_flags(policies: Iterable[Policy]) -> tuple[str, ...]:
    """The flags the queue can be filtered by: mailbot's own and those the policies declare."""
    return case_flags(f for policy in policies for rule in policy.rule_set.rules
                      for f in rule.flags)


def queue_filters(config: Config, policies: Callable[[], Iterable[Policy]], *,
                  tab: str = "flagged", flag: str | None = None,
                  mailbox: str | None = None, search: str | None = None,
                  received_before: datetime | None = None, limit: int = 100,
                  offset: int = 0) -> queue.Filters:
    """The queue's filters from what a person typed, checked: a known flag (of mailbot's
    own or the ``policies`` declare, read only when a flag is typed), a mailbox of the
    config file, a search term of sane length. Anything else is refused (InputError),
    never passed on to a query."""
    if tab not in queue.TABS:
        raise InputError(f"tab {tab[:40]!r} is not one of {', '.join(queue.TABS)}")
    if flag and flag not in (known := known_flags(policies())):
        raise InputError(f"flag {flag[:40]!r} is not a flag mailbot sets; use one of "
                         f"{', '.join(known)}")
    boxes = [box.name for box in config.mailbox_configs()]
    if mailbox and mailbox not in boxes:
        raise InputError(f"mailbox {mailbox[:40]!r} is not one of {', '.join(boxes)}")
    term = limited(search, "search term", MAX_SEARCH)
    return queue.Filters(tab=tab, flag=flag or None, mailbox=mailbox or None, search=term,
                         received_before=received_before, limit=limit, offset=offset)
