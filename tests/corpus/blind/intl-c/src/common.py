"""Shared helpers for the hand-written de/es/fr/pt blind corpus (intl-c).

M(...) records one hand-written message with its labels; A(...) records
accounts (one line per account: number username email [key=value ...]).
Nothing here generates text: every body/subject is typed in the batch files.
"""

NUMBERS = range(4500000, 5000000)  # this writer's account numbers

INTENT_BAND = {"cancellation": "clear", "other": "not", "auto_reply": "not", "bounce": "not"}


def M(n, frm, subj, body, *, i, k, date, acct=None, an=None, un=None, em=None,
      dec=(), refund=False, wd=False, rk=(), rc=None, amb=False, band=None,
      form="plain-qp", mime=None, tz=None, to=None, cc=None, irt=None, refs=None,
      hdrs=None, sig=None, inner=None, attach=(), dsn=None, mdn=None, html=None,
      lang=None, sloppy=False, other_owner_ok=False, notes=""):
    if band is None:
        band = "maybe" if amb else INTENT_BAND[i]
    return dict(n=n, frm=frm, subj=subj, body=body, intent=i, kind=k, date=date,
                acct=acct, an=an, un=un, em=em, dec=list(dec), refund=refund,
                wd=wd, rk=list(rk), rc=rc, amb=amb, band=band, form=form,
                mime=mime, tz=tz, to=to, cc=cc, irt=irt, refs=refs,
                hdrs=hdrs or {}, sig=sig, inner=inner, attach=list(attach),
                dsn=dsn, mdn=mdn, html=html, lang=lang, sloppy=sloppy, other_owner_ok=other_owner_ok, notes=notes)


def A(text):
    """Parse account lines: 'number username email [plan] [key=value ...]'."""
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        rec = dict(account_number=parts[0], username=parts[1], email=parts[2])
        for p in parts[3:]:
            if "=" in p:
                key, val = p.split("=", 1)
                rec[key] = val
            else:
                rec["plan"] = p
        out.append(rec)
    return out


def DE(*a, **k):
    return M(*a, lang="de", **k)


def ES(*a, **k):
    return M(*a, lang="es", **k)


def FR(*a, **k):
    return M(*a, lang="fr", **k)


def PT(*a, **k):
    return M(*a, lang="pt", **k)
