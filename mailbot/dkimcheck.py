"""DKIM and DMARC checked by mailbot itself (``[security] verify_dkim``), for sites whose
receiving server adds no Authentication-Results mailbot could trust.

dkimpy verifies each DKIM-Signature against the key in DNS (dnspython, pointed at
``[security] dns_servers`` when set). The From domain is authenticated when a signature
verifies and its ``d=`` aligns with the From domain under the domain's DMARC record
(``adkim=s`` strict, otherwise relaxed; no record: relaxed). A DNS failure is "not
authenticated", never an error that stops the message.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence

import dkim
import dns.exception
import dns.resolver

from mailbot.authentication import AuthVerdict, aligned, domain_of

log = logging.getLogger("mailbot.dkim")
_TAG = re.compile(r"\s*([a-z]+)\s*=\s*([^;]*)")


class DkimVerifier:
    """Verifies DKIM signatures and reads DMARC records through one resolver, with a small
    cache of TXT answers (keys and policies change rarely; a minute is plenty)."""

    def __init__(self, dns_servers: Sequence[str] = (), timeout: float = 5.0,
                 cache_seconds: float = 60.0):
        self.resolver = dns.resolver.Resolver(configure=not dns_servers)
        if dns_servers:
            hosts, ports = [], {}
            for server in dns_servers:
                host, port = _host_port(server)
                hosts.append(host)
                ports[host] = port
            self.resolver.nameservers = hosts
            self.resolver.nameserver_ports = ports
        self.timeout = timeout
        self.cache_seconds = cache_seconds
        self._cache: dict[bytes, tuple[float, bytes | None]] = {}

    def txt(self, name: bytes | str, timeout: float = 5.0) -> bytes | None:
        """One TXT record's strings joined (dkimpy's dnsfunc), or None when there is none."""
        key = name.encode() if isinstance(name, str) else name
        hit = self._cache.get(key)
        if hit and time.monotonic() - hit[0] < self.cache_seconds:
            return hit[1]
        try:
            answer = self.resolver.resolve(key.decode().rstrip("."), "TXT",
                                           lifetime=min(timeout, self.timeout),
                                           raise_on_no_answer=False, search=False)
            value = next((b"".join(r.strings) for r in answer), None)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            value = None
        except (dns.exception.DNSException, OSError) as exc:
            raise dkim.DnsTimeoutError(str(exc)) from None
        self._cache[key] = (time.monotonic(), value)
        return value

    def dmarc(self, from_domain: str) -> dict[str, str] | None:
        """The DMARC record's tags for the domain (or its parent), or None."""
        labels = from_domain.split(".")
        for candidate in dict.fromkeys((from_domain, ".".join(labels[-2:]))):
            try:
                record = self.txt(f"_dmarc.{candidate}")
            except dkim.DnsTimeoutError:
                return None
            if record and record.lower().startswith(b"v=dmarc1"):
                text = record.decode("ascii", "replace")
                return {k.lower(): v.strip() for k, v in _TAG.findall(text.lower())}
        return None

    def verify(self, raw: bytes, sender: str) -> AuthVerdict:
        """Is the From address's domain proven by an aligned, valid DKIM signature?"""
        from_domain = domain_of(sender)
        if not from_domain:
            return AuthVerdict(False, "none", "no From address to authenticate")
        policy = self.dmarc(from_domain)
        strict = bool(policy and policy.get("adkim") == "s")
        seen: list[str] = []
        try:
            checker = dkim.DKIM(raw, timeout=int(self.timeout))
            signatures = [h for h in checker.headers if h[0].lower() == b"dkim-signature"]
            for index in range(len(signatures)):
                signer = _signer(signatures[index][1])
                ok = checker.verify(idx=index, dnsfunc=self.txt)
                seen.append(f"d={signer} {'pass' if ok else 'fail'}")
                if ok and aligned(signer, from_domain, strict=strict):
                    return AuthVerdict(True, "dkim-self",
                                       f"dkim=pass d={signer} (verified by mailbot; DMARC "
                                       f"{'p=' + policy.get('p', '?') if policy else 'none'})")
        except (dkim.DKIMException, dkim.DnsTimeoutError) as exc:
            seen.append(f"error: {exc}")
        except Exception as exc:  # malformed signatures must not stop a message
            seen.append(f"error: {type(exc).__name__}")
        detail = "; ".join(seen) or "no DKIM-Signature"
        return AuthVerdict(False, "none", f"no valid aligned DKIM signature for {from_domain} "
                                          f"({detail})")


def _signer(value: bytes) -> str:
    m = re.search(rb"(?:^|;)\s*d\s*=\s*([^;\s]+)", value)
    return m.group(1).decode("ascii", "replace").lower() if m else ""


def _host_port(server: str) -> tuple[str, int]:
    if server.startswith("["):  # [::1]:5353
        host, _, port = server[1:].partition("]:")
        return host, int(port or 53)
    if server.count(":") == 1:
        host, port = server.split(":")
        return host, int(port)
    return server, 53
