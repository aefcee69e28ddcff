"""Is the From address authenticated? Authentication-Results we can trust (SPEC §9). Pure.

Only the topmost Authentication-Results header(s) carrying a trusted authserv-id
count: receiving servers add theirs at the top (RFC 8601 §5), so anything below the
first header from another id may have been written by the sender. Reading also stops
at the first Received header below a trusted one (our server's own trace header: what
lies below it arrived with the message), and a block that contradicts itself (DMARC
pass and fail, DKIM none and pass, "none" beside a pass) proves nothing — a forged
header with our id has been slipped in. DMARC ``pass`` counts only when ``header.from``
is the From address's domain; DKIM ``pass`` only when the signing domain (``header.d``,
aligns with it (relaxed: one is the other or a parent).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import authres


@dataclass(frozen=True)
class AuthVerdict:
    """Whether the From domain is proven, how, and which headers were read."""

    authenticated: bool
    method: str  # dmarc | dkim | dkim-self | unchecked | none
    detail: str
    trusted: tuple[int, ...] = ()  # positions (top first) of the Authentication-Results read


UNCHECKED = AuthVerdict(True, "unchecked",
                        "no trusted_authserv_id and no verify_dkim: the From address is believed")


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().rstrip(".").lower()


def aligned(signer: str, from_domain: str, *, strict: bool = False) -> bool:
    """DMARC identifier alignment (RFC 7489 §3.1) of a signing domain with the From domain.
    Relaxed alignment without the public suffix list: one is the other or a parent of it,
    and the shorter has at least two labels (``d=com`` never aligns)."""
    signer, from_domain = signer.strip().rstrip(".").lower(), from_domain.strip().lower()
    if not signer or not from_domain:
        return False
    if signer == from_domain:
        return True
    if strict:
        return False
    shorter, longer = sorted((signer, from_domain), key=len)
    return shorter.count(".") >= 1 and longer.endswith("." + shorter)


def from_results(headers: Sequence[tuple[str, str]], trusted_ids: Sequence[str], sender: str
                 ) -> AuthVerdict:
    """Read a message's (name, value) header pairs, top first, as SPEC §9 says."""
    ids = {i.strip().lower() for i in trusted_ids if i.strip()}
    from_domain = domain_of(sender)
    if not from_domain:
        return AuthVerdict(False, "none", "no From address to authenticate")
    read: list[int] = []
    results: list[object] = []
    empty = False
    position = -1
    for name, value in headers:
        lname = name.lower()
        if lname == "received" and read:
            break  # below our server's own trace header: written before it saw the message
        if lname != "authentication-results":
            continue
        position += 1
        if _authserv_id(value) not in ids:
            break  # the first header from any other id ends what we trust (cheap check)
        parsed = _parse(value)
        if parsed is None or parsed.authserv_id.lower() not in ids:
            break  # the first header from any other id (or unreadable) ends what we trust
        read.append(position)
        results.extend(parsed.results)
        empty = empty or not parsed.results
    if not read:
        return AuthVerdict(False, "none", "no Authentication-Results from a trusted server "
                                          "at the top of the header")
    conflict = _contradiction(results, empty)
    if conflict:
        return AuthVerdict(False, "none", f"trusted Authentication-Results contradict each "
                                          f"other ({conflict}): one of them is forged",
                           tuple(read))
    for result in results:
        verdict = _passes(result, from_domain)
        if verdict:
            return AuthVerdict(True, verdict[0], verdict[1], tuple(read))
    return AuthVerdict(False, "none", f"no DMARC or aligned DKIM pass for {from_domain}",
                       tuple(read))


def _contradiction(results: Sequence[object], empty: bool) -> str | None:
    by_method: dict[str, set[str]] = {}
    dkim_by_signer: dict[str, set[str]] = {}
    for r in results:
        method, outcome = str(r.method).lower(), str(r.result).lower()  # type: ignore[attr-defined]
        by_method.setdefault(method, set()).add(outcome)
        if method == "dkim":
            props = {str(p.name).lower(): str(p.value).lower()
                     for p in r.properties}  # type: ignore[attr-defined]
            signer = props.get("d") or props.get("i", "").rpartition("@")[2]
            dkim_by_signer.setdefault(signer, set()).add(outcome)
    passes = any("pass" in outcomes for outcomes in by_method.values())
    if empty and passes:
        return "'none' beside a pass"
    dmarc = by_method.get("dmarc", set())
    if "pass" in dmarc and len(dmarc) > 1:
        return "dmarc " + "/".join(sorted(dmarc))
    dkim = by_method.get("dkim", set())
    if "pass" in dmarc and dkim and "pass" not in dkim and "pass" not in by_method.get("spf", ()):
        return "dmarc pass with no DKIM or SPF pass to rest on"
    if "pass" in dkim and "none" in dkim:
        return "dkim none/pass"
    for signer, outcomes in dkim_by_signer.items():
        if "pass" in outcomes and len(outcomes) > 1:
            return f"dkim {'/'.join(sorted(outcomes))} for {signer or 'one signer'}"
    return None


_ID = re.compile(r"\s*(?:\([^()]*\)\s*)*([^\s;()]+)")


def _authserv_id(value: str) -> str:
    m = _ID.match(value)
    return m.group(1).lower() if m else ""


def _parse(value: str) -> authres.AuthenticationResultsHeader | None:
    try:
        return authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception:  # authres raises its own SyntaxError and others
        return None


def _passes(result: object, from_domain: str) -> tuple[str, str] | None:
    method = str(getattr(result, "method", "")).lower()
    if str(getattr(result, "result", "")).lower() != "pass":
        return None
    props = {(str(p.type).lower(), str(p.name).lower()): str(p.value).strip().lower()
             for p in getattr(result, "properties", ())}
    if method == "dmarc":
        header_from = props.get(("header", "from"), "").rstrip(".")
        if header_from == from_domain:
            return "dmarc", f"dmarc=pass header.from={header_from}"
        return None
    if method == "dkim":
        signer = props.get(("header", "d"), "")  # SPEC §9: header.d, not the identity
        if signer and aligned(signer, from_domain):
            return "dkim", f"dkim=pass header.d={signer}"
    return None
