# Batch 3: messages 101-150, written by hand.
from common import A, M

SUP = ("CRM Runner Support", "support@crmrunner.example")

MESSAGES = [

M(n=101, slug="accountants-not-renewing-outlook-html", client="outlook-html",
  frm=("Office - Pemberton & Shaw", "office@pembertonshaw.example"),
  subj="Subscription cancellation - Acct #2745019",
  body="""Dear CRM Runner team,

Following our internal review of software costs, Pemberton & Shaw Chartered Accountants will not be renewing the CRM Runner subscription for account #2745019 at the end of the current annual term.

Please treat this email as formal notice and confirm the date on which the service will end. We would also appreciate guidance on exporting our client records before that date.

Yours sincerely,""",
  sigtable=["Margaret Shaw FCA", "Partner", "Pemberton & Shaw Chartered Accountants", "12 Market Street, Ludlow"],
  acct=A(2745019, "pembertonshaw", "office@pembertonshaw.example", "yearly", start="2025-05-01", tier="T", cur="GBP", price="790.00"),
  an=2745019,
  i="c", k="request", b="clear", rk=["review of software costs"], rc="too_expensive",
  notes="Formal Outlook HTML notice of non-renewal with '#NNNNNNN' account number in subject and body."),

M(n=102, slug="cancel-one-seat-myself", client="gmail",
  frm=("Darnell Hughes", "darnell@hughesroofing.example"), subj="seats",
  body="""Hey, is there a way to remove a seat myself in the admin panel, or do I have to email you every time someone leaves? We have a lot of turnover in summer.""",
  acct=A(1376052, "hughesroofing", "darnell@hughesroofing.example", "monthly", start="2025-02-06", tier="T"),
  i="o", k="how_to", b="not",
  notes="How-to about removing seats in general; nobody named, nothing to act on."),

M(n=103, slug="not-a-customer-remove-my-data", client="outlook",
  frm=("Yvonne Clarke", "yvonne.clarke@outlook.example"), subj="Remove my details from your system",
  body="""Hello,

I keep getting sales emails from a company called Apex Windows, and they told me they keep my details "in CRM Runner". I have never agreed to this. I am not your customer.

Please remove all my personal data from your system and tell me where you got it.

Yvonne Clarke""",
  i="o", k="data_deletion", b="not",
  notes="A non-customer asks for her data (stored by one of our customers) to be removed; privacy, not a cancellation."),

M(n=104, slug="stop-reply-to-newsletter", client="iphone",
  frm=("Bill Hathaway", "bill.hathaway@icloud.example"), subj="Re: What's new in CRM Runner - October",
  body="STOP",
  quote=dict(frm=("CRM Runner", "news@crmrunner.example"),
             text="""What's new in CRM Runner - October

- Bulk edit for deals
- Faster search
- New: email open tracking on the Pro plan

You're receiving this because you have a CRM Runner account. Unsubscribe or manage email preferences in Settings > Notifications."""),
  acct=A(1029385, "bhathaway", "bill.hathaway@icloud.example", "monthly", start="2024-11-30", tier="S"),
  i="o", k="newsletter_unsubscribe", b="maybe", amb=True,
  notes="'STOP' in reply to a newsletter: most likely stop the newsletter, could mean stop the subscription; ambiguous, labelled other."),

M(n=105, slug="closing-the-salon-iphone", client="iphone",
  frm=("Keisha Monroe", "keisha@glowbykeisha.example"), subj="Account",
  body="""Hi, please don't charge me again next month. I'm closing the salon at the end of October. Thank you for everything

Keisha""",
  acct=A(2602918, "glowbykeisha", "keisha@glowbykeisha.example", "monthly", start="2025-04-14", tier="S"),
  i="c", k="request", b="clear", rk=["closing the salon"], rc="business_closed",
  notes="Never says cancel: 'don't charge me again'; business closing."),

M(n=106, slug="cancelled-in-feb-amex-caps", client="gmail",
  frm=("Victor Salazar", "victor@salazarproduce.example"), subj="STILL BEING CHARGED",
  body="""I CANCELLED IN FEBRUARY. I HAVE THE CONFIRMATION EMAIL. WHY AM I STILL BEING CHARGED $49 EVERY MONTH??

REFUND ALL OF IT OR I DISPUTE EVERY CHARGE WITH AMEX.

Victor Salazar""",
  acct=A(1919504, "salazarproduce", "victor@salazarproduce.example", "monthly", status="cancelled", start="2024-09-23"),
  decoys=["$49"],
  i="o", k="already_cancelled", b="not", refund=True,
  notes="All-caps billing dispute after an earlier cancellation; asks for refunds, not a new cancellation."),

M(n=107, slug="turkish-finish-membership", client="gmail", who="tr",
  frm=("Mehmet Yılmaz", "mehmet@yilmazinsaat.example"), subj="finish membership",
  body="""Hello,

I want to finish my membership. Our firm is closed since last month because of the economic situation. Please not take payment again.

Thank you,
Mehmet Yılmaz""",
  acct=A(2256780, "yilmazinsaat", "mehmet@yilmazinsaat.example", "monthly", start="2024-12-09"),
  i="c", k="request", b="clear", rk=["our firm is closed"], rc="business_closed",
  notes="Turkish writer; 'finish my membership'."),

M(n=108, slug="upgrade-starter-to-pro", client="outlook",
  frm=("Allison Webb", "allison@webbphysio.example"), subj="Upgrade to Pro",
  body="""Hi,

We're on Starter and need the automations, so we'd like to upgrade to Pro today. Do we pay the difference for this month or does it start from the next billing date?

Thanks,
Allison""",
  acct=A(1445726, "webbphysio", "allison@webbphysio.example", "monthly", start="2025-06-24", tier="S"),
  i="o", k="plan_change", b="not",
  notes="Upgrade request."),

M(n=109, slug="transfer-ownership", client="gmail",
  frm=("Martin Oduya", "martin@oduyapartners.example"), subj="Change account owner",
  body="""Hi,

I'm stepping back from the business and my partner Grace will take over. Can you transfer the CRM Runner account to her email, grace@oduyapartners.example? The subscription should continue as normal.

Martin""",
  acct=A(2015398, "oduyapartners", "martin@oduyapartners.example", "yearly", start="2025-01-31"),
  i="o", k="question", b="not",
  notes="Ownership transfer; 'stepping back' but the subscription continues."),

M(n=110, slug="second-email-cancel", client="gmail",
  frm=("Brenda Sykes", "brenda.sykes@gmail.example"), subj="2nd request - cancel my subscription",
  body="""This is my second email about this. I wrote on the 3rd and heard nothing.

Cancel my subscription. My login is brenda.sykes@gmail.example.

Brenda""",
  acct=A(1262894, "bsykes", "brenda.sykes@gmail.example", "monthly", start="2025-07-07", tier="S"),
  em="brenda.sykes@gmail.example",
  i="c", k="follow_up", b="clear",
  notes="Follow-up not threaded; restates the request in full."),

M(n=111, slug="cancelled-by-mistake-undo", client="gmail",
  frm=("Leo Marchetti", "leo@marchettigelato.example"), subj="Cancelled by mistake!",
  body="""Hi, I was cleaning up my billing page and clicked cancel on the wrong thing. I did NOT mean to cancel CRM Runner. Can you undo it so it keeps renewing? Thanks!!

Leo""",
  acct=A(1837611, "marchettigelato", "leo@marchettigelato.example", "monthly", start="2025-05-29"),
  i="o", k="withdrawal", b="not", wd=True,
  notes="Wants a mistaken cancellation undone."),

M(n=112, slug="bounce-headers-only-spam-block", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="info@coastalcharters.example", status="5.7.1", headers_only=True,
           diag="554 5.7.1 Message rejected as spam by Content Filtering",
           rhost="mx.coastalcharters.example",
           orig=dict(subj="Re: cancel subscription - coastalcharters", body="(headers only)")),
  body="", i="b", k="bounce", b="not",
  notes="DSN with only the returned headers (text/rfc822-headers); subject of the original mentions cancel."),

