"""TLS done right: certificates and host names verified for IMAP and SMTP, a private CA
trusted through ca_file, client certificates, and every refusal told in one line."""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import Harness, mail
from tests.servers import DOVECOT, Dovecot, require
from tests.tls_servers import Certs, SmtpPeer, configure, server_context, tls_dovecot

pytestmark = pytest.mark.dovecot

CANCEL = mail("John Doe <jdoe@example.com>",
              "Hi,\nplease cancel my subscription, account number 4810237.\nJohn")


@pytest.fixture(scope="module")
def certs() -> Iterator[Certs]:
    root = Path(tempfile.mkdtemp(prefix="mailbot-certs-"))
    certs = Certs(root)
    certs.issue("server")  # 127.0.0.1 and localhost, signed by the private CA
    certs.issue("self-signed", self_signed=True)
    certs.issue("wrong-host", ("mail.other.example",))
    certs.issue("expired", expired=True)
    certs.issue("client", ("mailbot-client",), client=True)
    yield certs
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def imap_servers(certs: Certs) -> Iterator[dict[str, Dovecot]]:
    """One Dovecot per server certificate, started when a test first asks for it."""
    require(Path(DOVECOT).exists(), "Dovecot (Debian package dovecot-imapd)")
    started: dict[str, Dovecot] = {}

    class Servers(dict):
        def __missing__(self, name: str) -> Dovecot:
            root = Path(tempfile.mkdtemp(prefix=f"mailbot-tls-{name}-"))
            server = tls_dovecot(root, certs.root / f"{name}.pem", certs.root / f"{name}.key")
            started[name] = self[name] = server.start()
            return server

    yield Servers()
    for server in started.values():
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


def _harness(tmp_path: Path, dovecot: Dovecot, sink, sqlite_url: str) -> Harness:
    user, password = dovecot.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
    return Harness(tmp_path, dovecot, sink, sqlite_url, user, password)


