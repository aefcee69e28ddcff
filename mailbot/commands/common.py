"""What every command shares: opening the App from --config, printing, who is acting."""

from __future__ import annotations

import argparse
import os
import sys

from mailbot.app import App
from mailbot.config import Config, load_config


def opened_apps(args: argparse.Namespace) -> list[App]:
    """The apps one command invocation opened: they belong to it (its parsed arguments),
    and cli.main closes them when the command returns."""
    apps: list[App] = args.__dict__.setdefault("opened_apps", [])
    return apps


def open_app(args: argparse.Namespace, *, ready: bool = True) -> App:
    config: Config = load_config(args.config)
    if getattr(args, "dry_run", False):
        config = config.model_copy(update={"service": config.service.model_copy(
            update={"dry_run": True})})
    app = App(config)
    opened_apps(args).append(app)
    return app.ready() if ready else app


def say(text: str = "") -> None:
    print(text, flush=True)


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def actor_name() -> str:
    return os.environ.get("USER") or os.environ.get("LOGNAME") or "operator"
