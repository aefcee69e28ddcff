"""The public corpus through the real poll path: nothing answered, nothing failed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.harness import REPO
from tests.servers import DOVECOT, require


def _bench():  # the bench module
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.dovecot
def test_public_corpus_gets_no_reply_and_never_fails(tmp_path: Path):
    """1,300+ real messages from other projects: every one recorded, none answered or failed."""
    require(Path(DOVECOT).exists(), "Dovecot")
    bench = _bench()
    corpus = bench.DEFAULT_CORPUS
    if not corpus.is_dir():
        pytest.skip(f"the shared public corpus is not at {corpus} (set MAILBOT_PUBLIC_CORPUS)")
    figures = bench.run(corpus, tmp_path)
    assert figures["poll_exit"] == 0, figures["poll_stderr"]
    assert figures["replies_sent"] == 0
    assert figures["failed"] == 0
    assert figures["records"] >= figures["files"] * 0.98  # byte-identical copies count once
    assert "cancellation" not in figures["intents"]