M(n=113, slug="customer-helpdesk-autoack", client="auto",
  frm=("Brightline Support", "help@brightlinemedia.example"), subj="[Ticket #7782] Re: Your CRM Runner cancellation",
  hdrs={"Auto-Submitted": "auto-replied", "X-Helpdesk": "TicketDesk 4.2", "Precedence": "bulk"},
  body="""Hello,

Thank you for contacting Brightline Media. This is an automated response to let you know that we have received your message and created ticket #7782.

A member of our team will get back to you within 2 business days.

Brightline Media Support""",
  decoys=["7782"],
  i="a", k="auto_reply", b="not",
  notes="A customer's helpdesk auto-acknowledgement to our reply; ticket number decoy."),

M(n=114, slug="cancel-onboarding-call", client="gmail",
  frm=("Hector Villalobos", "hector@villaloboslaw.example"), subj="Onboarding call tomorrow",
  body="""Hi,

Sorry, I need to cancel our onboarding call tomorrow at 10. Court date got moved. Can we do Friday afternoon instead?

Hector""",
  acct=A(2098716, "villaloboslaw", "hector@villaloboslaw.example", "monthly", start="2025-10-02"),
  i="o", k="meeting_cancel", b="not",
  notes="Cancels an onboarding call."),

M(n=115, slug="deactivate-marco-outlook", client="outlook",
  frm=("Helen Carrow", "h.carrow@carrowengineering.example"), subj="Deactivate user - Marco Bellini",
  body="""Good afternoon,

Please deactivate the user account for Marco Bellini (username marco.bellini) effective today. He has left the firm and should no longer have access to our data. Please also remove the seat from our subscription.

Kind regards,
Helen Carrow
Operations Manager""",
  sigtable=["Helen Carrow", "Operations Manager", "Carrow Engineering Ltd", "T: 555-0162"],
  acct=A(1673049, "carrowengineering", "h.carrow@carrowengineering.example", "yearly", start="2025-01-06", tier="T"),
  un="marco.bellini", seat_user=True, decoys=["555-0162"],
  i="c", k="request_seat", b="clear",
  notes="Owner asks to deactivate a leaver's login and remove the seat; username is the colleague's."),

