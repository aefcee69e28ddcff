"""Run the mailbot CLI with one function replaced by a SIGKILL of the process.

    python tests/crash.py mailbot.flow.poll:Poller._move poll --once --config X

The replaced function kills the process the first time it is called: the
rest of the run never happens, exactly as if the machine had died there.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys


def main() -> None:
    target, *argv = sys.argv[1:]
    module_name, attr_path = target.split(":")
    owner = importlib.import_module(module_name)
    *parents, name = attr_path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(owner, name, die)
    from mailbot.cli import main as cli

    sys.exit(cli(argv))


if __name__ == "__main__":
    main()
