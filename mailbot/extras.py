"""The optional dependency groups (``pyproject.toml`` extras) and the check that names the one
to install when a feature needs it: PostgreSQL (psycopg) and ``mailbot demo`` (pymap,
aiosmtpd, rich) are not in every install."""

from __future__ import annotations

from importlib.util import find_spec

from mailbot.errors import MissingExtra

# extra -> the modules it brings that mailbot imports (keep in step with pyproject.toml)
EXTRAS: dict[str, tuple[str, ...]] = {
    "postgres": ("psycopg",),
    "demo": ("pymap", "aiosmtpd", "rich"),
}


def require(extra: str, feature: str) -> None:
    """Raise MissingExtra (one line, with the pip command) unless ``extra`` is installed."""
    missing = [name for name in EXTRAS[extra] if find_spec(name) is None]
    if missing:
        raise MissingExtra(feature, extra, missing)