M(n=116, slug="indian-data-retained-if-cancel", client="gmail", who="in",
  frm=("Venkatesh Rao", "venkatesh.rao@srisaiagencies.example"), subj="Query regarding data retention",
  body="""Dear Team,

Greetings of the day.

We are evaluating whether to continue with CRM Runner for next financial year. In case we cancel the subscription, whether the data will be deleted immediately or retained for some period? Also whether we can take backup in excel format?

Kindly clarify at the earliest.

Regards,
Venkatesh Rao""",
  acct=A(2407733, "srisaiagencies", "venkatesh.rao@srisaiagencies.example", "yearly", start="2025-04-01"),
  i="o", k="hypothetical", b="not",
  notes="Indian English; still evaluating, asks what happens if they cancel."),

M(n=117, slug="kenyan-did-not-meet-expectations", client="gmail", who="ke",
  frm=("Wanjiru Kamau", "wanjiru.kamau@nairobidecor.example"), subj="Discontinuation of service",
  body="""Dear Sir/Madam,

I am writing to notify you that I no longer wish to continue with the CRM Runner service. Kindly discontinue my subscription and ensure no further deductions are made from my card.

The service did not meet our expectations, especially the mobile app which keeps logging us out.

Regards,
Wanjiru Kamau""",
  acct=A(2518867, "nairobidecor", "wanjiru.kamau@nairobidecor.example", "monthly", start="2025-03-19", tier="S"),
  i="c", k="request", b="clear", rk=["did not meet our expectations", "keeps logging us out"], rc="low_quality",
  notes="Kenyan writer; 'discontinue my subscription'."),

M(n=118, slug="italian-standby-maternity", client="gmail", who="it",
  frm=("Giulia Romano", "giulia@romanostudio.example"), subj="stand-by account",
  body="""Hi,

I'm going in maternity leave from December for 5 months. Can I put in stand-by my account for this period? I don't want lose the contacts and the history but also I don't want pay when nobody use it.

Thanks a lot
Giulia""",
  acct=A(1597432, "romanostudio", "giulia@romanostudio.example", "monthly", start="2025-02-25", cur="EUR"),
  i="o", k="pause", b="not",
  notes="Italian writer; pause for maternity leave."),

