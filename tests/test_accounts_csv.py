"""The accounts CSV (SPEC §3): all rows or none, every problem by line and column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailbot.accounts_csv import parse_accounts_csv
from mailbot.domain import AccountStatus, Plan
from mailbot.errors import CsvError

HEADER = "account_number,username,email,plan,status,started_on,price,currency"


def test_columns_in_any_order_with_optional_trial_end():
    """Columns may come in any order; trial_ends_on is optional; a BOM is fine."""
    data = ("\ufeffemail,plan,username,account_number,status,started_on,currency,price,"
            "trial_ends_on\n"
            "a@x.com,monthly,ann,481-0237,trial,2026-01-31,usd,19,2026-02-20\n"
            "b@x.com,yearly,bob,5520418,active,2025-06-01,EUR,490.00,\n").encode()
    accounts = parse_accounts_csv(data)
    assert [a.account_number for a in accounts] == ["4810237", "5520418"]
    first = accounts[0]
    assert first.plan == Plan.MONTHLY and first.status == AccountStatus.TRIAL
    assert first.price == Decimal("19.00") and first.currency == "USD"
    assert first.trial_ends_on == date(2026, 2, 20) and accounts[1].trial_ends_on is None


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("1,a,a@x.com,weekly,active,2026-01-01,19.00,USD", "line 2, column plan"),
        ("1,a,a@x.com,monthly,gone,2026-01-01,19.00,USD", "line 2, column status"),
        ("1,a,a@x.com,monthly,active,01/02/2026,19.00,USD", "line 2, column started_on"),
        ("1,a,a@x.com,monthly,active,2026-01-01,abc,USD", "line 2, column price"),
        ("1,a,a@x.com,monthly,active,2026-01-01,-5,USD", "line 2, column price"),
        ("1,a,a@x.com,monthly,active,2026-01-01,1.999,USD", "line 2, column price"),
        ("1,a,not-an-email,monthly,active,2026-01-01,19.00,USD", "line 2, column email"),
        ("1,a,a@x.com,monthly,active,2026-01-01,19.00,DOLLARS", "line 2, column currency"),
        (",a,a@x.com,monthly,active,2026-01-01,19.00,USD", "line 2, column account_number"),
        ("1,a,a@x.com,monthly,active", "line 2: 5 fields"),
    ],
)
def test_bad_rows_are_named_by_line_and_column(row, expected):
    """Each bad value is reported with its line and column, and nothing is returned."""
    with pytest.raises(CsvError) as info:
        parse_accounts_csv(f"{HEADER}\n{row}\n".encode(), "acc.csv")
    assert expected in str(info.value) and "nothing imported" in str(info.value)


def test_header_problems_and_duplicates():
    """Missing/unknown columns and repeated account numbers or usernames are refused."""
    with pytest.raises(CsvError, match="missing column"):
        parse_accounts_csv(b"account_number,username\n1,a\n")
    with pytest.raises(CsvError, match="unknown column"):
        parse_accounts_csv(f"{HEADER},colour\n".encode())
    dup = (f"{HEADER}\n1,a,a@x.com,monthly,active,2026-01-01,1,USD\n"
           "1,b,b@x.com,monthly,active,2026-01-01,1,USD\n"
           "2,A,c@x.com,monthly,active,2026-01-01,1,USD\n")
    with pytest.raises(CsvError) as info:
        parse_accounts_csv(dup.encode())
    assert "line 3, column account_number" in str(info.value)
    assert "line 4, column username" in str(info.value)


def test_not_utf8_or_empty():
    """A file that is not UTF-8, or empty, is refused with a clear reason."""
    with pytest.raises(CsvError, match="not UTF-8"):
        parse_accounts_csv(HEADER.encode() + b"\n1,\xe9,a@x.com,monthly,active,2026-01-01,1,USD")
    with pytest.raises(CsvError, match="empty"):
        parse_accounts_csv(b"")
