"""Who sent a message: the addr-spec of its From header, read as RFC 5322 structure (SPEC §9).

The address is found in the raw header first; encoded words (RFC 2047) are decoded
only inside the display name afterwards, so text in a name — encoded or not — is never
an address. A From that is absent, repeated, empty, a group, holds several mailboxes or
does not parse cleanly gives no sender at all: such a message can never be the owner's,
and nothing is sent to an address guessed from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.errors import InvalidHeaderDefect
from email.policy import default

from mailbot.parsing.charsets import repair_surrogates
from mailbot.parsing.headers import decode_header_value

_FOLD = re.compile(r"\r?\n(?=[ \t])|\r(?=[ \t])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# The common single-mailbox forms, read without the full parser: `addr`, `<addr>`,
# `Name <addr>`, `"Name" <addr>` — on the raw value, so an encoded word is just a word.
_ADDR = r"[^\s<>()\[\],;:\\\"@]+@[^\s<>()\[\],;:\\\"@]+"
_BARE = re.compile(rf"\s*({_ADDR})\s*|\s*<({_ADDR})>\s*")
# An unquoted name may hold "@" ("kate@example.com <attacker@evil.example>" is invalid
# but common): the address is still the one in angle brackets, never the name.
_NAMED = re.compile(rf'\s*(?:"((?:[^"\\\r\n]|\\.)*)"|([^"<>()\[\],;:\\]*?))\s*<({_ADDR})>\s*')
_QUOTED_PAIR = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Sender:
    """The sender as parsed: ``address`` is "" when From gives no single clean mailbox."""

    address: str  # the addr-spec as written (compare case-insensitively)
    name: str  # the display name, decoded, control characters removed
    problem: str | None = None  # why there is no address

    @property
    def key(self) -> str:
        """The address for comparisons and lookups: lower case, nothing else normalised."""
        return self.address.lower()


def parse_from(values: Sequence[str]) -> Sender:
    """The sender of a message from the raw values of its From header field(s)."""
    if not values:
        return Sender("", "", "no From header")
    if len(values) > 1:
        return Sender("", "", "several From headers")
    # 8-bit bytes in the raw header (no encoding declared) are read as a whole: a charset
    # guess on the name alone is worse than on the whole value.
    raw = repair_surrogates(_FOLD.sub("", values[0])).strip()
    if not raw:
        return Sender("", "", "empty From header")
    return _simple(raw) or _parsed(raw)


def _simple(raw: str) -> Sender | None:
    bare = _BARE.fullmatch(raw)
    if bare:
        return Sender(bare.group(1) or bare.group(2), "")
    named = _NAMED.fullmatch(raw)
    if named:
        quoted, plain, address = named.groups()
        name = _QUOTED_PAIR.sub(r"\1", quoted) if quoted is not None else plain
        return Sender(address, _display(name))
    return None


def _parsed(raw: str) -> Sender:
    """The full RFC 5322 parser (email.headerregistry): comments, obsolete routes, groups."""
    try:
        header = default.header_factory("From", raw)
        addresses = header.addresses
        groups = header.groups
    except Exception:  # the stdlib raises on CR/LF and odd syntax
        return Sender("", "", "From header does not parse")
    if any(isinstance(d, InvalidHeaderDefect) for d in header.defects):
        return Sender("", "", "From header does not parse cleanly")
    if any(g.display_name is not None for g in groups):
        return Sender("", "", "From header holds a group")
    if len(addresses) != 1:
        return Sender("", "", f"From header holds {len(addresses)} mailboxes")
    address = addresses[0]
    spec = address.addr_spec
    local, _, domain = spec.rpartition("@")
    if not local or not domain or any(c in spec for c in " \t\r\n<>,;"):
        return Sender("", "", "From address is not a mailbox")
    return Sender(spec, _display(address.display_name, decoded=True))


def _display(name: str, *, decoded: bool = False) -> str:
    text = name if decoded else decode_header_value(name)
    return _CONTROL.sub(" ", text).strip().strip('"').strip()