M(n=119, slug="no-thanks-just-cancel-retention", client="gmail",
  frm=("Owen Fairbanks", "owen@fairbanksbrewing.example"), subj="Re: Before you go...",
  body="No thanks, just cancel it please.",
  quote=dict(frm=("Maya from CRM Runner", "maya@crmrunner.example"),
             text="""Hi Owen,

Sorry to hear you're thinking of leaving! Before you go, would 30% off for the next three months help? Just reply and I'll set it up.

Maya
CRM Runner Customer Success"""),
  acct=A(2190548, "fairbanksbrewing", "owen@fairbanksbrewing.example", "monthly", start="2025-03-08"),
  i="c", k="request", b="clear",
  notes="Declines a retention offer and asks to cancel; short new text above the quote."),

M(n=120, slug="chinese-cancel-notification-email", client="gmail", who="cn",
  frm=("Li Na", "lina.office@xinyuetrading.example"), subj="how to cancel the email",
  body="""Hello,

Every day the system send me email of "daily summary". How to cancel this email notification? I only want to keep the account but not receive this email.

Thank you
Li Na""",
  acct=A(2863305, "xinyuetrading", "lina.office@xinyuetrading.example", "monthly", start="2025-05-11"),
  i="o", k="how_to", b="not",
  notes="Chinese writer; how to cancel a notification email, keeps the account."),

M(n=121, slug="worst-software-profane", client="android",
  frm=("Dale Pruitt", "dalepruitt@gmail.example"), subj="cancel",
  body="""this is the worst damn software ive ever paid for. cancel it. now. dont email me about surveys either""",
  acct=A(1102776, "dpruitt", "dalepruitt@gmail.example", "monthly", start="2025-08-04", tier="S"),
  i="c", k="request", b="clear", rk=["worst damn software"], rc="low_quality",
  notes="Rude one-liner request."),

M(n=122, slug="filipino-billed-yearly-wanted-monthly", client="gmail", who="ph",
  frm=("Rowena Bautista", "rowena.bautista@manilaprinting.example"), subj="Wrong plan charged",
  body="""Good day!

I was charged for the yearly plan (P27,000) but I choose monthly only when I register. Pls refund the difference and change my plan to monthly. We are still using the CRM.

Thank you and God bless.
Rowena""",
  acct=A(2227156, "manilaprinting", "rowena.bautista@manilaprinting.example", "yearly", start="2025-09-05"),
  decoys=["P27,000"],
  i="o", k="plan_change", b="not", refund=True,
  notes="Filipino writer; wrong plan billed, wants monthly and a partial refund; still using it."),

M(n=123, slug="acquired-end-at-term", client="outlook",
  frm=("Grant Holloway", "grant@hollowaysupply.example"), subj="Ending our subscription",
  body="""Hi,

Holloway Supply has been acquired and the new parent company runs everything on Salesforce. Please end our CRM Runner subscription when the current term is up, and send me the final invoice.

Thanks for the good service.

Grant Holloway""",
  acct=A(1355967, "hollowaysupply", "grant@hollowaysupply.example", "yearly", start="2025-06-15", tier="T"),
  i="c", k="request", b="clear", rk=["acquired", "salesforce"], rc="switched_service",
  notes="End at term because of an acquisition; new owner uses Salesforce."),

M(n=124, slug="internal-churn-report-list", client="list",
  frm=("CRM Runner Metrics", "metrics-bot@crmrunner.example"), subj="[cs-team] Weekly churn report: 14 cancellations",
  list=dict(unsub_url="https://groups.crmrunner.example/g/cs-team/unsubscribe"),
  hdrs={"List-Id": "Customer Success <cs-team.crmrunner.example>", "Precedence": "list",
        "List-Unsubscribe": "<mailto:cs-team+unsubscribe@crmrunner.example>", "X-Google-Group-Id": "558203114"},
  to="cs-team@crmrunner.example",
  body="""Weekly churn report

Cancellations this week: 14 (last week: 11)
Top reasons: too expensive (5), switched service (4), unused (3), other (2)
Seat removals: 9
Refunds issued: 3, total $287.00

Please review the flagged cases in the desk before Friday.""",
  decoys=["$287.00"],
  i="o", k="list_mail", b="not",
  notes="Internal mailing-list report that lands in the support box; full of cancellation vocabulary."),

