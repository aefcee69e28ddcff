"""verify_dkim: mailbot checks DKIM and the DMARC record itself, against a real DNS server.

dnsmasq (Debian's dnsmasq-base) serves the test's own keys and DMARC records on a
loopback port; the messages are signed with dkimpy using keys the test makes.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from mailbot.dkimcheck import DkimVerifier
from tests.harness import Harness, mail
from tests.servers import free_port, require, wait_udp_dns

pytestmark = pytest.mark.dnsmasq
DNSMASQ = shutil.which("dnsmasq") or "/usr/sbin/dnsmasq"
OWNER = "jdoe@example.com"  # account 4810237 in the harness's accounts


def keypair() -> tuple[bytes, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    private = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, base64.b64encode(public).decode()


GOOD_KEY, GOOD_PUBLIC = keypair()
EVIL_KEY, EVIL_PUBLIC = keypair()


@pytest.fixture(scope="module")
def dns_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """dnsmasq answering TXT queries for the test's domains, and nothing else."""
    require(Path(DNSMASQ).exists(), "dnsmasq (Debian package dnsmasq-base)")
    port = free_port()
    records = {
        "s1._domainkey.example.com": f"v=DKIM1; k=rsa; p={GOOD_PUBLIC}",
        "_dmarc.example.com": "v=DMARC1; p=reject; adkim=r",
        "s1._domainkey.evil.example": f"v=DKIM1; k=rsa; p={EVIL_PUBLIC}",
        "_dmarc.evil.example": "v=DMARC1; p=none",
        "s1._domainkey.nodmarc.example": f"v=DKIM1; k=rsa; p={GOOD_PUBLIC}",
        "s1._domainkey.mail.strict.example": f"v=DKIM1; k=rsa; p={GOOD_PUBLIC}",
        "_dmarc.strict.example": "v=DMARC1; p=reject; adkim=s",
    }
    args = [DNSMASQ, "--keep-in-foreground", "--no-resolv", "--no-hosts", "--no-poll",
            f"--port={port}", "--listen-address=127.0.0.1", "--bind-interfaces",
            "--user=root", f"--pid-file={tmp_path_factory.mktemp('dns')}/dnsmasq.pid",
            "--log-facility=-"]
    args += [f"--txt-record={name},{value}" for name, value in records.items()]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_udp_dns(port, "s1._domainkey.example.com")
        yield f"127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def signed(sender: str, body: str, *, domain: str, key: bytes, tamper: bool = False) -> bytes:
    raw = mail(sender, body)
    signature = dkim.sign(raw, b"s1", domain.encode(), key,
                          include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
    raw = signature + raw
    if tamper:
        raw = raw.replace(b"4810237.", b"4810237. And everything else too.")
    return raw


@pytest.mark.parametrize(("domain", "key", "tamper", "authenticated", "what"), [
    ("example.com", GOOD_KEY, False, True, "good signature, DMARC p=reject"),
    ("example.com", GOOD_KEY, True, False, "body altered after signing"),
    ("evil.example", EVIL_KEY, False, False, "valid signature of another domain"),
    ("example.com", EVIL_KEY, False, False, "signed with a key not in DNS"),
])
def test_verifier_against_a_real_dns_server(dns_server: str, domain: str, key: bytes,
                                            tamper: bool, authenticated: bool, what: str):
    """dkimpy with dnspython pointed at dns_servers: only a valid signature aligned with
    the From domain authenticates it."""
    raw = signed(OWNER, "Please cancel account 4810237.", domain=domain, key=key,
                 tamper=tamper)
    verdict = DkimVerifier([dns_server]).verify(raw, OWNER)
    assert verdict.authenticated is authenticated, (what, verdict)


def test_no_dmarc_record_still_needs_an_aligned_signature(dns_server: str):
    """Without a DMARC record a valid aligned signature authenticates; none does not."""
    verifier = DkimVerifier([dns_server])
    good = signed("a@nodmarc.example", "hi", domain="nodmarc.example", key=GOOD_KEY)
    assert verifier.verify(good, "a@nodmarc.example").authenticated
    assert verifier.dmarc("nodmarc.example") is None
    assert not verifier.verify(mail("a@nodmarc.example", "hi"), "a@nodmarc.example").authenticated


def test_strict_alignment_from_the_dmarc_record(dns_server: str):
    """adkim=s: a subdomain's signature does not authenticate the parent domain."""
    raw = signed("a@strict.example", "hi", domain="mail.strict.example", key=GOOD_KEY)
    verifier = DkimVerifier([dns_server])
    assert verifier.dmarc("strict.example") == {"v": "dmarc1", "p": "reject", "adkim": "s"}
    assert not verifier.verify(raw, "a@strict.example").authenticated


def test_dns_down_is_not_authenticated_and_not_an_error():
    """An unreachable resolver makes the sender unauthenticated; nothing raises."""
    raw = signed(OWNER, "Please cancel account 4810237.", domain="example.com", key=GOOD_KEY)
    verdict = DkimVerifier([f"127.0.0.1:{free_port()}"], timeout=1.0).verify(raw, OWNER)
    assert not verdict.authenticated


@pytest.mark.dovecot
@pytest.mark.parametrize(("tamper", "outcome"), [(False, "confirmed"),
                                                 (True, "pending_verification")])
def test_verify_dkim_through_the_poll_path(harness: Harness, dns_server: str, tamper: bool,
                                          outcome: str):
    """With verify_dkim the owner's signed request is decided at once; the same request
    altered in transit waits for the owner's confirmation."""
    harness.write_config(extra=f'[security]\nverify_dkim = true\ndns_servers = ["{dns_server}"]')
    harness.setup()
    harness.append(signed(OWNER, "Please cancel account 4810237.", domain="example.com",
                          key=GOOD_KEY, tamper=tamper))
    harness.poll()
    [record] = harness.export()
    assert record["outcome"] == outcome
