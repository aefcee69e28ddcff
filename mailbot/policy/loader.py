"""Loading a policy: a shipped preset or a company's own TOML file, plus config overrides.

The only module of the package that reads files. Configuration (``[policy]``)
overrides ``notice_days``, ``trial_days`` and ``contact`` on top of the file;
the digest covers the file bytes and those overrides, so a store can tell a
changed policy from the same one.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from mailbot.config import PolicyConfig
from mailbot.errors import PolicyError
from mailbot.policy.engine import Policy
from mailbot.policy.rules import parse_rule_set

PRESETS = ("crm-runner", "atntcrm")


def preset_bytes(preset: str) -> bytes:
    """The TOML text of a shipped preset."""
    if preset not in PRESETS:
        raise PolicyError(f"unknown policy preset {preset!r} (known: {', '.join(PRESETS)})")
    return resources.files("mailbot.policy").joinpath("presets", f"{preset}.toml").read_bytes()


def load_policy(config: PolicyConfig, base_dir: Path | None = None) -> Policy:
    """The policy ``[policy]`` names: ``file`` (relative to base_dir) if set, else ``preset``."""
    if config.file:
        path = Path(config.file).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        return build_policy(_read(path), str(path), config)
    if not config.preset:
        raise PolicyError("no policy configured: set [policy] preset or [policy] file")
    return build_policy(preset_bytes(config.preset), f"preset {config.preset}.toml", config)


def check_policy_file(path: Path | str, config: PolicyConfig | None = None) -> Policy:
    """Validate a policy file (``mailbot policy check FILE``); raise PolicyError if unsound.

    A file that leaves ``notice_days`` blank needs it from ``config``, as at run time.
    """
    path = Path(path)
    return build_policy(_read(path), str(path), config or PolicyConfig(preset=None))


def build_policy(raw: bytes, source: str, config: PolicyConfig) -> Policy:
    """Parse and validate policy bytes, then apply the config's overrides."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(f"{source}: policy file is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: not valid TOML: {exc}") from None
    rule_set = parse_rule_set(data, source)
    notice_days = config.notice_days if config.notice_days is not None else rule_set.notice_days
    if notice_days is None and rule_set.needs_notice:
        raise PolicyError(
            f"{source}: key 'notice_days' is not set: the policy leaves the notice period "
            "blank; set [policy] notice_days in the config"
        )
    trial_days = config.trial_days if config.trial_days is not None else rule_set.trial_days
    overrides = {
        "notice_days": config.notice_days,
        "trial_days": config.trial_days,
        "contact": config.contact,
        "timezone": config.timezone,
    }
    return Policy(
        rule_set=rule_set,
        zone=config.zone,
        trial_days=trial_days,
        notice_days=notice_days,
        contact=config.contact or rule_set.contact,
        digest=policy_digest(raw, overrides),
        source=source,
        text=raw.decode("utf-8") + "\n# config overrides: " + json.dumps(overrides, sort_keys=True),
    )


def policy_digest(raw: bytes, overrides: Mapping[str, object]) -> str:
    """sha256 over the file bytes and the overrides that change decisions or their wording."""
    canonical = json.dumps(overrides, sort_keys=True).encode()
    return hashlib.sha256(raw + b"\0" + canonical).hexdigest()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PolicyError(f"{path}: policy file not found") from None
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file: {exc.strerror}") from None