M(n=125, slug="keep-forgetting-bluefern", client="gmail",
  frm=("Heather Lund", "heather.lund@gmail.example"), subj="please cancel",
  body="""Hi there, can you please cancel my account? I'm not using it and I keep forgetting to do it myself. Username is bluefern.

Thanks!
Heather""",
  acct=A(1486030, "bluefern", "heather.lund@gmail.example", "monthly", start="2025-01-22", tier="S"),
  un="bluefern",
  i="c", k="request", b="clear", rk=["not using it"], rc="unused",
  notes="Request phrased as a question; username and registered sender."),

M(n=126, slug="accept-discount-stay", client="gmail", irt=None,
  frm=("Rachel Tam", "rachel@tamdesignstudio.example"), subj="Re: Your cancellation request",
  body="""Hi Maya,

Thanks for the discount offer - at that price it makes sense, so we'll stay for another year. Please don't cancel.

Rachel""",
  quote=dict(frm=("Maya from CRM Runner", "maya@crmrunner.example"),
             text="""Hi Rachel,

We've received your request to cancel your CRM Runner subscription. Before we process it: we can offer you 40% off the yearly Pro plan if you'd like to stay. Let me know!

Maya"""),
  acct=A(2365091, "tamdesign", "rachel@tamdesignstudio.example", "yearly", start="2025-11-03"),
  i="o", k="withdrawal", b="not", wd=True,
  notes="Accepts a retention offer and withdraws her earlier cancellation."),

M(n=127, slug="austrian-kundennummer", client="outlook", who="de",
  frm=("Mag. Birgit Leitner", "b.leitner@leitner-steuerberatung.example"), subj="Termination of contract",
  body="""Dear Sir or Madam,

we hereby give notice of termination of our CRM Runner contract, Kundennummer 2519043, with the next possible date. Please confirm the termination and the end date in writing.

Reason: we reduced our team and do not need a CRM system anymore.

Kind regards
Birgit Leitner""",
  acct=A(2519043, "leitnertax", "b.leitner@leitner-steuerberatung.example", "monthly", start="2024-05-06", cur="EUR"),
  an=2519043,
  i="c", k="request", b="clear", rk=["reduced our team"], rc="unused",
  notes="Austrian (German) writer; 'Kundennummer' (customer number) is the account number."),

M(n=128, slug="csv-export-broken-before-leaving", client="gmail",
  frm=("Simon Whitaker", "simon@whitakertours.example"), subj="CSV export broken",
  body="""Hi,

The CSV export of contacts fails at about 60% every time ("Export failed, try again later"). We're reviewing our tools and may be moving on, and I need a clean export before we decide anything. Can you fix it or send me the file?

Simon""",
  acct=A(1713874, "whitakertours", "simon@whitakertours.example", "monthly", start="2024-10-17"),
  i="o", k="bug_report", b="maybe", amb=True,
  notes="Bug report; mentions possibly moving on but no decision; ambiguous, labelled other."),

M(n=129, slug="stop-membership-yahoo-acct-hash", client="yahoo",
  frm=("Gloria Pennington", "gloria.pennington@yahoo.example"), subj="Stop membership",
  body="""Hello,

I would like to stop my membership. Account # 2384106. I am 74 and my grandson set this up for my quilting business, I don't understand it and I don't need it.

Thank you dear,
Gloria""",
  acct=A(2384106, "gpennington", "gloria.pennington@yahoo.example", "monthly", start="2025-03-28", tier="S"),
  an=2384106,
  i="c", k="request", b="clear", rk=["don't understand it"], rc="too_complex",
  notes="'Stop my membership' with 'Account # NNNNNNN'."),

M(n=130, slug="quickbooks-integration", client="gmail",
  frm=("Jasmine Ortiz", "jasmine@ortizcpa.example"), subj="QuickBooks?",
  body="""Hello, do you integrate with QuickBooks Online? We're evaluating CRMs this month.""",
  i="o", k="sales", b="not",
  notes="Pre-sales integration question."),

M(n=131, slug="mailbox-not-monitored", client="plain",
  frm=("Info Desk", "info@ridgewaykennels.example"), subj="Re: Your cancellation request",
  body="""This mailbox is no longer monitored. Please send your message to bookings@ridgewaykennels.example.

Ridgeway Kennels""",
  i="a", k="auto_reply", b="not",
  notes="'Mailbox no longer monitored' automatic reply without auto-reply headers."),

