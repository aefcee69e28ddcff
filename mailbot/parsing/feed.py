"""The stdlib's MIME parser, without compiling a regular expression per multipart boundary.

``email.feedparser`` compiles ``re.compile('(?P<sep>--boundary)(?P<end>--)?...$')`` for
every multipart part it meets. Boundaries are unique per message, so ``re``'s cache
never helps, and compiling is about a tenth of the time spent reading a typical mailbox.
This module loads a private copy of ``email.feedparser`` whose ``re.compile`` returns a
plain-string matcher for exactly that pattern (same groups, same answers) and the real
compiled pattern for anything else. The stdlib module itself is left untouched.
"""

from __future__ import annotations

import importlib.util
import re
from email import feedparser as _stdlib_feedparser
from email.message import Message
from email.policy import compat32
from types import ModuleType

_HEAD = "(?P<sep>"
_TAIL = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


class _BoundaryMatch:
    __slots__ = ("_groups", "_text")

    def __init__(self, text: str, sep: str, end: str | None, ws: str, linesep: str | None):
        self._text = text
        self._groups = {"sep": sep, "end": end, "ws": ws, "linesep": linesep}

    def group(self, name: str | int = 0) -> str | None:
        return self._text if name == 0 else self._groups[name]  # type: ignore[index]


class _BoundaryPattern:
    """``(?P<sep>SEP)(?P<end>--)?(?P<ws>[ \\t]*)(?P<linesep>\\r\\n|\\r|\\n)?$``, matched at
    the start of a line, without the regular-expression engine."""

    __slots__ = ("sep",)

    def __init__(self, sep: str):
        self.sep = sep

    def match(self, line: str) -> _BoundaryMatch | None:
        if not line.startswith(self.sep):
            return None
        rest = line[len(self.sep):]
        end = None
        if rest.startswith("--"):
            end, rest = "--", rest[2:]
        tail = rest.lstrip(" \t")
        ws = rest[: len(rest) - len(tail)]
        if tail in ("", "\r\n", "\r", "\n"):
            return _BoundaryMatch(line, self.sep, end, ws, tail or None)
        if tail in ("\r\n\n", "\n\n"):  # '$' also matches before a final newline
            return _BoundaryMatch(line[:-1], self.sep, end, ws, tail[:-1])
        return None


class _Re(ModuleType):
    """What the private feedparser sees as ``re``: the real module but for one pattern."""

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)

    @staticmethod
    def compile(pattern: str, flags: int = 0) -> object:
        if (not flags and isinstance(pattern, str) and pattern.startswith(_HEAD)
                and pattern.endswith(_TAIL)):
            return _BoundaryPattern(_UNESCAPE.sub(r"\1", pattern[len(_HEAD):-len(_TAIL)]))
        return re.compile(pattern, flags)


def _private_feedparser() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mailbot.parsing._feedparser",
                                                  _stdlib_feedparser.__file__)
    if spec is None or spec.loader is None:  # no source to load (frozen): use the stdlib's
        return _stdlib_feedparser
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.re = _Re("re")  # type: ignore[attr-defined]
    return module


_FEEDPARSER = _private_feedparser()


def parse_bytes(data: bytes) -> Message:
    """What ``email.parser.BytesParser(policy=compat32).parsebytes(data)`` returns."""
    parser = _FEEDPARSER.FeedParser(policy=compat32)
    parser.feed(data.decode("ascii", errors="surrogateescape"))
    return parser.close()
