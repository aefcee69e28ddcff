"""Shared helpers for the hand-written blind corpus (en-c).

Every message text lives in batchNN.py as a call to M(...). A(...) declares an
account (returns its number) so that accounts.csv lists exactly the accounts
the messages refer to.
"""

ACCOUNTS = {}

TIER_PRICE = {
    ("S", "monthly"): "19.00", ("P", "monthly"): "49.00", ("T", "monthly"): "99.00",
    ("S", "yearly"): "190.00", ("P", "yearly"): "490.00", ("T", "yearly"): "990.00",
}


def A(num, username, email, plan="monthly", status="active", start="2025-05-01",
      tier="P", price=None, cur="USD", trial=None):
    """Declare an account; returns its number (use it as acct=...)."""
    assert isinstance(num, int) and 4000000 <= num <= 4499999, num
    rec = dict(account_number=str(num), username=username, email=email, plan=plan,
               status=status, started_on=start,
               price=price or TIER_PRICE[(tier, plan)], currency=cur,
               trial_ends_on=trial or "")
    old = ACCOUNTS.get(num)
    if old is not None and old != rec:
        raise ValueError("account %d declared twice with different data" % num)
    ACCOUNTS[num] = rec
    return num


INTENTS = {"c": "cancellation", "o": "other", "a": "auto_reply", "b": "bounce"}


def M(**kw):
    """One hand-written message. See build.py for the keys."""
    kw["i"] = INTENTS.get(kw.get("i"), kw.get("i"))
    return kw
