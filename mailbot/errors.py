"""mailbot's error types: one root, subclasses that carry the cause and the fix.

Outcomes of processing are values (domain.Decision), never exceptions; these are
for broken I/O and bad input. The CLI prints ``str(error)`` as one line and exits 1.
"""

from __future__ import annotations


class MailbotError(Exception):
    """Root of every expected failure. ``str()`` is a one-line message for the user."""


class ConfigError(MailbotError):
    """The configuration file is missing, unreadable or invalid."""

    def __init__(self, message: str, *, path: str | None = None, key: str | None = None):
        self.path = path
        self.key = key
        where = []
        if key:
            where.append(f"key '{key}'")
        if path:
            where.append(f"in {path}")
        suffix = f" ({' '.join(where)})" if where else ""
        super().__init__(f"{message}{suffix}")


class InputError(MailbotError):
    """A file given on the command line is malformed (CSV, policy file, message file)."""


class CsvError(InputError):
    """An accounts CSV has bad rows; nothing was imported."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        shown = "; ".join(problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"{path}: nothing imported, {len(problems)} bad row(s): {shown}{more}")


class PolicyError(InputError):
    """A policy file is invalid; the message names the rule or key."""


class StoreError(MailbotError):
    """The database cannot be reached or is not initialised."""


class MissingExtra(MailbotError):
    """A feature needs an optional dependency group (``mailbot[extra]``) not installed."""

    def __init__(self, feature: str, extra: str, modules: list[str]):
        self.extra = extra
        self.modules = modules
        verb = "is" if len(modules) == 1 else "are"
        super().__init__(f"{feature} needs {' and '.join(modules)}, which {verb} not "
                         f"installed: pip install 'mailbot[{extra}]'")


class MailboxError(MailbotError):
    """The IMAP server cannot be reached, refused the login or a command."""


class MailerError(MailbotError):
    """The SMTP server cannot be reached or refused the login."""


class NotFound(MailbotError):
    """A case, account, message or user named on the command line does not exist."""


class Conflict(MailbotError):
    """The action does not fit the current state (e.g. approving a closed case)."""
