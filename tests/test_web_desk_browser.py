"""The review desk as a support agent works it, in Debian's Chromium, on the demo's data.

`mailbot demo` fills every tab (refund reviews, an identity mismatch, a pending
verification, a needs-info case, a dispute, an unreadable message and a question on a
closed case); each test copies that database, serves it with `mailbot serve` and takes
one path through the desk at desktop (1366x900) and phone (390x844) sizes, asserting
what the page shows. Screenshots go to test-artifacts/desk-<path>-<size>.png.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from mailbot.app import App
from mailbot.config import load_config
from mailbot.store.models import CaseRow, MessageRow, OutboxRow
from mailbot.web.users import add_user
from tests.servers import free_port, require, wait_port
from tests.test_web_browser import ARGS, ARTIFACTS, CHROMIUM

pytestmark = [pytest.mark.browser]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
ADMIN = ("demo", "demo-desk-password")
AGENT = ("alice", "alice-password")
AS_AGENT = {"test_identity_mismatch_shows_both_accounts_and_one_click_picks"}
FORGED_AR = (
    "From: Tomasz K <tomasz.k@example.pl>\r\nTo: support@atntcrm.example\r\n"
    "Authentication-Results: mx.atntcrm.example; dkim=pass header.d=example.pl; "
    "dmarc=pass header.from=example.pl\r\n"
    "Received: from mail.example.pl by mx.atntcrm.example; Thu, 05 Mar 2026 09:00:00 -0500\r\n"
    "Authentication-Results: mx.atntcrm.example; dkim=pass header.d=forged.example\r\n"
    "Authentication-Results: relay.elsewhere.example; spf=pass smtp.mailfrom=example.pl\r\n"
    "Subject: Cancel\r\nDate: Thu, 05 Mar 2026 09:00:00 -0500\r\n"
    "Message-ID: <ar-demo@example.pl>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Please cancel my account 8100877, username tomasz.k.\r\n")


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's database (every tab filled), built once for the module."""
    require(Path(CHROMIUM).exists(), f"Chromium ({CHROMIUM}; Debian package chromium)")
    out = tmp_path_factory.mktemp("demo") / "out"
    result = subprocess.run([sys.executable, "-m", "mailbot", "demo", "--out", str(out)],
                            capture_output=True, text=True, timeout=300, cwd=out.parent)
    assert result.returncode == 0, result.stderr
    assert "mailbot serve --config" in result.stdout and "log in as demo" in result.stdout
    return out / "desk"


@dataclass
class Desk:
    url: str
    app: App
    config: Path

    def ref(self, **where: object) -> str:
        with self.app.db.session(readonly=True) as session:
            return session.query(CaseRow).filter_by(**where).order_by(CaseRow.id).first(
                ).reference

    def status(self, ref: str) -> str:
        with self.app.db.session(readonly=True) as session:
            return session.query(CaseRow).filter_by(reference=ref).one().status


@pytest.fixture
def desk(demo_desk: Path, tmp_path: Path) -> Iterator[Desk]:
    """`mailbot serve` on a copy of the demo's data, times shown in Berlin, Authentication-
    Results from mx.atntcrm.example trusted; users demo (admin) and alice (agent)."""
    shutil.copy(demo_desk / "mailbot.db", tmp_path / "mailbot.db")
    port = free_port()
    text = (demo_desk / "mailbot.toml").read_text()
    text = text.replace(str(demo_desk / "mailbot.db"), str(tmp_path / "mailbot.db"))
    text = re.sub(r"port = \d+", f"port = {port}", text)
    text = text.replace("[web]\n", '[web]\ntimezone = "Europe/Berlin"\n')
    text = text.replace("[database]", '[security]\ntrusted_authserv_id = "mx.atntcrm.example"'
                                      "\n\n[database]")
    config = tmp_path / "mailbot.toml"
    config.write_text(text)
    (tmp_path / "ar.eml").write_bytes(FORGED_AR.encode())
    subprocess.run([sys.executable, "-m", "mailbot", "process", str(tmp_path / "ar.eml"),
                    "--mailbox", "atntcrm", "--config", str(config)], check=True,
                   capture_output=True, timeout=60)
    app = App(load_config(str(config)))
    add_user(app.db, *AGENT[:1], "agent", AGENT[1], now=app.clock())
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "serve", "--config", str(config)],
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ))
    try:
        wait_port(port, timeout=20)
        yield Desk(f"http://127.0.0.1:{port}", app, config)
    finally:
        proc.terminate()
        proc.wait(15)
        app.close()


