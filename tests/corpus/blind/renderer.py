"""One renderer (and one checker) serves every blind-corpus writer of its kind.

A writer's ``src/build.py`` or ``src/check.py`` calls :func:`run` to execute the shared
script (``en/src/build.py`` for English writers, ``intl-b/src/build.py`` for de/es/fr/pt
ones, ``en/src/check.py`` for all) as if it lived in the writer's folder: it reads that
writer's batches and ``common.py`` and writes that writer's ``messages/``, ``accounts.csv``
and README counts. Nothing in the scripts generates text.
"""

from __future__ import annotations

import os


def run(here_file: str, writer: str, name: str, run_name: str) -> None:
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), writer, "src", name)
    with open(shared, encoding="utf-8") as fh:
        code = compile(fh.read(), shared, "exec")
    exec(code, {"__file__": os.path.abspath(here_file), "__name__": run_name})