M(n=132, slug="dsn-delayed-warning", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Delayed Mail (still being retried)",
  dsn=dict(mta="postfix", rcpt="orders@hillcrestwines.example", status="4.4.7", action="delayed",
           diag="451 4.4.7 Temporary failure, please try again later",
           human="""This is the mail system at host mx1.crmrunner.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<orders@hillcrestwines.example>: host mx.hillcrestwines.example said: 451 4.4.7
    Temporary failure, please try again later
""",
           orig=dict(subj="Your CRM Runner cancellation is confirmed",
                     body="""Hello,

Your CRM Runner subscription will end on 31 August 2026. You will not be charged again.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Delay warning DSN (Action: delayed) for a confirmation."),

M(n=133, slug="office-manager-fwd-outlook", client="outlook", date="2026-08-27 09:40",
  frm=("Sandra Whitley", "sandra@whitleydental.example"), subj="FW: CRM Runner renewal",
  body="""Hi,

Please see Dr. Whitley's note below. Can you make sure the subscription is cancelled before the renewal date?

Thanks,
Sandra Whitley
Practice Manager""",
  fwd=dict(mode="inline", frm=("Dr. Alan Whitley", "alan@whitleydental.example"), to="Sandra Whitley <sandra@whitleydental.example>",
           date="2026-08-26 19:02", subj="CRM Runner renewal",
           body="""Sandra,

Tell CRM Runner we're cancelling at renewal. We'll keep using the practice management system's built-in contacts.

Alan"""),
  acct=A(2681472, "whitleydental", "alan@whitleydental.example", "yearly", start="2025-09-15"),
  i="c", k="forward_request", b="clear", rk=["practice management system's built-in contacts"], rc="switched_service",
  notes="Practice manager forwards the owner's instruction (Outlook -----Original Message----- block)."),

M(n=134, slug="shows-cancelled-still-login", client="gmail",
  frm=("Craig Bishop", "craig@bishopmoving.example"), subj="Is my account cancelled or not",
  body="""My billing page says "Cancelled - ends 30 Sep" but my guys can still log in and add jobs. Is it cancelled or not? I don't want a surprise charge.

Craig""",
  acct=A(1258093, "bishopmoving", "craig@bishopmoving.example", "monthly", status="cancelled", start="2025-04-30"),
  i="o", k="already_cancelled", b="not",
  notes="Already cancelled; asks how the end of term works."),

M(n=135, slug="hold-off-director-review", client="outlook", irt=101,
  frm=("Office - Pemberton & Shaw", "office@pembertonshaw.example"), subj="RE: Subscription cancellation - Acct #2745019",
  body="""Hello,

Could you please hold off on processing our notice for now? Our director would like to review the options next week before anything is finalised. We will confirm either way.

Kind regards,
Office""",
  quote=dict(frm=("Office - Pemberton & Shaw", "office@pembertonshaw.example"), to="support@crmrunner.example",
             subj="Subscription cancellation - Acct #2745019",
             text="""Dear CRM Runner team,

Following our internal review of software costs, Pemberton & Shaw Chartered Accountants will not be renewing the CRM Runner subscription for account #2745019 at the end of the current annual term."""),
  acct=2745019, an=2745019,
  i="o", k="withdrawal", b="maybe", wd=True, amb=True,
  notes="Puts the earlier notice on hold pending review: a (temporary) withdrawal; ambiguous. Account number only in the subject."),

M(n=136, slug="egyptian-high-cost-base64", client="base64", who="eg",
  frm=("Mohamed Abdelrahman", "m.abdelrahman@nileexport.example"), subj="Cancellation request",
  body="""Dear Sir,

Kindly be informed that we want to cancel our subscription starting from next month due to the high cost after the currency change in our country.

Please confirm receiving this mail.

Best Regards,
Mohamed Abdelrahman
Nile Export Co.""",
  acct=A(2912650, "nileexport", "m.abdelrahman@nileexport.example", "monthly", start="2024-08-14"),
  i="c", k="request", b="clear", rk=["high cost"], rc="too_expensive",
  notes="Egyptian writer; base64 body."),

M(n=137, slug="price-increase-question", client="gmail",
  frm=("Norma Gilchrist", "norma@gilchristtutoring.example"), subj="Price going up?",
  body="""I got a notice that prices are changing in January. Will my plan go up at my next renewal or am I locked in at the old price?""",
  acct=A(1624773, "gilchristtutor", "norma@gilchristtutoring.example", "yearly", start="2025-03-12", tier="S"),
  i="o", k="question", b="not",
  notes="Question about a price change."),

M(n=138, slug="indian-deactivate-user-id", client="outlook", who="in",
  frm=("Lakshmi Narayanan", "lakshmi.n@kaverisoftech.example"), subj="Deactivation of user ID - Mr. Suresh Iyer",
  body="""Dear Sir/Madam,

This is to inform you that Mr. Suresh Iyer (user id: suresh.iyer) is no more associated with our organisation w.e.f. 15th instant. Kindly deactivate his user id and reduce the license count accordingly.

Thanking you,
Lakshmi Narayanan
HR & Admin""",
  acct=A(2036619, "kaverisoftech", "lakshmi.n@kaverisoftech.example", "yearly", start="2025-06-02", tier="T"),
  un="suresh.iyer", seat_user=True,
  i="c", k="request_seat", b="clear",
  notes="Indian English; deactivate a leaver's user id and reduce the licence count."),

M(n=139, slug="undo-accidental-upgrade", client="gmail",
  frm=("Tina Vukovic", "tina@vukovicmedia.example"), subj="Cancel the upgrade",
  body="""Hi, I just upgraded to Team by accident (wrong button!). Please cancel the upgrade and put me back on Pro. Order number 77120 if that helps.

Thanks, Tina""",
  acct=A(1846265, "vukovicmedia", "tina@vukovicmedia.example", "monthly", start="2025-05-16"),
  decoys=["77120"],
  i="o", k="order_cancel", b="not",
  notes="Cancels an accidental upgrade, keeps the subscription."),

M(n=140, slug="budget-cuts-outlook-html", client="outlook-html",
  frm=("Facilities Office", "facilities@stmarksacademy.example"), subj="CRM Runner - non-renewal",
  body="""Hello,

Due to budget cuts for the coming school year, St Mark's Academy will not renew the CRM Runner subscription used by our admissions office. Please make sure no renewal charge is taken in August.

Thank you for your help over the past year.

Regards,
Facilities Office""",
  sigtable=["Facilities Office", "St Mark's Academy", "Admissions & Operations"],
  acct=A(2452618, "stmarksadmissions", "facilities@stmarksacademy.example", "yearly", start="2025-08-18"),
  i="c", k="request", b="clear", rk=["budget cuts"], rc="too_expensive",
  notes="Outlook HTML-only non-renewal notice."),

M(n=141, slug="ended-delete-data-now", client="gmail",
  frm=("Peter Lindgren", "peter@lindgrenbuild.example"), subj="Delete our data",
  body="""Hello,

Our subscription ended last month (we cancelled in July). Please now delete all of our data - contacts, deals, notes, files - permanently, and confirm when it's done.

Peter Lindgren""",
  acct=A(1391576, "lindgrenbuild", "peter@lindgrenbuild.example", "monthly", status="cancelled", start="2024-11-11"),
  i="o", k="data_deletion", b="not",
  notes="Already cancelled; asks for data deletion only."),

M(n=142, slug="remove-from-mailing-list-no-account", client="gmail",
  frm=("Daniel Szabo", "dszabo@gmail.example"), subj="remove me",
  body="""Please remove me from your mailing list. I don't have an account with you, I only downloaded a whitepaper once.""",
  i="o", k="newsletter_unsubscribe", b="not",
  notes="Mailing-list removal from a non-customer."),

M(n=143, slug="not-worth-the-money-no-subject", client="android", subj=None,
  frm=("Travis Coyle", "travis.coyle@gmail.example"),
  body="""Cancel my CRM Runner account. Not worth the money for what I use it for.""",
  acct=A(1570138, "tcoyle", "travis.coyle@gmail.example", "monthly", start="2025-01-03", tier="S"),
  i="c", k="request", b="clear", rk=["not worth the money"], rc="too_expensive",
  notes="No Subject header; Android/Gmail."),

M(n=144, slug="brazilian-how-remove-user", client="gmail", who="br",
  frm=("Rafael Souza", "rafael@souzacontabil.example"), subj="remove user",
  body="""Hi,

How can I remove one user from our account? We have 5 users and one person will leave the company in December. I want to know how is the process.

Thanks
Rafael""",
  acct=A(2171603, "souzacontabil", "rafael@souzacontabil.example", "monthly", start="2025-02-10", tier="T"),
  i="o", k="how_to", b="maybe",
  notes="Brazilian writer; asks how to remove a user who leaves in December; no seat named for removal yet."),

M(n=145, slug="widow-closing-husbands-account", client="apple",
  frm=("Maureen Reilly", "maureen.reilly@icloud.example"), subj="My husband's account",
  body="""Hello,

My husband Tom passed away in March and I am slowly working through his subscriptions. He used CRM Runner for his handyman business. His account was under tom.reilly@reillyhandyman.example.

Could you please close the account and stop the monthly charge? If you need anything from me, like the death certificate, please let me know.

Thank you,
Maureen Reilly""",
  acct=A(1934128, "reillyhandyman", "tom.reilly@reillyhandyman.example", "monthly", start="2024-06-20", tier="S"),
  em="tom.reilly@reillyhandyman.example",
  i="c", k="request", b="clear", rk=["passed away"], rc="business_closed",
  notes="Widow asks to close her late husband's account; registered address in the body, sender not the owner."),

M(n=146, slug="before-i-cancel-refund-policy", client="gmail",
  frm=("Amber Nolan", "amber@nolanevents.example"), subj="refund policy",
  body="""Before I cancel, what's your refund policy for the yearly plan? I paid in March and we've hardly used it.""",
  acct=A(2309774, "nolanevents", "amber@nolanevents.example", "yearly", start="2026-03-02"),
  date="2026-06-19 16:25",
  i="o", k="hypothetical", b="maybe", amb=True,
  notes="'Before I cancel' suggests she will cancel, but she only asks about the refund policy; ambiguous, labelled other."),

M(n=147, slug="german-abwesenheitsnotiz", client="auto", who="de",
  frm=("Thomas Brückner", "t.brueckner@brueckner-elektro.example"), subj="Abwesenheitsnotiz: Re: Kündigung",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.08. nicht im Büro.

Thank you for your message. I am out of the office until 21 August. In urgent cases please contact info@brueckner-elektro.example.

Thomas Brückner""",
  i="a", k="auto_reply", b="not",
  notes="Bilingual German/English out-of-office; encoded German subject 'Kündigung' (termination)."),

M(n=148, slug="cancel-card-on-file", client="gmail",
  frm=("Monica Reyes", "monica@reyesbakery.example"), subj="cancel card",
  body="""Hi! Can you cancel the card on file? It's expiring and I want to use my business Visa instead. I'll add the new one but I can't delete the old one.

Monica""",
  acct=A(1108457, "reyesbakery", "monica@reyesbakery.example", "monthly", start="2025-07-26", tier="S"),
  i="o", k="question", b="not",
  notes="'Cancel the card on file' means replace a payment method."),

M(n=149, slug="still-charged-followup-cancel-refund", client="android", irt=143,
  frm=("Travis Coyle", "travis.coyle@gmail.example"), subj="Re:",
  body="""Sent this over a week ago and I still got charged today. CANCEL please and refund today's charge.""",
  quote=dict(frm=("Travis Coyle", "travis.coyle@gmail.example"),
             text="Cancel my CRM Runner account. Not worth the money for what I use it for."),
  acct=1570138, refund=True,
  i="c", k="follow_up", b="clear",
  notes="Follow-up that restates the request and asks for a refund; the reason is only in the quote."),

M(n=150, slug="bounce-confirmation-quoting-acct", client="dsn",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.crmrunner.example"),
  subj="Undelivered Mail Returned to Sender",
  dsn=dict(mta="postfix", rcpt="owner@tidewaterkayak.example", status="5.7.1",
           diag="550 5.7.1 Service unavailable; client host [203.0.113.25] blocked using zen.spamhaus.example",
           orig=dict(subj="Please confirm the cancellation of account 2208819",
                     body="""Hello,

Someone asked us to cancel the CRM Runner account 2208819 from the address paddler.mike@gmail.example:

> Please cancel our Tidewater Kayak account, we are selling the shop.

Reply YES to confirm or NO to keep the account.

CRM Runner Support""")),
  body="", i="b", k="bounce", b="not",
  notes="Bounce of a confirmation request to the registered owner; quotes a request and an account number."),
]