@pytest.fixture(params=list(SIZES))
def page(request: pytest.FixtureRequest, desk: Desk):  # playwright's Page
    """A logged-in Chromium page at one size (the demo admin unless the test says alice)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    width, height = SIZES[request.param]
    who = AGENT if request.node.originalname in AS_AGENT else ADMIN
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": width, "height": height})
        p = context.new_page()
        p.size = request.param
        p.goto(desk.url + "/login")
        p.fill("input[name=username]", who[0])
        p.fill("input[name=password]", who[1])
        p.click("button[type=submit]")
        p.wait_for_url("**/queue")
        yield p
        context.close()
        browser.close()


def expect(locator):
    from playwright.sync_api import expect as pw_expect

    return pw_expect(locator)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"desk-{name}-{page.size}.png"), full_page=True)


def fits(page) -> None:
    """Nothing is wider than the screen (no sideways scrolling)."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"page is {width} px wide"


def flash(page, kind: str = "ok") -> str:
    return page.locator(f".flash.{kind}").first.inner_text()


def test_every_tab_has_cases_and_the_queue_fits_the_screen(page, desk: Desk):
    """Each tab lists what the demo left there, flags in words and times labelled in the
    desk's zone; on a phone the rows are cards and nothing scrolls sideways."""
    counts = {t.inner_text().rsplit(" ", 1)[0].strip(): int(t.locator(".count").inner_text())
              for t in page.locator(".tab").all()}
    assert counts["Flagged"] >= 3 and all(n >= 1 for n in counts.values()), counts
    assert "Refund to decide" in page.inner_text("table.queue")
    assert "refund_review" not in page.inner_text("table.queue")
    assert re.search(r"2026-03-0\d \d\d:\d\d CET", page.inner_text("table.queue"))
    options = page.locator("select[name=flag] option").all_inner_texts()
    assert "Identity mismatch" in options and "Disputed" in options
    assert not any("_" in o for o in options)
    if page.size == "phone":
        assert page.locator("table.queue thead").bounding_box()["height"] <= 1
        assert page.locator("table.queue tbody tr").first.bounding_box()["width"] <= 390
    fits(page)
    shot(page, "queue-flagged")
    for tab, name in (("pending_verification", "pending"), ("needs_info", "needs-info"),
                      ("disputed", "disputed"), ("failed", "failed")):
        page.goto(f"{desk.url}/queue?tab={tab}")
        assert "Nothing waiting" not in page.inner_text("main")
        assert "No message needs a person" not in page.inner_text("main")
        fits(page)
        shot(page, f"queue-{name}")
    page.goto(f"{desk.url}/queue?tab=disputed&flag=dispute")
    assert desk.ref(status="disputed") in page.inner_text("table.queue")
    if page.size == "phone":  # the narrowest phones too
        page.set_viewport_size({"width": 360, "height": 740})
        for path in ("/queue", f"/cases/{desk.ref(status='disputed')}",
                     f"/cases/{desk.ref(status='flagged', mailbox='default')}", "/dashboard"):
            page.goto(desk.url + path)
            fits(page)


