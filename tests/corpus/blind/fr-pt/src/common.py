"""Shared helpers for the hand-written fr/pt blind corpus.

Texts live in batchNN.py as calls to M(...); accounts are registered with A(...).
Nothing here generates text: the renderer only wraps hand-written texts in MIME.
"""

MESSAGES = []
ACCOUNTS = {}


def A(num, user, email, plan, status, started, price, cur, trial=None):
    """Register an account and return its number (use the number in later messages)."""
    num = str(num)
    if num in ACCOUNTS:
        raise ValueError("duplicate account %s" % num)
    ACCOUNTS[num] = dict(account_number=num, username=user, email=email, plan=plan,
                         status=status, started_on=started, price=price, currency=cur,
                         trial_ends_on=trial or "")
    return num


def M(**kw):
    """One hand-written message with its labels."""
    MESSAGES.append(kw)


def Q(attr, text):
    """A '>'-quoted earlier message (Gmail/Apple/Thunderbird style): attribution line + text."""
    return ("gt", attr, text)


def OQ(head, text):
    """An Outlook-style quoted block: 'De : ... Envoyé : ...' header lines + text (not '>'-prefixed)."""
    return ("ol", head, text)