def _poll_fails(h: Harness, *, as_user: bool = False) -> str:
    """The one error line of a failed `mailbot poll --once`. as_user: in a child process,
    as a user runs it, where stderr is mailbot's alone (in-process, the test servers' own
    logs share it), and no traceback may reach it."""
    if as_user:
        result = h.run("poll", "--once")
        code, err = result.returncode, result.stderr
        assert "Traceback" not in err, err
    else:
        code, _out, err = h.cli("poll", "--once")
    assert code == 1, err
    lines = [line for line in err.splitlines() if line.startswith("mailbot: error:")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_a_private_ca_given_by_ca_file_is_trusted_for_a_whole_poll(
        tmp_path, imap_servers, certs, smtp_sink, sqlite_url, security):
    """IMAP over implicit TLS or STARTTLS to a server whose certificate a private CA signed:
    with imap.ca_file (a path relative to the config file) a poll reads, moves and answers."""
    server = imap_servers["server"]
    h = _harness(tmp_path, server, smtp_sink, sqlite_url)
    shutil.copy(certs.ca_file, tmp_path / "company-ca.pem")
    port = server.imaps_port if security == "ssl" else server.port
    configure(h, "imap", port=port, security=security, ca_file="company-ca.pem")
    h.setup()
    h.append(CANCEL)
    h.poll()
    assert len(h.processed()) == 1 and not h.inbox()
    assert [d.rcpt_tos for d in smtp_sink.deliveries] == [["jdoe@example.com"]]


@pytest.mark.parametrize("cert, ca_file, says, key", [
    ("self-signed", False, "self-signed", "imap.ca_file"),
    ("server", False, "unknown CA", "imap.ca_file"),
    ("wrong-host", True, "host name mismatch", "imap.host"),
    ("expired", True, "expired", "renew"),
])
def test_imap_certificate_problems_are_refused_in_one_line(
        tmp_path, imap_servers, certs, smtp_sink, sqlite_url, cert, ca_file, says, key):
    """A certificate that does not verify is refused: one line naming the server, the
    reason and what to set; nothing is read from the mailbox."""
    server = imap_servers[cert]
    h = _harness(tmp_path, server, smtp_sink, sqlite_url)
    options = {"ca_file": str(certs.ca_file)} if ca_file else {}
    configure(h, "imap", port=server.imaps_port, security="ssl", **options)
    h.setup()
    h.append(CANCEL)
    line = _poll_fails(h)
    assert f"IMAP server 127.0.0.1:{server.imaps_port}" in line
    assert says in line and key in line, line
    assert len(h.inbox()) == 1 and not smtp_sink.deliveries


def test_starttls_host_name_mismatch_is_refused_by_the_command_line(
        tmp_path, imap_servers, certs, smtp_sink, sqlite_url):
    """STARTTLS is verified like implicit TLS; the user sees one line and no traceback."""
    server = imap_servers["wrong-host"]
    h = _harness(tmp_path, server, smtp_sink, sqlite_url)
    configure(h, "imap", port=server.port, security="starttls", ca_file=str(certs.ca_file))
    h.setup()
    line = _poll_fails(h, as_user=True)
    assert line.startswith(f"mailbot: error: IMAP server 127.0.0.1:{server.port}: ")
    assert "host name mismatch" in line and "imap.host" in line


def test_a_missing_ca_file_is_named(tmp_path, imap_servers, smtp_sink, sqlite_url):
    """A ca_file that does not exist is reported with its key, before any connection."""
    server = imap_servers["server"]
    h = _harness(tmp_path, server, smtp_sink, sqlite_url)
    configure(h, "imap", port=server.imaps_port, security="ssl", ca_file="nowhere/ca.pem")
    h.setup()
    line = _poll_fails(h)
    assert "imap.ca_file" in line and str(tmp_path / "nowhere" / "ca.pem") in line


# --- SMTP ------------------------------------------------------------------------------

@pytest.fixture
def smtp_peers(certs: Certs) -> Iterator[dict]:
    """TLS SMTP servers for a test: {(cert, implicit, client_ca?): SmtpPeer}."""
    started: list[SmtpPeer] = []

    def start(cert: str, *, implicit: bool = False, client_ca: bool = False) -> SmtpPeer:
        context = server_context(certs.root / f"{cert}.pem", certs.root / f"{cert}.key",
                                 client_ca=certs.ca_file if client_ca else None)
        peer = SmtpPeer(tls=context, implicit=implicit).start()
        started.append(peer)
        return peer

    yield start
    for peer in started:
        peer.stop()


@pytest.mark.parametrize("implicit", [False, True], ids=["starttls", "ssl"])
def test_smtp_with_a_private_ca_delivers_the_reply(
        tmp_path, dovecot, smtp_peers, certs, sqlite_url, implicit):
    """SMTP over STARTTLS or implicit TLS to a server signed by the private CA: with
    smtp.ca_file the reply is delivered."""
    peer = smtp_peers("server", implicit=implicit)
    h = _harness(tmp_path, dovecot, peer, sqlite_url)
    configure(h, "smtp", port=peer.port, security="ssl" if implicit else "starttls",
              ca_file=str(certs.ca_file))
    h.setup()
    h.append(CANCEL)
    h.poll()
    assert [d.rcpt_tos for d in peer.deliveries] == [["jdoe@example.com"]]


@pytest.mark.parametrize("cert, ca_file, says, key", [
    ("self-signed", False, "self-signed", "smtp.ca_file"),
    ("wrong-host", True, "host name mismatch", "smtp.host"),
])
def test_smtp_certificate_problems_are_refused_in_one_line(
        tmp_path, dovecot, smtp_peers, certs, sqlite_url, cert, ca_file, says, key):
    """A bad SMTP certificate is a configuration error, not an outage to retry silently:
    one line naming the server, the reason and the key; the reply stays queued."""
    peer = smtp_peers(cert)
    h = _harness(tmp_path, dovecot, peer, sqlite_url)
    options = {"ca_file": str(certs.ca_file)} if ca_file else {}
    configure(h, "smtp", port=peer.port, security="starttls", **options)
    h.setup()
    h.append(CANCEL)
    line = _poll_fails(h, as_user=True)
    assert f"SMTP server 127.0.0.1:{peer.port}" in line and says in line and key in line, line
    assert not peer.deliveries
    code, out, _err = h.cli("outbox", "list")
    assert code == 0 and "jdoe@example.com" in out


def test_a_client_certificate_is_presented_when_the_server_asks(
        tmp_path, dovecot, smtp_peers, certs, sqlite_url):
    """A server that requires a client certificate gets none until client_cert/client_key
    are set (the reply waits in the outbox); with them it accepts the reply."""
    peer = smtp_peers("server", client_ca=True)
    h = _harness(tmp_path, dovecot, peer, sqlite_url)
    configure(h, "smtp", port=peer.port, security="starttls", ca_file=str(certs.ca_file))
    h.setup()
    h.append(CANCEL)
    code, _out, err = h.cli("poll", "--once")
    assert code == 1 and "replies are queued" in err and not peer.deliveries
    configure(h, "smtp", client_cert=str(certs.root / "client.pem"),
              client_key=str(certs.root / "client.key"))
    time.sleep(0.5)  # the deferred reply's next attempt (retry_base_seconds = 0.2)
    h.poll()
    assert [d.rcpt_tos for d in peer.deliveries] == [["jdoe@example.com"]]


@pytest.mark.parametrize("imap, says", [
    ({"security": "none", "host": "127.0.0.1", "ca_file": "ca.pem"}, "only with security"),
    ({"client_key": "client.key"}, "client_key needs client_cert"),
])
def test_tls_configuration_errors_name_the_section(imap, says):
    """TLS keys that cannot apply are refused when the file is loaded."""
    from mailbot.config import parse_config
    from mailbot.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_config({"imap": {"host": "imap.example.com", **imap}}, source="mailbot.toml")
    assert caught.value.key == "imap" and says in str(caught.value)


def test_tls_paths_are_relative_to_the_config_file(tmp_path):
    """ca_file, client_cert and client_key written relative are read from the config
    file's folder, whatever the working directory."""
    from mailbot.config import load_config

    path = tmp_path / "etc" / "mailbot.toml"
    path.parent.mkdir()
    path.write_text('[imap]\nhost = "imap.example.com"\nca_file = "certs/ca.pem"\n'
                    'client_cert = "/abs/client.pem"\n')
    imap = load_config(str(path)).imap
    assert imap.ca_file == str(tmp_path / "etc" / "certs" / "ca.pem")
    assert imap.client_cert == "/abs/client.pem"