def test_bulk_approval_of_refund_reviews_with_an_amount_each(page, desk: Desk):
    """Without amounts each refund review says what to enter (never an internal id); with
    one amount per row both are confirmed, the refunds stored with their currency."""
    refs = [desk.ref(mailbox="atntcrm", sender="billing@orbitlabs.example"),
            desk.ref(mailbox="atntcrm", sender="greta.holm@example.se")]
    for ref in refs:
        page.check(f"input[name=ref][value={ref}]")
    page.click("#bulk button[type=submit]")
    page.wait_for_load_state()
    errors = page.locator(".flash.error").all_inner_texts()
    assert len(errors) == 2 and "at most 39.00" in errors[0] and "in EUR" in errors[1]
    assert not re.search(r"refund \d", page.inner_text(".flashes"))
    shot(page, "bulk-needs-amounts")
    for ref in refs:
        page.check(f"input[name=ref][value={ref}]")
    page.fill(f"input[name=refund-{refs[0]}]", "39.00")
    page.fill(f"input[name=refund-{refs[1]}]", "0")
    page.click("#bulk button[type=submit]")
    page.wait_for_load_state()
    oks = page.locator(".flash.ok").all_inner_texts()
    assert len(oks) == 2, page.inner_text(".flashes")
    assert "refund 39.00 USD" in oks[0] and "no refund" in oks[1]
    fits(page)
    shot(page, "bulk-approved")
    page.goto(f"{desk.url}/cases/{refs[0]}")
    assert "39.00 USD: approved" in page.inner_text("#decision-refund")
    assert "Support reviewed the refund request and approved a refund of 39.00 USD" in \
        page.inner_text("#decision")
    page.locator("#replies summary").last.click()
    reply = page.locator("#replies details").last.inner_text()
    assert "You will be refunded $39.00." in reply
    assert "before anything is confirmed" not in reply
    shot(page, "bulk-approved-case")


