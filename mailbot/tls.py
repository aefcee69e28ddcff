"""TLS for the IMAP and SMTP connections: one verifying context, failures told in one line.

Certificates and host names are always verified (``ssl.create_default_context``: the
system's trusted CAs, CERT_REQUIRED, check_hostname). ``ca_file`` adds a private CA to
those; ``client_cert``/``client_key`` present a client certificate. A failed handshake
is explained by its cause (self-signed, unknown CA, wrong host name, expired) and the
configuration key that fixes it, never by an OpenSSL traceback.
"""

from __future__ import annotations

import ssl
from typing import Protocol, TypeVar

# OpenSSL's X509_V_ERR_* codes (x509_vfy.h) that a user can act on.
_SELF_SIGNED = {18, 19}  # DEPTH_ZERO_SELF_SIGNED_CERT, SELF_SIGNED_CERT_IN_CHAIN
_UNKNOWN_CA = {2, 20, 21}  # UNABLE_TO_GET_ISSUER_CERT(_LOCALLY), UNABLE_TO_VERIFY_LEAF_SIGNATURE
_EXPIRED = 10  # CERT_HAS_EXPIRED
_NOT_YET_VALID = 9  # CERT_NOT_YET_VALID
_HOST_MISMATCH = {62, 64}  # HOSTNAME_MISMATCH, IP_ADDRESS_MISMATCH
E = TypeVar("E", bound=BaseException)


class TlsSettings(Protocol):
    """The TLS keys of an [imap] or [smtp] section (see config._ServerConfig)."""

    ca_file: str | None
    client_cert: str | None
    client_key: str | None


class TlsSetupError(Exception):
    """A ca_file or client certificate cannot be used; the message names the key."""


def client_context(settings: TlsSettings, section: str) -> ssl.SSLContext:
    """A client context that verifies the server against the system's CAs plus ca_file,
    and presents client_cert when one is configured."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except FileNotFoundError:
            raise TlsSetupError(f"{section}.ca_file: no such file {settings.ca_file}") from None
        except (OSError, ssl.SSLError, ValueError) as exc:
            raise TlsSetupError(
                f"{section}.ca_file: {settings.ca_file} is not a readable PEM certificate "
                f"({_reason(exc)})"
            ) from None
    if settings.client_cert:
        try:
            context.load_cert_chain(settings.client_cert, settings.client_key or None)
        except FileNotFoundError:
            raise TlsSetupError(
                f"{section}.client_cert/{section}.client_key: no such file "
                f"({settings.client_cert}, {settings.client_key or 'key in the same file'})"
            ) from None
        except (OSError, ssl.SSLError, ValueError) as exc:
            raise TlsSetupError(
                f"{section}.client_cert/{section}.client_key: cannot load the client "
                f"certificate and its key as PEM ({_reason(exc)})"
            ) from None
    return context


def verification_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure behind exc (libraries wrap it), if any."""
    return _behind(exc, ssl.SSLCertVerificationError)


def tls_error(exc: BaseException) -> ssl.SSLError | None:
    """The TLS failure behind exc (a verification failure or any other handshake error)."""
    return _behind(exc, ssl.SSLError)


def _behind(exc: BaseException, kind: type[E]) -> E | None:
    """The first exception of ``kind`` in exc's chain of causes and contexts, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def explain(exc: ssl.SSLError, host: str, section: str) -> str:
    """One sentence: why the handshake failed and which key fixes it."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = exc.verify_code
        if code in _SELF_SIGNED:
            return (f"certificate verification failed: the server's certificate is "
                    f"self-signed; if you trust it, set {section}.ca_file to it (PEM)")
        if code in _UNKNOWN_CA:
            return (f"certificate verification failed: the server's certificate is signed "
                    f"by an unknown CA; set {section}.ca_file to that CA's certificate (PEM)")
        if code in _HOST_MISMATCH:
            return (f"certificate verification failed: host name mismatch, the server's "
                    f"certificate is not valid for {host!r}; set {section}.host to a name "
                    f"the certificate lists")
        if code == _EXPIRED:
            return ("certificate verification failed: the server's certificate has expired; "
                    "the server's administrator must renew it")
        if code == _NOT_YET_VALID:
            return ("certificate verification failed: the server's certificate is not valid "
                    "yet; check this machine's clock")
        return (f"certificate verification failed: {exc.verify_message or _reason(exc)}; "
                f"check {section}.ca_file")
    reason = _reason(exc)
    upper = reason.upper()
    if "CERTIFICATE_REQUIRED" in upper or "CERTIFICATE REQUIRED" in upper:
        return (f"TLS failed: the server requires a client certificate; set "
                f"{section}.client_cert and {section}.client_key")
    if "UNKNOWN_CA" in upper or "BAD_CERTIFICATE" in upper or "BAD CERTIFICATE" in upper:
        return (f"TLS failed: the server refused our client certificate ({reason}); check "
                f"{section}.client_cert")
    if "WRONG_VERSION_NUMBER" in upper or "WRONG VERSION NUMBER" in upper:
        return (f"TLS failed: the server does not speak TLS on this port; check "
                f"{section}.security and {section}.port")
    return f"TLS failed ({reason}); check {section}.security and {section}.port"


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "reason", None) or str(exc).strip() or type(exc).__name__
    return str(text).splitlines()[0]
