"""The parser's fast paths give exactly what the stdlib paths they replace give."""

from __future__ import annotations

import email.parser
import email.policy
import re
from email.utils import getaddresses

from hypothesis import given
from hypothesis import strategies as st

from mailbot.parsing.feed import _BoundaryPattern, parse_bytes
from mailbot.parsing.headers import _ADDRESS, parse_addresses

SEPARATORS = ["--simple", "--=_Part_1_2.3+x(y)?", "--a\\b*c[d]", "----=_NextPart_000_0001"]


def _stdlib_boundary(sep: str) -> re.Pattern[str]:
    return re.compile("(?P<sep>" + re.escape(sep) + r")(?P<end>--)?(?P<ws>[ \t]*)"
                      r"(?P<linesep>\r\n|\r|\n)?$")


@given(st.sampled_from(SEPARATORS), st.sampled_from(["", "x", "-"]),
       st.lists(st.sampled_from(["", "--", " ", "\t", "\r\n", "\r", "\n", "x", "\n\n"]),
                max_size=4))
def test_boundary_matcher_agrees_with_the_stdlib_pattern(sep, prefix, pieces):
    line = prefix + sep + "".join(pieces)
    want, got = _stdlib_boundary(sep).match(line), _BoundaryPattern(sep).match(line)
    assert (want is None) == (got is None)
    if want is not None:
        for group in (0, "sep", "end", "ws", "linesep"):
            assert got.group(group) == want.group(group)


MULTIPART = (
    b"From: a@b.c\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="outer.(1)+"\r\n\r\npreamble\r\n'
    b"--outer.(1)+\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    b'--outer.(1)+ \r\nContent-Type: multipart/alternative; boundary="in"\r\n\r\n'
    b"--in\r\nContent-Type: text/plain\r\n\r\nplain\r\n--in\r\nContent-Type: text/html\r\n\r\n"
    b"<p>html</p>\r\n--in--\r\n--outer.(1)+--\r\nepilogue\r\n"
)


def _shape(msg):
    return [(p.get_content_type(), None if p.is_multipart() else p.get_payload(), p.preamble,
             p.epilogue, [type(d).__name__ for d in p.defects], list(p.raw_items()))
            for p in msg.walk()]


def test_parse_bytes_builds_the_same_tree_as_the_stdlib_parser():
    stdlib = email.parser.BytesParser(policy=email.policy.compat32)
    for raw in (MULTIPART, MULTIPART.replace(b"--outer.(1)+--\r\n", b""),  # no closing line
                MULTIPART.replace(b"\r\n", b"\n"), b"Subject: no body"):
        assert _shape(parse_bytes(raw)) == _shape(stdlib.parsebytes(raw))
    assert [p.get_content_type() for p in parse_bytes(MULTIPART).walk()] == [
        "multipart/mixed", "text/plain", "multipart/alternative", "text/plain", "text/html"]


def _full(value: str) -> list[tuple[str, str]]:
    pairs = [(n, a) for n, a in getaddresses([value]) if "@" in a]
    if pairs:
        return [(name.strip().strip('"'), addr.strip()) for name, addr in pairs]
    return [("", found) for found in _ADDRESS.findall(value)]


def test_simple_addresses_read_as_the_full_parser_reads_them():
    for value in ["a@b.c", " a@b.c ", "<a@b.c>", "John Doe <j@x.com>", "John   Q. Doe <j@x.com>",
                  '"Doe, John" <j@x.com>', '"A \\"B\\"" <a@b.c>', "José Ñ <j@x.es>",
                  "金田\u3000美羽 <support@example.com>", "O'Brien <ob@x.ie>",
                  "a@b.c, d@e.f", "A <a@b.c>, B C <d@e.f>", "a@b.c, , d@e.f",
                  "Name <a@b.c> (comment)", "undisclosed-recipients:;", "x <a@b.c", "a@b.c>",
                  "<<a@b.c>>", "A <a@b.c>, junk", "john.doe@ex.com <john.doe@ex.com>"]:
        assert parse_addresses(value) == _full(value), value