def test_approve_a_refund_review_with_the_email_shown_first(page, desk: Desk):
    """On the case page the amount field refuses 1e3 and more than was paid; the preview
    shows the email with the amount typed, and exactly that email is sent."""
    ref = desk.ref(mailbox="atntcrm", sender="billing@orbitlabs.example")
    page.goto(f"{desk.url}/cases/{ref}")
    fits(page)
    assert page.input_value("#actions input[name=currency]") == "USD"
    page.fill("#actions input[name=refund]", "1e3")
    expect(page.locator("#preview .email-hint")).to_contain_text("not an amount like 19.00")
    page.fill("#actions input[name=refund]", "45")
    expect(page.locator("#preview .email-hint")).to_contain_text("more than the customer paid")
    page.fill("#actions input[name=refund]", "12.50")
    expect(page.locator("#preview .email-text")).to_contain_text("You will be refunded $12.50.")
    shown = page.inner_text("#preview .email-text")
    assert "before anything is confirmed" not in shown
    shot(page, "approve-refund-preview")
    page.click("#actions button[name=approve]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "confirmed" in flash(page) and "refund 12.50 USD" in flash(page)
    assert page.inner_text("h1 .status") == "Confirmed"
    assert page.inner_text("#decision h2") == "Decision"
    assert "12.50 USD: approved" in page.inner_text("#decision-refund")
    with desk.app.db.session(readonly=True) as session:
        sent = session.query(OutboxRow).filter_by(kind="confirmed_stop_renewal").order_by(
            OutboxRow.id.desc()).first()
        from mailbot.review import reply_from_raw

        assert reply_from_raw(sent.raw).text.replace("\r\n", "\n").strip() == shown.strip()
    history = page.inner_text("#history")
    assert "Demo approved the case: Confirmed, stop renewal, refund 12.50 USD" in history
    fits(page)
    shot(page, "approve-refund-done")


def test_identity_mismatch_shows_both_accounts_and_one_click_picks(page, desk: Desk):
    """Both accounts of an identity mismatch side by side (number, username, email, plan,
    status, why); one click picks one, the policy proposes, the agent approves."""
    ref = desk.ref(status="flagged", mailbox="default")
    page.goto(f"{desk.url}/cases/{ref}")
    table = page.inner_text("table.candidates")
    for text in ("4810237", "jdoe", "jdoe@example.com", "9014466", "lchen",
                 "lin.chen@example.com", "monthly, 19.00 USD", "monthly, 29.00 USD", "active"):
        assert text in table, text
    assert "Already has case" in page.inner_text("table.candidates")  # jdoe's disputed case
    assert page.locator("button[name=pick]").count() == 1
    assert "Not possible yet" in page.inner_text("#approve-unavailable")
    assert page.locator("form[action$='/approve']").count() == 0
    heads = page.locator("table.candidates thead th").all()
    assert heads[1].bounding_box()["y"] == heads[2].bounding_box()["y"]  # side by side
    fits(page)
    shot(page, "identity-mismatch")
    page.click("button[name=pick][value='9014466']")
    page.wait_for_url(f"**/cases/{ref}")
    assert "Stop renewal" in page.inner_text("#decision")
    assert page.inner_text("#decision h2") == "Proposed decision"
    assert "9014466" in page.inner_text("#preview")
    page.click("#actions button[name=approve]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "confirmed" in flash(page)
    assert "Alice corrected the account number from 4810237 to 9014466" in \
        page.inner_text("#history")
    shot(page, "identity-mismatch-approved")


def test_reject_with_a_note_shows_the_email_with_the_note(page, desk: Desk):
    """The rejection's email shows the note as it is typed; rejecting sends that email."""
    ref = desk.ref(status="needs_info")
    page.goto(f"{desk.url}/cases/{ref}")
    form = "form[action$='/reject']"
    assert "[your note]" in page.inner_text(f"{form} .email-text")
    page.fill(f"{form} textarea[name=note]", "We could not find an account for you.")
    expect(page.locator(f"{form} .email-text")).to_contain_text(
        "We could not find an account for you.")
    shot(page, "reject-preview")
    page.click(f"{form} button[name=reject]")
    page.wait_for_url(f"**/cases/{ref}")
    assert desk.status(ref) == "rejected" and page.inner_text("h1 .status") == "Rejected"
    assert "We could not find an account for you." in page.inner_text("#preview")
    assert "Demo rejected the case: “We could not find an account for you.”" in \
        page.inner_text("#history")
    fits(page)


def test_resend_verification_says_when_it_cannot(page, desk: Desk):
    """Just after a confirmation request the button waits (a pause, with the time); later
    it sends; at the per-address limit it says so instead of pretending."""
    ref = desk.ref(status="pending_verification")
    page.goto(f"{desk.url}/cases/{ref}")
    assert page.locator("#resend button[name=resend]").is_disabled()
    assert "15-minute pause" in page.inner_text(".resend-blocked")
    with desk.app.db.session() as session:
        case = session.query(CaseRow).filter_by(reference=ref).one()
        for row in session.query(OutboxRow).filter_by(case_id=case.id):
            row.created_at = row.created_at - timedelta(minutes=30)
    page.reload()
    page.click("#resend button[name=resend]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "confirmation request sent to ravi.singh@example.com" in flash(page)
    assert page.locator("#resend button[name=resend]").is_disabled()
    with desk.app.db.session() as session:
        case = session.query(CaseRow).filter_by(reference=ref).one()
        rows = session.query(OutboxRow).filter_by(case_id=case.id, kind="verification_request")
        for row in rows:
            row.created_at = row.created_at - timedelta(minutes=30)
        template = rows.first()
        for i in range(3):  # three more replies to the owner's address: the cap (5) is reached
            session.add(OutboxRow(mailbox="default", kind="duplicate", to_addr=template.to_addr,
                                  from_addr=template.from_addr, subject="x",
                                  message_id=f"<cap-{i}@x>", raw=b"x", status="sent",
                                  created_at=template.created_at))
    page.reload()
    blocked = page.inner_text(".resend-blocked")
    assert re.search(r"has had \d replies within 24 hours", blocked)
    assert "per_address_limit" in blocked
    assert page.locator("#resend button[name=resend]").is_disabled()
    fits(page)
    shot(page, "resend-limit")


def test_a_dispute_is_settled_with_a_refund(page, desk: Desk):
    """The disputed case says so; a refund above what was paid is refused; one within is
    approved in the plan's currency, the case closes again and the customer is told."""
    ref = desk.ref(status="disputed")
    page.goto(f"{desk.url}/cases/{ref}")
    assert "The customer disputes this case" in page.inner_text("#dispute-banner")
    assert "I dispute this" in page.inner_text("#messages")
    assert "Dispute acknowledged" in page.inner_text("#replies")
    fits(page)
    shot(page, "dispute")
    page.fill("#dispute-refund input[name=refund]", "50")
    page.click("#dispute-refund button[type=submit]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "more than the customer paid: 19.00 USD" in flash(page, "error")
    page.fill("#dispute-refund input[name=refund]", "19.00")
    page.fill("#dispute-refund textarea[name=note]", "The March renewal is refunded.")
    expect(page.locator("#dispute-refund .email-text")).to_contain_text("a refund of $19.00")
    page.click("#dispute-refund button[type=submit]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "refund 19.00 USD approved" in flash(page)
    assert desk.status(ref) == "confirmed"
    page.locator("#replies summary").last.click()
    assert "approved a refund of $19.00" in page.locator("#replies details").last.inner_text()
    assert "Demo settled the dispute with a refund of 19.00 USD" in page.inner_text("#history")
    shot(page, "dispute-refunded")


def test_a_dispute_is_upheld_or_reopened(page, desk: Desk):
    """Upholding needs a note, which the customer gets; a later dispute reopened goes back
    to the Flagged tab with a fresh proposal to approve."""
    ref = desk.ref(status="disputed")
    page.goto(f"{desk.url}/cases/{ref}")
    page.fill("#uphold textarea[name=note]", "Notice came after the March renewal date.")
    expect(page.locator("#uphold .email-text")).to_contain_text("after the March renewal")
    page.click("#uphold button[name=uphold]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "upheld" in flash(page) and desk.status(ref) == "confirmed"
    assert "Demo upheld the earlier outcome" in page.inner_text("#history")
    with desk.app.db.session() as session:  # the customer disputes once more
        case = session.query(CaseRow).filter_by(reference=ref).one()
        case.status = "disputed"
    page.goto(f"{desk.url}/cases/{ref}")
    page.click("#reopen button[name=reopen]")
    page.wait_for_url(f"**/cases/{ref}")
    assert "back in the Flagged tab" in flash(page)
    assert page.inner_text("h1 .status") == "Flagged"
    assert page.locator("#actions button[name=approve]").is_visible()
    page.goto(f"{desk.url}/queue?tab=flagged&flag=dispute")
    assert ref in page.inner_text("table.queue")
    fits(page)
    shot(page, "dispute-reopened")


def test_failed_messages_open_with_why_reprocess_and_are_handled(page, desk: Desk):
    """Each failed message opens with why it needs a person; it can be reprocessed, and
    marked handled with a note, after which it leaves the tab."""
    page.goto(f"{desk.url}/queue?tab=failed")
    rows = page.inner_text("table.queue")
    assert "Unreadable: not an email message" in rows
    assert "A message about case" in rows
    before = int(page.locator(".tab.current .count").inner_text())
    with desk.app.db.session(readonly=True) as session:
        unreadable = session.query(MessageRow).filter(MessageRow.case_id.is_(None),
                                                      MessageRow.outcome == "flagged").first()
    page.click(f"a[href='/messages/{unreadable.id}']")
    page.wait_for_url(f"**/messages/{unreadable.id}")
    assert "not an email message" in page.inner_text("#why")
    assert "scanner wrote it" in page.inner_text("pre.body")
    fits(page)
    shot(page, "failed-message")
    page.click("button[name=reprocess]")
    page.wait_for_load_state()
    assert "1 message(s) processed again" in flash(page)
    page.fill("textarea[name=note]", "Scanner output, deleted from the mailbox.")
    page.click("button[name=handled]")
    page.wait_for_url("**/queue?tab=failed")
    assert "marked handled" in flash(page)
    assert int(page.locator(".tab.current .count").inner_text()) == before - 1
    shot(page, "failed-handled")


def test_the_case_page_lists_attachments_and_which_results_were_trusted(page, desk: Desk):
    """Attachments are listed (name, type, size) and never linked; each
    Authentication-Results header names its server and whether mailbot trusted it; times
    are in the desk's zone, the customer's email in the policy's."""
    ref = desk.ref(sender="greta.holm@example.se")
    page.goto(f"{desk.url}/cases/{ref}")
    listed = page.inner_text(".attachment-list")
    assert "invoice-2025-04.pdf · application/pdf · 78 bytes" in listed
    assert page.locator(".attachment-list a").count() == 0
    assert "CET" in page.inner_text("h1 + p.meta")
    assert "(America/New_York)" in page.inner_text("#preview .email-text")
    shot(page, "attachments")
    ref = desk.ref(sender="tomasz.k@example.pl")
    page.goto(f"{desk.url}/cases/{ref}")
    items = page.locator(".auth-list li").all_inner_texts()
    assert len(items) == 3
    assert items[0].startswith("Trusted") and "mx.atntcrm.example" in items[0]
    assert items[1].startswith("Not read") and "below a header from another server" in items[1]
    assert "relay.elsewhere.example" in items[2] and "does not trust" in items[2]
    assert "authenticated: dkim=pass header.d=example.pl" in page.inner_text(".auth-verdict")
    fits(page)
    page.locator(".auth").first.screenshot(path=str(ARTIFACTS / f"desk-auth-{page.size}.png"))


def test_badges_and_text_meet_wcag_aa_contrast(page, desk: Desk):
    """Flag badges, statuses, hints, meta lines, tabs, links and buttons have at least
    4.5:1 contrast against what is behind them (WCAG AA for normal text)."""
    ref = desk.ref(status="disputed")
    worst = []
    for path in ("/queue", f"/cases/{ref}", "/queue?tab=failed"):
        page.goto(desk.url + path)
        worst += page.evaluate(CONTRAST_JS, ".flag, .status, .tag, .hint, .meta, .tab, .count,"
                                            " a, button, .error-text, dt, th, .flash")
    low = [(sel, text, ratio) for sel, text, ratio in worst if ratio < 4.5]
    assert worst and not low, low[:5]


def test_the_dashboard_chart_fits_its_card(page, desk: Desk):
    """The outcome chart spans its card on a wide screen and is never clipped on a phone."""
    page.goto(f"{desk.url}/dashboard?days=365")
    card = page.locator("#outcomes").bounding_box()
    chart = page.locator("#outcomes svg").bounding_box()
    assert chart["width"] >= card["width"] * 0.85 or chart["width"] >= 1000
    assert chart["x"] + chart["width"] <= card["x"] + card["width"] + 1
    fits(page)
    shot(page, "dashboard")


# Each visible element's text colour against the first opaque background behind it.
CONTRAST_JS = """(selector) => {
  function rgb(s) {
    const m = s.match(/[\\d.]+/g).map(Number);
    return m.length > 3 ? m : [...m, 1];
  }
  function lum(c) {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92
                                                   : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  function background(el) {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  }
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || !el.innerText.trim() || el.disabled) continue;
    const fg = rgb(getComputedStyle(el).color), bg = background(el);
    const a = lum(fg), b = lum(bg);
    out.push([el.className || el.tagName, el.innerText.trim().slice(0, 30),
              (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
  }
  return out;
}"""


def test_an_admin_adds_and_removes_a_mailbox_on_the_mailboxes_page(page, desk: Desk):
    """The Mailboxes page lists the demo's mailboxes; a refused definition stays in the box
    with the reason; a saved one is listed, then removed after the question is accepted."""
    page.click("nav >> text=Mailboxes")
    page.wait_for_url("**/mailboxes")
    assert "atntcrm" in page.inner_text("#mailbox-list")
    fits(page)
    definition = page.locator("#definition")
    text = definition.input_value().replace('password_env = "BRAND_B_IMAP_PASSWORD"',
                                            'password = "hunter2"')
    definition.fill(text)
    page.click("#add-mailbox button[type=submit]")
    assert "never stored" in flash(page, "error")
    assert 'password = "hunter2"' in page.locator("#definition").input_value()
    page.locator("#definition").fill(text.replace('password = "hunter2"',
                                                  'password_env = "BRAND_B_IMAP_PASSWORD"'))
    page.click("#add-mailbox button[type=submit]")
    assert "1 mailbox(es) added" in flash(page)
    row = page.locator("#mailbox-brand-b")
    assert "$BRAND_B_IMAP_PASSWORD" in row.inner_text() and "hunter2" not in row.inner_text()
    fits(page)
    shot(page, "mailboxes")
    page.once("dialog", lambda dialog: dialog.accept())
    row.locator("button").click()
    assert "mailbox brand-b removed" in flash(page)
    assert page.locator("#mailbox-brand-b").count() == 0
